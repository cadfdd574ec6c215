"""Red flags the message itself takes back (safety round forty-three, session 25), judged after the lexicon has
matched, like `bot.safety.resolved_round41` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- One episode long over and settled: "last time my back went I couldn't walk for a day, but that was two years ago
  and it settled". ConText (Harkema et al., J Biomed Inform 2009): a historical mention is not a present finding; NegEx
  reads one clause, and here the time is told in the next one. Kept when anything says now, again (not "stop it
  happening again", a prevention question), still, lately or since a recent day (NHS "Cauda equina syndrome": the
  emergency is the sign now).
- A leg that "gave way" once, explained by a trip or a slip ("because I tripped over the cat"): a mechanical stumble,
  not weakness (NHS "Cauda equina syndrome" and NICE CKS "Back pain - low": weakness in the legs, getting worse). Kept
  with weakness, numbness, tingling, both legs, "again", "keeps" or "worse" told.
- A trip or slip with the back said to be fine and no pain told anywhere (no height, vehicle or horse named): the fall
  flag is a fall *with back pain* (NICE CKS, G-care fracture flags; reference §2.2), as `resolved_denied` reads a
  minor fall. A serious fall (from a height, a ladder, a roof, down the stairs, a vehicle) is never taken back.
- `FAMILY_CANCER`, for `lexicon_urgent`'s "cancer_history": a relative's cancer ("my grandmother's cancer spread to
  her spine", "prostate cancer runs on my dad's side") with nothing saying the writer had one is family history
  (NICE CKS "Back pain - low": the flag is a past history of cancer in the person); the relative's own pain keeps it.
"""

from __future__ import annotations

import re

_SIGNS_ONCE = frozenset({"leg_weakness_or_numbness", "saddle_numbness", "bladder_problem", "bowel_problem"})
_LONG_AGO = re.compile(r"\b(?:that|this|it) was (?:\w+ |a few |a couple of )?(?:years?|months?) ago\b")
_SETTLED = re.compile(r"\b(?:settled|cleared(?: up)?|went away|got better|resolved|passed|eased off|recovered|(?:been "
                      r"|was )?fine (?:ever )?since)\b")
_PREVENTION = re.compile(r"\b(?:stop|stops|prevent|preventing|avoid|avoiding) (?:it|this|that|them)(?: from)? "
                         r"(?:happening|coming back|recurring|returning)(?: again)?\b")
_NOW = re.compile(r"\b(?:now(?! and then)|today|tonight|still|currently|lately|recently|again|at the moment|this "
                  r"(?:morning|evening|afternoon|week)|yesterday|last night|keeps?|since (?:yesterday|this|last|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
_GAVE_WAY_TRIP = re.compile(r"\b(?:gave way|gave out|buckled|went from under me)\b(?: \w+){0,8} (?:because|cause|as|"
                            r"when) (?:i |i had |it was because i )?(?:tripped|slipped|stumbled|caught my (?:foot|toe)|"
                            r"missed (?:a|the) step|trod on)\b")
_LEG_KEPT = re.compile(r"\b(?:weak\w*|numb\w*|tingl\w*|pins and needles|both (?:my )?legs|again|keeps?|worse|"
                       r"getting|heavy|several|twice|times|since|now)\b")
_TRIP = re.compile(r"\b(?:tripped|slipped|stumbled|trip|slip)\b")
_SERIOUS = re.compile(r"\b(?:ladder|roof|scaffold\w*|height|metres?|meters?|feet|ft|car|bike|motorbike|horse|"
                      r"down (?:the|a|some) (?:\w+ )?(?:stairs|steps|flight)|flight of|fell (?:down|off|from)|off "
                      r"(?:the|a)|osteopor\w*|steroids?|head)\b")

_REL = (r"(?:aunt|auntie|uncle|mum|mom|mother|dad|father|gran\w*|grand\w*|nan|nana|sister|brother|cousin|friend|"
        r"neighbou?r|wife|husband|partner|son|daughter)")
_CANCER = r"(?:cancer|tumou?rs?|leuk\w*|lymphoma|myeloma|melanoma)"
FAMILY_CANCER = (
    # nothing says the writer had one ("I had", "my breast cancer", "survivor") ...
    r"^(?!.*\b(?:i|i have|i had|i was|me|myself)\b(?: \w+){0,3} (?:" + _CANCER[3:-1] + r"|chemo\w*|radiotherapy|"
    r"remission|oncolog\w*)\b)(?!.*\b(?:survivor|in remission|my (?:own )?" + _CANCER + r"|my (?!" + _REL + r"s?\b)\w+ "
    + _CANCER + r")\b)"
    # ... the relative's own pain is not told ...
    r"(?!.*\b(?:(?:his|her|their) (?:\w+ )?(?:back|spine|hips?|ribs?) (?:\w+ )?(?:hurt\w*|aches?|aching|is sore|"
    r"pain\w*)|(?:his|her|their) (?:\w+ )?pain|(?:he|she|they) (?:\w+ ){0,3}(?:pain|hurt\w*|aches?|aching|sore))\b)"
    # ... and the cancer is a relative's, or runs in the family.
    r"(?=.*\b(?:" + _CANCER + r" (?:\w+ )?runs? (?:in|on|down|through) (?:my|the|our) (?:\w+ )?(?:family|side|genes|"
    r"line)|(?:my|our) " + _REL + r"s? (?:\w+ )?" + _CANCER + r")\b)")


def taken_back(name: str, folded: str, pain_denied: bool) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says;
    `pain_denied`: the back is said to be fine and no pain is told (`resolved_denied`)."""
    if name in _SIGNS_ONCE and _LONG_AGO.search(folded) and _SETTLED.search(folded) and not _NOW.search(
            _PREVENTION.sub(" ", folded)):
        return True
    if name == "leg_weakness_or_numbness" and _GAVE_WAY_TRIP.search(folded):
        return not _LEG_KEPT.search(_GAVE_WAY_TRIP.sub(" ", folded))
    return name == "significant_trauma" and pain_denied and bool(_TRIP.search(folded)) and not _SERIOUS.search(folded)
