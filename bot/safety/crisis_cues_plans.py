"""More shapes of the warning-sign classes of `bot.safety.crisis_cues` (session 14), each weak: a crisis only with a
second, different class, as in `crisis_cues_more` and `crisis_cues_lay`.

Round twenty-five (read) held English crisis messages whose two warning signs were there, in shapes the classes
did not have. Added as kinds, never as a message's own words:

- ENDING: driving or crashing a car off an edge ("off the cliff / the bridge / it"); not intending, planning or
  wanting to see another winter, Christmas or birthday (C-SSRS 1: wish to be dead; distinct from "I don't expect to
  see another winter", a prognosis); asking how long before "it is all over" or before one is gone; resting or being
  at peace "finally" or "at last" (not "finally rest my back");
- INTENT: thinking about driving, crashing or swerving off or into something (C-SSRS 3: method thoughts; vehicle
  suicide is told this way); working out how many of one's tablets "it would take" (C-SSRS 4-5: researching
  lethality), unless the sentence says what for ("... to get my level up"); taking "them" tonight (a set time;
  not taking them to someone or somewhere); means at hand "right now", told with a pronoun ("they're in front of me
  right now": the means class has the tablets named);
- MEANS: several boxes, packets or bottles of a medicine bought or collected (pack-size limits on paracetamol exist
  because buying many packs is how overdoses are prepared: Hawton et al., BMJ 2013;346:f403); medicines kept
  hidden or kept together in a tin, jar, bag or shoebox, or a dead person's medicines kept; the writer drinking a
  pesticide, weedkiller, rat poison or bleach (pesticide self-poisoning is about a fifth of suicides worldwide: WHO,
  "Preventing suicide: a resource for pesticide registrars and regulators", 2019; "Sniper" is the dichlorvos
  insecticide most named in Nigerian reports of self-poisoning, Oyetunji et al., Niger J Med 2020).

Sources beside those: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NHS "Help for suicidal thoughts"
(https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/).
Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import MEDICINES

_SEASON = r"(?:winter|summer|spring|autumn|christmas|xmas|birthday|new year|easter|year)"
_EDGE = (r"(?:it|the edge|an? edge|the cliffs?|a cliff|the bridge|a bridge|the lookout|the pier|the quay|the jetty|"
         r"the harbou?r wall|the top|the road into (?:the )?(?:sea|river|lake|gorge|ravine))")
_POISON = (r"(?:sniper|pesticides?|insecticides?|weed ?killer|herbicides?|rat poison|paraquat|gramoxone|dichlorvos|"
           r"ddvp|organophosphates?|bleach|antifreeze|poison)")
_CONTAINER = r"(?:boxes|packets|packs|bottles|strips|tubs|blister packs|cards)"
_PURPOSE = (r"to (?:get|raise|bring|fix|reach|top|boost|correct|make|help|work|notice|see|feel|kick in|"
            r"build|replace|treat)")

SESSION14_CLASSES: dict[str, str] = {
    "ending": (
        r"(?:driv|crash|steer|swerv|veer)\w* (?:\w+ ){0,2}(?:off|over) " + _EDGE + r"(?! (?:ramp|roundabout|ferry|"
        r"motorway|slip road|junction)\b)|(?:do not|did not|not|never) (?:\w+ )?(?:intend|plan|mean|want|wish) to "
        r"(?:see|be here for|be around for|make it to|live to see|last (?:till|until|to)) (?:another|the next|one more|"
        r"next) " + _SEASON + r"|how long (?:\w+ ){0,2}(?:before|until|till|til) (?:it is|it would be|it will be|"
        r"everything is|i am|i would be|i will be) (?:all )?(?:over|gone|dead|finished)\b(?! (?:with|for|at|by|and "
        r"done)\b)|(?:rest|sleep|be at (?:peace|rest)) (?:\w+ )?(?:finally|at last)\b|finally (?:be at (?:peace|rest)|"
        r"rest)\b(?! (?:my|the|it|your|his|her|our|up|a bit|properly)\b)"),
    "intent": (
        r"(?:thinking|thought|think|thinks) (?:about|of) (?:\w+ ){0,4}(?:driving|crashing|swerving|steering|veering) "
        r"(?:\w+ ){0,2}(?:off|into)\b(?! (?:to|the sunset|town|work|a space|the drive|the garage)\b)|how many (?:of )?"
        r"(?:my |these |those |the |his |her )?(?:\w+ ){0,3}" + MEDICINES + r" (?:\w+ )?(?:it would|would it|it will|"
        r"will it|it d) take\b(?! " + _PURPOSE + r")|(?:taking|take|swallow\w*|down\w*) (?:them|the lot|all of them|"
        r"those|these|the pills|the tablets|all my \w+)\b(?! (?:to|round|over|back|home|out|along|in|off)\b)(?: \w+)"
        r"{0,4} tonight|(?:they are|they re|theyre|them|those|these) (?:\w+ )?(?:in front of me|next to me|beside me|"
        r"in my hand|lined up|counted out|laid out) (?:right )?now\b"),
    "means": (
        r"(?:bought|buying|buy|got|getting|picked up|collected|collecting) (?:\w+ ){0,2}(?:two|three|four|five|six|"
        r"several|a few|lots of|loads of|extra|\d+) (?:\w+ )?" + _CONTAINER + r" of (?:\w+ )?" + MEDICINES + r"|"
        r"(?:kept|keeping|hid|hidden|hiding|stored|storing|stashed|stashing) (?:\w+ ){0,6}" + MEDICINES
        + r" (?:\w+ ){0,3}(?:in an? (?:tin|jar|bag|envelope|sock|shoebox)|hidden|under (?:my|the) (?:bed|"
        r"mattress|pillow))|(?:late|dead|deceased) (?:\w+ )?(?:husband|wife|partner|mum|mother|dad|father|son|"
        r"daughter|friend|brother|sister)s? (?:\w+ )?" + MEDICINES + r"|(?:\bi|to|just|of|about|gonna|wanna) (?:\w+ )?"
        r"(?:drink|drinking|drank|swallow\w*|take|taking|down|downing) (?:\w+ ){0,2}" + _POISON
        + r"\b(?! (?:by (?:mistake|accident)|accidentally)\b)"),
}
