"""Sentence boundaries as character spans, so quotes can be cut from passages without rewriting them."""

from __future__ import annotations

import re

# Abbreviations that end in a full stop but do not end a sentence.
_ABBREVIATIONS = {"e.g", "i.e", "vs", "etc", "dr", "mr", "mrs", "ms", "st", "approx", "fig", "no", "u.s", "u.k"}

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before white space and
# a character that can start a sentence.
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9•])""")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in `text`, shifted by `offset`, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        word = re.search(r"([\w.]+)[.!?]?[\"'”’)\]]*$", text[start:end])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        _append(spans, text, start, end, offset)
        start = end
    _append(spans, text, start, len(text), offset)
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((offset + start + lead, offset + start + lead + len(stripped)))
