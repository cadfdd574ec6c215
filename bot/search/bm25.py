"""BM25 over passages with `bm25s` (numpy backend), and the term statistics stored beside it.

The only importer of bm25s and PyStemmer. Tokens are lower-cased, stemmed (Snowball English), without English
stop words. Tokenisation rules come from the domain pack (`letter_names`): with "vitamin" there, "vitamin D"
becomes the one token "vitamin_d" (plus "d") so vitamins that differ by one letter stay apart. The rules are
saved with the index (tokenisation.json) so that questions are tokenised as the passages were.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

_STOPWORDS = "en"
RULES_FILE = "tokenisation.json"


class _Preparer:
    """A one-letter name after one of `letter_names` ("vitamin D") is kept as one token ("vitamin_d"); the
    bare letter name is kept too, so "low B12" finds "vitamin B12" (a bare letter is dropped anyway)."""

    def __init__(self, letter_names: Sequence[str] = ()) -> None:
        self.letter_names = tuple(letter_names)
        names = "|".join(re.escape(n) for n in self.letter_names)
        self._rx = re.compile(rf"\b({names})s?\s+([a-z]\d{{0,2}})\b", re.I) if names else None

    def __call__(self, text: str) -> str:
        if self._rx is None:
            return text
        return self._rx.sub(lambda m: f"{m.group(1).lower()}_{m.group(2).lower()} {m.group(2)}", text)


def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(texts: Sequence[str], letter_names: Sequence[str] = ()) -> list[list[str]]:
    """The BM25 tokens of each text, in text order, repeats kept: lower-cased, English stop words removed,
    stemmed, `letter_names` applied. Each text's tokens depend on that text alone (the stemmer works word by
    word), so they can be kept between builds. bm25s itself would number the vocabulary in `set` order, which
    follows Python's hash seed; `Bm25.from_tokens` numbers it alphabetically, so two builds of the same corpus
    write the same files."""
    return _tokenize(texts, _Preparer(letter_names), _stemmer())


def _tokenize(texts: Sequence[str], prepare: _Preparer, stemmer) -> list[list[str]]:
    import bm25s

    if not texts:
        return []
    return bm25s.tokenize([prepare(t) for t in texts], stopwords=_STOPWORDS, stemmer=stemmer, return_ids=False,
                          show_progress=False)


class Bm25:
    """A BM25 retriever over the passages' embedding texts (section heading + passage text)."""

    def __init__(self, retriever, stemmer, prepare: _Preparer) -> None:
        self._retriever = retriever
        self._stemmer = stemmer
        self._prepare = prepare

    @classmethod
    def build(cls, texts: Sequence[str], letter_names: Sequence[str] = ()) -> "Bm25":
        """Index `texts` (one per passage, in passage order); `letter_names`: the pack's tokenisation rule."""
        return cls.from_tokens(tokenize(texts, letter_names), letter_names)

    @classmethod
    def from_tokens(cls, tokens: Sequence[Sequence[str]], letter_names: Sequence[str] = ()) -> "Bm25":
        """Index passages given as their `tokenize` output (e.g. kept from an earlier build), tokenised with
        the same `letter_names`. The vocabulary is numbered alphabetically (see `tokenize`)."""
        import bm25s
        from bm25s.tokenization import Tokenized

        # bm25s sets its own logger to DEBUG, which prints "Building index…" through any root handler.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        vocab = {token: i for i, token in enumerate(sorted({t for doc in tokens for t in doc}))}
        retriever = bm25s.BM25(backend="numpy")
        retriever.index(Tokenized(ids=[[vocab[t] for t in doc] for doc in tokens], vocab=vocab), show_progress=False)
        return cls(retriever, _stemmer(), _Preparer(letter_names))

    @property
    def letter_names(self) -> tuple[str, ...]:
        """The tokenisation rule this index was built with (pass it to another `build` to tokenise alike)."""
        return self._prepare.letter_names

    def save(self, directory: Path) -> None:
        """Write the retriever's files and the tokenisation rules into `directory` (created)."""
        self._retriever.save(str(directory), show_progress=False)
        (directory / RULES_FILE).write_text(json.dumps({"letter_names": list(self._prepare.letter_names)}))

    @classmethod
    def load(cls, directory: Path) -> "Bm25":
        """Read what `save` wrote. bm25s errors (damaged files) propagate as OSError/ValueError."""
        import bm25s

        retriever = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        rules = json.loads((directory / RULES_FILE).read_text(encoding="utf-8"))
        return cls(retriever, _stemmer(), _Preparer([str(n) for n in rules["letter_names"]]))

    def tokens(self, text: str) -> list[str]:
        """The BM25 tokens of `text` that occur in the indexed passages, in text order (repeats kept)."""
        return self.tokens_of([text])[0]

    def tokens_of(self, texts: Sequence[str]) -> list[list[str]]:
        """`tokens` of each of `texts`, in one tokenizer call (a build tokenises every sentence: one call
        per text costs seconds at a thousand articles)."""
        return self.known(self._tokenize_all(texts))

    def stems(self, text: str) -> list[str]:
        """Every BM25 token of `text` (lower-cased, stop words removed, stemmed), known to the index or not."""
        return self._tokenize_all([text])[0]

    @property
    def vocabulary(self) -> frozenset[str]:
        """The tokens that occur in some indexed passage."""
        return frozenset(self._retriever.vocab_dict)

    def known(self, tokens: Sequence[Sequence[str]]) -> list[list[str]]:
        """Each of the `tokenize` outputs `tokens` without the tokens that occur in no indexed passage."""
        vocab = self._retriever.vocab_dict
        return [[t for t in doc if t in vocab] for doc in tokens]

    def familiar_share(self, text: str) -> float:
        """Share (0..1) of the content words of `text` (stop words removed, stemmed) that occur anywhere in
        the indexed passages; 1.0 when it has none. "how do I fix my car" is mostly unfamiliar to articles
        about nutrients and back pain."""
        words = self._tokenize_all([text])[0]
        vocab = self._retriever.vocab_dict
        return sum(t in vocab for t in words) / len(words) if words else 1.0

    def _tokenize_all(self, texts: Sequence[str]) -> list[list[str]]:
        return _tokenize(texts, self._prepare, self._stemmer)

    def scores(self, text: str) -> np.ndarray:
        """BM25 score of every passage for `text` (zeros when no query word is in the vocabulary)."""
        tokens = self.tokens(text)
        if not tokens:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)


