"""Results derived from one text at a time, kept between builds like the embeddings, so a rebuild after a
one-article edit recomputes them only for the texts that changed (bot/search/derived.py says which results).

    index/text-cache/<kind>.json   line 1: {"identity": …, "count": n, "sha256": SHA-256 of line 2}
                                   line 2: {text key: [str, …], …}

A text's key is the SHA-256 of the text; the identity names everything else the result depends on (data-file
checksums, settings, the source of the code that computes it), and a cache made with another identity is
not used. The cache is an optimisation, never a source of truth: a missing, damaged or mismatching file is
ignored (logged) and its results are recomputed. It is rewritten after each build (a temporary file, fsynced,
then renamed over the old one) holding exactly the texts of that build, so it never outgrows the corpus.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from bot.files import write_synced

log = logging.getLogger(__name__)

CACHE_DIR = "text-cache"
FORMAT = 1                  # of the file itself; part of the identity


@lru_cache(maxsize=1 << 16)   # a build keys each passage and sentence text for several caches
def text_key(text: str) -> str:
    """The cache key of one text: hex SHA-256 of its UTF-8 bytes (a lone surrogate, which a sources.json escape
    can bring in, is encoded as is rather than failing)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def source_checksum(*paths: Path | str) -> str:
    """SHA-256 of source or data files, in order: an identity that changes whenever the code computing a result
    (or the data it reads) is edited, with no version constant to remember to bump."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


class TextCache:
    """Lists of strings by text key for one kind of result and one identity. `map` serves known texts and
    computes the rest in one batch; `save` keeps what this build used."""

    def __init__(self, index_dir: Path, kind: str, identity: dict) -> None:
        self.path = index_dir / CACHE_DIR / f"{kind}.json"
        # As it reads back from JSON (tuples become lists), so that equal identities compare equal.
        self.identity = json.loads(json.dumps({"format": FORMAT, "kind": kind, **identity}, sort_keys=True))
        self._known: dict[str, list[str]] = self._read()
        self._used: dict[str, list[str]] = {}
        self.reused = 0
        self.computed = 0

    def _read(self) -> dict[str, list[str]]:
        if not self.path.is_file():
            return {}
        try:
            with self.path.open("rb") as handle:
                header, body = json.loads(handle.readline()), handle.read()
            if header.get("identity") != self.identity:
                return {}           # made by other code or from other data: simply not applicable
            if hashlib.sha256(body).hexdigest() != header.get("sha256"):
                raise ValueError("its checksum does not match")
            entries = json.loads(body)
            if (not isinstance(entries, dict) or len(entries) != header.get("count")
                    or not all(isinstance(v, list) and all(isinstance(s, str) for s in v) for v in entries.values())):
                raise ValueError("its entries have the wrong shape")
        except Exception as err:   # any damage at all: nothing from it is trusted, every result is recomputed
            log.warning("text cache %s ignored (%s): its results will be recomputed", self.path.name, err)
            return {}
        return entries

    def map(self, compute: Callable[[list], list[list[str]]], items: Sequence, key: Callable[[object], str] = str
            ) -> list[list[str]]:
        """One result per item, in order: cached for items whose `key(item)` text was seen before under this
        identity, `compute(missing items)` (one list of strings per item, same order) for the others."""
        keys = [text_key(key(item)) for item in items]
        missing: dict[str, object] = {}
        for k, item in zip(keys, items):
            if k not in self._used:
                if k in self._known:
                    self._used[k] = self._known[k]
                else:
                    missing.setdefault(k, item)
        if missing:
            fresh = compute(list(missing.values()))
            if len(fresh) != len(missing):
                raise ValueError(f"{len(fresh)} results computed for {len(missing)} texts")
            self._used.update(zip(missing, (list(map(str, r)) for r in fresh)))
        self.computed += len(missing)
        self.reused += len(items) - len(missing)
        return [self._used[k] for k in keys]

    def save(self) -> None:
        """Replace the file with the results this build used. Best effort: a failure is logged, not raised."""
        tmp = self.path.parent / f".tmp-{self.path.stem}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps(self._used, sort_keys=True, separators=(",", ":")).encode()
            header = {"identity": self.identity, "count": len(self._used), "sha256": hashlib.sha256(body).hexdigest()}
            write_synced(tmp, json.dumps(header, sort_keys=True).encode() + b"\n" + body)
            os.replace(tmp, self.path)
        except (OSError, ValueError) as err:
            log.warning("could not save the text cache %s: %s", self.path.name, getattr(err, "strerror", None) or err)
            tmp.unlink(missing_ok=True)
