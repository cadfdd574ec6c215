"""Choosing the sentences to quote: the best sentence of each candidate passage, then the best of those.

Everything needed comes in the retrieval result (sentence vectors and BM25 tokens on each hit, the IDF of
the query's words): this module never reads the index. Weights live in `bot.config.QuoteSettings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.answering.aboutness import Aboutness
from bot.answering.quote_bounds import ScoredSentence, heading_fragment, quote_end, quote_start, sentence_at
from bot.answering.section_leads import SectionLeads
from bot.answering.sentence_cues import aspect_bonus, defines
from bot.config import QuoteSettings
from bot.domain.intent import Understanding
from bot.ingest.sentence_types import sentence_types
from bot.search.fusion import Retrieval
from bot.types import Hit, Passage

# Kinds whose answers have a recognisable vocabulary (tests, foods, treatments): their cue words weigh more.
_STRONG_CUE_INTENTS = frozenset({"diagnosis", "foods", "treatment", "prevention", "definition"})
# Table columns that answer a kind of question; of these, a symptoms, diagnosis or treatment cell answers
# only its own kind.
# The kinds of question whose heading makes a checkable claim, and the sentence type that backs it.
FRAME_TYPES = {"foods": "foods", "diagnosis": "tests", "treatment": "treatment", "prevention": "prevention"}
# Sentences about the article itself ("This article explores…", "read on!", "For more information… see") answer nothing.
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
    lead: float = 0.0       # the part of `score` owed to opening a section under a question heading of the kind

    @property
    def text(self) -> str:
        """The quoted sentence(s), exactly as in the passage."""
        return self.passage.text[self.start:self.end]


def select_quotes(understanding: Understanding, retrieval: Retrieval, query_vector: np.ndarray,
                  settings: QuoteSettings, sections: SectionLeads | None = None) -> list[list[Quote]]:
    """Groups of quotes, best first: each group is one fact, quoted once and cited by every article that
    states it. At most `settings.max_passages` quotes in all; empty when no sentence qualifies. `sections`:
    the index's passages opening a section under a question heading (bot.answering.section_leads); the best
    first sentence of one whose heading asks this kind of question is quoted first."""
    leads = sections.answering(understanding.intent) if sections is not None else frozenset()
    hits = retrieval.hits[:settings.candidate_passages]
    if not hits:
        return []
    top_fused = hits[0].score
    words = retrieval.query_weights
    about = Aboutness.of_question(understanding)
    best_per_passage = [_best_quote(h, top_fused, words, understanding, query_vector, settings, about) for h in hits]
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
    reply = _section_reply(hits, top_fused, words, understanding, query_vector, settings, about, leads, top)
    if reply is not None and all(float(g[0].vector @ reply.vector) < settings.same_fact_cosine for g in groups):
        # Put first, not swapped in for the best quote: the direct reply, then the details that share the user's words.
        groups = [[reply], *(g for g in groups if all(q.passage is not reply.passage for q in g))]
        while sum(len(g) for g in groups) > settings.max_passages:
            groups.pop()
    named = _named_first(hits, top_fused, words, understanding, query_vector, settings, about, groups)
    if named is not None:
        # The question names its topic and no quote is about it: the best sentence that is comes first, and the
        # weakest quote makes room when the answer is full.
        groups = [[named], *groups[:settings.max_passages - 1]]
    typed = _typed_first(hits, top_fused, words, understanding, query_vector, settings, about, groups)
    if typed is not None:
        # Added, not swapped in: the quotes chosen on their merits stay, and the heading's claim gets its backing.
        groups = [*(g for g in groups if all(q.passage is not typed.passage for q in g)), [typed]]
    return groups


def _named_first(hits: Sequence[Hit], top_fused: float, words: dict[str, float], understanding: Understanding,
                 query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness,
                 groups: list[list[Quote]]) -> Quote | None:
    """For a question naming a topic when no chosen quote is about it: the best quote about the topic among the
    candidate passages ("I've got coeliac disease…" and the one sentence on treating celiac disease), if it
    scores within `typed_margin` of the best quote; None otherwise."""
    quotes = [q for g in groups for q in g]
    # Not for a kind whose heading makes a claim (foods, tests, treatment, prevention): there a sentence that merely
    # names the topic ("a lack of potassium in the diet…") would pass for the claim's backing; `_typed_first` asks
    # for both, and the answer says plainly when none is found.
    if understanding.intent in FRAME_TYPES or not about.terms or not quotes or any(
            about.about(q.text.casefold(), q.passage) for q in quotes):
        return None
    return _best_within(hits, top_fused, words, understanding, query_vector, settings, about, quotes,
                        about_only=True)


def _section_reply(hits: Sequence[Hit], top_fused: float, words: dict[str, float], understanding: Understanding,
                   query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness, leads: frozenset[str],
                   top: float) -> Quote | None:
    """The best first sentence of a section whose question heading asks this kind of question (`leads`: the
    passages opening such sections), scored with `settings.lead` added, when it is within `settings.margin` of the
    best quote (`top`). None otherwise."""
    replies = [q for h in hits if h.passage.passage_id in leads
               and (q := _best_quote(h, top_fused, words, understanding, query_vector, settings, about, lead=True))
               is not None and q.lead]
    best = max(replies, key=lambda q: q.score, default=None)
    return best if best is not None and best.score >= top - settings.margin else None


def _typed_first(hits: Sequence[Hit], top_fused: float, words: dict[str, float], understanding: Understanding,
                 query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness,
                 groups: list[list[Quote]]) -> Quote | None:
    """For a question whose heading claims a kind (foods, tests, treatment, prevention), when no best quote is of
    that type and about the topic: the best sentence about the topic under a heading of that type, if it scores
    within `typed_margin` of the best quote (an article's "Treatment" section under its title answers "How is
    shingles treated?" though its sentences never name shingles and score lower than the definition that does).
    None otherwise."""
    wanted = FRAME_TYPES.get(understanding.intent)
    quotes = [q for g in groups for q in g]
    if wanted is None or not quotes or any(
            wanted in q.types and (not about.terms or about.about(q.text.casefold(), q.passage)) for q in quotes):
        return None
    return _best_within(hits, top_fused, words, understanding, query_vector, settings, about, quotes, only=wanted)


def _best_within(hits: Sequence[Hit], top_fused: float, words: dict[str, float], understanding: Understanding,
                 query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness, quotes: list[Quote],
                 **only) -> Quote | None:
    """The best quote of `hits` under the restriction `only` (`_best_quote`'s `only` / `about_only`), if it scores
    within `settings.typed_margin` of the best of `quotes`; None otherwise."""
    top = max(q.score for q in quotes)
    found = [q for h in hits if (q := _best_quote(h, top_fused, words, understanding, query_vector, settings, about,
                                                  **only)) is not None]
    best = max(found, key=lambda q: q.score, default=None)
    return best if best is not None and best.score >= top - settings.typed_margin else None


# Qualifiers that exclude each other when they qualify the same word ("lower back" / "upper back").
_OPPOSITES = (("upper", "lower"), ("left", "right"))


def contradicts(question: str, sentence: str) -> bool:
    """Whether lower-case `sentence` qualifies a word by the opposite of the qualifier `question` gives it ("upper
    back pain" for "lower back pain"), and never by the question's own."""
    for one, other in (*_OPPOSITES, *((b, a) for a, b in _OPPOSITES)):
        for head in re.findall(rf"\b{one}[\s-]+(\w+)", question):
            if re.search(rf"\b{other}[\s-]+{head}\b", sentence) and not re.search(rf"\b{one}[\s-]+{head}\b", sentence):
                return True
    return False


def _best_quote(hit: Hit, top_fused: float, words: dict[str, float], understanding: Understanding,
                query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness,
                only: str | None = None, about_only: bool = False, lead: bool = False) -> Quote | None:
    """The best quote of one hit (None when no sentence qualifies); `only`: among the sentences about the asked
    topic under a heading of that type ("Treatment"); `about_only`: among the sentences about the asked topic;
    `lead`: whether the passage opens a section whose question heading asks this kind of question (its first
    sentence is the heading's direct reply)."""
    passage = hit.passage
    similarity = hit.sentence_vectors @ query_vector.reshape(-1)
    for i in range(1, len(similarity)):
        # The sentence after a question the article asks ("So, can nutrient deficiency cause back pain?")
        # is that question's answer: it is as relevant as the question is.
        if sentence_at(passage, i - 1).endswith("?"):
            similarity[i] = max(similarity[i], similarity[i - 1])
    cue = understanding.cue
    terms = understanding.topic_terms
    excluded = understanding.excluded_terms
    alternatives = understanding.alternative_terms
    aspect = aspect_bonus(passage, understanding.intent, settings)
    # `only`: a sentence whose heading (section or table column) names the type, a firmer sign than its own words
    heading_types = sentence_types("", passage.aspect or passage.section) if only is not None else frozenset()
    total_weight = sum(words.values())
    asked = understanding.question.casefold()
    scored = []
    for i, (a, b) in enumerate(passage.sentences):
        sentence = passage.text[a:b]
        lowered = sentence.casefold()
        if len(sentence.split()) < settings.min_words or heading_fragment(passage, a, sentence):
            continue
        if only is not None and (only not in heading_types or (terms and not about.about(lowered, passage))):
            continue
        if about_only and not about.about(lowered, passage):
            continue
        score = float(similarity[i]) + settings.passage_dense * hit.dense + settings.fused * hit.score / top_fused
        score += aspect + (settings.lead if lead and i == 0 else 0.0)
        if cue is not None and cue.search(lowered):
            score += settings.strong_cue if understanding.intent in _STRONG_CUE_INTENTS else settings.cue
        if terms and about.about(lowered, passage):
            score += settings.topic
        if understanding.intent == "definition" and terms and defines(lowered, terms):
            score += settings.strong_cue   # "…a condition called anemia, which occurs when…" says what it is
        if excluded and any(t in lowered for t in excluded) and not any(t in lowered for t in alternatives):
            score -= settings.excluded_penalty   # "apart from magnesium, what else…": not about magnesium alone
        if contradicts(asked, lowered):
            score -= settings.meta_penalty   # "…upper back pain" for a question about the lower back
        if _META.search(sentence) or sentence.rstrip().endswith("?"):
            score -= settings.meta_penalty   # about the article, or a question it asks: neither answers anything
        # Shared words choose between the sentences of one passage but do not rank passages against each
        # other (measured: as a ranking signal they cost MRR).
        shared = hit.sentence_terms[i].intersection(words) if words else frozenset()
        choice = score + (settings.overlap * sum(words[t] for t in shared) / total_weight if words else 0.0)
        scored.append(ScoredSentence(choice, score, i, shared))
    if not scored:
        return None
    best = max(scored, key=lambda s: (s.choice, s.score, s.i))
    start = passage.sentences[0 if passage.kind == "table_cell" else quote_start(passage, best.i)][0]
    end = quote_end(passage, scored, best, words, settings)
    types = frozenset().union(*(t for (a, b), t in zip(passage.sentences, hit.sentence_types)
                                if start <= a and b <= end))
    return Quote(passage, start, end, best.score, hit.sentence_vectors[best.i], hit.score, types,
                 settings.lead if lead and best.i == 0 else 0.0)
