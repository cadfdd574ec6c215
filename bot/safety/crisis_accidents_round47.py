"""A road accident told as past, set aside for the crisis phrases only (session 28; an open false alarm since session
27, docs/SAFETY.md "Session 27: round 45 read and fixed": "I crashed my car into a tree yesterday, back hurts" was read
as a crisis by the driving-into-a-tree phrase of `bot.safety.lexicon_crisis`, which was written for the method imagined
or planned, round four's "thinking of driving into a wall so it all stops").

A vehicle that "crashed / skidded / slid / spun / went / ploughed into or off" a tree, a wall, a post or a ditch, told
in the past with a sign of an accident (a time gone by: yesterday, last night, this morning, on the way; the road: ice,
rain, fog, a bend, a deer, lost control, skidded, the other driver, the airbag, written off, insurance, the police, an
ambulance) is the crash of reference §2.2 (significant trauma, tier E: "car crash / accident"), which
`bot.safety.lexicon` already flags; it is not a method. So its words are removed before the crisis phrases are read
(`crisis_idioms.strip_life_idioms` calls `strip_accidents`), and the emergency notice, not the crisis text, opens the
answer.

Never set aside when the message also tells intent, a wish or a death anywhere ("on purpose", "deliberately", "meant
to", "wanted to", "tried to", "hoped", "wish it had", "didn't work", "kill", "die", "dead", "suicide", "end it"), or
the crash is told as future, wanted or thought of ("thinking of crashing into a tree", "going to drive into a wall"):
C-SSRS counts an interrupted or aborted attempt and a method thought of. Sources: reference §2.2 and §2.5; C-SSRS
(actual, interrupted and aborted attempts); NHS "Help for suicidal thoughts". Over the matching form.
"""

from __future__ import annotations

import re

_CRASH = re.compile(
    r"\b(?:i|we|he|she|they|my (?:\w+ )?(?:car|van|bike|motorbike|truck|lorry)) (?:\w+ ){0,2}?(?:crashed|skidded|slid|"
    r"spun|went|ploughed|plowed|veered|swerved|smashed|drove|ran|hit) (?:\w+ ){0,3}(?:into|off (?:the road )?into|off|"
    r"through) (?:a |the |some |an )?(?:\w+ )?(?:tree|wall|lamp ?post|post|fence|ditch|hedge|barrier|bollard|"
    r"parked car|verge|kerb|curb|bank|bridge|gate|road sign|sign)\b")
_ACCIDENT = re.compile(
    r"\b(?:yesterday|last (?:night|week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|this "
    r"(?:morning|afternoon|evening)|earlier today|on the way|on my way|driving (?:home|to work|back)|(?:black )?ice|"
    r"icy|"
    r"rain|wet road|fog|bend|corner|deer|fox|badger|lost control|skidded|aquaplan\w*|other driver|another car|airbag|"
    r"air bag|written off|write off|insurance|police|ambulance|paramedics|a and e|accident|seatbelt|seat belt)\b")
_MEANT = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|meant to|wanted to|want to|trying to|tried to|try to|hoped|hoping|"
    r"hope|wish\w*|did not work|didnt work|failed|should have died|would have died|kill\w*|die|died|dead|death|"
    r"suicid\w*|end it|end things|end my life|not wake|not survive|survived it|thinking (?:of|about)|(?:going to|gon"
    r"na) "
    r"(?:crash|drive|do it|try|end|hit)|plan\w*|next time|so (?:it|this|everything) (?:all )?(?:stops|ends|would sto"
    r"p|would end))\b")


def strip_accidents(folded: str) -> str:
    """`folded` (matching form) with a past road accident's words replaced by a space, as the module docstring says;
    unchanged when any sign of intent, a wish or a death is in the message, or no sign of an accident is."""
    if not _CRASH.search(folded) or _MEANT.search(folded) or not _ACCIDENT.search(folded):
        return folded
    return _CRASH.sub(" ", folded)
