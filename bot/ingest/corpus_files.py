"""The files of `corpus/`: which are articles, their ids (file name without suffix, unique), their checksums."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from bot.errors import CorpusError, UnreadableArticles
from bot.files import shown
from bot.ingest.metadata import METADATA_FILE
from bot.ingest.pack import PACK_FILE

T = TypeVar("T")
R = TypeVar("R")
ARTICLE_SUFFIXES = (".txt", ".md")
# Documents an editor may drop in as they are: their text is there, but only after saving as plain text.
DOCUMENT_SUFFIXES = (".doc", ".docx", ".odt", ".rtf", ".pdf", ".html", ".htm", ".pages", ".wpd")
SAVE_AS_TEXT = "save it as plain text (.txt) or Markdown (.md)"


def article_files(corpus_dir: Path) -> list[Path]:
    """The .txt/.md files of the corpus folder, sorted. Raises CorpusError when the folder is missing or empty, or two
    files share a stem."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"The corpus folder {corpus_dir} does not exist. Put the article files (.txt or .md) there.")
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    if not files:
        others = other_files(corpus_dir)
        them = "them" if len(others) > 1 else "it"
        hint = (f" It has {_names(others)}: only .txt and .md files are read, so save {them} as plain text (.txt) or "
                "Markdown (.md)." if others else "")
        raise CorpusError(f"The corpus folder {corpus_dir} has no .txt or .md articles.{hint}")
    by_id: dict[str, Path] = {}
    for path in files:       # the file name without its suffix is the article id, cited in every answer
        other = by_id.setdefault(path.stem, path)
        if other is not path:
            raise CorpusError(f"{shown(other)} and {shown(path)} would both be article \"{path.stem}\": "
                              "rename or remove one of them.")
    return files


def each_file(items: Iterable[T], read: Callable[[T], R]) -> list[R]:
    """`read(item)` for every item, in order. Every item is tried even after one fails, so an operator sees every
    unreadable file in one run; raises UnreadableArticles naming them all (before anything is written)."""
    results: list[R] = []
    problems: list[str] = []
    for item in items:
        try:
            results.append(read(item))
        except CorpusError as err:
            problems.extend(getattr(err, "problems", (str(err),)))
    if problems:
        raise UnreadableArticles(problems)
    return results


def other_files(corpus_dir: Path) -> list[Path]:
    """Files of the corpus folder that are not read: neither an article (.txt, .md) nor sources.json or domain.toml,
    and not hidden (".DS_Store", an editor's swap file). Sorted; [] when the folder is missing."""
    if not corpus_dir.is_dir():
        return []
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() not in ARTICLE_SUFFIXES and p.name not in (METADATA_FILE, PACK_FILE))


def not_read_hint(path: Path) -> str:
    """Why a file of `other_files` is not read and what to do, as one line naming it (bot.files.shown)."""
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        return f"{shown(path)}: not read: {SAVE_AS_TEXT}"
    return f"{shown(path)}: not read: only .txt and .md files are articles"


def _names(paths: list[Path], limit: int = 5) -> str:
    names = ", ".join(p.name for p in paths[:limit])
    return names + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


def corpus_checksums(corpus_dir: Path) -> dict[str, str]:
    """SHA-256 of every file an index depends on (the articles, their metadata and the domain pack), by file name."""
    paths = article_files(corpus_dir)
    for name in (METADATA_FILE, PACK_FILE):
        if (corpus_dir / name).is_file():
            paths.append(corpus_dir / name)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
