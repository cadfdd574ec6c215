"""One small error hierarchy. Modules raise these; the edges (CLI, UI, HTTP) turn them into messages."""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the package raises on purpose. `str(err)` is a message a person can act on."""


class CorpusError(BotError):
    """The corpus folder or one of its files cannot be used (missing, empty, not text, malformed metadata)."""


class IndexProblem(BotError):
    """The index on disk cannot be read or written (corrupt, stale, read-only folder)."""


class IndexCorrupt(IndexProblem):
    """An index file is missing, truncated, or does not match the checksum in its manifest."""


class IndexStale(IndexProblem):
    """The index was built from another corpus, other settings or another model."""


class IndexNotWritable(IndexProblem):
    """The index folder cannot be written, so a needed rebuild cannot happen."""


class ModelError(BotError):
    """The packaged embedding model cannot be loaded."""


class InputError(BotError):
    """A request is malformed (wrong type, bad JSON line). Questions themselves never raise: they get `invalid`
    answers."""
