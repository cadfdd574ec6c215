"""The parts of a message that asks two different things ("what is osteomalacia and how do you prevent it?",
"Which foods have magnesium? Also how do they test for it?"). Each part is answered on its own and the answers
are joined (bot.answering.joined); before, the whole message read as one kind of question and the other part went
unanswered (a newcomer's "what causes RLS and how is it treated?", session 27). English question grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.question_kinds import SENTENCE_END, asks_something, classify_intent

# A second question joined to the first inside one sentence: ", and how…", " also what…", " plus can…".
_JOINED = re.compile(r"(?:\s*,\s*|\s+)(?:and|also|plus|&)\s+(?:also\s+)?(?=(?:how|what|whats|what's|where|when|"
                     r"which|who|why|is|are|can|could|does|do|should|will|would)\b)", re.I)
_OPENER = re.compile(r"^(?:and|also|plus|&)\s+(?:also\s+)?", re.I)     # "Also how do they test for it?"
# Kinds that are not an answerable part of their own: "what should I do?" (general) and comparisons (two sides of
# one question, bot.answering.comparison).
_NOT_A_PART = ("general", "comparison")
MAX_PARTS = 2


def asked_parts(message: str, respell: Callable[[str], str] = str) -> tuple[str, ...]:
    """The questions of `message` when it asks two of different kinds, else (). The first part carries what the
    message tells before it ("My mum is 78. What causes it and how is it treated?" → ("My mum is 78. What causes
    it", "how is it treated?")), so that its pronouns still have something to refer to; a later part reads as a
    follow-up of the first. At most MAX_PARTS parts, in the message's order. `respell` corrects a part's typos
    before its kind is read ("sympotms": bot.domain.spelling); the parts keep the words as typed."""
    told: list[str] = []
    units: list[tuple[str, str]] = []       # (question, kind)
    for sentence in (s for s in SENTENCE_END.split(message.strip()) if s):
        pieces = [p.strip() for p in _JOINED.split(sentence) if p.strip()]
        for piece in pieces:
            kind = classify_intent(respell(piece)) if asks_something(piece) else None
            if kind is None or kind in _NOT_A_PART:
                if not units:
                    told.append(piece)
                continue
            if all(kind != seen for _, seen in units):
                units.append((_OPENER.sub("", piece) if units else piece, kind))
    if len(units) < 2:
        return ()
    first, *rest = [question for question, _ in units[:MAX_PARTS]]
    return (" ".join([*told, first]), *rest)
