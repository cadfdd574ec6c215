"""Choosing the sentences to quote: the best sentence of each candidate passage, then the best of those.

Everything needed comes in the retrieval result (sentence vectors and BM25 tokens on each hit, the IDF of
the query's words): this module never reads the index. Weights live in `bot.config.QuoteSettings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.config import QuoteSettings
from bot.domain.intent import Understanding, classify_intent
from bot.ingest.headings import reads_as_sentence
from bot.search.fusion import Retrieval
from bot.types import Hit, Passage

# Kinds whose answers have a recognisable vocabulary (tests, foods, treatments): their cue words weigh more.
_STRONG_CUE_INTENTS = frozenset({"diagnosis", "foods", "treatment", "prevention", "definition"})
# Table columns that answer a kind of question; of these, a symptoms, diagnosis or treatment cell answers
# only its own kind.
_ASPECT_INTENTS = frozenset({"symptoms", "diagnosis", "treatment", "mechanism", "causes"})
_EXCLUSIVE_ASPECTS = frozenset({"symptoms", "diagnosis", "treatment"})
# Sentences about the article itself ("This article explores…", "read on!", "For more information… see") answer nothing.
# A sentence that opens with a bare pronoun subject refers back to the sentence before it.
_PRONOUN_START = re.compile(r"^(they|these|those|this|it|such|both|all of (them|these))\b"
                            r"(?! (is|are|was|were) (why|how|what|where|because))", re.I)
_META = re.compile(r"^(this|the) (article|report|text|post|guide|objective)\b|\bthis (article|report)\b|\bread on\b"
                   r"|^for more information\b", re.I)


@dataclass(frozen=True)
class Quote:
    """A span of whole sentences of one passage chosen for the answer.

    `start`/`end` are offsets into `passage.text`; `score` is the sentence score (unitless, higher is
    better); `vector` is the (dim,) embedding of its main sentence; `hit_score` the passage's fused score;
    `types` the union of the quoted sentences' types (bot.ingest.sentence_types).
    """

    passage: Passage
    start: int
    end: int
    score: float
    vector: np.ndarray
    hit_score: float
    types: frozenset[str] = frozenset()   # the quoted sentences' types ("foods", "tests", …)

    @property
    def text(self) -> str:
        """The quoted sentence(s), exactly as in the passage."""
        return self.passage.text[self.start:self.end]


@dataclass(frozen=True)
class _Scored:
    """One sentence of a passage as a candidate quote."""

    choice: float            # ranks the sentences within the passage (score plus shared rare words)
    score: float             # ranks the passage's best sentence against other passages' best
    i: int                   # which sentence of the passage
    shared: frozenset        # the question's (stemmed) words it contains


def select_quotes(understanding: Understanding, retrieval: Retrieval, query_vector: np.ndarray,
                  settings: QuoteSettings) -> list[list[Quote]]:
    """Groups of quotes, best first: each group is one fact, quoted once and cited by every article that
    states it. At most `settings.max_passages` quotes in all; empty when no sentence qualifies."""
    hits = retrieval.hits[:settings.candidate_passages]
    if not hits:
        return []
    top_fused = hits[0].score
    words = retrieval.query_weights
    best_per_passage = [_best_quote(h, top_fused, words, understanding, query_vector, settings) for h in hits]
    ranked = sorted((q for q in best_per_passage if q is not None), key=lambda q: q.score, reverse=True)
    if not ranked:
        return []
    top = ranked[0].score
    groups: list[list[Quote]] = []
    for quote in ranked:
        if sum(len(g) for g in groups) >= settings.max_passages or quote.score < top - settings.margin:
            break
        same = next((g for g in groups if float(g[0].vector @ quote.vector) >= settings.same_fact_cosine), None)
        if same is not None:
            if all(q.passage.doc_id != quote.passage.doc_id for q in same):
                same.append(quote)       # the same fact in another article: cite both
            continue
        groups.append([quote])
    return groups


def _best_quote(hit: Hit, top_fused: float, words: dict[str, float], understanding: Understanding,
                query_vector: np.ndarray, settings: QuoteSettings) -> Quote | None:
    passage = hit.passage
    similarity = hit.sentence_vectors @ query_vector.reshape(-1)
    for i in range(1, len(similarity)):
        # The sentence after a question the article asks ("So, can nutrient deficiency cause back pain?")
        # is that question's answer: it is as relevant as the question is.
        if _sentence(passage, i - 1).endswith("?"):
            similarity[i] = max(similarity[i], similarity[i - 1])
    cue = understanding.cue
    terms = understanding.topic_terms
    excluded = understanding.excluded_terms
    alternatives = understanding.alternative_terms
    aspect = _aspect_bonus(passage, understanding.intent, settings)
    total_weight = sum(words.values())
    scored = []
    for i, (a, b) in enumerate(passage.sentences):
        sentence = passage.text[a:b]
        lowered = sentence.casefold()
        if len(sentence.split()) < settings.min_words or _heading_fragment(passage, a, sentence):
            continue
        score = float(similarity[i]) + settings.passage_dense * hit.dense + settings.fused * hit.score / top_fused
        score += aspect
        if cue is not None and cue.search(lowered):
            score += settings.strong_cue if understanding.intent in _STRONG_CUE_INTENTS else settings.cue
        if terms and any(t in lowered for t in terms):
            score += settings.topic
        if understanding.intent == "definition" and terms and _defines(lowered, terms):
            score += settings.strong_cue   # "…a condition called anemia, which occurs when…" says what it is
        if excluded and any(t in lowered for t in excluded) and not any(t in lowered for t in alternatives):
            score -= settings.excluded_penalty   # "apart from magnesium, what else…": not about magnesium alone
        if _META.search(sentence) or sentence.rstrip().endswith("?"):
            score -= settings.meta_penalty   # about the article, or a question it asks: neither answers anything
        # Shared words choose between the sentences of one passage but do not rank passages against each
        # other (measured: as a ranking signal they cost MRR).
        shared = hit.sentence_terms[i].intersection(words) if words else frozenset()
        choice = score + (settings.overlap * sum(words[t] for t in shared) / total_weight if words else 0.0)
        scored.append(_Scored(choice, score, i, shared))
    if not scored:
        return None
    best = max(scored, key=lambda s: (s.choice, s.score, s.i))
    start = passage.sentences[0 if passage.kind == "table_cell" else _start(passage, best.i)][0]
    end = _extend(passage, scored, best, words, settings)
    types = frozenset().union(*(t for (a, b), t in zip(passage.sentences, hit.sentence_types)
                                if start <= a and b <= end))
    return Quote(passage, start, end, best.score, hit.sentence_vectors[best.i], hit.score, types)


def _heading_fragment(passage: Passage, start: int, sentence: str) -> bool:
    """A heading left in the text ("Plantar fasciitis and back pain"): at most 6 words, no final punctuation,
    no finite verb, and not a list item (an item is quoted with its lead-in). Never quoted, nor added to a quote."""
    if passage.kind == "table_cell" or len(sentence.split()) > 6 or sentence.rstrip()[-1] in ".!?:;)\"”’":
        return False
    line = passage.text[passage.text.rfind("\n", 0, start) + 1:start].strip()
    return not line and not reads_as_sentence(sentence)


def _defines(lowered: str, terms: tuple[str, ...]) -> bool:
    """Whether the sentence says what one of `terms` is, by the grammar of a definition: "called X", "known
    as X", "X is a / an …", "X, which is / occurs / happens …", "X refers to / means …"."""
    for term in terms:
        t = re.escape(term.strip())
        # A term may be a word's beginning ("anemi" for anemia, anemic): the rest of the word is allowed.
        if re.search(rf"\b(?:called|known as|termed) (?:an? )?{t}\w*|\b{t}\w*(?:,? (?:is|are) (?:a|an|the)\b|, "
                     rf"which (?:is|are|occurs|happens|means)\b| (?:refers to|means)\b)", lowered):
            return True
    return False


