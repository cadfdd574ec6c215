"""Search: the index on disk (build, verify, atomic publish), dense vectors (the only importer of faiss),
BM25 (the only importer of bm25s) and reciprocal rank fusion. Knows passages, not topics or wording."""
