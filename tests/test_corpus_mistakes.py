"""An editor's usual mistakes with the corpus folder, as the operator sees them in `check` and `build`: documents
of other types dropped in (skipped, but named with what to do), files saved as UTF-16 or in a Windows code page
(named with the line and "save it as UTF-8"), and several such files at once (all named in one run; nothing built)."""

from __future__ import annotations

import pytest
from support.cli import check
from support.fakes import BONES_PACK, FakeEncoder, write_tiny_corpus

from bot.config import Settings
from bot.errors import CorpusError
from bot.ingest.articles import article_files
from bot.safety.notices import DISCLAIMER

ARTICLE = "Iron and tiredness\n\nIron carries oxygen in the blood.\nLow iron can make you feel tired.\n"
SAVE_AS_TEXT = "not read: save it as plain text (.txt) or Markdown (.md)"


def test_documents_of_other_types_are_named_with_what_to_do_and_the_known_files_are_not(tmp_path, monkeypatch,
                                                                                         capsys):
    corpus = write_tiny_corpus(tmp_path / "articles")
    (corpus / "domain.toml").write_text(BONES_PACK, encoding="utf-8")
    documents = ("zinc.docx", "gout.pdf", "iron.html", "calcium.rtf", "old.doc", "folate.odt")
    for name in documents:
        (corpus / name).write_bytes(b"PK\x03\x04 a document")
    (corpus / ".DS_Store").write_bytes(b"\x00\x01")
    (corpus / "sub-folder").mkdir()
    code, out, _ = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 0
    assert f"Corpus: {len(article_files(corpus))} articles" in out
    for name in documents:
        assert f"{corpus.as_posix()}/{name}: {SAVE_AS_TEXT}" in out
    for known in (".DS_Store", "sources.json", "domain.toml", "sub-folder"):
        assert f"/{known}:" not in out


def test_a_folder_of_documents_only_says_to_save_them_as_text(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "zinc.docx").write_bytes(b"PK\x03\x04 a document")
    code, out, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 1 and out == ""
    assert "has no .txt or .md articles. It has zinc.docx" in err and "save it as plain text (.txt)" in err
    assert err.strip().endswith(DISCLAIMER)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_as_utf16_with_how_to_save_it(tmp_path, monkeypatch, capsys, encoding):
    corpus = write_tiny_corpus(tmp_path / "articles")
    (corpus / "iron.txt").write_bytes(ARTICLE.encode(encoding))
    code, out, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 1 and out == ""
    assert (f"error: {corpus.as_posix()}/iron.txt looks like UTF-16 ('Unicode' in Notepad): save it as UTF-8"
            in err)
    assert "NUL" not in err and err.strip().endswith(DISCLAIMER)


def test_a_windows_1252_file_is_named_with_the_line_of_the_first_bad_character(tmp_path, monkeypatch, capsys):
    corpus = write_tiny_corpus(tmp_path / "articles")
    (corpus / "cafe.md").write_bytes("Iron\n\nIron carries oxygen.\nThe café serves liver.\n".encode("cp1252"))
    code, _, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 1
    assert f"{corpus.as_posix()}/cafe.md is not UTF-8 text (line 4, near" in err and "save it as UTF-8" in err
    assert "byte" not in err and err.strip().endswith(DISCLAIMER)


def test_utf8_with_accents_and_a_byte_order_mark_is_read(tmp_path, monkeypatch, capsys):
    corpus = write_tiny_corpus(tmp_path / "articles")
    (corpus / "cafe.txt").write_bytes(("Café food\n\nThe café serves liver — rich in iron.\n").encode("utf-8-sig"))
    code, out, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 0, err
    assert 'cafe: "Café food"' in out and "Other files" not in out


def test_every_unreadable_file_and_every_skipped_document_is_named_in_one_check(tmp_path, monkeypatch, capsys):
    corpus = write_tiny_corpus(tmp_path / "articles")
    (corpus / "a-unicode.txt").write_bytes(ARTICLE.encode("utf-16"))
    (corpus / "b-windows.txt").write_bytes("Iron\n\nNaïve tiredness.\n".encode("cp1252"))
    (corpus / "c-empty.md").write_bytes(b"\n\n")
    (corpus / "d-leaflet.docx").write_bytes(b"PK\x03\x04 a document")
    code, out, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 1 and out == ""
    folder = corpus.as_posix()
    assert "3 article files cannot be read:" in err
    for line in (f"  - {folder}/a-unicode.txt looks like UTF-16", f"  - {folder}/b-windows.txt is not UTF-8 text "
                 "(line 3", f"  - {folder}/c-empty.md is empty", f"  - {folder}/d-leaflet.docx: {SAVE_AS_TEXT}"):
        assert line in err
    assert err.strip().endswith(DISCLAIMER)


def test_a_build_with_unreadable_files_names_them_all_and_publishes_nothing(tmp_path):
    from bot import Bot

    corpus = write_tiny_corpus(tmp_path / "articles")
    (corpus / "a-unicode.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (corpus / "b-windows.md").write_bytes("Iron\n\nNaïve tiredness.\n".encode("cp1252"))
    index = tmp_path / "index"
    with pytest.raises(CorpusError) as err:
        Bot.load(Settings(corpus_dir=corpus, index_dir=index), encoder=FakeEncoder())
    assert "2 article files cannot be read" in str(err.value)
    assert "a-unicode.txt looks like UTF-16" in str(err.value) and "b-windows.md is not UTF-8" in str(err.value)
    assert not (index / "current").exists() and not list(index.glob("**/manifest.json"))
    assert not list(index.glob(".tmp-build-*"))

    said: list[str] = []                    # an explicit build names the files without announcing a build first
    with pytest.raises(CorpusError):
        Bot.load(Settings(corpus_dir=corpus, index_dir=index), encoder=FakeEncoder(), announce=said.append)
    assert said == []

    for name in ("a-unicode.txt", "b-windows.md"):        # fixed: the same folder builds
        (corpus / name).write_text(ARTICLE, encoding="utf-8")
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=index), encoder=FakeEncoder())
    assert {"a-unicode", "b-windows"} <= set(bot.index.articles)