def _aspect_bonus(passage: Passage, intent: str, settings: QuoteSettings) -> float:
    """A table cell's column ("Diagnostic Clues", "Typical Treatment") says what kind of question it
    answers, so a diagnosis question prefers the diagnosis cell of the row over the symptoms cell that
    shares all its words."""
    if passage.kind != "table_cell":
        return 0.0
    if intent == "definition":
        return -settings.other_aspect   # "What is anemia?": a row of symptoms or tests does not say what it is
    if intent not in _ASPECT_INTENTS:
        return 0.0
    column = classify_intent((passage.aspect or "").casefold())
    if column == intent:
        return settings.aspect
    # A treatment cell does not answer "how is it diagnosed?" however many words it shares with it.
    return -settings.other_aspect if {column, intent} <= _EXCLUSIVE_ASPECTS else 0.0


def _extend(passage: Passage, scored: list[_Scored], chosen: _Scored, words: dict[str, float],
            settings: QuoteSettings) -> int:
    """Where the quote of the chosen sentence ends: a list's lead-in ("…some top tips:") takes its first
    item along, since the lead-in alone says nothing; a next sentence that continues the point and scores
    nearly as well is quoted too, and so is one that answers the part of the question the first leaves out."""
    if passage.kind == "table_cell":
        return passage.sentences[-1][1]
    i = chosen.i
    b = passage.sentences[i][1]
    if i + 1 >= len(passage.sentences):
        return b
    if _opens_list(passage, i):
        return _list_end(passage, i, settings.max_list_items)
    following = next((s for s in scored if s.i == i + 1), None)
    gap = passage.text[b:passage.sentences[i + 1][0]]
    if following is None or "\n" in gap:
        return b
    if following.score >= chosen.score - settings.next_sentence_margin:
        return passage.sentences[i + 1][1]
    added = sum(words[t] for t in following.shared - chosen.shared) / (sum(words.values()) or 1.0)
    if added >= settings.complement_share and following.score >= chosen.score - settings.complement_margin:
        return passage.sentences[i + 1][1]
    return b


