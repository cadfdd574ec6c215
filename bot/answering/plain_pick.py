"""A hedge against the quote rules: the sentence a plain sentence-level ranking puts first is quoted too.

The quote rules (intent, topics, cue words, the fitted weights of bot.answering.ranker) choose well on phrasings like
the ones they were tuned on and can miss on new ones; a plain ranking of sentences, with none of those rules, misses
differently. Here the candidate passages' sentences are ranked twice, by cosine to the question and by the IDF of
the question's words they share, and the two rankings are fused by reciprocal rank fusion (k = 60), as the
sentence-fusion baseline of bot.evaluation.baselines does over the whole corpus. When the passage of the sentence
that comes first is not cited yet, that sentence is quoted after the chosen facts (before their corroborations).

Measured in session 25 (docs/EVALUATION.md), with the quote rules' vetoes applied here too: held-out batches K–AL
cite 818 → 826 of 1,012, answer 758 → 764, frame support 1074 → 1077, MRR 0.676 → 0.677; fresh AO, written blind
before the change, 34 → 35 of 46; held-out operator sets 17–39 450 → 459; no held-out set cites less. A
length-normalised (BM25) lexical score and pools of 10 passages were both worse on the read sets. Cost: the candidate
passages' features are computed once more (about 2 ms a question).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from bot.answering.cross_reference import points_elsewhere
from bot.answering.quote_bounds import corrected_end, heading_fragment, quote_start
from bot.answering.sentence_features import FEATURES, QuestionSignals, features
from bot.config import QuoteSettings
from bot.search.fusion import Retrieval
from bot.types import Hit

if TYPE_CHECKING:       # quotes.py calls this module: Quote is built with `replace`, as corroborations are
    from bot.answering.quotes import Quote

RRF_K = 60      # the constant of reciprocal rank fusion, 1 / (k + rank), as in bot.search.fusion and the baselines
_VETOES = [FEATURES.index(name) for name in ("excluded", "contradicts", "meta")]


def plain_best(retrieval: Retrieval, query_vector: np.ndarray, settings: QuoteSettings,
               signals: QuestionSignals | None = None) -> tuple[Hit, int] | None:
    """The first sentence of the plain ranking over the sentences of the best `settings.plain_pool` hits (at least
    `settings.min_words` words, no heading fragment, no question; with `signals`, the question's signals, none
    the quote rules veto: excluded, contradicting, meta), as
    (its hit, its sentence index); None when no sentence qualifies. `query_vector`: (dim,) L2-normalised."""
    words = retrieval.query_weights
    rows = []       # (hit, sentence index, cosine, IDF of the question's words shared)
    for rank, hit in enumerate(retrieval.hits[:settings.plain_pool]):
        passage = hit.passage
        cosines = hit.sentence_vectors @ query_vector
        # What the quote rules require holds here too: nothing the question sets aside, nothing that contradicts it
        # ("upper back" for lower back pain, taking a supplement for too little of it), no question or line about
        # the article (their weight in the rules; bot.answering.sentence_features).
        vetoed = features(hit, rank, signals, settings)[:, _VETOES].any(axis=1) if signals is not None \
            else np.zeros(len(passage.sentences), dtype=bool)
        for i, (a, b) in enumerate(passage.sentences):
            sentence = passage.text[a:b]
            if len(sentence.split()) < settings.min_words or heading_fragment(passage, a, sentence) or vetoed[i] \
                    or sentence.rstrip().endswith("?") or points_elsewhere(passage, i):
                continue
            shared = sum(words.get(t, 0.0) for t in hit.sentence_terms[i]) if words else 0.0
            rows.append((hit, i, float(cosines[i]), shared))
    if not rows:
        return None
    fused = np.zeros(len(rows))
    for column in (2, 3):
        order = sorted(range(len(rows)), key=lambda j: -rows[j][column])
        ranked = [j for j in order if column == 2 or rows[j][3] > 0]     # a sentence sharing no word is not ranked
        fused[ranked] += 1.0 / (RRF_K + np.arange(1, len(ranked) + 1))
    hit, i, _, _ = rows[int(np.argmax(fused))]
    return hit, i


def with_plain_best(groups: list[list[Quote]], retrieval: Retrieval, query_vector: np.ndarray,
                    settings: QuoteSettings, signals: QuestionSignals | None = None) -> list[list[Quote]]:
    """`groups` (facts, each with its corroborations), with the plain ranking's first sentence added as a last fact
    when its passage is not cited yet and the answer has room (`settings.max_citations`). Empty `groups` stay empty:
    the hedge never makes an answer out of a question the rules found nothing to quote for."""
    quoted = [q for g in groups for q in g]
    if not groups or len(quoted) >= settings.max_citations:
        return groups
    best = plain_best(retrieval, query_vector, settings, signals)
    if best is None or any(q.passage.passage_id == best[0].passage.passage_id for q in quoted):
        return groups
    hit, i = best
    passage, cell = hit.passage, hit.passage.kind == "table_cell"
    # As every quote: a table cell whole, a sentence that refers back ("They are…") with the one it refers to. The
    # score -1.0 says it was not scored by the quote rules.
    start = passage.sentences[0 if cell else quote_start(passage, i)][0]
    end = passage.sentences[-1][1] if cell else corrected_end(passage, i)      # a belief with what corrects it
    quote = replace(groups[0][0], passage=passage, start=start, end=end, score=-1.0, vector=hit.sentence_vectors[i],
                    hit_score=hit.score, types=frozenset(hit.sentence_types[i]) if hit.sentence_types else frozenset(),
                    lead=0.0, corroborates=False)
    return [*groups, [quote]]
