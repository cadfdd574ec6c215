"""The one place an Answer is made: templates filled with verbatim sentences, each followed by its [n].

No sentence in an answer is written by the bot except the template's short framing (which carries no
facts and no numbers); every other sentence is cut from a cited passage by its offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.search.store import LoadedIndex
from bot.domain.intent import Understanding, classify_intent
from bot.search.fusion import Retrieval
from bot.safety.notices import DISCLAIMER
from bot.safety.screening import Screening
from bot.types import Answer, Citation, Hit, Passage
from bot.domain import wording

MAX_PASSAGES = 3
CANDIDATE_PASSAGES = 10
SAME_FACT_COSINE = 0.86     # a sentence this close to one already quoted from another article is the same fact
# How a candidate sentence is scored (tuned on the development questions with `python -m bot eval`):
# its own cosine to the question, plus its passage's cosine and fused rank, plus small bonuses for naming
# the topic and for cue words of the question's kind.
W_PASSAGE_DENSE = 0.25
W_FUSED = 0.5
W_CUE = 0.08
W_STRONG_CUE = 0.2
W_TOPIC = 0.08
W_OVERLAP = 0.3            # shared rare words (IDF-weighted share of the question's words): chooses the sentence
NEXT_SENTENCE_MARGIN = 0.1   # …and the next sentence is quoted too when it scores within this of the best,
COMPLEMENT_SHARE = 0.2       # …or when it brings this share (IDF-weighted) of the question's words the quote
COMPLEMENT_MARGIN = 0.3      # lacks and scores within this: "water tablets … leg cramps" needs both sentences
W_ASPECT = 0.05            # a table cell whose column answers the question's kind
W_OTHER_ASPECT = 0.2       # a table cell answering another kind (its treatment cell for a diagnosis question)
MARGIN = 0.2               # quotes scoring this far below the best one are left out
# Kinds whose answers have a recognisable vocabulary (tests, foods, treatments): their cue words weigh more.
_STRONG_CUE_INTENTS = frozenset({"diagnosis", "foods", "treatment", "prevention", "definition"})
# Table columns that answer a kind of question; of these, a symptoms, diagnosis or treatment cell answers
# only its own kind.
_ASPECT_INTENTS = frozenset({"symptoms", "diagnosis", "treatment", "mechanism", "causes"})
_EXCLUSIVE_ASPECTS = frozenset({"symptoms", "diagnosis", "treatment"})
# Sentences about the article itself ("This article explores…", "read on!", "For more information… see") answer nothing.
_META = re.compile(r"^(this|the) (article|report|text|post|guide|objective)\b|\bthis (article|report)\b|\bread on\b"
                   r"|^for more information\b", re.I)


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


@dataclass(frozen=True)
class _Scored:
    """One sentence of a passage as a candidate quote."""

    choice: float            # ranks the sentences within the passage (score plus shared rare words)
    score: float             # ranks the passage's best sentence against other passages' best
    i: int                   # which sentence of the passage
    shared: frozenset        # the question's (stemmed) words it contains


def invalid_answer(screening: Screening, fingerprint: str) -> Answer:
    message = screening.message or wording.INVALID_DEFAULT
    return _plain(screening.question, "invalid", message, fingerprint)


def crisis_answer(screening: Screening, fingerprint: str) -> Answer:
    """Crisis and poisoning: the fixed notice only; no retrieval, no citations."""
    return _plain(screening.question, "urgent", screening.message or "", fingerprint, urgent=screening.message)


def no_answer(question: str, fingerprint: str, retrieved: tuple = (), urgent: str | None = None,
              advice: str | None = None) -> Answer:
    """Nothing relevant: say so, say what the articles cover; a dosing or diagnosis question still gets its notice."""
    body = wording.no_answer_text() if not advice else f"{advice}\n\n{wording.no_answer_text()}"
    kind = "urgent" if urgent else "no_answer"
    return _plain(question, kind, body, fingerprint, urgent=urgent, retrieved=retrieved,
                  suggestions=wording.EXAMPLE_QUESTIONS[:3])


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
    parts.append(wording.lead(understanding.intent, understanding.topic_name, general=bool(urgent or screening.advice_notice)))
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
        suggestions=wording.follow_ups(understanding.topics, understanding.intent),
        intent=understanding.intent,
        topic=understanding.topic_name,
    )


def _select(understanding: Understanding, hits: list[Hit], index: LoadedIndex, query_vector: np.ndarray) -> list[list[_Quote]]:
    """Groups of quotes: each group is one fact, quoted once and cited by every article that states it."""
    if not hits:
        return []
    top_fused = hits[0].score
    words = {t: index.bm25.idf(t) for t in index.bm25.tokens(understanding.query)}
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


def _best_quote(hit: Hit, top_fused: float, words: dict[str, float], understanding: Understanding, index: LoadedIndex, query_vector: np.ndarray) -> _Quote | None:
    passage = hit.passage
    row = index.sentence_rows[passage.passage_id]
    vectors = index.sentence_vectors[row:row + len(passage.sentences)]
    similarity = vectors @ query_vector.reshape(-1)
    for i in range(1, len(similarity)):
        # The sentence after a question the article asks ("So, can nutrient deficiency cause back pain?")
        # is that question's answer: it is as relevant as the question is.
        if _sentence(passage, i - 1).endswith("?"):
            similarity[i] = max(similarity[i], similarity[i - 1])
    cue = understanding.cue
    terms = understanding.topic_terms
    aspect = _aspect_bonus(passage, understanding.intent)
    scored = []
    for i, (a, b) in enumerate(passage.sentences):
        sentence = passage.text[a:b]
        lowered = sentence.casefold()
        if len(sentence.split()) < 4:
            continue
        score = float(similarity[i]) + W_PASSAGE_DENSE * hit.dense + W_FUSED * hit.score / top_fused + aspect
        if cue is not None and cue.search(lowered):
            score += W_STRONG_CUE if understanding.intent in _STRONG_CUE_INTENTS else W_CUE
        if terms and any(t in lowered for t in terms):
            score += W_TOPIC
        if _META.search(sentence) or sentence.rstrip().endswith("?"):
            score -= 0.3     # about the article, or a question the article asks: neither answers anything
        # Shared words choose between the sentences of one passage but do not rank passages against each
        # other (measured: as a ranking signal they cost MRR).
        choice = score
        shared = index.bm25.token_set(sentence).intersection(words) if words else frozenset()
        if W_OVERLAP and words:
            choice += W_OVERLAP * sum(words[t] for t in shared) / sum(words.values())
        scored.append(_Scored(choice, score, i, shared))
    if not scored:
        return None
    best = max(scored, key=lambda s: (s.choice, s.score, s.i))
    i = best.i
    start = passage.sentences[0 if passage.kind == "table_cell" else i][0]   # a table cell is quoted whole
    end = _extend(passage, scored, best, words)
    return _Quote(passage, start, end, best.score, vectors[i], hit.score)


def _aspect_bonus(passage: Passage, intent: str) -> float:
    """A table cell reads "<subject>: <column> — …"; its column ("Diagnostic Clues", "Typical Treatment")
    says what kind of question it answers, so a diagnosis question prefers the diagnosis cell of the row
    over the symptoms cell that shares all its words."""
    if passage.kind != "table_cell":
        return 0.0
    if intent == "definition":
        return -W_OTHER_ASPECT   # "What is anemia?": a row of symptoms or tests does not say what it is
    if intent not in _ASPECT_INTENTS:
        return 0.0
    label = passage.text.split(" — ", 1)[0].rpartition(": ")[2]
    column = classify_intent(label.casefold())
    if column == intent:
        return W_ASPECT
    # A treatment cell does not answer "how is it diagnosed?" however many words it shares with it.
    return -W_OTHER_ASPECT if {column, intent} <= _EXCLUSIVE_ASPECTS else 0.0


def _extend(passage: Passage, scored: list[_Scored], chosen: _Scored, words: dict[str, float]) -> int:
    """Where the quote of the chosen sentence ends: a list's lead-in ("…some top tips:") takes its first
    item along, since the lead-in alone says nothing; a next sentence that continues the point and scores
    nearly as well is quoted too, and so is one that answers the part of the question the first leaves out."""
    if passage.kind == "table_cell":
        return passage.sentences[-1][1]
    i = chosen.i
    b = passage.sentences[i][1]
    if i + 1 >= len(passage.sentences):
        return b
    if _sentence(passage, i).endswith(":"):
        return passage.sentences[i + 1][1]
    following = next((s for s in scored if s.i == i + 1), None)
    gap = passage.text[b:passage.sentences[i + 1][0]]
    if following is None or "\n" in gap:
        return b
    if following.score >= chosen.score - NEXT_SENTENCE_MARGIN:
        return passage.sentences[i + 1][1]
    added = sum(words[t] for t in following.shared - chosen.shared) / (sum(words.values()) or 1.0)
    if added >= COMPLEMENT_SHARE and following.score >= chosen.score - COMPLEMENT_MARGIN:
        return passage.sentences[i + 1][1]
    return b


def _sentence(passage: Passage, i: int) -> str:
    a, b = passage.sentences[i]
    return passage.text[a:b].rstrip()


def _escape(text: str) -> str:
    """Corpus text goes into markdown: make sure it cannot open HTML."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _plain(question: str, kind: str, body: str, fingerprint: str, *, urgent: str | None = None,
           retrieved: tuple = (), suggestions: tuple[str, ...] = ()) -> Answer:
    parts = [urgent, body if body != urgent else None, DISCLAIMER]
    text = "\n\n".join(p for p in parts if p)
    return Answer(question, kind, text, (), retrieved, DISCLAIMER, urgent, fingerprint, suggestions)
