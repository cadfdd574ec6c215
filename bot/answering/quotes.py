"""Choosing the sentences to quote: the best sentence of each candidate passage, then the best of those.

Everything needed comes in the retrieval result (sentence vectors and BM25 tokens on each hit, the IDF of the query's
words): this module never reads the index. A sentence's score is its features (`bot.answering.sentence_features`)
times the weights of `bot.answering.ranker`; margins and limits live in `bot.config.QuoteSettings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.answering.aboutness import Aboutness
from bot.answering.corroboration import corroborated
from bot.answering.cross_reference import points_elsewhere
from bot.answering.excess import excess_pattern
from bot.answering.figures import figure_pattern
from bot.answering.plain_pick import with_plain_best
from bot.answering.population import population_pattern
from bot.answering.quote_bounds import ScoredSentence, heading_fragment, quote_end, quote_start
from bot.answering.ranker import quote_weights
from bot.answering.section_leads import SectionLeads
from bot.answering.sentence_features import FEATURES, QuestionSignals, features
from bot.config import QuoteSettings
from bot.domain.intent import Understanding
from bot.domain.question_kinds import ASKED_TYPES, FRAME_TYPES
from bot.ingest.sentence_types import backs_heading, sentence_types
from bot.search.fusion import Retrieval
from bot.types import Hit, Passage

_OVERLAP = FEATURES.index("overlap")


@dataclass(frozen=True)
class Quote:
    """A span of whole sentences of one passage chosen for the answer.

    `start`/`end` are offsets into `passage.text`; `score` is the sentence score (unitless, higher is better);
    `vector` is the (dim,) embedding of its main sentence; `hit_score` the passage's fused score."""

    passage: Passage
    start: int
    end: int
    score: float
    vector: np.ndarray
    hit_score: float
    types: frozenset[str] = frozenset()   # the quoted sentences' types ("foods", "tests", …)
    lead: float = 0.0       # the part of `score` owed to opening a section under a question heading of the kind
    corroborates: bool = False  # another passage's wording of the group's fact (bot.answering.corroboration)

    @property
    def text(self) -> str:
        """The quoted sentence(s), exactly as in the passage."""
        return self.passage.text[self.start:self.end]


def select_quotes(understanding: Understanding, retrieval: Retrieval, query_vector: np.ndarray,
                  settings: QuoteSettings, sections: SectionLeads | None = None) -> list[list[Quote]]:
    """Groups of quotes: each group is one fact, quoted once and cited by every article that states it; those
    about the asked topic first, among them one backing the heading's claim first, otherwise best score first.
    At most `settings.max_passages` quotes in all; empty when no sentence qualifies. `sections`:
    the index's passages opening a section under a question heading (bot.answering.section_leads); the best
    first sentence of one whose heading asks this kind of question is quoted first."""
    leads = sections.answering(understanding.intent) if sections is not None else frozenset()
    hits = retrieval.hits[:settings.candidate_passages]
    if not hits:
        return []
    top_fused = hits[0].score
    words = retrieval.query_weights
    about = Aboutness.of_question(understanding)
    best_per_passage = [_best_quote(h, top_fused, words, understanding, query_vector, settings, about, rank=r)
                        for r, h in enumerate(hits)]
    ranked = sorted((q for q in best_per_passage if q is not None), key=lambda q: q.score, reverse=True)
    if not ranked:
        return []
    top = ranked[0].score
    groups: list[list[Quote]] = []
    for quote in ranked:
        if sum(len(g) for g in groups) >= settings.max_passages or quote.score < top - settings.margin:
            break
        if (len(groups) >= settings.on_topic_after and about.terms
                and not about.about(quote.text.casefold(), quote.passage)):
            continue    # a fourth fact about nothing asked is filler ("When introducing any new substance…")
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
    figure = _holding_added(retrieval.hits, top_fused, words, understanding, query_vector, settings, about, groups)
    if figure is not None:
        # "How long does it last?" answered by "The prognosis … is generally very good" alone says nothing of how
        # long: the sentence that gives the span ("…within 3 to 6 months") is added.
        groups = [*(g for g in groups if not any(q.passage is figure.passage and q.start < figure.end
                                                 and figure.start < q.end for q in g)), [figure]]
        while sum(len(g) for g in groups) > settings.max_passages and len(groups) > 1:
            groups.pop(-2)
    typed = _typed_first(hits, top_fused, words, understanding, query_vector, settings, about, groups)
    if typed is not None:
        # Added, not swapped in: the quotes chosen on their merits stay, and the heading's claim gets its backing.
        groups = [*(g for g in groups if all(q.passage is not typed.passage for q in g)), [typed]]
    groups = corroborated(sorted(groups, key=lambda g: _order(g[0], understanding.intent, about)), hits,
                          understanding, settings, about)
    return with_plain_best(groups, retrieval, query_vector, settings,
                           QuestionSignals(understanding, query_vector, words, about, top_fused))


