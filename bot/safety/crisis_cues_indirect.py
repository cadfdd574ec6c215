"""Warning signs told indirectly, for the classes of `bot.safety.crisis_cues` (read from safety round thirty-two,
session 18). Each is weak: a crisis only with a second, different class, as in the other cue modules.

- ENDING: asking why one bothers waking up or going on ("I wonder why I bother waking up at all"): the wish not to
  wake (C-SSRS 1: "wished you could go to sleep and not wake up");
- HOPELESS: being a burden told as a kindness to others ("it might be kinder to everyone if I just didn't"), and
  someone who "keeps saying" they have had enough, of nothing named (988 Lifeline warning signs: talking about
  being a burden, feeling hopeless; PHQ-9 item 9's neighbour, "had enough" of a thing stays ordinary);
- MEANS: looking at, counting or staring at a store of strong medicines ("looked at his morphine"), and asking
  where the key to the medicine cabinet or gun safe is (Harvard "Means Matter": access to the means at the moment of
  distress is the risk that lethal-means counselling removes);
- INTENT: thinking of taking the whole lot ("thought about taking the lot myself"); medicines one depends on
  stopped on purpose (C-SSRS preparatory acts; NICE NG225: self-harm is intentional, whatever its form; session
  17 has them stopped "so it can all be over"); searching how long, how much or how fast it takes to die (988
  Lifeline: "looking for a way to kill themselves, such as searching online"), not how many people die each year;
  a question said not to be for a school project or out of curiosity (the writer rules out the innocent reason).

Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

_STRONG_MEDS = (r"(?:morphine|oxycodone|oxycontin|codeine|tramadol|fentanyl|methadone|insulin|"
                r"sleeping (?:pills|tablets)|painkillers|pills|tablets|meds|medication|paracetamol|antidepressants|"
                r"diazepam|zopiclone)")
_WHOLE = (r"(?:the (?:whole )?lot|all of (?:them|it|his|her|my|the)|them all|the whole (?:\w+ )?(?:box|bottle|pack|"
          r"packet|tub|strip|supply|stash))")
_VITAL = r"(?:heart|blood pressure|bp|insulin|epilepsy|seizure|transplant|kidney|thyroid|warfarin|blood thinning)"

INDIRECT_CLASSES: dict[str, str] = {
    "ending": (
        r"(?:why|what is the point|no point) (?:\w+ ){0,3}(?:bother|bothering|point in|point of) (?:even )?(?:waking "
        r"up|wake up|living|being alive|staying alive|going on|carrying on|existing)\b"),
    "hopeless": (
        r"(?:kinder|better|easier|a relief|fairer|a mercy) (?:\w+ )?(?:to|for|on) (?:everyone|everybody|all of them|"
        r"them all|my family|the family|my kids|the kids|my children|the children)(?: \w+){0,2} if i (?:just |simply "
        r"|quietly )?(?:did not|was not|were not|was gone|were gone|disappeared|was not here|were not here|was not "
        r"around|stopped)\b|(?:keeps?|kept|keep on|been) saying (?:that )?i (?:have |had |am )?(?:had |have )?"
        r"enough\b(?! (?:of|to|for|with|money|time|sleep|food|vitamin)\b)"),
    "means": (
        r"(?:looked|looking|look|stared|staring|stare|gazing|counted|counting|eyeing|eyed) (?:at )?(?:his|her|their|"
        r"my|the|all the) (?:\w+ )?" + _STRONG_MEDS + r"\b(?! (?:label|leaflet|box to check|expiry|dose|prescription)"
        r"\b)|(?:asked|asking|asks|ask|looking|looked) (?:me |us |you )?(?:where|for) (?:the |his |her )?"
        r"(?:spare )?keys? "
        r"(?:to|for|of) (?:the |my |our )?(?:medicine|meds|drugs?|pill|tablet|gun|firearm|rifle) (?:cabinet|"
        r"cupboard|box|safe|drawer|locker|tin)"),
    "intent": (
        r"(?:thought|thinking|think|considered|considering) (?:about |of )?(?:taking|swallowing|downing|having) "
        + _WHOLE + r"|(?:taking|swallowing|downing) " + _WHOLE + r" myself|(?:stopped|stopping|quit|not taking|"
        r"skipping|given up|gave up) (?:taking )?(?:my |all my )?(?:\w+ ){0,2}(?:" + _VITAL + r" )?(?:tablets|pills|"
        r"meds|medication|medicines?|insulin|treatment|dialysis|injections?)(?: \w+){0,2} (?:on purpose|"
        r"deliberately|intentionally)\b(?! (?:to (?:see|test|check|try)|because|for (?:a|the) (?:test|trial|week)))|"
        r"(?:googl\w*|search\w*|looked up|looking up|look up|researching|researched|reading up on|read up on) (?:on )?"
        r"(?:how long|how many(?! (?:people|children|kids|adults|deaths|cases|patients|men|women)\b)|how much|"
        r"how quickly|how fast|the quickest|the fastest|the easiest|the most painless)"
        r"(?: \w+){0,6} (?:to die|die|dying|kill (?:myself|yourself|you|someone|a person)|is fatal|be fatal|is "
        r"lethal|be lethal)\b(?!(?: \w+){0,8} (?:each|every|per|a) (?:year|day|week))|not (?:asking )?(?:for|out of) "
        r"(?:a |my |the )?(?:school |uni |university |college |class )?(?:project|assignment|essay|homework|"
        r"curiosity)\b"),
}
