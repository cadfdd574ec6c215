"""Durable file helpers shared by the index and the encoder cache: checksums and fsynced writes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.errors import IndexCorrupt

# Digests this process has computed, by file identity (device, inode, size, modification and change times): a
# 90 MB model linked into every build folder is read once per process, not at every build and load. Any write
# to the file changes its change time (which no program can set back), so an edited file is always read again.
_DIGESTS: dict[tuple[int, ...], str] = {}


def _key(path: Path) -> tuple[int, ...]:
    stat = os.stat(path)
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB blocks (model files are tens of megabytes); a file this
    process already read, unchanged since, is not read again."""
    key = _key(path)
    if key in _DIGESTS:
        return _DIGESTS[key]
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    _DIGESTS[key] = digest.hexdigest()
    return _DIGESTS[key]


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link `source` at `target` (or copy it, across file systems or where links are not allowed). A link is
    the same bytes, so a digest this process computed for `source` holds for `target` without reading it again
    (linking changes the file's change time, hence the key is moved)."""
    import shutil

    try:
        before = _key(source)
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        return
    if before in _DIGESTS:
        _DIGESTS[_key(target)] = _DIGESTS[before]


def write_synced(path: Path, data: bytes) -> None:
    """Write `data` and fsync it, so a crash right after never leaves a file the manifest vouches for half-written."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_lines(path: Path, lines: Iterable[str]) -> None:
    """One line per item (UTF-8, newline-terminated), written with `write_synced`."""
    write_synced(path, "".join(line + "\n" for line in lines).encode("utf-8"))


def read_lines(path: Path) -> Iterator[str]:
    """The non-blank lines of a UTF-8 text file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield line


def checksums(folder: Path, skip: str, known: dict[str, str] | None = None) -> dict[str, str]:
    """{path relative to `folder`: SHA-256} of every file under it except those named `skip` (the manifest).
    `known` gives the checksums of files copied from a verified source, which are not read again (a 90 MB
    model); a bad copy still fails the check of every file when the folder is loaded (`verify_checksums`)."""
    known = known or {}
    return {name: known.get(name) or sha256_file(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != skip for name in [str(p.relative_to(folder))]}


def verify_checksums(folder: Path, files: dict) -> None:
    """Raise IndexCorrupt unless every file `files` lists ({relative path: SHA-256}) is there with that checksum."""
    if not files:
        raise IndexCorrupt("the manifest lists no files")
    for name, expected in files.items():
        path = folder / name
        if not path.is_file():
            raise IndexCorrupt(f"index file {name} is missing")
        if sha256_file(path) != expected:
            raise IndexCorrupt(f"index file {name} does not match its checksum (damaged or edited)")


def shown(folder: Path) -> str:
    """How messages name a folder: relative to the working directory when inside it ("corpus"), else absolute,
    so an operator with BOT_CORPUS_DIR set is pointed at their own folder, not the project's."""
    try:
        return folder.resolve().relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return folder.resolve().as_posix()