@dataclass(frozen=True)
class TermStatistics:
    """Term statistics of the corpus, computed at build time from our own tokenisation (not bm25s internals).

    `idf[token]` is BM25's inverse document frequency over passages, log(1 + (N - df + 0.5) / (df + 0.5)):
    rare words say more. `sentence_terms[row]` holds the tokens of sentence `row` (rows as in the index's
    sentence vectors). `distinctive` holds word keys found in few passages, `article_words` the word forms one
    article keeps using and the others hardly do (both bot.ingest.statistics).
    """

    idf: dict[str, float]
    sentence_terms: tuple[frozenset[str], ...]
    distinctive: frozenset[str]
    article_words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, bm25: Bm25, passage_texts: Sequence[str], sentences: Sequence[str],
              distinctive: frozenset[str]) -> "TermStatistics":
        """Count, over the passages' texts, in how many each token occurs, and tokenise every sentence."""
        return cls.from_tokens(bm25, bm25.tokens_of(passage_texts), bm25.tokens_of(sentences), distinctive)

    @classmethod
    def from_tokens(cls, bm25: Bm25, passage_tokens: Sequence[Sequence[str]], sentence_tokens: Sequence[Sequence[str]],
                    distinctive: frozenset[str], article_words: frozenset[str] = frozenset()) -> "TermStatistics":
        """`build` from the `tokenize` outputs of the sentences and of the passages `bm25` was built from (so
        every passage token is in its vocabulary)."""
        df: dict[str, int] = {}
        for tokens in passage_tokens:
            for token in set(tokens):
                df[token] = df.get(token, 0) + 1
        n = len(passage_tokens)
        idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        return cls(idf, tuple(frozenset(t) for t in bm25.known(sentence_tokens)), distinctive, article_words)

    def weights(self, tokens: Sequence[str]) -> dict[str, float]:
        """{token: idf} for the known tokens among `tokens` (unknown ones weigh nothing and are left out)."""
        return {t: self.idf[t] for t in tokens if t in self.idf}

    def to_json(self) -> dict:
        """A JSON-ready dict (sorted lists, so the same corpus writes the same file)."""
        return {"idf": self.idf, "sentence_terms": [sorted(t) for t in self.sentence_terms],
                "distinctive": sorted(self.distinctive), "article_words": sorted(self.article_words)}

    @classmethod
    def from_json(cls, data: dict) -> "TermStatistics":
        """Raises KeyError/TypeError/ValueError on a file of the wrong shape (the loader reports it as corrupt)."""
        idf = {str(k): float(v) for k, v in dict(data["idf"]).items()}
        sentences = tuple(frozenset(map(str, row)) for row in data["sentence_terms"])
        return cls(idf, sentences, frozenset(str(w) for w in data["distinctive"]),
                   frozenset(str(w) for w in data["article_words"]))