def _opens_list(passage: Passage, i: int) -> bool:
    """A list's lead-in: ends in a colon, or breaks off unfinished ("…several causes, including") with the
    next sentence on a line of its own."""
    sentence = _sentence(passage, i)
    if sentence.endswith(":"):
        return True
    if not sentence or not sentence[-1].isalnum() or i + 1 >= len(passage.sentences):
        return False
    return "\n" in passage.text[passage.sentences[i][1]:passage.sentences[i + 1][0]]


def _start(passage: Passage, i: int) -> int:
    """Which sentence a quote of sentence i starts at: a sentence whose subject is only a pronoun ("They are
    the most common causes…") is quoted with the sentence before it, which says what "they" are."""
    if i > 0 and _PRONOUN_START.match(_sentence(passage, i)):
        gap = passage.text[passage.sentences[i - 1][1]:passage.sentences[i][0]]
        if "\n" not in gap or _sentence(passage, i - 1).endswith(":"):
            return i - 1
    return i


def _list_end(passage: Passage, i: int, limit: int) -> int:
    """End of a list's lead-in quote: the lead-in and the items it introduces (each on its own line, up to
    `limit`), so no lead-in is quoted with only its first item."""
    end = i + 1
    while end + 1 < len(passage.sentences) and end - i < limit:
        gap = passage.text[passage.sentences[end][1]:passage.sentences[end + 1][0]]
        if "\n" not in gap or "\n\n" in gap:   # the next sentence continues an item, or a paragraph follows
            break
        end += 1
    return passage.sentences[end][1]


def _sentence(passage: Passage, i: int) -> str:
    a, b = passage.sentences[i]
    return passage.text[a:b].rstrip()
