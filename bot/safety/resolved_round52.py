"""Flags taken back in safety round fifty-two (session 31), for `resolved_denied.taken_back` (one call). Over the
matching form (`bot.safety.matching`).

- A single faint told in a past year or years ago and not since ("fainted once after giving blood in 2021, never
  since. iron levels fine now"): NHS "Fainting" (a one-off faint with a clear trigger, such as giving blood, need not
  be seen); ConText (historical), as `resolved_round49` took back a faint at the sight of a needle told now. Kept with
  again, lately, recently, this week or month, today, yesterday, "keep fainting", "still", dizzy or light-headed now.
- Incontinence asked about only as an effect ("does vitamin D deficiency ever cause incontinence? … my nan's care home
  mentioned it, she's been that way for years"), as `resolved_round50` took back kidney stones asked as an effect;
  kept when the writer tells a sign as their own ("I have", "I've been leaking", "my bladder", "myself", "I can't
  hold it"): NHS "Urinary incontinence"; NHS "Cauda equina syndrome" (one's own new loss of control is the flag).
"""

from __future__ import annotations

import re

_FAINTING = frozenset({"anaemia_alarm", "faint_with_back_pain", "palpitations_with_faint", "collapse"})
_ONCE_PAST = re.compile(r"\b(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|a few|several|many|\w+) years? ago|as a "
                        r"(?:child|kid|teenager|teen|student)|back in (?:19|20)\d\d|last year)\b")
_NOT_SINCE = re.compile(r"\b(?:never since|not since|none since|never (?:again|happened again)|not (?:once )?since|"
                        r"has not happened since|have not fainted since)\b")
_FAINT_KEPT = re.compile(r"\b(?:lately|recently|this (?:week|month|morning)|today|yesterday|keep (?:fainting|passing "
                         r"out)|still|(?:dizzy|light headed|lightheaded|woozy) (?:now|all the time|every day)|started "
                         r"fainting)\b")

_BLADDER = frozenset({"bladder_problem", "bowel_problem"})
_ASKED_EFFECT = re.compile(r"\b(?:cause|causes|caused|causing|lead to|leads to|linked to|link with|make you|give you|"
                           r"result in) (?:\w+ ){0,2}(?:incontinen\w*|bladder (?:problems|leaks|weakness)|bowel "
                           r"(?:problems|leaks))\b")
_OWN_SIGN = re.compile(r"\b(?:i (?:have|am|have been|had|keep|cannot|can not|could not|wet|peed|pooed|leaked|leak|"
                       r"soiled|lost)|my (?:bladder|bowels?|pants|knickers)|myself|me (?:too|as well))\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in _FAINTING and _ONCE_PAST.search(folded) and _NOT_SINCE.search(folded):
        return not _FAINT_KEPT.search(folded)
    if name in _BLADDER and _ASKED_EFFECT.search(folded):
        return not _OWN_SIGN.search(folded)
    return False
