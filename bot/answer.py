"""The one place an Answer is made: templates filled with verbatim sentences, each followed by its [n].

No sentence in an answer is written by the bot except the template's short framing (which carries no
facts and no numbers); every other sentence is cut from a cited passage by its offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .index import LoadedIndex
from .intent import Understanding
from .retrieval import Retrieval
from .safety import DISCLAIMER, Screening
from .types import Answer, Citation, Hit, Passage
from . import templates

MAX_PASSAGES = 3
CANDIDATE_PASSAGES = 10
SAME_FACT_COSINE = 0.86     # a sentence this close to one already quoted from another article is the same fact
# How a candidate sentence is scored (tuned on the development questions with `python -m bot eval`):
# its own cosine to the question, plus its passage's cosine and fused rank, plus small bonuses for naming
# the topic, for cue words of the question's kind, and for sharing the question's (stemmed) words.
W_PASSAGE_DENSE = 0.25
W_FUSED = 0.5
W_CUE = 0.08
W_TOPIC = 0.08
W_OVERLAP, MAX_OVERLAP = 0.0, 0.16   # measured: sharing words hurt (0.89 → 0.87 cite hit), so off
MARGIN = 0.2               # quotes scoring this far below the best one are left out
# Sentences about the article itself ("This article explores…", "read on!") answer nothing.
_META = re.compile(r"^(this|the) (article|report|text|post|guide|objective)\b|\bthis (article|report)\b|\bread on\b", re.I)


@dataclass(frozen=True)
class _Quote:
    passage: Passage
    start: int               # offsets into passage.text
    end: int
    score: float
    vector: np.ndarray
    hit_score: float

    @property
    def text(self) -> str:
        return self.passage.text[self.start:self.end]


def invalid_answer(screening: Screening, fingerprint: str) -> Answer:
    message = screening.message or templates.INVALID_DEFAULT
    return _plain(screening.question, "invalid", message, fingerprint)


def crisis_answer(screening: Screening, fingerprint: str) -> Answer:
    """Crisis and poisoning: the fixed notice only; no retrieval, no citations."""
    return _plain(screening.question, "urgent", screening.message or "", fingerprint, urgent=screening.message)


def no_answer(question: str, fingerprint: str, retrieved: tuple = (), urgent: str | None = None,
              advice: str | None = None) -> Answer:
    """Nothing relevant: say so, say what the articles cover; a dosing or diagnosis question still gets its notice."""
    body = templates.no_answer_text() if not advice else f"{advice}\n\n{templates.no_answer_text()}"
    kind = "urgent" if urgent else "no_answer"
    return _plain(question, kind, body, fingerprint, urgent=urgent, retrieved=retrieved,
                  suggestions=templates.EXAMPLE_QUESTIONS[:3])


def compose(screening: Screening, understanding: Understanding, retrieval: Retrieval, index: LoadedIndex,
            query_vector: np.ndarray) -> Answer:
    retrieved = tuple((h.passage.passage_id, h.score) for h in retrieval.hits[:10])
    urgent = screening.message if screening.status in ("emergency", "urgent") else None
    quotes = _select(understanding, retrieval.hits[:CANDIDATE_PASSAGES], index, query_vector)
    if not quotes:
        return no_answer(screening.question, index.fingerprint, retrieved, urgent, screening.advice_notice)

    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    lines: list[str] = []
    for group in quotes:
        markers = []
        for quote in group:
            pid = quote.passage.passage_id
            if pid not in numbers:
                numbers[pid] = len(numbers) + 1
                citations.append(Citation(numbers[pid], quote.passage, quote.text, quote.hit_score))
            markers.append(f"[{numbers[pid]}]")
        lines.append(f"{_escape(group[0].text)} {''.join(dict.fromkeys(markers))}")

    parts = []
    if urgent:
        parts.append(urgent)
    if screening.advice_notice:
        parts.append(screening.advice_notice)
    parts.append(templates.lead(understanding.intent, understanding.topic_name, general=bool(urgent or screening.advice_notice)))
    parts.append("\n\n".join(lines))
    parts.append(DISCLAIMER)
    return Answer(
        question=screening.question,
        kind="urgent" if urgent else "answer",
        text="\n\n".join(parts),
        citations=tuple(citations),
        retrieved=retrieved,
        disclaimer=DISCLAIMER,
        urgent=urgent,
        index=index.fingerprint,
        suggestions=templates.follow_ups(understanding.topics, understanding.intent),
        intent=understanding.intent,
        topic=understanding.topic_name,
    )


def _select(understanding: Understanding, hits: list[Hit], index: LoadedIndex, query_vector: np.ndarray) -> list[list[_Quote]]:
    """Groups of quotes: each group is one fact, quoted once and cited by every article that states it."""
    if not hits:
        return []
    top_fused = hits[0].score
    words = frozenset(index.bm25.tokens(understanding.query))
    best_per_passage = [_best_quote(h, top_fused, words, understanding, index, query_vector) for h in hits]
    ranked = sorted((q for q in best_per_passage if q is not None), key=lambda q: q.score, reverse=True)
    if not ranked:
        return []
    top = ranked[0].score
    groups: list[list[_Quote]] = []
    for quote in ranked:
        if sum(len(g) for g in groups) >= MAX_PASSAGES or quote.score < top - MARGIN:
            break
        same = next((g for g in groups if float(g[0].vector @ quote.vector) >= SAME_FACT_COSINE), None)
        if same is not None:
            if all(q.passage.doc_id != quote.passage.doc_id for q in same):
                same.append(quote)       # the same fact in another article: cite both
            continue
        groups.append([quote])
    return groups


def _best_quote(hit: Hit, top_fused: float, words: frozenset[str], understanding: Understanding, index: LoadedIndex, query_vector: np.ndarray) -> _Quote | None:
    passage = hit.passage
    row = index.sentence_rows[passage.passage_id]
    vectors = index.sentence_vectors[row:row + len(passage.sentences)]
    similarity = vectors @ query_vector.reshape(-1)
    cue = understanding.cue
    terms = understanding.topic_terms
    scored = []
    for i, (a, b) in enumerate(passage.sentences):
        sentence = passage.text[a:b]
        lowered = sentence.casefold()
        if len(sentence.split()) < 4:
            continue
        score = float(similarity[i]) + W_PASSAGE_DENSE * hit.dense + W_FUSED * hit.score / top_fused
        if cue is not None and cue.search(lowered):
            score += W_CUE
        if terms and any(t in lowered for t in terms):
            score += W_TOPIC
        if W_OVERLAP:
            score += min(MAX_OVERLAP, W_OVERLAP * len(words.intersection(index.bm25.tokens(sentence))))
        if _META.search(sentence):
            score -= 0.3
        scored.append((score, i))
    if not scored:
        return None
    score, i = max(scored)
    start, end = passage.sentences[i]
    # Quote the next sentence too when it continues the same point on the same line and scores nearly as well.
    following = next((s for s, j in scored if j == i + 1), None)
    if following is not None and following >= score - 0.05 and "\n" not in passage.text[end:passage.sentences[i + 1][0]]:
        end = passage.sentences[i + 1][1]
    return _Quote(passage, start, end, score, vectors[i], hit.score)


def _escape(text: str) -> str:
    """Corpus text goes into markdown: make sure it cannot open HTML."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _plain(question: str, kind: str, body: str, fingerprint: str, *, urgent: str | None = None,
           retrieved: tuple = (), suggestions: tuple[str, ...] = ()) -> Answer:
    parts = [urgent, body if body != urgent else None, DISCLAIMER]
    text = "\n\n".join(p for p in parts if p)
    return Answer(question, kind, text, (), retrieved, DISCLAIMER, urgent, fingerprint, suggestions)
