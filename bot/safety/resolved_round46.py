"""Red flags the message itself takes back (safety round forty-six, session 27), judged after the lexicon has
matched, like `bot.safety.resolved_round45` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- Legs that went numb for a moment after sitting in one position (cross-legged, on the floor, on the toilet, kneeling,
  legs crossed) and told as gone ("then totally fine"): a pressed nerve while sitting, which passes on moving (NHS
  "Pins and needles": sitting with legs crossed or on the legs is a common, temporary cause). Kept with still, now,
  since, days, both legs giving way, weakness, bladder or bowel signs.
- Shivering with a cold cause named ("the heating broke", "out in the cold", "a cold house") and no temperature,
  fever or sweat told: shivering is the body warming itself (NHS "Hypothermia" lists shivering from cold), not the
  rigor of a fever. Kept with any fever word, a temperature or a number of degrees.
- A sign named only in a general question or in what someone else said ("can magnesium deficiency cause seizures?",
  "a friend said numbness in the groin means …") by a writer who says they have none of it ("I'm perfectly fine
  myself", "I don't have anything like that"): ConText (Harkema et al. 2009: hypothetical and other-experiencer
  mentions) and NegEx (Chapman et al. 2001). Kept when the sign is told of the writer anywhere else.
"""

from __future__ import annotations

import re

_POSITION = re.compile(r"\b(?:after|from|while|when) (?:\w+ ){0,2}(?:sitting|sat|kneeling|knelt|squatting|crouching)"
                       r"\b|\b(?:cross legged|legs crossed|crossed legs|on the (?:loo|toilet))\b")
_PASSED = re.compile(r"\b(?:for a (?:minute|moment|second|few minutes|bit)|(?:then|and) (?:\w+ )?(?:fine|normal|ok|"
                     r"okay)|gone now|went away|wore off|back to normal|normal again|fine again|passed)\b")
_LEGS_KEPT = re.compile(r"\b(?:still|since|days|weeks|now numb|is numb|are numb|keeps?|every day|gave way|giving way|"
                        r"weak\w*|bladder|bowel|pee\w*|wee\w*|incontinen\w*|groin|saddle|worse|cannot (?:walk|stand|"
                        r"feel))\b")

_COLD_CAUSE = re.compile(r"\b(?:heating (?:\w+ )?(?:broke|broken|off|went|is off|not working)|no heating|boiler "
                         r"(?:\w+ )?(?:broke|broken|packed up|died)|(?:freezing|cold) (?:house|flat|room|bedroom|"
                         r"office|outside|morning|night)|out in the (?:cold|snow|rain)|(?:fell|got) (?:in|into) "
                         r"(?:the )?(?:cold )?(?:water|sea|river|lake)|wet clothes)\b")
_FEVER_KEPT = re.compile(r"\b(?:fever\w*|feverish|temperature|temp|high temp|\d\d(?: \d)? ?(?:c|degrees|f)?|degrees|"
                         r"sweat\w*|rigors?|chills?|hot and cold|burning up|night sweats|infection|flu|inject\w*)\b")

_ASKED_IN_GENERAL = re.compile(r"\b(?:can|could|does|do|is|are|will) (?:\w+ ){1,4}(?:cause|causes|lead to|give you|"
                               r"mean|be a sign of|a sign of)\b|\b(?:said|says|told me|reckons|read|heard|mentioned)"
                               r"(?: \w+){0,3} (?:that )?(?:\w+ ){0,6}(?:means?|is a sign of|can mean|could mean|"
                               r"causes?)\b|\b(?:read|reading) (?:an|a|the) (?:article|post|leaflet|story|thread)\b")
_NONE_MYSELF = re.compile(r"\b(?:i am|i feel|i have been) (?:\w+ )?(?:fine|well|ok|okay|healthy) (?:myself|"
                          r"personally)\b|\bi (?:do not|have not|did not) (?:have|got|get|had)(?: \w+)? (?:anything "
                          r"like that|any of that|any of (?:those|these)|none of (?:that|those|these)|that|those|"
                          r"them|anything like it)\b|\bnothing like that\b")
_GENERAL_SIGNS = frozenset({"seizure_or_tetany", "saddle_numbness", "back_pain_with_pelvic_symptoms",
                            "bladder_problem", "bowel_problem", "leg_weakness", "leg_weakness_or_numbness"})


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in ("leg_weakness", "leg_weakness_or_numbness") and _POSITION.search(folded) and _PASSED.search(
            folded) and not _LEGS_KEPT.search(folded):
        return True
    if name == "fever_with_back_pain" and re.search(r"\bshiver\w*\b", folded) and _COLD_CAUSE.search(
            folded) and not _FEVER_KEPT.search(folded):
        return True
    return bool(name in _GENERAL_SIGNS and _ASKED_IN_GENERAL.search(folded) and _NONE_MYSELF.search(folded))
