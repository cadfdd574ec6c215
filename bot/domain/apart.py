"""Comparisons that ask how two things differ, or whether they are the same: "what's the difference between
glaucoma and macular degeneration?", "is a slipped disc the same thing as sciatica?", "X vs Y", "how can I tell
X apart from Y?".

Such a question is about the pair: what the articles say of one side alone does not answer it. When the
articles cannot speak to one side, the question is out of scope, said as what they don't cover (bot.domain.scope).
"Is X better than Y for Z?" is not such a question: what they say of Y for Z may still help, so there the
uncovered side is only said (bot.domain.asked.unknown_sides). English question grammar, not knowledge of any
article.
"""

from __future__ import annotations

import re

from bot.domain.asked import asked_slots

# Matched on the case-folded question; each pattern's two groups are the sides.
_APART = tuple(re.compile(p) for p in (
    r"\bdifferen(?:ce|ces) between (?P<x>[^,.?!]+?) and (?P<y>[^,.?!]+)",
    r"\b(?:is|are|isn'?t|aren'?t) (?P<x>[^,.?!]+?) (?:the )?same (?:thing |condition |disease )?(?:as|like) "
    r"(?P<y>[^,.?!]+)",
    r"\btell (?P<x>[^,.?!]+?) apart from (?P<y>[^,.?!]+)",
    r"\bhow (?:is|are|does|do) (?P<x>[^,.?!]+?) differ(?:ent)? (?:from|to|than) (?P<y>[^,.?!]+)",
    r"(?P<x>(?:[\w'-]+ ){0,3}[\w'-]+)\s+(?:vs\.?|versus)\s+(?P<y>[^,.?!]+)",
))
# What ends a side: the rest of the question ("… and psoriatic arthritis in how they're treated").
_SIDE_END = re.compile(r"\s+(?:in|when it comes to|for|regarding|as far as)\s.*$")


def sides_apart(question: str) -> tuple[str, ...]:
    """The two things an "is X the same as Y / how do X and Y differ" question sets apart, lower case and
    trimmed of leading articles and of what follows the second thing ("… for back pain"); () when the question
    is no such comparison."""
    for sides in asked_slots(question, _APART):
        if len(sides) == 2:
            return tuple(s for s in (_SIDE_END.sub("", side).strip() for side in sides) if s)
    return ()
