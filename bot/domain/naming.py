"""How the bot's own statements name something the articles don't cover: in the asker's words where the
vocabulary's name would read as another thing ("omeprazole (proton pump inhibitors)", "acid reflux (heartburn)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain.rarity import zipf
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


EVERYDAY_ZIPF = 4.0     # "spots" 4.3, "cold" 5.0, "fits" 4.3, "strain" 4.2, "aids" 4.2; "zits" 2.4, "piles" 3.3


def everyday_alias(concept: Concept, asked: str) -> bool:
    """Whether `asked`, the words that named a condition in a question, is only one of its lay aliases that is also an
    everyday English word with other meanings (Zipf ≥ EVERYDAY_ZIPF, not a form of the name): "scratching the spots"
    on a chickenpox page is no question about acne, "a cold feeling in my legs" none about the common cold (a
    newcomer, session 33). Such a word alone does not make the question about an uncovered condition."""
    word = asked.strip().casefold()
    name = concept.name.casefold().replace("-", "")
    return (concept.kind == "condition" and len(word) >= 4 and " " not in word   # not an abbreviation ("MS")
            and word.replace("-", "")[:4] not in name and zipf(word) >= EVERYDAY_ZIPF)
