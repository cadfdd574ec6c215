"""Whole lists: a quoted lead-in ("…lifestyle changes can help prevent and manage upper back pain:") is shown with
every item it introduces, not only the items that share its passage.

Long lists do not fit in one passage (bot.ingest.chunking cuts them between items), so a lead-in's later items
open the next passages of the same section. Each such item is shown by its first sentence — the item's head,
which says what the item is ("Stress Management: Chronic stress can deplete magnesium levels.") — and cited to
its own passage, so every line still opens the exact passage it came from."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.quotes import Quote
from bot.search.store import LoadedIndex
from bot.types import Passage

BULLETS = "•*-–"
MAX_ITEMS = 8      # items shown after a lead-in, in all: a longer list is cut (its passages remain cited)


def whole_lists(index: LoadedIndex, groups: list[list[Quote]]) -> list[list[Quote]]:
    """`groups` with, right after each group whose quote is a list's lead-in (nothing but its items after it in its
    passage), one group per later item of that list (its first sentence, cited to its passage); a lead-in that is
    not the first quote moves, with its items, after the other quotes. Unchanged when no lead-in is quoted."""
    out: list[list[Quote]] = []
    lists: list[list[Quote]] = []
    shown = {(q.passage.passage_id, q.start) for g in groups for q in g}
    for n, group in enumerate(groups):
        quote = group[0]
        items = [q for q in _later_items(index, quote) if (q.passage.passage_id, q.start) not in shown] \
            if _is_lead_in(quote) else []
        block = [group, *([q] for q in items[:max(0, MAX_ITEMS - _items_in(quote))])]
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


def _items_in(quote: Quote) -> int:
    return sum(1 for line in quote.text.splitlines() if line.lstrip()[:1] in BULLETS and line.strip())


def _later_items(index: LoadedIndex, quote: Quote) -> list[Quote]:
    """First sentence of each list item in the passages that follow `quote`'s, while they continue its list
    (same article and section, opening with a list item)."""
    position = {p.passage_id: i for i, p in enumerate(index.passages)}
    items: list[Quote] = []
    at = position[quote.passage.passage_id] + 1
    while at < len(index.passages) and len(items) < MAX_ITEMS:
        passage = index.passages[at]
        if (passage.doc_id != quote.passage.doc_id or passage.section != quote.passage.section
                or passage.text.lstrip()[:1] not in BULLETS):
            break
        items += [_item_quote(index, quote, passage, n) for n in _item_heads(passage)]
        at += 1
    return items


def _item_heads(passage: Passage) -> list[int]:
    """Which sentences of `passage` open a list item (a bullet before them on their line)."""
    heads = []
    for n, (a, _) in enumerate(passage.sentences):
        before = passage.text[passage.text.rfind("\n", 0, a) + 1:a].strip()    # on its line, before it
        if before and all(ch in BULLETS for ch in before):
            heads.append(n)
    return heads


def _item_quote(index: LoadedIndex, lead: Quote, passage: Passage, n: int) -> Quote:
    a, b = passage.sentences[n]
    row = index.sentence_rows[passage.passage_id] + n
    types = index.sentence_types[row] if index.sentence_types else frozenset()
    return replace(lead, passage=passage, start=a, end=a + len(passage.text[a:b].rstrip()),
                   vector=index.sentence_vectors[row], types=types, lead=0.0)
