"""Encoder providers: one load and build path for every encoder.

An index is built and loaded through an `EncoderProvider`, which says what the index must match
(`identity`), embeds passages at build time (`encode`), may install files into the build folder
(`install`: the ONNX query model) and gives the encoder that embeds questions against a loaded build folder
(`query_encoder`). The default is the ONNX provider (bot.encoders.export.OnnxProvider); `FixedEncoder`
wraps any plain encoder (the torch reference, or a test double) so that it takes the very same path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, Sequence

import numpy as np


class Encoder(Protocol):
    """An embedding model: `encode(texts)` returns (len(texts), dim) float32 rows, each L2-normalised, so
    an inner product of two rows is their cosine similarity in [-1, 1]."""

    model_id: str
    dim: int

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """(len(texts), dim) float32, each row L2-normalised."""
        ...


class EncoderProvider(Encoder, Protocol):
    """An Encoder for passages at build time, plus what the index needs to record and serve it."""

    build_threads: int

    def identity(self) -> dict:
        """Manifest blocks a current index must match: {"model": {"id", "fingerprint"}, ["encoder": {...}]}."""
        ...

    def install(self, folder: Path) -> dict:
        """Write extra files into a build folder; return manifest entries describing them ({} if none)."""
        ...

    def query_encoder(self, folder: Path) -> Encoder:
        """The encoder for questions against the (checksum-verified) build `folder`."""
        ...


class FixedEncoder:
    """A plain encoder used for both passages and questions (the torch reference; fakes in unit tests)."""

    build_threads = 2

    def __init__(self, encoder: Encoder, fingerprint: str | None = None) -> None:
        self.encoder = encoder
        self.model_id = encoder.model_id
        self.dim = encoder.dim
        self.fingerprint = fingerprint or encoder.model_id

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """The wrapped encoder's vectors."""
        return self.encoder.encode(texts, batch_size=batch_size, progress=progress)

    def identity(self) -> dict:
        """The model id and fingerprint only: no query-encoder files."""
        return {"model": {"id": self.model_id, "fingerprint": self.fingerprint}}

    def install(self, folder: Path) -> dict:
        """Nothing to install."""
        return {}

    def query_encoder(self, folder: Path) -> Encoder:
        """The same encoder embeds questions."""
        return self.encoder
