"""How the bot's own statements name something the articles don't cover: in the asker's words where the
vocabulary's name would read as another thing ("omeprazole (proton pump inhibitors)", "acid reflux (heartburn)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.ingest.concepts import Concept


def uncovered_name(concept: Concept, asked: str) -> str:
    """How a statement names an uncovered concept: its name, or for a medicine or supplement asked about by
    another name, the asker's word first ("omeprazole (proton pump inhibitors)"), so the reader sees their own
    medicine named."""
    if concept.kind in ("medicine", "supplement") and asked.strip() and asked.strip() not in concept.name.casefold():
        return f"{asked.strip()} ({concept.name})"
    # Another name for a condition ("acid reflux" for heartburn): the asker's words first (a newcomer, session 27).
    words, own = set(re.findall(r"[a-z]{4,}", concept.name.casefold())), set(re.findall(r"[a-z]{4,}", asked))
    if concept.kind == "condition" and own and words and not own & words:
        return f"{asked.strip()} ({concept.name})"
    return concept.name


def broadest_dropped(concepts: Sequence[Concept]) -> list[Concept]:
    """`concepts` (in order) without those whose name is a whole-word part of another's of the same kind: "lice"
    beside "head lice", whose examples were both "How is head lice diagnosed?" and "How is lice diagnosed?" (a
    newcomer's head-lice page, session 32)."""
    def inside(c: Concept, o: Concept) -> bool:
        return o is not c and o.kind == c.kind and re.search(rf"\b{re.escape(c.name.casefold())}\b", o.name.casefold())
    return [c for c in concepts if not any(inside(c, o) for o in concepts)]
