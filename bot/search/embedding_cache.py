"""Embeddings kept between builds, so that editing or adding one article re-embeds only the texts that changed.

    index/embedding-cache/<model key>/vectors.npy   (n, dim) float32, L2-normalised rows
                                      keys.txt      n lines: SHA-256 of each row's text (UTF-8)
                                      manifest.json {"identity": …, "files": {name: sha256}, "count": n, "dim": d}

The model key is a hash of the encoder provider's identity (model fingerprint, ONNX recipe), so a new model
never reuses old vectors. The cache is an optimisation, never a source of truth: a missing, damaged or
mismatching cache is ignored (logged) and the texts are embedded afresh. It is rewritten after each build
(to a temporary folder, then renamed), holding exactly the texts of that build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bot.files import checksums, verify_checksums, write_synced
from bot.search.text_cache import text_key

log = logging.getLogger(__name__)

CACHE_DIR = "embedding-cache"
MANIFEST = "manifest.json"
VECTORS, KEYS = "vectors.npy", "keys.txt"


class EmbeddingCache:
    """Vectors by text hash for one encoder identity. `embed` serves known texts and encodes the rest."""

    def __init__(self, index_dir: Path, identity: dict) -> None:
        self.identity = identity
        key = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:16]
        self.folder = index_dir / CACHE_DIR / key
        self._known: dict[str, np.ndarray] = self._read()
        self._used: dict[str, np.ndarray] = {}
        self.reused = 0
        self.embedded = 0

    def _read(self) -> dict[str, np.ndarray]:
        manifest_path = self.folder / MANIFEST
        if not manifest_path.is_file():
            return {}
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            if manifest.get("identity") != self.identity:
                raise ValueError("made with another encoder")
            verify_checksums(self.folder, manifest["files"])
            vectors = np.load(self.folder / VECTORS, allow_pickle=False)
            keys = (self.folder / KEYS).read_text(encoding="utf-8").split()
            if vectors.ndim != 2 or len(keys) != len(vectors) or vectors.dtype != np.float32:
                raise ValueError("vectors and keys disagree")
        except Exception as err:   # any damage at all: the cache is not trusted, everything is re-embedded
            log.warning("embedding cache ignored (%s): every text will be embedded", err)
            return {}
        return dict(zip(keys, vectors))

    def embed(self, encode: Callable[[list[str]], np.ndarray], texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32: cached rows for known texts, `encode(new texts)` for the others."""
        keys = [text_key(t) for t in texts]
        missing = {k: t for k, t in zip(keys, texts) if k not in self._known and k not in self._used}
        if missing:
            fresh = np.asarray(encode(list(missing.values())), dtype=np.float32)
            self._used.update(zip(missing, fresh))
        self.embedded += len(missing)
        self.reused += len(texts) - len(missing)
        rows = []
        for k in keys:
            row = self._used.get(k)
            if row is None:
                row = self._used[k] = self._known[k]
            rows.append(row)
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack(rows).astype(np.float32, copy=False)

    def save(self) -> None:
        """Replace the cache with the vectors this build used. Best effort: a failure is logged, not raised."""
        if not self._used:
            return
        tmp = self.folder.parent / f".tmp-{self.folder.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            tmp.mkdir(parents=True)
            keys = sorted(self._used)
            np.save(tmp / VECTORS, np.stack([self._used[k] for k in keys]), allow_pickle=False)
            write_synced(tmp / KEYS, "".join(k + "\n" for k in keys).encode())
            manifest = {"identity": self.identity, "files": checksums(tmp, skip=MANIFEST), "count": len(keys)}
            write_synced(tmp / MANIFEST, json.dumps(manifest, sort_keys=True).encode())
            old = self.folder.parent / f".tmp-old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
            if self.folder.exists():
                os.rename(self.folder, old)
            os.rename(tmp, self.folder)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as err:
            log.warning("could not save the embedding cache: %s", err.strerror or err)
            shutil.rmtree(tmp, ignore_errors=True)
