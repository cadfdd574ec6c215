"""Low mood told in the writer's own voice: "this back pain is making me really low and depressed", "I've been so
down since it started". Not a crisis (no wish to die, no self-harm: those are the crisis lexicon's), but a
trustworthy answer acknowledges it and says where help is, instead of quoting supplements under it (a newcomer test,
session 13). Source: NHS "Low mood, sadness and depression" (see a GP if you have felt low for more than two weeks)
and NICE CG91 "Depression in adults with a chronic physical health problem" (depression is common with long-term
pain and treatable).

English only, in the matching form of `bot.safety.matching.prepare` (lower case, contractions expanded).
"""

from __future__ import annotations

import re

from bot.safety.matching import Folded

_FEELING = (r"(?P<feeling>depressed|depression|low|down|miserable|hopeless|in despair|despairing|tearful|"
            r"crying all the time)")
_TOLD = re.compile(
    r"\b(?:i am|i have been|i feel|i am feeling|i have been feeling|feeling|i get|i got|i keep feeling|"
    r"(?:making|made|makes|make|got|gets|getting) me(?: feel)?|leaves me|left me)\s+"
    r"(?:so |really |very |quite |pretty |a bit |a little |totally |completely |absolutely |properly |well |"
    r"super |that |too |kind of |sort of |more and more |really really )*" + _FEELING + r"\b")
# "low" and "down" are also levels and places: "low in vitamin D", "low on iron", "down my leg", "low back".
_NOT_MOOD = re.compile(r"\b(?:low|down) (?:in|on|back|my|the|your|his|her|levels?|iron|b12|vitamin|magnesium|calcium|"
                       r"potassium|energy|there)\b")


# "how would I find out if I'm low?", "can they test whether I am low": a level asked about, not a mood told ("I
# wonder if I am depressed" still tells one: only "low" and "down", which are also levels, are read so).
_ASKED_LEVEL = re.compile(r"\b(?:if|whether) $")


def tells_low_mood(f: Folded) -> bool:
    """Whether the message tells of the writer's own low mood or depression ("it is making me really low"), not
    a level or a place ("I am low in vitamin D", "it gets me down my leg"), nor a level asked about ("how would I
    find out if I am low?")."""
    return any(not _NOT_MOOD.match(f.text, m.start("feeling"))
               and not (m.group("feeling") in ("low", "down") and _ASKED_LEVEL.search(f.text[:m.start()]))
               for m in _TOLD.finditer(f.text))