def _order(quote: Quote, intent: str, about: Aboutness) -> tuple[bool, bool]:
    """Sort key putting first what was asked about ("i have coeliac disease, could that be behind my back pain?"
    opens with the one sentence naming celiac disease, not a general one its passage's closeness put ahead of it),
    and among those a quote that backs the heading's claim ("Food sources of calcium…" opens with a sentence naming
    foods that give calcium, not "Skip the animal proteins… leach calcium from bones"). Stable: otherwise by score."""
    lowered = quote.text.casefold()
    on_topic = not about.terms or about.about(lowered, quote.passage)
    wanted = FRAME_TYPES.get(intent)
    return not on_topic, wanted is not None and not backs_heading(wanted, quote.types, quote.text)


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
    replies = [q for r, h in enumerate(hits) if h.passage.passage_id in leads
               and (q := _best_quote(h, top_fused, words, understanding, query_vector, settings, about, lead=True,
                                     rank=r))
               is not None and q.lead]
    best = max(replies, key=lambda q: q.score, default=None)
    return best if best is not None and best.score >= top - settings.margin else None


def _holding_added(hits: Sequence[Hit], top_fused: float, words: dict[str, float], understanding: Understanding,
                   query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness,
                   groups: list[list[Quote]]) -> Quote | None:
    """For a question asking for a figure (bot.answering.figures: how long, the odds…), about too much of a nutrient
    (bot.answering.excess) or about a group of people (bot.answering.population: "I'm pregnant, which lice shampoo is
    safe?") when no chosen quote holds one: the best sentence that does (about the asked topic when it names one), if
    within `typed_margin` of the best quote. None otherwise."""
    pattern = figure_pattern(understanding.question) or excess_pattern(understanding.question, understanding.topics) \
        or population_pattern(understanding.question)
    quotes = [q for g in groups for q in g]
    if pattern is None or not quotes or any(pattern.search(q.text.casefold()) for q in quotes):
        return None
    return _best_within(hits, top_fused, words, understanding, query_vector, settings, about, quotes,
                        holding=pattern, about_only=bool(about.terms))


def _typed_first(hits: Sequence[Hit], top_fused: float, words: dict[str, float], understanding: Understanding,
                 query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness,
                 groups: list[list[Quote]]) -> Quote | None:
    """For a kind of question answered by a type of sentence (ASKED_TYPES: foods, tests, treatment, prevention,
    symptoms, when to see a doctor), when no best quote is of it and about the topic: the best such sentence, if it
    scores within `typed_margin` of the best (an article's "Treatment" section under its title answers "How is
    shingles treated?" though its sentences never name shingles and score lower than the definition that does).
    None otherwise."""
    wanted = ASKED_TYPES.get(understanding.intent)
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
    found = [q for r, h in enumerate(hits) if (q := _best_quote(h, top_fused, words, understanding, query_vector,
                                                                  settings, about, rank=r, **only)) is not None]
    best = max(found, key=lambda q: q.score, default=None)
    return best if best is not None and best.score >= top - settings.typed_margin else None


def _best_quote(hit: Hit, top_fused: float, words: dict[str, float], understanding: Understanding,
                query_vector: np.ndarray, settings: QuoteSettings, about: Aboutness,
                only: str | None = None, about_only: bool = False, lead: bool = False, rank: int = 0,
                holding: re.Pattern[str] | None = None) -> Quote | None:
    """The best quote of one hit, the `rank`-th (0-based) of the retrieval (None when no sentence qualifies);
    `only`: among the sentences about the asked topic under a heading of that type ("Treatment"); `about_only`:
    among the sentences about the asked topic; `holding`: among the sentences this pattern finds (lower case);
    `lead`: whether the passage opens a section whose question heading asks this kind of question (its first
    sentence is the heading's direct reply). Sentences are scored by
    `bot.answering.ranker` weights over `bot.answering.sentence_features`."""
    passage = hit.passage
    terms = understanding.topic_terms
    signals = QuestionSignals(understanding, query_vector, words, about, top_fused)
    rows = features(hit, rank, signals, settings, lead)
    weights = quote_weights(settings)
    scores = rows @ weights.score
    choices = scores + weights.choice_overlap * rows[:, _OVERLAP]
    # `only`: a sentence whose heading (section or table column) names the type, a firmer sign than its own words
    heading_types = sentence_types("", passage.aspect or passage.section) if only is not None else frozenset()
    scored = []
    for i, (a, b) in enumerate(passage.sentences):
        sentence = passage.text[a:b]
        lowered = sentence.casefold()
        if len(sentence.split()) < settings.min_words or heading_fragment(passage, a, sentence) \
                or points_elsewhere(passage, i):
            continue
        if only is not None and (only not in heading_types or (terms and not about.about(lowered, passage))):
            continue
        if about_only and not about.about(lowered, passage):
            continue
        if holding is not None and not holding.search(lowered):
            continue
        shared = hit.sentence_terms[i].intersection(words) if words else frozenset()
        scored.append(ScoredSentence(float(choices[i]), float(scores[i]), i, shared))
    if not scored:
        return None
    best = max(scored, key=lambda s: (s.choice, s.score, s.i))
    start = passage.sentences[0 if passage.kind == "table_cell" else quote_start(passage, best.i)][0]
    end = quote_end(passage, scored, best, words, settings)
    types = frozenset().union(*(t for (a, b), t in zip(passage.sentences, hit.sentence_types)
                                if start <= a and b <= end))
    return Quote(passage, start, end, best.score, hit.sentence_vectors[best.i], hit.score, types,
                 settings.lead if lead and best.i == 0 else 0.0)
