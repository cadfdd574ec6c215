"""Loading articles: what a reader sees is the article, not the website around it."""

from __future__ import annotations

import json

import pytest
from support.fakes import write_tiny_corpus

from bot.config import DEFAULT_CORPUS_DIR
from bot.errors import CorpusError
from bot.ingest.articles import article_files, load_corpus, parse_article


@pytest.fixture(scope="module")
def real_articles():
    return {p.article.doc_id: p for p in load_corpus(DEFAULT_CORPUS_DIR)}


def test_every_article_file_is_an_article_with_an_id_title_and_source(real_articles):
    # Any number of articles: an operator adds their own to corpus/ (see the extra-article test below).
    assert set(real_articles) == {p.stem for p in article_files(DEFAULT_CORPUS_DIR)}
    for parsed in real_articles.values():
        assert parsed.article.title and parsed.article.source
    assert real_articles["magnesium-back-pain"].article.title == "Can Magnesium Cause Back Pain?"


def test_site_chrome_ads_and_empty_references_are_removed(real_articles):
    for parsed in real_articles.values():
        text = parsed.article.text
        for chrome in ("Skip to content", "5 min read", "In This Article", "RBP", "Medical Disclaimer"):
            assert chrome not in text, (parsed.article.doc_id, chrome)
        assert "\n1. 1\n" not in text and "References" not in text


def test_headings_become_section_names(real_articles):
    sections = {b.section for b in real_articles["upper-back-pain-vitamins"].blocks}
    assert "Vitamin B12: Critical for Nerve Health" in sections
    assert "Frequently Asked Questions" in sections


def test_stacked_headings_name_the_section_together_and_are_never_text():
    """FAQ pages often stack a question over a sub-heading ("What is (are) Gout ?" / "Sudden, Intense Joint
    Pain"): both are headings, and the paragraph under them belongs to both."""
    raw = (b"Gout\n\nWhat is (are) Gout ?\nSudden, Intense Joint Pain\n\n"
           b"Gout is a form of arthritis that causes sudden pain and swelling in the joints.\n")
    article = parse_article("gout", "gout.txt", raw, {"title": "Gout"})
    paragraph = next(b for b in article.blocks if b.kind == "paragraph")
    assert paragraph.section == "What is (are) Gout ? — Sudden, Intense Joint Pain"
    text = article.article.text
    assert all(not text[a:b].startswith("What is") for block in article.blocks for a, b in block.sentences)


def test_flattened_table_rows_keep_their_column_meaning(real_articles):
    text = real_articles["upper-back-pain-vitamins"].article.text
    assert "Magnesium Deficiency: Associated Symptoms — Muscle cramps, stiffness, fatigue, and restlessness." in text
    other = real_articles["nutrient-deficiency-back-pain"].article.text
    assert "Osteoporosis: Associated Symptoms — Sudden back pain (vertebral compression fracture)" in other


def test_repeated_title_and_teaser_paragraph_appear_once(real_articles):
    text = real_articles["muscle-cramps-deficiency"].article.text
    assert "What deficiency causes muscle cramps?" not in text      # the title, shown separately
    assert text.count("A lack of potassium, calcium, or magnesium") == 1


def test_faq_answers_whose_questions_were_stripped_are_blocks(real_articles):
    faq = [b for b in real_articles["upper-back-pain-vitamins"].blocks if b.kind == "faq"]
    assert len(faq) == 7


def test_a_new_markdown_file_is_picked_up(tmp_path):
    folder = write_tiny_corpus(tmp_path / "c")
    ids = {p.article.doc_id for p in load_corpus(folder)}
    assert ids == {"vitamin-k", "cramps"}
    cramps = next(p for p in load_corpus(folder) if p.article.doc_id == "cramps")
    assert cramps.article.title == "Muscle cramps"          # no metadata: the first heading is the title
    assert "Causes" in {b.section for b in cramps.blocks}


def test_tiny_article_is_cleaned(tmp_path):
    parsed = next(p for p in load_corpus(write_tiny_corpus(tmp_path / "c")) if p.article.doc_id == "vitamin-k")
    for gone in ("Skip to content", "5 min read", "ACME", "References", "Vitamin K and Your Bones"):
        assert gone not in parsed.article.text


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n\n ", "is empty"),
    (b"\xff\xfe\x00bad", "looks like UTF-16"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml and more text of a renamed document", "not a text file"),
    (b"caf\xe9 au lait is not utf-8", "not UTF-8"),
    (b"Skip to content\n\n5 min read\n", "no article text"),
])
def test_bad_files_give_a_clear_error_naming_the_file(content, message):
    with pytest.raises(CorpusError) as err:
        parse_article("broken", "broken.txt", content, {})
    assert "broken.txt" in str(err.value) and message in str(err.value)


