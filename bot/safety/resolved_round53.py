"""Flags taken back in safety round fifty-three (session 32), for `resolved_denied.taken_back` (one call). Over the
matching form (`bot.safety.matching`).

- Both legs told "like jelly", wobbly or shaky after exercise ("after leg day at the gym", after squats, a run, a
  workout, a hike): ordinary muscle fatigue and delayed-onset muscle soreness (NHS "Exercise": stiff, aching, tired
  muscles after exercise; NHS "Cauda equina syndrome" names numbness and weakness that is new and getting worse).
  Kept with numb, no feeling, tingling, the bladder, the bowel, the groin, "cannot walk", "still", days or worse.
- Paralysis or leg weakness asked about only as an effect of a deficiency ("read that B12 deficiency can cause
  paralysis?! am I at risk?"), as `resolved_round52` took back incontinence asked as an effect: kept when the writer
  tells a sign of their own ("my legs", "I cannot feel", "I have", numb, tingling).
- A single faint in a past season or year told with a clear trigger or with normal tests ("fainted once at a
  festival last summer from heat and standing all day. GP did bloods and everything was normal"): NHS "Fainting" (a
  one-off faint with a clear trigger, such as heat or standing for a long time); `resolved_round52` wanted "never
  since". Kept with round 52's words (lately, recently, this week, today, still, "keep fainting") and with a faint
  told more than once.
"""

from __future__ import annotations

import re

from bot.safety.resolved_round52 import _FAINT_KEPT, _FAINTING

_LEGS = frozenset({"leg_weakness_or_numbness"})
_JELLY = re.compile(r"\b(?:like jelly|jelly legs|legs? (?:\w+ ){0,2}(?:jelly|wobbly|shaky|wobbling|shaking|trembling|"
                    r"tired|heavy|dead)|wobbly|shaky)\b")
_EXERCISE = re.compile(r"\b(?:after|from|since) (?:\w+ ){0,2}(?:leg day|gym|workout|work out|squats?|lunges|deadlifts?|"
                       r"training|session|run|running|marathon|half marathon|parkrun|cycle|cycling|spin class|hike|"
                       r"hiking|football|match|class|bootcamp|crossfit|leg press)\b")
_LEGS_KEPT = re.compile(r"\b(?:numb\w*|no feeling|tingl\w*|pins and needles|bladder|bowels?|pee|wee|groin|saddle|"
                        r"cannot walk|can not walk|could not walk|still|days|worse|giving way|gave way|fell|falling)\b")
_ASKED_PARALYSIS = re.compile(r"\b(?:cause|causes|caused|causing|lead to|leads to|linked to|give you|result in) "
                              r"(?:\w+ ){0,2}(?:paralysis|paralysed|paralyzed|leg weakness|weak legs|numb legs|nerve "
                              r"damage)\b")
_OWN_LEGS = re.compile(r"\b(?:my (?:legs?|feet|foot)|i (?:cannot|can not|could not|can t)|i am (?:paralys\w*|"
                       r"losing|going numb)|numb\w*|tingl\w*|pins and needles|weak|weakness|gave way|giving way)\b")
_FAINT_ONCE = re.compile(r"\b(?:fainted|passed out|blacked out|keeled over) once\b|\bonce (?:i )?(?:fainted|passed "
                         r"out)\b")
_SEASON_PAST = re.compile(r"\b(?:last (?:summer|winter|spring|autumn|fall|year|christmas)|(?:\d+|a|one|two|three|a "
                          r"few|several) (?:years?|months?) ago|in (?:19|20)\d\d)\b")
_TRIGGER = re.compile(r"\b(?:heat|hot|standing|stood|festival|concert|gig|crowd|dehydrated|no water|giving blood|"
                      r"needle|bloods? (?:\w+ ){0,3}(?:normal|fine|clear)|everything (?:was |came back )?"
                      r"(?:normal|fine|clear))\b")
_MORE_THAN_ONCE = re.compile(r"\b(?:twice|three times|a few times|several times|more than once|keep fainting|"
                             r"(?:fainted|passed out|blacked out|fainting) (?:\w+ ){0,3}again)\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in _LEGS and _JELLY.search(folded) and _EXERCISE.search(folded):
        return not _LEGS_KEPT.search(folded)
    if name in _LEGS and _ASKED_PARALYSIS.search(folded):
        return not _OWN_LEGS.search(folded)
    if name in _FAINTING and _FAINT_ONCE.search(folded) and _SEASON_PAST.search(folded) and _TRIGGER.search(folded):
        return not (_FAINT_KEPT.search(folded) or _MORE_THAN_ONCE.search(folded))
    return False
