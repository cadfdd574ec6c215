"""Red flags the message itself takes back (safety round fifty-one, session 31), judged after the lexicon has matched,
like `bot.safety.resolved_round50` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- Legs numb after sitting in one position (`resolved_round46._POSITION`: cross-legged, kneeling, on the floor) told
  as back within minutes ("came back within a couple of minutes", "feeling returned after a minute", "gone in a few
  minutes"): round 46 knew "then fine", "wore off", "for a moment", not a return told with its time. NHS "Pins and
  needles" (sitting with legs crossed is a common, temporary cause). Kept with round 46's list (still, since, days,
  weakness, giving way, bladder, bowel, groin, worse, cannot walk).
- Night pain told only on one bed that is not the writer's own and fine in their own ("only worse at night when I'm
  on the sofa bed at my brother's, fine in my own bed at home"): a mattress explains it (NICE CKS "Back pain - low":
  the flag is night pain that persists, unrelenting, whatever the position). Kept with a wake word, every night,
  weeks, months, sweats, fever, weight loss, worse and worse, "even in my own bed", "any bed".
"""

from __future__ import annotations

import re

from bot.safety.resolved_round46 import _LEGS_KEPT, _POSITION

_BACK_IN_MINUTES = re.compile(r"\b(?:came back|come back|returned|went away|wore off|gone|passed|back to normal|"
                              r"normal again|fine again|feeling (?:came|was) back)(?: \w+){0,2} (?:within|after|in) "
                              r"(?:a |one |two |a couple of |a few |about |like )?(?:\d+ )?(?:minutes?|mins?|"
                              r"seconds?|moments?)\b")

_BED = r"(?:sofa ?bed|sofa|couch|futon|camp bed|air bed|airbed|blow up bed|spare bed|bunk|hotel bed|mattress)"
_ONLY_THERE = re.compile(r"\bonly (?:\w+ ){0,4}(?:at night|in bed|at nights?) (?:\w+ ){0,3}(?:on|in) (?:the |a "
                         r"|that |this |my \w+ s |his |her |their )?(?:\w+ ){0,2}" + _BED + r"\b|\bonly (?:\w+ ){0,3}"
                         r"(?:on|in) (?:the |a |that |this )?(?:\w+ ){0,2}" + _BED + r"\b")
_FINE_OWN = re.compile(r"\b(?:fine|ok|okay|no problem|no bother|never a problem|sleep (?:fine|well)|perfectly fine|"
                       r"normal) (?:\w+ ){0,2}(?:in|on) (?:my own|our own|my|our) (?:\w+ )?bed\b|\bfine at home\b")
_NIGHT_KEPT = re.compile(r"\b(?:wakes?|woke|waking|every night|all night|weeks|months|sweat\w*|fever\w*|temperature|"
                         r"weight|worse and worse|getting worse|even (?:in|on) (?:my own|our own|my|our)|any bed|"
                         r"whatever bed|every bed|no matter)\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in ("leg_weakness", "leg_weakness_or_numbness") and _POSITION.search(folded) and _BACK_IN_MINUTES.search(
            folded):
        return not _LEGS_KEPT.search(folded)
    if name == "night_or_rest_pain" and _ONLY_THERE.search(folded) and _FINE_OWN.search(folded):
        return not _NIGHT_KEPT.search(folded)
    return False
