"""Per-text results kept between builds (index/text-cache/): reused for unchanged texts, recomputed for changed
texts or a changed identity, ignored when damaged, and a build from a warm cache writes exactly the files a
build from scratch writes. Fast: fake encoder, tiny corpora."""

from __future__ import annotations

import json
import shutil

import pytest
from support.fakes import PROJECT_ROOT, FakeEncoder

from bot import Bot
from bot.config import Settings
from bot.search import derived
from bot.search.text_cache import CACHE_DIR, TextCache

IDENTITY = {"code": "abc", "classes": "123"}


class Upper:
    """A per-text computation that counts the texts it is given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts: list[str]) -> list[list[str]]:
        self.seen += texts
        return [[t.upper(), str(len(t))] for t in texts]


def cached(tmp_path, texts, identity=IDENTITY):
    """Compute `texts` through a fresh TextCache over `tmp_path`, save it; (results, texts computed)."""
    compute = Upper()
    cache = TextCache(tmp_path, "example", identity)
    results = cache.map(compute, texts)
    cache.save()
    return results, compute.seen


def test_a_second_build_reuses_every_known_text(tmp_path):
    first, computed = cached(tmp_path, ["iron", "zinc", "iron"])
    assert first == [["IRON", "4"], ["ZINC", "4"], ["IRON", "4"]] and computed == ["iron", "zinc"]
    again, computed = cached(tmp_path, ["zinc", "iron"])
    assert again == [["ZINC", "4"], ["IRON", "4"]] and computed == []


def test_only_a_changed_text_is_computed_again(tmp_path):
    cached(tmp_path, ["iron", "zinc"])
    results, computed = cached(tmp_path, ["iron", "zinc!"])
    assert results == [["IRON", "4"], ["ZINC!", "5"]] and computed == ["zinc!"]


def test_a_changed_identity_recomputes_everything(tmp_path):
    cached(tmp_path, ["iron", "zinc"])
    _, computed = cached(tmp_path, ["iron", "zinc"], identity={**IDENTITY, "classes": "456"})
    assert computed == ["iron", "zinc"]


def test_the_file_holds_only_the_last_builds_texts(tmp_path):
    cached(tmp_path, ["iron", "zinc"])
    cached(tmp_path, ["zinc"])
    _, computed = cached(tmp_path, ["iron", "zinc"])
    assert computed == ["iron"]


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "empty", "not json", "hand-edited entries"])
def test_a_damaged_file_is_ignored_and_recomputed(tmp_path, damage, caplog):
    cached(tmp_path, ["iron", "zinc"])
    path = tmp_path / CACHE_DIR / "example.json"
    data = path.read_bytes()
    header, body = data.split(b"\n", 1)
    if damage == "flip a byte":
        path.write_bytes(header + b"\n" + body.replace(b"IRON", b"IRAN"))
    elif damage == "truncate":
        path.write_bytes(data[:len(data) - 7])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not json":
        path.write_bytes(b"\x00\xff garbage\n{")
    else:   # valid checksum, wrong shape: someone edited the file and its checksum
        import hashlib

        bad = json.dumps({k: 5 for k in json.loads(body)}).encode()
        meta = json.loads(header) | {"sha256": hashlib.sha256(bad).hexdigest()}
        path.write_bytes(json.dumps(meta).encode() + b"\n" + bad)
    results, computed = cached(tmp_path, ["iron", "zinc"])
    assert results == [["IRON", "4"], ["ZINC", "4"]] and computed == ["iron", "zinc"]
    assert "text cache example.json ignored" in caplog.text
    assert path.read_bytes() == data                      # and written again, whole


NEW_SENTENCES = ["Magnesium also matters for sleep.", "Zinc supports the immune system.",
                 "Oysters and beans are rich in zinc.", "Low zinc causes hair loss and slow healing."]
BUILD_FILES = ("passages.jsonl", "articles.jsonl", "sentence_types.json", "terms.json", "coverage.json")


def build(corpus, index_dir):
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=index_dir), encoder=FakeEncoder())
    return bot.index


def test_a_warm_cache_builds_the_same_index_as_a_cold_one(tmp_path, monkeypatch):
    corpus = shutil.copytree(PROJECT_ROOT / "corpus", tmp_path / "corpus")   # tables, lists, FAQs, a pack
    build(corpus, tmp_path / "warm")                         # the cache now holds the corpus before the edits
    first = sorted(p.name for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    edited = corpus / first[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMagnesium also matters for sleep.\n", encoding="utf-8")
    (corpus / "zinc.md").write_text("# Zinc\n\nZinc supports the immune system. Oysters and beans are rich in "
                                    "zinc.\n\n## Symptoms\n\nLow zinc causes hair loss and slow healing.\n")
    (corpus / first[-1]).unlink()
    sources = json.loads((corpus / "sources.json").read_text(encoding="utf-8"))
    retitled = next(k for k in sources if not k.startswith("_") and k + ".txt" in first[1:-1])
    sources[retitled]["title"] = "A title changed in sources.json"
    (corpus / "sources.json").write_text(json.dumps(sources), encoding="utf-8")
    typed, parsed = [], []
    monkeypatch.setattr(derived, "sentence_types", lambda s, a=None: typed.append(s) or real_types(s, a))
    monkeypatch.setattr(derived, "parse_article", lambda *args, **kw: parsed.append(args[1]) or real_parse(*args, **kw))
    warm = build(corpus, tmp_path / "warm")
    assert sorted(typed) == sorted(NEW_SENTENCES)     # the warm build typed only the new sentences
    assert sorted(parsed) == sorted([edited.name, "zinc.md", retitled + ".txt"])   # and parsed only changed files
    typed.clear()
    cold = build(corpus, tmp_path / "cold")
    assert len(typed) > 20 * len(NEW_SENTENCES)
    for name in BUILD_FILES:
        assert (warm.path / name).read_bytes() == (cold.path / name).read_bytes(), name
    assert warm.manifest["files"] == cold.manifest["files"]  # every file, the BM25 index included
    assert warm.fingerprint == cold.fingerprint
    assert {p.title for p in warm.passages if p.doc_id == retitled} == {"A title changed in sources.json"}


def test_a_changed_cleaning_pattern_parses_every_article_again(tmp_path):
    corpus = shutil.copytree(PROJECT_ROOT / "corpus", tmp_path / "corpus")
    assert any("\nConclusion\n" in a.text for a in build(corpus, tmp_path / "warm").articles.values())
    with (corpus / "domain.toml").open("a", encoding="utf-8") as pack:   # the site's own patterns add to the default
        pack.write("\n[cleaning]\nchrome_lines = ['conclusion']\n")
    warm, cold = build(corpus, tmp_path / "warm"), build(corpus, tmp_path / "cold")
    assert warm.manifest["files"] == cold.manifest["files"]
    assert not any("\nConclusion\n" in a.text for a in warm.articles.values())      # the new pattern applies
    assert not any("Skip to content" in a.text for a in warm.articles.values())   # and the built-in ones still do


def test_a_damaged_cache_never_breaks_a_build(tiny_settings, tmp_path):
    build(tiny_settings.corpus_dir, tmp_path / "warm")
    for path in (tmp_path / "warm" / CACHE_DIR).glob("*.json"):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    (tiny_settings.corpus_dir / "zinc.md").write_text("# Zinc\n\nZinc supports the immune system.\n")
    warm = build(tiny_settings.corpus_dir, tmp_path / "warm")
    cold = build(tiny_settings.corpus_dir, tmp_path / "cold")
    assert warm.fingerprint == cold.fingerprint


def real_types(sentence, aspect=None):
    from bot.ingest.sentence_types import sentence_types

    return sentence_types(sentence, aspect)


def real_parse(*args, **kwargs):
    from bot.ingest.articles import parse_article

    return parse_article(*args, **kwargs)


def test_a_half_written_cache_file_of_a_dead_builder_is_removed(tiny_settings):
    folder = tiny_settings.index_dir / CACHE_DIR
    folder.mkdir(parents=True)
    dead = folder / ".tmp-bm25-tokens-999999999-deadbeef"        # no such process
    dead.write_bytes(b'{"identity": ')
    Bot.load(tiny_settings, encoder=FakeEncoder())
    assert not dead.exists()
    assert {p.name for p in folder.iterdir()} == {f"{kind}.json" for kind in
                                                 ("articles", "bm25-tokens", "word-keys", "sentence-types", "concepts")}
