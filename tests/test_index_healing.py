"""The index heals itself: reproducible fingerprints, stale temporary folders removed, `current` of any wrong
type replaced, malformed manifests rebuilt, disk full reported in one line with the old index kept serving."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.fakes import PROJECT_ROOT, FakeEncoder, write_tiny_corpus

from bot import Bot
from bot.errors import IndexNotWritable
from bot.search import store

QUESTION = "Which fermented foods contain vitamin K?"

_BUILD = """
import sys
sys.path.insert(0, "tests")
from pathlib import Path
from bot import Bot
from bot.config import Settings
from support.fakes import FakeEncoder
bot = Bot.load(Settings(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2])), encoder=FakeEncoder())
print(bot.fingerprint)
"""


def current(settings) -> Path:
    return (settings.index_dir / "current").resolve()


def test_the_same_corpus_gives_the_same_fingerprint_whatever_the_hash_seed(tmp_path):
    corpus = write_tiny_corpus(tmp_path / "corpus")
    prints = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _BUILD, str(corpus), str(tmp_path / f"index-{seed}")],
                             cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        prints.append(out.stdout.strip().splitlines()[-1])
    assert len(set(prints)) == 1, prints


def test_a_stale_temporary_build_folder_is_removed_but_a_live_builders_is_kept(tiny_settings):
    tiny_settings.index_dir.mkdir(parents=True)
    dead = tiny_settings.index_dir / ".tmp-build-999999999-deadbeef"     # no such process
    live = tiny_settings.index_dir / f".tmp-build-{os.getpid()}-cafecafe"  # this process is alive
    for folder in (dead, live):
        folder.mkdir()
        (folder / "vectors.faiss").write_bytes(b"x" * 1000)
    cache = tiny_settings.index_dir / "encoder-cache"
    partial = cache / ".tmp-0123456789abcdef-999999999-abcdef"
    partial.mkdir(parents=True)
    (partial / "model-fp32.onnx").write_bytes(b"half")
    Bot.load(tiny_settings, encoder=FakeEncoder())
    assert not dead.exists() and not partial.exists()
    assert live.exists()


@pytest.mark.parametrize("wrong", ["directory", "file", "dangling_link", "link_to_file"])
def test_current_of_any_wrong_type_is_replaced(tiny_settings, wrong):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    link = tiny_settings.index_dir / "current"
    target = current(tiny_settings)
    link.unlink()
    if wrong == "directory":                     # e.g. after `cp -rL`
        shutil.copytree(target, link)
    elif wrong == "file":
        link.write_text("not an index")
    elif wrong == "dangling_link":
        os.symlink("build-does-not-exist", link)
    else:
        (tiny_settings.index_dir / "afile").write_text("x")
        os.symlink("afile", link)
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    assert bot.ask(QUESTION).citations
    assert (tiny_settings.index_dir / "current").is_symlink()
    assert Bot.load(tiny_settings, encoder=FakeEncoder()).fingerprint == bot.fingerprint


@pytest.mark.parametrize("manifest", ["[]", "null", "3", '"text"', '{"files": []}', '{"files": {"a": 1}}',
                                      '{"model": "x"}', '{"fingerprint": 5}'])
def test_a_manifest_of_the_wrong_shape_leads_to_a_rebuild(tiny_settings, manifest):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    folder = current(tiny_settings)
    (folder / "manifest.json").write_text(manifest)
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    assert current(tiny_settings) != folder and bot.ask(QUESTION).citations


def test_disk_full_during_a_build_is_one_line_and_the_old_index_keeps_serving(tiny_settings, monkeypatch):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    before = current(tiny_settings)
    (tiny_settings.corpus_dir / "cramps.md").write_text("# Cramps\n\nMagnesium and cramps at night, new text.\n")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "write_lines", full)
    with pytest.raises(IndexNotWritable) as caught:
        Bot.load(tiny_settings, encoder=FakeEncoder())
    message = str(caught.value)
    assert "\n" not in message and "space" in message.lower() and str(tiny_settings.index_dir) in message
    assert current(tiny_settings) == before
    assert not list(tiny_settings.index_dir.glob(".tmp-build-*"))


def test_disk_full_while_copying_the_encoder_is_one_line(tmp_path, monkeypatch):
    from bot.encoders import export

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    def no_link(*args, **kwargs):           # another file system: the model is copied, and the disk is full
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(shutil, "copyfile", full)
    models = export.PreparedModels(tmp_path / "a", tmp_path / "a", tmp_path / "t", {})
    with pytest.raises(IndexNotWritable, match="space"):
        export.install(models, _encoder_settings(), tmp_path)


def test_an_interrupted_export_leaves_no_partial_folder(tmp_path):
    from bot.encoders import export

    def crash(path):
        path.write_bytes(b"half a model")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export._export(tmp_path / "encoder-cache" / "key", crash)
    assert not list((tmp_path / "encoder-cache").iterdir())


def _encoder_settings():
    from bot.encoders.onnx import EncoderSettings

    return EncoderSettings.from_env()


def test_a_file_changed_in_place_is_read_again_not_taken_from_the_digest_memo(tmp_path):
    from bot.files import link_or_copy, sha256_file

    path = tmp_path / "model.onnx"
    path.write_bytes(b"a" * 4096)
    first = sha256_file(path)
    linked = tmp_path / "linked.onnx"
    link_or_copy(path, linked)
    assert sha256_file(linked) == first and linked.stat().st_ino == path.stat().st_ino
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01                          # same size, one bit: only the file's times say it changed
    path.write_bytes(bytes(data))
    assert sha256_file(path) != first and sha256_file(linked) != first


def test_an_explicit_build_says_what_it_is_doing_without_a_warning(tiny_settings, caplog):
    """`python -m bot build` on a new corpus printed "WARNING … index needs a rebuild: no index has been built":
    an explicit build says plainly what it is doing instead."""
    from support.fakes import FakeEncoder

    from bot import Bot
    from bot.ingest.corpus_files import article_files

    told = []
    with caplog.at_level("WARNING"):
        Bot.load(tiny_settings, encoder=FakeEncoder(), announce=told.append)
    count = len(article_files(tiny_settings.corpus_dir))
    assert told == [f"Building the index for {count} articles…"]
    assert not [r for r in caplog.records if r.levelname == "WARNING"], caplog.text
    told.clear()
    Bot.load(tiny_settings, encoder=FakeEncoder(), announce=told.append)      # current: nothing to build or say
    assert told == []
