"""BM25 over passages with `bm25s` (numpy backend). The only importer of bm25s and PyStemmer."""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

_STOPWORDS = "en"
# "vitamin D" and "vitamin K" differ only in a one-letter word, which the tokenizer would drop: keep them as one token.
# The bare name is kept too, so "low B12" finds "vitamin B12" (a bare letter is dropped by the tokenizer anyway).
_VITAMIN_LETTER = re.compile(r"\b(vitamins?)\s+([a-z]\d{0,2})\b", re.I)


def _prepare(text: str) -> str:
    return _VITAMIN_LETTER.sub(lambda m: f"vitamin_{m.group(2).lower()} {m.group(2)}", text)


def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


class Bm25:
    def __init__(self, retriever, stemmer) -> None:
        self._retriever = retriever
        self._stemmer = stemmer
        # Quotes are chosen by the words they share with the question; the same sentences come up again and
        # again, so their token sets are remembered (bounded, so a large corpus cannot grow it without limit).
        self.token_set = lru_cache(maxsize=50_000)(lambda text: frozenset(self.tokens(text)))

    @classmethod
    def build(cls, texts: Sequence[str]) -> "Bm25":
        import bm25s

        # bm25s sets its own logger to DEBUG, which prints "Building index…" through any root handler.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        stemmer = _stemmer()
        tokens = bm25s.tokenize([_prepare(t) for t in texts], stopwords=_STOPWORDS, stemmer=stemmer, show_progress=False)
        retriever = bm25s.BM25(backend="numpy")
        retriever.index(tokens, show_progress=False)
        return cls(retriever, stemmer)

    def save(self, directory: Path) -> None:
        self._retriever.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> "Bm25":
        import bm25s

        retriever = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        return cls(retriever, _stemmer())

    def tokens(self, text: str) -> list[str]:
        import bm25s

        tokenized = bm25s.tokenize([_prepare(text)], stopwords=_STOPWORDS, stemmer=self._stemmer, return_ids=False, show_progress=False)
        vocab = self._retriever.vocab_dict
        return [t for t in tokenized[0] if t in vocab]

    def idf(self, token: str) -> float:
        """BM25's inverse document frequency of a vocabulary token: rare words say more about a passage."""
        ids, indptr = self._retriever.vocab_dict, self._retriever.scores["indptr"]
        i = ids.get(token)
        if i is None or i + 1 >= len(indptr):
            return 0.0
        n, df = self._retriever.scores["num_docs"], int(indptr[i + 1] - indptr[i])
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def scores(self, text: str) -> np.ndarray:
        """BM25 score of every passage for `text` (zeros when no query word is in the vocabulary)."""
        tokens = self.tokens(text)
        if not tokens:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)
