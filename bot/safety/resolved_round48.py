"""Red flags the message itself takes back (safety round forty-eight, session 29), judged after the lexicon has
matched, like `bot.safety.resolved_round47` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- Legs that went numb or dead from a cramped position on a journey or with the legs crossed ("on the long-haul flight
  my legs went numb because I had them crossed for ages") and told as gone on moving ("fine once I walked about",
  "went after a stretch"): a pressed nerve, which passes on moving (NHS "Pins and needles": sitting with the legs
  crossed, or in one position, is a common temporary cause). Round 46 (`resolved_round46`) took back numbness "after
  sitting" told "then fine"; the journey, "had them crossed" and "fine once I walked" were missing. Kept with still,
  now, since, days, both legs giving way, weakness, bladder or bowel signs (`resolved_round46`'s list).
- Legs gone wobbly or like jelly for a moment on standing up quickly or getting out of a hot bath, shower or sauna, and
  told as passed ("for a second, passed in seconds, fine since"): a head rush, postural (orthostatic) hypotension (NHS
  "Low blood pressure (hypotension)": dizziness or light-headedness on standing up, made likelier by a hot bath, passing
  in a few seconds). Kept with a faint or a fall, chest pain, breathlessness, numbness, bladder or bowel signs, weakness
  told again or lasting ("still", "keeps happening", "every time", "days").
"""

from __future__ import annotations

import re

from bot.safety.resolved_round46 import _LEGS_KEPT

_LEGS = frozenset({"leg_weakness", "leg_weakness_or_numbness"})
_CRAMPED = re.compile(r"\b(?:(?:had|have|kept|keep|with|sat with|sitting with) (?:them|my legs|both legs|my feet) (?:"
                      r"crossed|tucked under(?: me)?|folded)|(?:long haul|long|overnight|transatlantic) (?:flight|"
                      r"drive|coach (?:trip|journey)|train journey|car journey|journey)|on the (?:flight|plane|"
                      r"coach))\b")
_MOVED = re.compile(r"\b(?:(?:fine|ok|okay|normal|better|gone) (?:again )?(?:once|after|as soon as|when) i (?:walked|"
                    r"moved|stood|got up|stretched|had a walk|shook)|walked it off|shook (?:it|them) off|(?:went|wore "
                    r"off|passed) (?:once|after|when) i (?:walked|moved|stood|stretched))\b")

_STOOD_FAST = re.compile(r"\b(?:stood|stand|standing|got|get|getting|jumped) (?:up )?(?:too |really |very )?(?:fast|"
                         r"quick|quickly|suddenly)|(?:out of|after) (?:a |the |my )?(?:hot |long hot |very hot )?"
                         r"(?:bath|shower|sauna|hot tub|jacuzzi)\b")
_WOBBLY = re.compile(r"\b(?:legs|knees) (?:\w+ )?(?:went|go|felt|turned|were) (?:all |a bit |really )?(?:wobbly|"
                     r"jelly|like jelly|shaky|weak|funny)\b")
_MOMENT = re.compile(r"\b(?:for a (?:second|split second|moment|sec|few seconds)|passed in (?:a few )?seconds|"
                     r"(?:within|in|after) (?:a few |a couple of )?seconds|been fine since|fine since|fine after|"
                     r"then fine|gone in seconds)\b")
_RUSH_KEPT = re.compile(r"\b(?:faint\w*|passed out|blacked out|collaps\w*|fell|fall|hit my head|chest|breath\w*|"
                        r"numb\w*|tingl\w*|still|keeps?|every time|days|weeks|bladder|bowel|pee\w*|wee\w*|"
                        r"incontinen\w*|groin|saddle|worse|cannot (?:walk|stand|feel))\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name not in _LEGS:
        return False
    if _CRAMPED.search(folded) and _MOVED.search(folded) and not _LEGS_KEPT.search(folded):
        return True
    return bool(_STOOD_FAST.search(folded) and _WOBBLY.search(folded) and _MOMENT.search(folded)
                and not _RUSH_KEPT.search(_MOMENT.sub(" ", folded)))
