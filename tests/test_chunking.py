"""Passages: exact offsets, stable ids, sentence-aligned, never across a section."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_CORPUS_DIR, ChunkingSettings
from bot.ingest.articles import load_corpus
from bot.ingest.chunking import chunk_corpus


@pytest.fixture(scope="module")
def corpus():
    articles = load_corpus(DEFAULT_CORPUS_DIR)
    return articles, chunk_corpus(articles, ChunkingSettings())


def test_every_passage_is_the_article_text_between_its_offsets(corpus):
    articles, passages = corpus
    texts = {a.article.doc_id: a.article.text for a in articles}
    for p in passages:
        assert texts[p.doc_id][p.start:p.end] == p.text
        for a, b in p.sentences:
            assert p.text[a:b].strip() == p.text[a:b] and p.text[a:b]


def test_ids_are_unique_stable_and_numbered_in_reading_order(corpus):
    articles, passages = corpus
    ids = [p.passage_id for p in passages]
    assert len(ids) == len(set(ids))
    again = [p.passage_id for p in chunk_corpus(articles, ChunkingSettings())]
    assert ids == again
    for doc_id in {p.doc_id for p in passages}:
        mine = [p for p in passages if p.doc_id == doc_id]
        assert [p.passage_id for p in mine] == [f"{doc_id}#{n}" for n in range(len(mine))]
        assert all(a.end <= b.start for a, b in zip(mine, mine[1:]))


def test_passages_respect_the_size_limit_and_end_on_sentence_boundaries(corpus):
    articles, passages = corpus
    texts = {a.article.doc_id: a.article.text for a in articles}
    settings = ChunkingSettings()
    for p in passages:
        assert len(p.text) <= settings.max_chars + 20, p.passage_id
        # A sentence's end, or the end of a line without final punctuation (an operator's article may have one).
        line_end = texts[p.doc_id][p.end:p.end + 1] in ("", "\n")
        assert p.text.rstrip()[-1] in ".?!)”\"" or line_end, p.passage_id


def test_faq_answers_and_table_cells_stand_alone(corpus):
    _, passages = corpus
    faq = [p for p in passages if p.kind == "faq"]
    cells = [p for p in passages if p.kind == "table_cell"]
    assert len(faq) == 14 and len(cells) == 24
    assert all("\n" not in p.text for p in faq + cells)


def test_no_passage_crosses_a_heading(corpus):
    articles, passages = corpus
    headings = {(a.article.doc_id, b.start) for a in articles for b in a.blocks if b.kind == "heading"}
    for p in passages:
        assert not any(doc == p.doc_id and p.start <= pos < p.end for doc, pos in headings)


def test_a_lead_in_stays_with_its_list(corpus):
    _, passages = corpus
    lead = next(p for p in passages if "This can lead to:" in p.text)
    assert "Weakened bones and reduced bone mineral density." in lead.text


def test_a_list_that_does_not_fit_after_a_paragraph_starts_a_passage_with_its_lead_in():
    """A newcomer's article: the last risk factor "eat a diet low in iron…" opened the next passage cut off from
    "You are more likely to become anaemic in pregnancy if you:" and was quoted as a food source of iron."""
    from bot.ingest.articles import parse_article
    from bot.ingest.chunking import chunk_article

    items = "\n".join(f"- risk factor number {n} that makes anaemia in pregnancy more likely" for n in range(1, 7))
    text = ("# Anaemia\n\n## Why it is common\n\nDuring pregnancy your body makes more blood for your baby. Your baby "
            "takes iron from you too. This means you need more iron than usual.\n\n"
            f"You are more likely to become anaemic in pregnancy if you:\n\n{items}\n")
    passages = chunk_article(parse_article("a", "a.md", text.encode(), {}), ChunkingSettings())
    holding = [p for p in passages if "risk factor number" in p.text]
    assert holding and all(p.text.startswith("You are more likely") for p in holding)
