"""Whole lists: a quoted lead-in ("…lifestyle changes can help prevent and manage upper back pain:") is shown with
every item it introduces, not only the items that share its passage.

Long lists do not fit in one passage (bot.ingest.chunking cuts them between items), so a lead-in's later items
open the next passages of the same section. Each such passage is quoted whole (its items as the article gives
them) and cited, so every line still opens the exact passage it came from."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.quote_bounds import with_lead_in
from bot.answering.quotes import Quote
from bot.ingest.headings import ends_as_lead_in
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
        items: list[Quote] = []
        # The items after a lead-in in its own passage come with it ("…neurological issues, such as:" is never shown
        # alone, whatever blank line the article leaves before its first item), also when another article's
        # wording of the same fact quotes it (a newcomer's "such as:" with nothing after it, session 27).
        group = [replace(q, start=with_lead_in(q.passage, q.start)) for q in group]     # no item without its lead-in
        group = [replace(q, end=q.passage.sentences[-1][1]) if _is_lead_in(q) else _with_items(q) for q in group]
        if _is_lead_in(quote):
            items = [q for q in _later_items(index, quote) if (q.passage.passage_id, q.start) not in shown]
        block = [group, *([q] for q in items)]
        # A list that is not the best quote goes after the other quotes: its items do not push them down.
        (out if n == 0 or len(block) == 1 else lists).extend(block)
    return _without_repeats(out + lists)


def _without_repeats(groups: list[list[Quote]]) -> list[list[Quote]]:
    """`groups` without a quote that another quote of the same passage contains (an item quoted on its own and
    again with its whole list; the larger quote takes the place of the first of them), nor a quote whose words an
    earlier one repeats exactly."""
    out: list[list[Quote]] = []
    seen: set[str] = set()
    for group in groups:
        quote = group[0]
        # The same sentence in two passages of one article ("Primary hemochromatosis is caused by…" in its overview
        # and in its own section) is quoted once (a newcomer's answer had it as [3] and [4], session 27).
        text = " ".join(quote.text.casefold().split())
        if text in seen:
            continue
        seen.add(text)
        same = next((i for i, g in enumerate(out) if g[0].passage.passage_id == quote.passage.passage_id
                     and (g[0].start <= quote.start and quote.end <= g[0].end
                          or quote.start <= g[0].start and g[0].end <= quote.end)), None)
        if same is None:
            out.append(group)
        elif quote.end - quote.start > out[same][0].end - out[same][0].start:
            out[same] = group
    return out


def _is_lead_in(quote: Quote) -> bool:
    """A quoted sentence is a lead-in (ends with ':', or on a word such as "include" that needs what follows) and
    nothing but its list's items follows it in the passage (so the list may go on in the next passages)."""
    passage = quote.passage
    for a, b in passage.sentences:
        if quote.start <= a < quote.end and ends_as_lead_in(passage.text[a:b]):
            rest = [line.strip() for line in passage.text[b:].splitlines() if line.strip()]
            # Items, and lead-ins of more lists ("Less common symptoms include" and its items): all of it is list.
            return all(line[0] in BULLETS or ends_as_lead_in(line) for line in rest)
    return False


def _with_items(quote: Quote) -> Quote:
    """`quote` to the end of the items its lead-in introduces when the passage goes on after them ("Certain
    medicines may trigger RLS. These include some:" and five items, then "RLS symptoms usually get better…"): a
    newcomer's operator page quoted the lead-in with its first item only (session 29). Unchanged otherwise."""
    passage = quote.passage
    spans = passage.sentences
    for k, (a, b) in enumerate(spans):
        if quote.start <= a < quote.end and ends_as_lead_in(passage.text[a:b]):
            end = quote.end
            for a2, b2 in spans[k + 1:]:
                line = passage.text[passage.text.rfind("\n", 0, a2) + 1:b2].lstrip()
                if not line or line[0] not in BULLETS:
                    break
                end = max(end, b2)
            return replace(quote, end=end)
    return quote


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
