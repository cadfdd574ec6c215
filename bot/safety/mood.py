"""Low mood told in the writer's own voice: "this back pain is making me really low and depressed", "I've been so
down since it started". Not a crisis (no wish to die, no self-harm: those are the crisis lexicon's), but a
trustworthy answer acknowledges it and says where help is, instead of quoting supplements under it (a newcomer test,
session 13). Source: NHS "Low mood, sadness and depression" (see a GP if you have felt low for more than two weeks)
and NICE CG91 "Depression in adults with a chronic physical health problem" (depression is common with long-term
pain and treatable). A death told in the writer's own words ("my dad died after getting shingles, can it kill you?",
"I lost my mum to a stroke last year") is met with condolence before any quote (a newcomer test, session 34: the
answer opened on the shingles quotes); NHS "Get help with grief after bereavement or loss" (talk to your GP, who can
refer you to bereavement services).

English only, in the matching form of `bot.safety.matching.prepare` (lower case, contractions expanded).
"""

from __future__ import annotations

import re

from bot.safety.matching import Folded
from bot.safety.notices import BEREAVEMENT_NOTICE

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


# People whose death is a bereavement: family, partners, friends. Not "my phone died", "my battery died".
_CLOSE = (r"(?:dad|daddy|father|mum|mom|mummy|mommy|mother|mam|husband|wife|partner|boyfriend|girlfriend|fiance|"
           r"fiancee|son|daughter|baby|child|kid|brother|sister|twin|grandma|grandmother|granny|gran|nan|nana|"
           r"grandad|granddad|grandpa|grandfather|uncle|aunt|auntie|aunty|cousin|niece|nephew|friend|best friend|"
           r"stepdad|stepmum|stepmom|stepfather|stepmother|father in law|mother in law)")
_WHOSE = r"(?:my|our)\s+(?:(?:little|baby|big|older|younger|elder|twin|best|late|dear|beloved)\s+)*"
_DIED = (r"(?:died|has died|had died|just died|recently died|sadly died|passed away|passed on|has passed|just passed|"
         r"recently passed|sadly passed|is dead|was killed|got killed|lost (?:his|her|their) (?:life|battle|fight))")
BEREAVED = re.compile(
    r"\b" + _WHOSE + _CLOSE + r"(?:\s+(?:who|that|which))?\s+" + _DIED + r"\b"
    # "I lost my mum to cancer", "we lost our son last year", "since losing my wife"
    r"|(?:\b(?:i|we)\s+|^\s*)(?:just\s+|recently\s+|sadly\s+)?(?:lost|have lost)\s+" + _WHOSE + _CLOSE
    + r"\s+(?:to|last|this|in|a|two|three|few|recently|when|after|\d)\b"
    r"|\b(?:since|after)\s+losing\s+" + _WHOSE + _CLOSE + r"\b"
    r"|\b(?:death|passing|loss)\s+of\s+" + _WHOSE + _CLOSE + r"\b")


def tells_bereavement(f: Folded) -> bool:
    """Whether the message tells of the death of someone close to the writer ("my dad died…", "I lost my wife to
    cancer"), not a thing that stopped working ("my phone died") nor a near miss ("my dad nearly died": the verb must
    follow the person directly)."""
    return bool(BEREAVED.search(f.text))


def mood_notices(f: Folded, low_mood_notice: str) -> list[str]:
    """The notices for what the message tells of the writer's feelings and losses, in order: condolence for a death
    told (BEREAVEMENT_NOTICE), then `low_mood_notice` (the site's wording) for low mood told. [] for neither."""
    return [notice for notice, told in ((BEREAVEMENT_NOTICE, tells_bereavement(f)),
                                        (low_mood_notice, tells_low_mood(f))) if told]