def test_missing_corpus_folder_and_bad_metadata_are_reported(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")
    folder = write_tiny_corpus(tmp_path / "c")
    (folder / "sources.json").write_text("{not json")
    with pytest.raises(CorpusError, match="sources.json"):
        load_corpus(folder)


@pytest.mark.parametrize("entries, message", [
    ('{"cramps": "Cramps"}', '"cramps" must be an object'),            # a title where an entry should be
    ('{"cramps": {"titel": "Cramps"}}', 'did you mean "title"'),         # a misspelt key
])
def test_a_sources_entry_that_would_silently_lose_titles_is_an_error(tmp_path, entries, message):
    folder = write_tiny_corpus(tmp_path / "c")
    (folder / "sources.json").write_text(entries)
    with pytest.raises(CorpusError, match=message) as err:
        load_corpus(folder)
    assert folder.resolve().as_posix() in str(err.value)      # the operator's own folder, not "corpus/"


def test_comment_keys_and_extra_keys_are_accepted(tmp_path):
    folder = write_tiny_corpus(tmp_path / "c")
    (folder / "sources.json").write_text('{"_about": "notes", "cramps": {"title": "Cramps", "license": "PD"}}')
    assert any(p.article.title == "Cramps" for p in load_corpus(folder))


def test_two_files_with_the_same_name_get_a_clear_error(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "iron.txt").write_text("Iron\n\nIron carries oxygen in the blood.\n")
    (folder / "iron.md").write_text("# Iron\n\nRed meat is rich in iron.\n")
    with pytest.raises(CorpusError, match="iron.md.*iron.txt|iron.txt.*iron.md"):
        load_corpus(folder)


@pytest.mark.parametrize("entry, key", [
    ({"title": "T", "tables": "not a list"}, "tables"),
    ({"title": "T", "tables": ["not an object"]}, "tables"),
    ({"title": "T", "tables": [{"columns": "Feature Other"}]}, "columns"),
    ({"title": "T", "tables": [{"columns": ["A", 5]}]}, "columns"),
    ({"title": "T", "tables": [{"columns": ["A", "B"], "rows": "Row"}]}, "rows"),
    ({"title": "T", "tables": [{"columns": ["A", "B"], "rows": ["R"], "sentences_per_cell": []}]},
     "sentences_per_cell"),
    ({"title": "T", "tables": [{"columns": ["A", "B"], "rows": ["R"], "sentences_per_cell": {"R": ["x"]}}]},
     "sentences_per_cell"),
    ({"title": ["T"]}, "title"),
])
def test_metadata_of_the_wrong_type_names_the_file_and_key(tmp_path, entry, key):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "iron.txt").write_text("Iron\n\nFeature Other\nR one. two.\n\nIron carries oxygen in the blood.\n")
    (folder / "sources.json").write_text(json.dumps({"iron": entry}))
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    message = str(err.value)
    assert "sources.json" in message and key in message and "iron" in message and "\n" not in message


EXTRA_ARTICLE = """# Zinc and your immune system

Zinc is a mineral that helps the immune system fight off bacteria and viruses.

## Food sources

Oysters are the best source of zinc. Red meat, poultry, beans and nuts also provide zinc.

Download PDF
"""


def test_the_project_corpus_with_one_extra_article_still_loads_builds_and_answers(tmp_path, monkeypatch, capsys):
    """What an operator does: copy the articles, add one of their own, check, build, ask."""
    import shutil

    from support.fakes import FakeEncoder

    from bot import Bot
    from bot.cli import main
    from bot.config import Settings

    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    (corpus / "zinc-immune.md").write_text(EXTRA_ARTICLE, encoding="utf-8")
    articles = {p.article.doc_id: p for p in load_corpus(corpus)}
    assert len(articles) == len(article_files(DEFAULT_CORPUS_DIR)) + 1
    assert articles["zinc-immune"].article.title == "Zinc and your immune system"
    assert all(p.article.title and p.article.source for p in articles.values())

    monkeypatch.setenv("BOT_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("BOT_INDEX_DIR", str(tmp_path / "index"))
    assert main(["check"]) == 0
    report = capsys.readouterr().out
    assert 'zinc-immune: "Zinc and your immune system"' in report and "- Download PDF" in report

    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder())
    assert "zinc" in bot.index.covered_concepts
    answer = bot.ask("What foods are a good source of zinc?")
    assert answer.kind == "answer" and "zinc-immune" in {c.passage.doc_id for c in answer.citations}


def test_a_language_switch_link_on_its_own_line_is_site_chrome(tmp_path):
    # NIH pages put "Español" (its accent sometimes lost) between a question heading and its answer; kept, it
    # became the answer's section and the question heading was lost.
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "thing.txt").write_text("What is a thing?\n\nEspaol\nA thing is a made-up condition of the test.\n"
                                      "It is treated with rest.\n", encoding="utf-8")
    parsed = load_corpus(folder)[0]
    assert "Espaol" not in parsed.article.text
    assert "A thing is a made-up condition" in parsed.article.text
