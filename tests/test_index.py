"""The index on disk: rebuilt when stale or damaged, never torn, never served wrong."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.errors import IndexNotWritable

QUESTION = "Which fermented foods contain vitamin K?"


def current(settings) -> Path:
    return (settings.index_dir / "current").resolve()


def test_build_writes_manifest_with_checksums_and_fingerprint(tiny_settings):
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    manifest = json.loads((current(tiny_settings) / "manifest.json").read_text())
    for key in ("format_version", "model", "settings", "corpus", "files", "fingerprint"):
        assert key in manifest
    assert set(manifest["corpus"]["files"]) == {"vitamin-k.txt", "cramps.md", "sources.json"}
    assert {"vectors.faiss", "passages.jsonl", "articles.jsonl", "sentences.npy"} <= set(manifest["files"])
    assert bot.ask(QUESTION).index == manifest["fingerprint"]


def test_a_current_index_is_loaded_not_rebuilt(tiny_settings):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    before = current(tiny_settings)
    stamp = (before / "manifest.json").stat().st_mtime_ns
    Bot.load(tiny_settings, encoder=FakeEncoder())
    assert current(tiny_settings) == before and (before / "manifest.json").stat().st_mtime_ns == stamp


def test_changing_a_corpus_file_changes_the_fingerprint(tiny_settings):
    first = Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).index
    path = tiny_settings.corpus_dir / "cramps.md"
    path.write_text(path.read_text() + "\nStretching before bed may help with cramps at night.\n")
    second = Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).index
    assert first != second


@pytest.mark.parametrize("damage", ["flip_byte", "truncate", "delete", "bad_manifest"])
def test_damaged_index_is_detected_and_rebuilt(tiny_settings, damage):
    good = Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).to_dict()
    folder = current(tiny_settings)
    vectors = folder / "vectors.faiss"
    if damage == "flip_byte":
        data = bytearray(vectors.read_bytes())
        data[len(data) // 2] ^= 0xFF
        vectors.write_bytes(bytes(data))
    elif damage == "truncate":
        (folder / "passages.jsonl").write_bytes((folder / "passages.jsonl").read_bytes()[:100])
    elif damage == "delete":
        vectors.unlink()
    else:
        (folder / "manifest.json").write_text("{")
    answer = Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).to_dict()
    assert current(tiny_settings) != folder, "damage must trigger a rebuild into a new build folder"
    assert answer["citations"] == good["citations"]


def test_a_crash_mid_build_leaves_the_previous_index_in_service(tiny_settings):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    before = current(tiny_settings)
    (tiny_settings.corpus_dir / "cramps.md").write_text("# Cramps\n\nNew text about cramps and magnesium at night.\n")
    with pytest.raises(RuntimeError, match="simulated crash"):
        Bot.load(tiny_settings, encoder=FakeEncoder(fail_after=1))
    assert current(tiny_settings) == before
    assert not list(tiny_settings.index_dir.glob(".tmp-build-*"))
    Bot.load(tiny_settings, encoder=FakeEncoder())     # the next load completes the rebuild
    assert current(tiny_settings) != before


def test_two_builders_at_once_leave_one_valid_index(tiny_settings):
    errors = []

    def build():
        try:
            Bot.load(tiny_settings, encoder=FakeEncoder(), force_rebuild=True)
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=build) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    published = current(tiny_settings)
    assert Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).citations
    assert current(tiny_settings) == published   # the index on disk is valid: loaded, not rebuilt


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_index_folder_gives_a_clear_message(tiny_settings):
    tiny_settings.index_dir.mkdir()
    tiny_settings.index_dir.chmod(0o500)
    try:
        with pytest.raises(IndexNotWritable, match="read-only"):
            Bot.load(tiny_settings, encoder=FakeEncoder())
    finally:
        tiny_settings.index_dir.chmod(0o700)


def test_read_only_check_runs_before_building(tiny_settings, monkeypatch):
    """Root ignores permissions, so simulate a read-only mount for the same code path."""
    real_access = os.access
    monkeypatch.setattr(os, "access",
                        lambda p, mode: False if Path(p) == tiny_settings.index_dir else real_access(p, mode))
    with pytest.raises(IndexNotWritable, match="read-only"):
        Bot.load(tiny_settings, encoder=FakeEncoder())


def test_a_flipped_byte_in_any_index_file_is_caught(tiny_settings):
    good = Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).to_dict()
    files = json.loads((current(tiny_settings) / "manifest.json").read_text())["files"]
    for name in files:
        folder = current(tiny_settings)
        path = folder / name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        answer = Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).to_dict()
        assert current(tiny_settings) != folder, f"a flipped byte in {name} was served"
        assert answer["citations"] == good["citations"], name


def test_a_different_model_id_in_the_manifest_forces_a_rebuild(tiny_settings):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    folder = current(tiny_settings)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["model"]["id"] = "someone-else/another-model"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    assert Bot.load(tiny_settings, encoder=FakeEncoder()).ask(QUESTION).citations
    assert current(tiny_settings) != folder
