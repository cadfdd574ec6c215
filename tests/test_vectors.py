"""The vector index is exact for small corpora and, above the threshold, tuned to the recall it records."""

from __future__ import annotations

import numpy as np

from bot.search import dense as vectors


def clustered(n: int, dim: int = 32, centres: int = 40, seed: int = 0) -> np.ndarray:
    """Unit vectors in clusters, like passage embeddings on a handful of topics."""
    rng = np.random.default_rng(seed)
    middle = rng.normal(size=(centres, dim))
    out = middle[rng.integers(centres, size=n)] + 0.35 * rng.normal(size=(n, dim))
    return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def test_index_type_follows_corpus_size():
    assert vectors.factory_for(125) == "Flat"
    assert vectors.factory_for(vectors.EXACT_LIMIT - 1) == "Flat"
    assert vectors.factory_for(vectors.EXACT_LIMIT).startswith("IVF") and vectors.factory_for(10**6).endswith(",SQ8")
    assert vectors.factory_for(10**6) == "IVF4096,SQ8"


def test_small_corpus_is_searched_exactly(tmp_path):
    data = clustered(500)
    index, info = vectors.build(data)
    assert info["factory"] == "Flat" and info["ntotal"] == 500 and info["search"] == {}
    vectors.write(index, tmp_path / "v.faiss")
    found = vectors.read(tmp_path / "v.faiss").search(data[:20], 10)[1]
    assert vectors.recall_at_k(found, vectors.exact_neighbours(data, data[:20])) == 1.0


def test_approximate_index_reaches_the_recall_it_was_tuned_for_and_keeps_its_depth(tmp_path):
    data, queries = clustered(6000), clustered(200, seed=1)
    index, info = vectors.build(data, factory="IVF64,SQ8", tuning_queries=queries[:100])
    depth = info["search"]["nprobe"]
    assert info["tuning"]["recall_at_10"] >= vectors.TARGET_RECALL + vectors.TUNING_MARGIN
    vectors.write(index, tmp_path / "v.faiss")
    reloaded = vectors.read(tmp_path / "v.faiss", info["search"])
    held_out = queries[100:]
    recall = vectors.recall_at_k(reloaded.search(held_out, 10)[1], vectors.exact_neighbours(data, held_out))
    assert recall >= vectors.TARGET_RECALL
    # Retrieval reconstructs BM25-only hits by id: that must work on the approximate index too.
    assert np.dot(reloaded.reconstruct(7), data[7]) > 0.99
    assert 1 <= depth <= 64
