"""The build folders of `index/`: the build lock, publishing a build, leases held by running servers, clean-up,
and the manifest's shape check.

    index/current            symlink → build-<fingerprint>-<nonce>/   (replaced atomically by publish)
    index/build-*/           complete builds; the newest two, and any a live server leases, are kept
    index/.tmp-build-<pid>-* a build being written by process <pid>; removed once that process is gone
    index/.leases/<pid>      "build-…" : the build folder server process <pid> answers from
    index/encoder-cache/.tmp-<key>-<pid>-*   an ONNX export in progress (same rule as .tmp-build)
    index/embedding-cache/<key>/             embeddings by text hash, reused by the next build (search/embedding_cache)
    index/text-cache/<kind>.json             per-text results (passages, tokens, types…) by text hash (search/derived)

Clean-up runs under the exclusive build lock, so no builder can be writing a temporary folder it removes;
the pid in the name is checked as well, for a builder that somehow runs without the lock (another host).
"""

from __future__ import annotations

import atexit
import fcntl
import logging
import os
import re
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bot.errors import IndexCorrupt, IndexNotWritable

log = logging.getLogger(__name__)

CURRENT = "current"
LEASES = ".leases"
ENCODER_CACHE = "encoder-cache"
EMBEDDING_CACHE = "embedding-cache"
TEXT_CACHE = "text-cache"
KEEP_RECENT = 2                         # the new build and the one before it (a reader may be opening it)
_OWNER = re.compile(r"-(\d+)-[0-9a-f]+$")
_TAKEN: set[Path] = set()                # the lease files this process wrote


def process_alive(pid: int) -> bool:
    """Whether a process with this pid runs (a stale temporary folder's writer is gone when not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:            # exists, owned by someone else
        return True
    return True


def _owner_alive(name: str) -> bool:
    match = _OWNER.search(name)
    return match is not None and process_alive(int(match.group(1)))


def remove_stale_temporaries(index_dir: Path) -> list[str]:
    """Remove temporary build folders, half-written links and partial encoder exports whose writer is gone.
    Returns the names removed (for the log)."""
    candidates = [*index_dir.glob(".tmp-build-*"), *index_dir.glob(".current-*"),
                  *(index_dir / ENCODER_CACHE).glob(".tmp-*"), *(index_dir / EMBEDDING_CACHE).glob(".tmp-*"),
                  *(index_dir / TEXT_CACHE).glob(".tmp-*")]
    removed = []
    for path in candidates:
        if _owner_alive(path.name):
            continue
        if path.is_symlink() or path.is_file():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
        removed.append(path.name)
    if removed:
        log.info("removed %d stale temporary item(s) left by interrupted builds", len(removed))
    return removed


def publish(index_dir: Path, build_name: str) -> None:
    """Point `current` at the new build in one atomic step (a symlink replaced with rename). A `current` of the
    wrong type (a real folder after `cp -rL`, a file) is moved aside first: rename cannot replace a folder."""
    current = index_dir / CURRENT
    if current.exists() and not current.is_symlink() and current.is_dir():
        aside = index_dir / f".tmp-build-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        os.rename(current, aside)
        shutil.rmtree(aside, ignore_errors=True)
    link = index_dir / f".current-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    os.symlink(build_name, link)
    os.replace(link, current)
    fsync_dir(index_dir)


def fsync_dir(path: Path) -> None:
    """fsync a folder, so a rename or new link in it survives a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def take_lease(index_dir: Path, build_folder: Path) -> None:
    """Record that this process answers from `build_folder`, so no build removes it while it serves.
    Best effort: a read-only index folder cannot be rebuilt either, so nothing would remove the build."""
    try:
        (index_dir / LEASES).mkdir(exist_ok=True)
        tmp = index_dir / LEASES / f".{os.getpid()}-{uuid.uuid4().hex[:6]}"
        tmp.write_text(build_folder.name, encoding="utf-8")
        lease = index_dir / LEASES / str(os.getpid())
        os.replace(tmp, lease)
        if lease not in _TAKEN:      # removed when this process exits: a CLI run leaves no lease behind
            _TAKEN.add(lease)
            atexit.register(lease.unlink, missing_ok=True)
        leased_builds(index_dir)     # and forget the leases of processes that ended without exiting cleanly
    except OSError as err:
        log.warning("could not record which index build this server uses: %s", err.strerror)


def leased_builds(index_dir: Path) -> set[str]:
    """Build names leased by live processes; leases of processes that are gone are removed."""
    names = set()
    for lease in (index_dir / LEASES).glob("*"):
        pid = int(lease.name) if lease.name.isdigit() else None
        if pid is None or not process_alive(pid):
            lease.unlink(missing_ok=True)
            continue
        try:
            names.add(lease.read_text(encoding="utf-8").strip())
        except OSError:
            continue
    return names


def remove_old_builds(index_dir: Path, keep: str) -> None:
    """Keep the new build, the one before it, and every build a live server has leased."""
    leased = leased_builds(index_dir)
    builds = sorted((p for p in index_dir.glob("build-*") if p.name != keep), key=lambda p: p.stat().st_mtime)
    for old in builds[:-(KEEP_RECENT - 1)] if KEEP_RECENT > 1 else builds:
        if old.name not in leased:
            shutil.rmtree(old, ignore_errors=True)


def check_manifest_shape(manifest) -> None:
    """A manifest that is valid JSON of the wrong shape is as unusable as a damaged one."""
    if not isinstance(manifest, dict):
        raise IndexCorrupt(f"the manifest is a JSON {type(manifest).__name__}, not an object")
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise IndexCorrupt("the manifest's \"files\" is not a map of file names to checksums")
    if not isinstance(manifest.get("fingerprint"), str) or not isinstance(manifest.get("faiss", {}), dict):
        raise IndexCorrupt("the manifest's \"fingerprint\" or \"faiss\" entry has the wrong type")


def ensure_writable(index_dir: Path) -> None:
    """Create the index folder if needed. Raises IndexNotWritable when it cannot be written."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise IndexNotWritable(f"cannot create the index folder {index_dir}: {err.strerror}") from None
    if not os.access(index_dir, os.W_OK | os.X_OK):
        raise IndexNotWritable(f"the index folder {index_dir} is read-only, so the index cannot be (re)built")


@contextmanager
def exclusive_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's build lock (one builder at a time) for the `with` block."""
    with open(index_dir / ".build.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
