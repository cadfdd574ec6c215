"""Whole lists: a quoted lead-in ("…lifestyle changes can help prevent and manage upper back pain:") is shown with
every item it introduces, not only the items that share its passage.

Long lists do not fit in one passage (bot.ingest.chunking cuts them between items), so a lead-in's later items
open the next passages of the same section. Each such passage is quoted whole (its items as the article gives
them) and cited, so every line still opens the exact passage it came from."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.quotes import Quote
from bot.search.store import LoadedIndex
from bot.types import Passage

BULLETS = "•*-–"
MAX_PASSAGES = 6   # passages of a list quoted after its lead-in: a longer list is cut


def whole_lists(index: LoadedIndex, groups: list[list[Quote]]) -> list[list[Quote]]:
    """`groups` with, right after each group whose quote is a list's lead-in (nothing but its items after it in its
    passage), one group per later passage of that list (quoted whole, cited to it); a lead-in that is
    not the first quote moves, with its items, after the other quotes. Unchanged when no lead-in is quoted."""
    out: list[list[Quote]] = []
    lists: list[list[Quote]] = []
    shown = {(q.passage.passage_id, q.start) for g in groups for q in g}
    for n, group in enumerate(groups):
        quote = group[0]
        items = [q for q in _later_items(index, quote) if (q.passage.passage_id, q.start) not in shown] \
            if _is_lead_in(quote) else []
        block = [group, *([q] for q in items)]
        # A list that is not the best quote goes after the other quotes: its items do not push them down.
        (out if n == 0 or len(block) == 1 else lists).extend(block)
    return out + lists


def _is_lead_in(quote: Quote) -> bool:
    """A quoted sentence ends with ':' and nothing but its list's items follows it in the passage (so the list
    may go on in the next passages)."""
    passage = quote.passage
    for a, b in passage.sentences:
        if quote.start <= a < quote.end and passage.text[a:b].rstrip().endswith(":"):
            rest = [line.strip() for line in passage.text[b:].splitlines() if line.strip()]
            return all(line[0] in BULLETS for line in rest)
    return False


def _later_items(index: LoadedIndex, quote: Quote) -> list[Quote]:
    """The passages that follow `quote`'s while they continue its list (same article and section, opening with a
    list item), each quoted whole: its items, as the article gives them (a passage holds at most about
    `max_chars` characters, bot.ingest.chunking), so no item loses the sentences that say what it is about."""
    position = {p.passage_id: i for i, p in enumerate(index.passages)}
    items: list[Quote] = []
    at = position[quote.passage.passage_id] + 1
    while at < len(index.passages) and len(items) < MAX_PASSAGES:
        passage = index.passages[at]
        if (passage.doc_id != quote.passage.doc_id or passage.section != quote.passage.section
                or passage.text.lstrip()[:1] not in BULLETS):
            break
        items.append(_whole(index, quote, passage))
        at += 1
    return items


def _whole(index: LoadedIndex, lead: Quote, passage: Passage) -> Quote:
    """`passage` quoted from its first sentence to the end of its last, typed by its first sentence."""
    row = index.sentence_rows[passage.passage_id]
    types = frozenset().union(*index.sentence_types[row:row + len(passage.sentences)]) if index.sentence_types \
        else frozenset()
    start, end = passage.sentences[0][0], passage.sentences[-1][1]
    return replace(lead, passage=passage, start=start, end=start + len(passage.text[start:end].rstrip()),
                   vector=index.sentence_vectors[row], types=types, lead=0.0)
