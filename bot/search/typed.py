"""Passages ranked by their best sentence of one type: retrieval's third ranking.

A question asks for a kind of answer ("how do I stop it coming back?" asks for prevention, "at what point should
I get my back seen?" for when to see a doctor), and the sentences that give it are typed at build time
(bot.ingest.sentence_types: word classes, a table column's or a section heading's type). Whole-passage
embeddings and BM25 rank by topic words, which every passage of a single-subject site shares: on the held-out
batches the passage holding the answer sat below the first ten hits in most of the questions no citation
answered (session 27: 115 of 183). Ranking the passages that hold a sentence of the asked type by that
sentence's cosine, and fusing it with the other two rankings, brings such a passage into the candidates
without a rule about any article's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TypedSentences:
    """Which sentence rows are of which type. `owner` is (n_sentences,) int64: the position in the index's
    passage list of the passage each sentence row belongs to; `rows` maps a type name to its sentence rows
    ((k,) int64, ascending)."""

    owner: np.ndarray
    rows: dict[str, np.ndarray]

    @classmethod
    def of(cls, sentence_counts: Sequence[int], sentence_types: Sequence[frozenset[str]]) -> "TypedSentences":
        """From each passage's number of sentences (in passage order) and each sentence row's types."""
        owner = np.repeat(np.arange(len(sentence_counts), dtype=np.int64), np.asarray(sentence_counts, dtype=np.int64))
        by_type: dict[str, list[int]] = {}
        for row, types in enumerate(sentence_types):
            for name in types:
                by_type.setdefault(name, []).append(row)
        return cls(owner, {name: np.asarray(rows, dtype=np.int64) for name, rows in by_type.items()})

    def ranking(self, type_name: str, sentence_vectors: np.ndarray, query_vector: np.ndarray,
                depth: int) -> list[int]:
        """Up to `depth` passage positions holding a sentence of `type_name`, best first by the cosine of their
        best such sentence to `query_vector` ((dim,) float32, L2-normalised; `sentence_vectors` the index's
        (n_sentences, dim) rows). Ties keep passage order. [] when no sentence is of the type."""
        rows = self.rows.get(type_name)
        if rows is None or not len(rows):
            return []
        cosines = sentence_vectors[rows] @ query_vector.reshape(-1).astype(np.float32)
        owners = self.owner[rows]
        best = np.full(int(self.owner.max()) + 1, -np.inf, dtype=np.float32)
        np.maximum.at(best, owners, cosines)
        candidates = np.unique(owners)
        order = candidates[np.argsort(-best[candidates], kind="stable")]
        return [int(i) for i in order[:depth]]
