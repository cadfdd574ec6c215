"""Hybrid retrieval: dense (FAISS inner product) and BM25, fused by reciprocal rank fusion.

Reciprocal rank fusion needs no score calibration between the two retrievers, which is why it is used:
cosine similarities and BM25 scores live on unrelated scales. Two boosts follow, both given by the caller
as plain strings so that this module knows nothing of topics: a passage containing one of `asked_terms`
(the question's nutrient or condition) gets `topic_boost`, because a question about vitamin K is not
answered by a passage about vitamin D however similar the wording; a passage containing none of
`competing_terms` (other topics of the same kind) gets part of it. An article whose headline is close to the
question (title cosine above a threshold) is the first place to look.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from bot.config import RetrievalSettings
from bot.search.store import LoadedIndex
from bot.types import Hit


@dataclass(frozen=True)
class Retrieval:
    """The ranked hits for one question and the signals the engine and composer decide with.

    `best_dense` is the highest cosine of any passage (the abstention signal). `query_weights` maps each
    known BM25 token of the lexical query to its IDF (what sentences are scored against).
    """

    hits: list[Hit]
    best_dense: float
    query_weights: dict[str, float]


def retrieve(index: LoadedIndex, query: str, query_vector: np.ndarray, settings: RetrievalSettings, *,
             asked_terms: tuple[str, ...] = (), competing_terms: tuple[str, ...] = (),
             wanted_type: str | None = None) -> Retrieval:
    """Rank passages for one question.

    `query` is the lexical query (BM25); `query_vector` the (dim,) float32 L2-normalised question embedding.
    `asked_terms` / `competing_terms` are lower-case strings looked for in the passages (see the module doc).
    `wanted_type`: the sentence type the question asks for ("prevention", "doctor"; bot.ingest.sentence_types):
    the passages holding such a sentence, ranked by it (bot.search.typed), are fused as a third ranking.
    """
    n = len(index.passages)
    k = min(settings.candidates, n)
    vector = query_vector.reshape(1, -1).astype(np.float32)
    dense_scores, dense_ids = index.vectors.search(vector, k)
    dense = {int(i): float(s) for i, s in zip(dense_ids[0], dense_scores[0]) if i >= 0}  # -1 = no hit
    bm25_all = index.bm25.scores(query)
    bm25_order = [int(i) for i in np.argsort(-bm25_all, kind="stable")[:k] if bm25_all[i] > 0]

    fused: dict[int, float] = {}
    for rank, i in enumerate(sorted(dense, key=dense.get, reverse=True)):
        fused[i] = fused.get(i, 0.0) + settings.dense_weight / (settings.rrf_k + rank + 1)
    for rank, i in enumerate(bm25_order):
        fused[i] = fused.get(i, 0.0) + settings.bm25_weight / (settings.rrf_k + rank + 1)
    if wanted_type and index.typed is not None:
        typed = index.typed.ranking(wanted_type, index.sentence_vectors, query_vector, settings.typed_candidates)
        for rank, i in enumerate(typed):
            fused[i] = fused.get(i, 0.0) + settings.typed_weight / (settings.rrf_k + rank + 1)
    if asked_terms:
        _boost_topics(index, fused, asked_terms, competing_terms, settings)
    _boost_titles(index, fused, query_vector, settings)

    all_dense = _dense_for(index, query_vector, fused.keys(), dense)
    hits = [_hit(index, i, score, all_dense[i], float(bm25_all[i]))
            for i, score in sorted(fused.items(), key=lambda kv: kv[1], reverse=True)]
    weights = index.terms.weights(index.bm25.tokens(query))
    return Retrieval(hits, max(dense.values(), default=0.0), weights)


def _boost_topics(index: LoadedIndex, fused: dict[int, float], asked: tuple[str, ...], competing: tuple[str, ...],
                  settings: RetrievalSettings) -> None:
    top = max(fused.values(), default=0.0)
    for i in fused:
        text = index.passages[i].embedding_text().casefold()
        if any(term in text for term in asked):
            fused[i] += settings.topic_boost * top
        elif not any(term in text for term in competing):
            # About nothing of the kind in particular ("bone issues"): may well answer; only a passage
            # about another nutrient or condition is wrong however close its wording.
            fused[i] += settings.topic_boost * settings.generic_share * top


def _boost_titles(index: LoadedIndex, fused: dict[int, float], query_vector: np.ndarray,
                  settings: RetrievalSettings) -> None:
    """Article headlines are often the very question a reader asks ("Can Magnesium Cause Back Pain?")."""
    similarity = dict(zip(index.title_ids, (index.title_vectors @ query_vector.reshape(-1)).tolist()))
    top = max(fused.values(), default=0.0)
    for i in fused:
        cosine = similarity.get(index.passages[i].doc_id, 0.0)
        if cosine >= settings.title_match_threshold:
            fused[i] += settings.title_boost * top * cosine


def _hit(index: LoadedIndex, i: int, score: float, dense: float, bm25: float) -> Hit:
    passage = index.passages[i]
    row = index.sentence_rows[passage.passage_id]
    end = row + len(passage.sentences)
    return Hit(passage, score, dense, bm25, index.sentence_vectors[row:end], index.terms.sentence_terms[row:end],
               index.sentence_types[row:end])


def _dense_for(index: LoadedIndex, query_vector: np.ndarray, ids, known: dict[int, float]) -> dict[int, float]:
    """Cosine for every fused passage, including BM25-only ones the dense top-k missed."""
    missing = [i for i in ids if i not in known]
    out = dict(known)
    if missing:
        vectors = np.vstack([index.vectors.reconstruct(i) for i in missing])
        for i, s in zip(missing, vectors @ query_vector.reshape(-1)):
            out[i] = float(s)
    return out


def rerank_by_sentence(retrieval: Retrieval, query_vector: np.ndarray, settings: RetrievalSettings) -> Retrieval:
    """`retrieval` with its first `settings.partial_depth` hits re-ordered by reciprocal rank fusion of their
    current rank and the rank of their best sentence's cosine to `query_vector` (weight
    `partial_sentence_weight`). Scores are rewritten to keep the new order (unitless, best first); the rest of
    the hits and the abstention signals are unchanged. For questions that name something the articles lack."""
    top = retrieval.hits[:settings.partial_depth]
    if len(top) < 2:
        return retrieval
    best = [float((h.sentence_vectors @ query_vector).max(initial=-1.0)) for h in top]
    by_sentence = sorted(range(len(top)), key=lambda i: -best[i])
    sentence_rank = {i: rank for rank, i in enumerate(by_sentence)}
    weight, k = settings.partial_sentence_weight, settings.rrf_k
    fused = {i: 1.0 / (k + i + 1) + weight / (k + sentence_rank[i] + 1) for i in range(len(top))}
    order = sorted(range(len(top)), key=lambda i: -fused[i])
    # Keep the best score where it was: the quote selection reads scores relative to the first hit's.
    hits = [replace(top[i], score=top[0].score - n * 1e-3) for n, i in enumerate(order)]
    return replace(retrieval, hits=hits + retrieval.hits[settings.partial_depth:])
