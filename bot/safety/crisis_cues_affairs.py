"""More shapes of the warning-sign classes of `bot.safety.crisis_cues` (session 15, round twenty-seven read), each
weak: a crisis only with a second, different class (or a second, different goodbye).

- INTENT: a way off the road *pictured* or imagined ("I keep picturing driving off the road"): imagery verbs are
  method thoughts as much as "thinking about" is (C-SSRS 3; Holmes et al., "Imagery about suicide in depression -
  'flash-forwards'", J Behav Ther Exp Psychiatry 2007;38:423-434). Not "into the sunset", "to work" or "into town";
- HOPELESS: being "at the end of my rope / tether" (exhausted coping; 988 Lifeline: feeling trapped, unbearable
  pain), "nothing (really) matters any more" or "it doesn't matter any more" (hopelessness, PHQ-9 item 2);
- FAREWELL: affairs put in order, "sorted (out) the bank stuff / my will / the paperwork / the passwords"
  (988 Lifeline and AFSP warning signs: putting affairs in order, giving things away);
- SELF_HARM (a crisis alone): hurting oneself "when things get bad / too much", or in the habitual present with a
  heated or sharp tool ("I burn myself with a hot spoon"; NHS "Self-harm": cutting, burning). Not the past of an
  accident ("burnt myself on the oven"), and not "always / every time / by accident".

Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import TOOLS

_HARM = r"(?:cut|burn|hurt|harm|scratch|hit|punch|bite|starve)"

SESSION15B_CLASSES: dict[str, str] = {
    "intent": (
        r"(?:picture|picturing|pictured|imagine|imagining|imagined|visuali[sz]\w*|fantasi[sz]\w*|daydream\w*) "
        r"(?:myself )?(?:just )?(?:driving|crashing|swerving|steering|veering|ploughing) (?:\w+ ){0,2}(?:off|into)\b"
        r"(?! (?:to|the sunset|into the sunset|town|work|a space|the drive|the garage|on holiday)\b)"),
    "hopeless": (
        r"(?:at|reached|reaching|come to|came to) the end of my (?:rope|tether)\b|(?:nothing|none of it|it) (?:\w+ )?"
        r"(?:really |even )?matters? (?:any ?more|any longer)\b|(?:does not|do not) (?:really |even )?matter (?:any ?"
        r"more|any longer)\b"),
    "farewell": (
        r"(?:sorted|sorting|sort|put|putting|got|getting) (?:out )?(?:the |my |all (?:the |my )?)?(?:bank|banking|"
        r"finances|financial|money|will|affairs|accounts|paperwork|passwords|pension|insurance|funeral)(?: (?:stuff|"
        r"things|side|details|papers|stuff))? (?:out|in order|sorted)\b"),
    "self_harm": (
        r"when (?:things|it|everything|life|stuff|it all) (?:\w+ )?(?:get|gets|got|getting) (?:\w+ ){0,2}(?:bad|too "
        r"much|hard|rough|overwhelming|on top of me|dark)\b(?: \w+){0,5} i (?:\w+ )?" + _HARM + r" myself\b|"
        r"\bi (?:sometimes |still |often |usually )?" + _HARM + r" myself (?:\w+ ){0,2}with (?:a |the |my )?(?:\w+ )?"
        + TOOLS + r"(?! (?:by accident|accidentally|when (?:i am )?(?:cooking|ironing|baking)))"),
}
