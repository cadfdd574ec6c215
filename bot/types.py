"""Frozen dataclasses passed between the layers. No behaviour beyond small derived views."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

AnswerKind = Literal["answer", "no_answer", "urgent", "invalid"]


@dataclass(frozen=True)
class Article:
    """One article as the product shows it.

    `text` is the article's reading text: the source file with site chrome, advertisements and empty
    reference lists removed, headings kept on their own lines, and flattened table rows written out with
    their column names. Every passage offset points into this text.
    """

    doc_id: str
    title: str
    source: str
    path: str            # file name inside the corpus folder
    sha256: str          # of the raw file bytes
    text: str


@dataclass(frozen=True)
class Passage:
    """A section-aware, sentence-aligned piece of an article: `article.text[start:end] == text`."""

    passage_id: str      # "<doc_id>#<n>", n counting from 0 in reading order
    doc_id: str
    title: str
    section: str | None
    text: str
    start: int
    end: int
    sentences: tuple[tuple[int, int], ...]  # sentence spans relative to `text`
    kind: str = "text"   # "text", "list", "table_cell" or "faq"
    aspect: str | None = None  # table cells: the column heading ("Typical Treatment"), i.e. what the cell answers

    def sentence_texts(self) -> list[str]:
        """The passage's sentences, in order."""
        return [self.text[a:b] for a, b in self.sentences]

    def embedding_text(self) -> str:
        """What the retrievers see: the section name adds context a bare list item or table cell lacks."""
        heading = f"{self.section}. " if self.section else ""
        return f"{heading}{self.text}"


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its scores and what the composer needs to choose sentences from it.

    `score` is the fused reciprocal-rank-fusion value plus topic and title boosts: unitless, only its order
    matters (best first). `dense` is the passage's cosine similarity to the question, in [-1, 1]. `bm25` is
    its BM25 score (>= 0, unbounded). `sentence_vectors` is (len(passage.sentences), dim) float32,
    L2-normalised; `sentence_terms[i]` holds the BM25 tokens of sentence i, `sentence_types[i]` its types
    ("foods", "tests", … as decided at build time by bot.ingest.sentence_types).
    """

    passage: Passage
    score: float
    dense: float
    bm25: float
    sentence_vectors: np.ndarray = field(default=None, repr=False, compare=False)
    sentence_terms: tuple[frozenset[str], ...] = field(default=(), repr=False, compare=False)
    sentence_types: tuple[frozenset[str], ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class Citation:
    """One cited passage of an answer: its number [n], the passage, the sentence(s) quoted, and the passage's fused
    retrieval score."""
    n: int
    passage: Passage
    quote: str           # the sentence(s) the answer used; a substring of passage.text
    score: float

    def to_dict(self) -> dict:
        """The citation object of the JSON contract (DESIGN.md)."""
        p = self.passage
        return {
            "n": self.n,
            "passage_id": p.passage_id,
            "doc_id": p.doc_id,
            "title": p.title,
            "section": p.section,
            "passage": p.text,
            "start": p.start,
            "end": p.end,
            "quote": self.quote,
            "score": round(float(self.score), 6),
        }


@dataclass(frozen=True)
class Answer:
    """What `Bot.ask` returns. `to_dict()` is the JSON contract of DESIGN.md."""

    question: str
    kind: AnswerKind
    text: str
    citations: tuple[Citation, ...]
    retrieved: tuple[tuple[str, float], ...]
    disclaimer: str
    urgent: str | None
    index: str
    # Not part of the JSON contract: presentation helpers for the chat.
    suggestions: tuple[str, ...] = field(default=(), compare=False)
    intent: str | None = field(default=None, compare=False)
    topic: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        """The answer object of the JSON contract (DESIGN.md)."""
        return {
            "question": self.question,
            "kind": self.kind,
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "retrieved": [{"passage_id": pid, "score": round(float(s), 6)} for pid, s in self.retrieved],
            "disclaimer": self.disclaimer,
            "urgent": self.urgent,
            "index": self.index,
        }
