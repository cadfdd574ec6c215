"""Hybrid retrieval: dense (FAISS inner product) and BM25, fused by reciprocal rank fusion.

Reciprocal rank fusion needs no score calibration between the two retrievers, which is why it is used:
cosine similarities and BM25 scores live on unrelated scales. A passage that names the question's topic
(a nutrient or condition) gets a bonus, because a question about vitamin K is not answered by a passage
about vitamin D however similar the wording.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.config import RetrievalSettings
from bot.search.store import LoadedIndex
from bot.types import Hit
from bot.domain.vocabulary import TOPICS, Topic


@dataclass(frozen=True)
class Retrieval:
    hits: list[Hit]          # best first
    best_dense: float        # highest cosine similarity of any passage: the relevance signal for abstention
    best_bm25: float


def retrieve(index: LoadedIndex, query: str, query_vector: np.ndarray, topics: tuple[Topic, ...],
             settings: RetrievalSettings, title_match: dict[str, float] | None = None) -> Retrieval:
    n = len(index.passages)
    k = min(settings.candidates, n)
    dense_scores, dense_ids = index.vectors.search(query_vector.reshape(1, -1).astype(np.float32), k)
    dense = {int(i): float(s) for i, s in zip(dense_ids[0], dense_scores[0]) if i >= 0}  # -1 = no hit
    bm25_all = index.bm25.scores(query)
    bm25_order = [int(i) for i in np.argsort(-bm25_all)[:k] if bm25_all[i] > 0]

    fused: dict[int, float] = {}
    for rank, i in enumerate(sorted(dense, key=dense.get, reverse=True)):
        fused[i] = fused.get(i, 0.0) + settings.dense_weight / (settings.rrf_k + rank + 1)
    for rank, i in enumerate(bm25_order):
        fused[i] = fused.get(i, 0.0) + settings.bm25_weight / (settings.rrf_k + rank + 1)
    if topics:
        top = max(fused.values(), default=0.0)
        asked = tuple(term for t in topics for term in t.passage_terms)
        others = tuple(term for t in TOPICS if t not in topics and t.kind in {x.kind for x in topics}
                       for term in t.passage_terms)
        for i in fused:
            text = index.passages[i].embedding_text().casefold()
            if any(term in text for term in asked):
                fused[i] += settings.topic_boost * top
            elif not any(term in text for term in others):
                # About nothing of the kind in particular ("bone issues"): may well answer; only a passage
                # about another nutrient or condition is wrong however close its wording.
                fused[i] += settings.topic_boost * settings.generic_share * top

    if title_match:
        # An article whose headline is the question (cosine above the threshold) is the first place to look.
        top = max(fused.values(), default=0.0)
        for i in fused:
            similarity = title_match.get(index.passages[i].doc_id, 0.0)
            if similarity >= settings.title_match_threshold:
                fused[i] += settings.title_boost * top * similarity

    all_dense = _dense_for(index, query_vector, fused.keys(), dense)
    hits = [
        Hit(index.passages[i], score, all_dense[i], float(bm25_all[i]))
        for i, score in sorted(fused.items(), key=lambda kv: kv[1], reverse=True)
    ]
    return Retrieval(hits, max(dense.values(), default=0.0), float(bm25_all.max(initial=0.0)))


def _dense_for(index: LoadedIndex, query_vector: np.ndarray, ids, known: dict[int, float]) -> dict[int, float]:
    """Cosine for every fused passage, including BM25-only ones the dense top-k missed."""
    missing = [i for i in ids if i not in known]
    out = dict(known)
    if missing:
        vectors = np.vstack([index.vectors.reconstruct(i) for i in missing])
        for i, s in zip(missing, vectors @ query_vector.reshape(-1)):
            out[i] = float(s)
    return out
