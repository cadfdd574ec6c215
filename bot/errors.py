"""One small error hierarchy. Modules raise these; the edges (CLI, UI, HTTP) turn them into messages."""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the package raises on purpose. `str(err)` is a message a person can act on."""


class CorpusError(BotError):
    """The corpus folder or one of its files cannot be used (missing, empty, not text, malformed metadata)."""


class UnreadableArticles(CorpusError):
    """Article files cannot be read. Every file is tried, so one run names them all: `problems` holds one message
    per file (file order); with one problem and nothing else the message is that problem alone. `not_read`: lines
    naming the folder's other files, which are skipped (bot.ingest.corpus_files.not_read_hint), added to the
    message so that one round of edits fixes everything."""

    def __init__(self, problems: list[str], not_read: tuple[str, ...] = ()) -> None:
        self.problems, self.not_read = tuple(problems), tuple(not_read)
        if len(self.problems) == 1 and not self.not_read:
            message = self.problems[0]
        else:
            message = f"{len(self.problems)} article file{'s' if len(self.problems) > 1 else ''} cannot be read:\n" + \
                "\n".join(f"  - {problem}" for problem in self.problems)
            if self.not_read:
                message += "\nOther files in the folder:\n" + "\n".join(f"  - {line}" for line in self.not_read)
        super().__init__(message)


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
