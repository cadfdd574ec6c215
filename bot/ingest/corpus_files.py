"""The files of `corpus/`: which are articles, their ids (file name without suffix, unique), their checksums."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.errors import CorpusError
from bot.files import shown
from bot.ingest.metadata import METADATA_FILE
from bot.ingest.pack import PACK_FILE

ARTICLE_SUFFIXES = (".txt", ".md")


def article_files(corpus_dir: Path) -> list[Path]:
    """The .txt/.md files of the corpus folder, sorted. Raises CorpusError when the folder is missing or empty, or two
    files share a stem."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"The corpus folder {corpus_dir} does not exist. Put the article files (.txt or .md) there.")
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    if not files:
        raise CorpusError(f"The corpus folder {corpus_dir} has no .txt or .md articles.")
    by_id: dict[str, Path] = {}
    for path in files:       # the file name without its suffix is the article id, cited in every answer
        other = by_id.setdefault(path.stem, path)
        if other is not path:
            raise CorpusError(f"{shown(other)} and {shown(path)} would both be article \"{path.stem}\": "
                              "rename or remove one of them.")
    return files


def corpus_checksums(corpus_dir: Path) -> dict[str, str]:
    """SHA-256 of every file an index depends on (the articles, their metadata and the domain pack), by file name."""
    paths = article_files(corpus_dir)
    for name in (METADATA_FILE, PACK_FILE):
        if (corpus_dir / name).is_file():
            paths.append(corpus_dir / name)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
