"""Corpus statistics computed at build time from the passages alone (no model, no domain knowledge)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[a-z]{6,}")
PREFIX = 7          # words are compared by their first seven letters: "deficiency" ~ "deficient"


def word_keys(text: str) -> set[str]:
    """The comparison keys of the long words (six letters or more) of `text`: their first PREFIX letters."""
    return {w[:PREFIX] for w in _WORD.findall(text.casefold())}


def distinctive_terms(texts: Sequence[str], max_share: float = 0.05) -> frozenset[str]:
    """Keys (see `word_keys`) of words found in few passages (at most `max_share` of them, and at least 2):
    names of things ("osteomalacia", "myelin"), not filler. A question sharing one is about the corpus."""
    return distinctive_keys([word_keys(t) for t in texts], max_share)


def distinctive_keys(passage_keys: Sequence[Iterable[str]], max_share: float = 0.05) -> frozenset[str]:
    """`distinctive_terms` from each passage's `word_keys`."""
    counts: dict[str, int] = {}
    for keys in passage_keys:
        for word in keys:
            counts[word] = counts.get(word, 0) + 1
    limit = max(2, int(len(passage_keys) * max_share))
    return frozenset(w for w, n in counts.items() if n <= limit)
