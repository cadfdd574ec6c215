"""The dense vector index. The only importer of faiss.

The index type follows the corpus size: below EXACT_LIMIT passages an exact inner-product scan (`Flat`)
is both perfect and fast (125 passages: 0.01 ms); above it an inverted file with 8-bit scalar quantisation
(`IVF<nlist>,SQ8`: a quarter of the memory, a few per cent of the vectors scanned per question). Its search
depth (`nprobe`) is tuned at build time: the smallest depth whose recall@10 against exact search, on
pseudo-queries (sentences of the corpus), reaches the target plus a margin, so real questions clear it too.
Depth and measured recall go in the manifest and are re-applied on load.

Threads: `build_threads` while building, then one again: a question is one small search, and the
server answers several at once on two cores.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np

# faiss.Index (IndexFlatIP, or IndexIVFScalarQuantizer above EXACT_LIMIT); named here so that other modules
# can say what they hold without importing faiss.
FaissIndex = object

EXACT_LIMIT = 20_000          # passages; an exact scan of 20k × 384 floats takes ~2 ms on one core
TARGET_RECALL = 0.95          # recall@10 against exact search
TUNING_MARGIN = 0.02          # tune to target + margin: corpus sentences are not the real questions
DEPTHS = (1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512)
TRAINING_POINTS_PER_LIST = 64


def _faiss():
    import faiss

    return faiss


def set_threads(n: int) -> None:
    """Threads faiss may use (one while serving, two while building)."""
    _faiss().omp_set_num_threads(n)


def factory_for(n: int) -> str:
    """Exact below EXACT_LIMIT; IVF with about 4·sqrt(n) lists (a power of two) and SQ8 codes above."""
    if n < EXACT_LIMIT:
        return "Flat"
    nlist = 2 ** round(math.log2(4 * math.sqrt(n)))
    return f"IVF{nlist},SQ8"


def build(vectors: np.ndarray, *, threads: int = 2, tuning_queries: np.ndarray | None = None,
          factory: str | None = None, target_recall: float = TARGET_RECALL, seed: int = 0):
    """Build the index for `vectors` (L2-normalised float32); returns (index, manifest block)."""
    faiss = _faiss()
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    factory = factory or factory_for(n)
    started = time.perf_counter()
    set_threads(threads)
    try:
        index = faiss.index_factory(dim, factory, faiss.METRIC_INNER_PRODUCT)
        if not index.is_trained:
            nlist = faiss.extract_index_ivf(index).nlist
            rows = np.random.default_rng(seed).choice(n, size=min(n, nlist * TRAINING_POINTS_PER_LIST), replace=False)
            index.train(vectors[np.sort(rows)])
        index.add(vectors)
        info = {"type": type(index).__name__, "factory": factory, "metric": "inner_product",
                "ntotal": int(index.ntotal), "exact_limit": EXACT_LIMIT, "search": {}}
        ivf = _ivf(index)
        if ivf is not None:
            ivf.make_direct_map()  # retrieval reconstructs BM25-only hits by id
            queries = tuning_queries if tuning_queries is not None else vectors[
                np.random.default_rng(seed + 1).choice(n, size=min(n, 200), replace=False)]
            depth, recall = tune_depth(index, vectors, queries, target_recall + TUNING_MARGIN)
            info["search"] = {"nprobe": depth}
            info["tuning"] = {"target_recall_at_10": target_recall, "margin": TUNING_MARGIN,
                              "recall_at_10": round(recall, 4), "queries": int(len(queries))}
        info["build_seconds"] = round(time.perf_counter() - started, 3)
        return index, info
    finally:
        set_threads(1)


def tune_depth(index, vectors: np.ndarray, queries: np.ndarray, target: float, k: int = 10) -> tuple[int, float]:
    """The smallest nprobe in DEPTHS whose recall@k against exact search reaches `target` (else the largest)."""
    truth = exact_neighbours(vectors, queries, k)
    ivf = _ivf(index)
    recall = 0.0
    for depth in DEPTHS:
        if depth > ivf.nlist:
            break
        ivf.nprobe = depth
        recall = recall_at_k(index.search(np.ascontiguousarray(queries, dtype=np.float32), k)[1], truth)
        if recall >= target:
            return depth, recall
    return ivf.nprobe, recall


def exact_neighbours(vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> np.ndarray:
    """Ids of the k nearest vectors to each query by exact inner product: (len(queries), k) int64."""
    faiss = _faiss()
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return flat.search(np.ascontiguousarray(queries, dtype=np.float32), k)[1]


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    """Mean share of the true k neighbours found, over the queries (0..1; -1 ids ignored)."""
    k = truth.shape[1]
    return float(np.mean([len(set(f[f >= 0]) & set(t[t >= 0])) / k for f, t in zip(found, truth)]))


def apply_search(index, search: dict) -> None:
    """Re-apply the tuned depth (faiss stores it too; the manifest is the record a person reads)."""
    ivf = _ivf(index)
    if ivf is not None and "nprobe" in search:
        ivf.nprobe = int(search["nprobe"])


def write(index, path: Path) -> None:
    """Write the faiss index to `path`."""
    _faiss().write_index(index, str(path))


def read(path: Path, search: dict | None = None):
    """Read an index for serving: one thread, tuned search depth applied."""
    set_threads(1)
    index = _faiss().read_index(str(path))
    apply_search(index, search or {})
    return index


def _ivf(index):
    faiss = _faiss()
    try:
        return faiss.extract_index_ivf(index)
    except RuntimeError:  # not an IVF index
        return None
