"""Red flags the message itself explains (safety round forty-one, session 23, second helper), judged after the lexicon
has matched, like `bot.safety.resolved_denied` (which calls `taken_back`). Over the matching form.

- A shy bladder: not being able to pee only when someone is near, at a urinal or in public toilets, or "shy
  bladder" / paruresis named, is a lifelong social anxiety, not retention (NHS "Urinary retention" is not being able
  to pee at all; Bladder & Bowel UK and the UK Paruresis Trust: "shy bladder syndrome"). Any numbness, leaking,
  wetting or a change told ("since", "suddenly", "new", "started") keeps the flag.
- Chest pain a doctor has already assessed as the chest wall (musculoskeletal, a pulled muscle between the ribs,
  costochondritis, "not my heart"): NICE CKS "Chest pain" (musculoskeletal chest pain, reproducible, after a strain or
  coughing). Kept with any sign of a heart attack told beside it (NHS "Heart attack": spreading to an arm or the jaw,
  sweating, breathlessness, sickness, crushing or pressure), or a change since the assessment ("worse", "new").
- Night pain tied to one place to sleep that is not the writer's own ("when I stay at my in-laws' … fine at home"):
  the round-thirty-nine rule (`lexicon_urgent._ONE_BED`) read the own bed only as "on my own mattress it's fine".
  NICE CKS "Back pain - low": non-mechanical night pain is the flag; pain from one sagging mattress is mechanical.
  Fever, sweats, weight loss, numbness, cancer, "every bed" or "no matter" keep it.
"""

from __future__ import annotations

import re

_SHY = re.compile(r"\b(?:shy bladder|paruresis|(?:can not|cannot|could not|struggle to|unable to) (?:\w+ ){0,2}(?:pee|"
                  r"wee|urinate|go)\w* (?:\w+ ){0,2}(?:if|when|with|while|in front of) (?:someone|somebody|people|"
                  r"anyone|others|other people|a queue|there is a queue|someone s|somebody s)|at (?:a |the )?"
                  r"urinals?)\b")
_BLADDER_KEPT = re.compile(r"\b(?:numb\w*|leak\w*|wet (?:myself|himself|herself)|incontinen\w*|no feeling|since|"
                           r"suddenly|sudden|new|started|lately|recently|at all|all day|groin|saddle|bottom)\b")
_ASSESSED = re.compile(r"\b(?:gp|doctor|dr|a and e|a e|hospital|cardiologist|consultant|nurse|paramedics?) "
                       r"(?:\w+ ){0,8}(?:said|says|told me|confirmed|diagnosed|thinks)(?: \w+){0,3} (?:it is |it was |"
                       r"its |as |it s )?"
                       r"(?:musculoskeletal|muscular|a pulled muscle|costochondritis|not (?:my |the )?heart|the chest "
                       r"wall|a strain)\b")
_CHEST_KEPT = re.compile(r"\b(?:spread\w*|radiat\w*|left arm|jaw|sweat\w*|clammy|breathless\w*|short of breath|"
                         r"sick|nause\w*|vomit\w*|crushing|pressure|squeez\w*|worse|new|now it|since then|faint\w*)\b")
_ONE_PLACE = re.compile(r"\b(?:when|if|whenever) i (?:sleep|slept|stay|stayed|am staying|lie) (?:at|on|in|over at) "
                        r"(?:\w+ ){0,6}(?:mattress|bed|sofa|couch|futon|camp bed|air bed|in laws|inlaws|parents|"
                        r"mum s|hotel|caravan|tent)\b")
_HOME_FINE = re.compile(r"\b(?:(?:fine|ok|okay|no problem|no pain|great|good) (?:\w+ )?(?:at home|in my own bed|"
                        r"on my own (?:bed|mattress))|at home (?:it is |i am |its |i m )?(?:fine|ok|okay|great))\b")
_NIGHT_KEPT = re.compile(r"\b(?:fever\w*|sweats|weight|numb\w*|weak\w*|cancer|bladder|bowels?|every (?:bed|night)|"
                         r"any (?:bed|position)|no matter)\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is explained away by `folded` (the matching form), as the module docstring says."""
    if name == "bladder_problem":
        return bool(_SHY.search(folded)) and not _BLADDER_KEPT.search(folded)
    if name == "chest_pain":
        return bool(_ASSESSED.search(folded)) and not _CHEST_KEPT.search(folded)
    if name == "night_or_rest_pain":
        return bool(_ONE_PLACE.search(folded) and _HOME_FINE.search(folded)) and not _NIGHT_KEPT.search(folded)
    return False
