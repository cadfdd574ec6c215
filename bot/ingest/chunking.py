"""Blocks → passages: section-aware, sentence-aligned, with stable ids and exact offsets.

Rules, in order of precedence:
- a passage never crosses a section heading;
- FAQ answers and table cells are passages of their own (each answers a different question);
- a paragraph longer than `max_chars` is cut into windows of whole sentences;
- a lead-in that ends with ':' (or breaks off with no sentence punctuation) stays with the list items it introduces,
  and starts a passage of its own when the list would not fit after what comes before it (else its last items open
  the next passage cut off from it: "• eat a diet low in iron…", quoted as a food source, is a risk factor under
  "…anaemic if you:");
- short neighbours (paragraphs and list items) are merged until they reach `min_chars`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.config import ChunkingSettings
from bot.ingest.articles import Block, ParsedArticle
from bot.types import Passage

_STANDALONE = {"faq", "table_cell"}


@dataclass
class _Unit:
    """A run of sentences from one or more consecutive blocks of the same section."""

    kind: str
    section: str | None
    sentences: list[tuple[int, int]]
    takes_items: bool = False   # a lead-in ending in ':' (with its items so far) takes the next list item
    aspect: str | None = None   # a table cell's column (standalone units only)

    @property
    def start(self) -> int:
        """Offset of the first sentence in the article text."""
        return self.sentences[0][0]

    @property
    def end(self) -> int:
        """Offset just after the last sentence."""
        return self.sentences[-1][1]

    def size(self) -> int:
        """Characters from the first sentence's start to the last one's end."""
        return self.end - self.start


def chunk_article(parsed: ParsedArticle, settings: ChunkingSettings) -> list[Passage]:
    """The passages of one article, in reading order, ids "<doc_id>#<n>"; `article.text[p.start:p.end] == p.text`
    for each."""
    units = _merge(_split(parsed.blocks, settings), parsed.article.text, settings)
    article = parsed.article
    passages = []
    for n, unit in enumerate(units):
        start = _line_start(article.text, unit.start)
        text = article.text[start:unit.end]
        passages.append(
            Passage(
                passage_id=f"{article.doc_id}#{n}",
                doc_id=article.doc_id,
                title=article.title,
                section=unit.section,
                text=text,
                start=start,
                end=unit.end,
                sentences=tuple((a - start, b - start) for a, b in unit.sentences),
                kind=unit.kind,
                aspect=unit.aspect,
            )
        )
    return passages


def chunk_corpus(articles: list[ParsedArticle], settings: ChunkingSettings) -> list[Passage]:
    """The passages of every article, articles in file order."""
    return [p for parsed in articles for p in chunk_article(parsed, settings)]


def _line_start(text: str, pos: int) -> int:
    """Widen a passage to the start of its first line, so a list item keeps its marker ('• ', '1. ')."""
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos]
    return line_start if prefix.strip() in {"•", ""} or prefix.rstrip().rstrip(".)").isdigit() else pos


def _split(blocks: tuple[Block, ...], settings: ChunkingSettings) -> list[_Unit]:
    units: list[_Unit] = []
    for block in blocks:
        if block.kind == "heading" or not block.sentences:
            units.append(_Unit("heading", block.section, []))
            continue
        kind = {"list_item": "list", "paragraph": "text"}.get(block.kind, block.kind)
        # Long paragraphs are cut into windows of about equal size, so no tiny tail is left over.
        total = block.sentences[-1][1] - block.sentences[0][0]
        target = total / math.ceil(total / settings.max_chars)
        window: list[tuple[int, int]] = []
        for span in block.sentences:
            too_long = span[1] - window[0][0] > settings.max_chars if window else False
            full = window and window[-1][1] - window[0][0] >= target * 0.8
            if window and kind not in _STANDALONE and (too_long or (full and span[1] - window[0][0] > target)):
                units.append(_Unit(kind, block.section, window))
                window = []
            window.append(span)
        units.append(_Unit(kind, block.section, window, aspect=block.aspect))
    return units


def _merge(units: list[_Unit], text: str, settings: ChunkingSettings) -> list[_Unit]:
    merged: list[_Unit] = []
    for i, unit in enumerate(units):
        if unit.kind == "heading":
            merged.append(unit)          # a barrier: nothing merges across it
            continue
        prev = merged[-1] if merged else None
        if prev is not None and _should_merge(prev, unit, text, settings) \
                and not _list_starts_here(prev, units, i, text, settings):
            prev.takes_items = unit.kind == "list" and (prev.takes_items or _leads_in(prev, text))
            prev.sentences.extend(unit.sentences)
            if prev.kind != unit.kind:
                prev.kind = "list" if "list" in (prev.kind, unit.kind) else prev.kind
            continue
        merged.append(_Unit(unit.kind, unit.section, list(unit.sentences), aspect=unit.aspect))
    return [u for u in merged if u.kind != "heading" and u.sentences]


def _should_merge(prev: _Unit, unit: _Unit, text: str, settings: ChunkingSettings) -> bool:
    if prev.kind == "heading" or prev.kind in _STANDALONE or unit.kind in _STANDALONE:
        return False
    if prev.section != unit.section or unit.end - prev.start > settings.max_chars:
        return False
    continues_list = unit.kind == "list" and (prev.takes_items or _leads_in(prev, text))
    return continues_list or prev.size() < settings.min_chars or unit.size() < settings.min_chars // 2


def _leads_in(unit: _Unit, text: str) -> bool:
    """Whether `unit` ends as a list's lead-in: with ':' or, not itself a list, broken off without sentence
    punctuation ("You may be more likely to get a kidney stone if you have" above its bulleted causes, a newcomer's
    page, session 32: cut off from its items, it was quoted alone). Only read before a list unit."""
    last = text[unit.end - 1]
    return last == ":" or (unit.kind != "list" and last.isalnum())


def _list_starts_here(prev: _Unit, units: list[_Unit], i: int, text: str, settings: ChunkingSettings) -> bool:
    """Whether `units[i]` is a lead-in (ends with ':') whose list fits in a passage on its own but not after
    `prev`: it then opens a new passage, so that no item of its list is cut off from it."""
    lead = units[i]
    if lead.kind == "list" or not _leads_in(lead, text):
        return False
    end = lead.end
    for unit in units[i + 1:]:
        if unit.kind != "list" or unit.section != lead.section:
            break
        end = unit.end
    return end > lead.end and end - lead.start <= settings.max_chars < end - prev.start
