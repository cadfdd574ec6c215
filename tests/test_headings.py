"""Headings of plain-text articles that sit directly above their paragraph (no blank line between) name the
section and are never quoted; list lead-ins, table rows and sentences missing their full stop stay text; what
looks like a heading but was kept as text is named, by file and line, in the build report."""

from __future__ import annotations

import numpy as np

from bot.answering.corpus_report import corpus_report
from bot.answering.quotes import select_quotes
from bot.config import ChunkingSettings, QuoteSettings, Settings
from bot.domain.intent import Understanding
from bot.domain.site import Site
from bot.ingest.articles import parse_article
from bot.ingest.chunking import chunk_article
from bot.ingest.pack import default_pack
from bot.ingest.sentences import split_sentences
from bot.search.fusion import Retrieval
from bot.types import Hit, Passage

PLANTAR = """Heel pain and plantar fasciitis

Plantar fasciitis
Plantar fasciitis is pain in the heel and the bottom of the foot. It is caused by strain on the tissue.

Plantar fasciitis and back pain
Changing how you walk to avoid heel pain can strain the back. Some people notice a lower back ache.

Treatment you can try yourself
Rest your foot and raise it on a stool when you can. Wear shoes with cushioned heels.
"""


def passages_of(text: str, title: str = "Heel pain and plantar fasciitis") -> list[Passage]:
    parsed = parse_article("plantar", "plantar.txt", text.encode(), {"title": title})
    return chunk_article(parsed, ChunkingSettings())


def test_a_heading_directly_above_its_paragraph_names_the_section_and_is_never_text():
    passages = passages_of(PLANTAR)
    assert [p.section for p in passages] == ["Plantar fasciitis", "Plantar fasciitis and back pain",
                                             "Treatment you can try yourself"]
    assert passages[0].text.startswith("Plantar fasciitis is pain")
    assert not any("back pain\n" in p.text or p.text.endswith("yourself") for p in passages)
    assert all(p.text.rstrip()[-1] == "." for p in passages)


def test_the_title_line_and_a_markdown_heading_glued_to_text_are_split_off():
    passages = passages_of("Heel pain and plantar fasciitis\nRest your foot and raise it on a stool.\n"
                           "## Shoes\nWear shoes with cushioned heels and good arch support.\n")
    assert [(p.section, p.text) for p in passages] == [
        (None, "Rest your foot and raise it on a stool."),
        ("Shoes", "Wear shoes with cushioned heels and good arch support.")]


def test_a_question_directly_above_its_answer_names_the_section_and_is_never_quoted_as_a_fact():
    # A newcomer's MedQuAD pages (session 25): "What causes Von Willebrand Disease ?" over its answer was kept as text
    # and quoted as the last fact of eight answers.
    passages = passages_of("Gout\n\nWhat causes Gout ?\nGout is caused by too much uric acid in the blood.\n\n"
                           "How is gout treated?\nMedicines can ease the pain and swelling of an attack.\n", "Gout")
    assert [p.section for p in passages] == ["What causes Gout ?", "How is gout treated?"]
    assert not any("?" in p.text for p in passages)


def test_a_question_inside_a_paragraph_or_a_rhetorical_one_stays_text():
    passages = passages_of("Gout\n\nWhy does this matter? Because attacks come back.\nThey can damage joints.\n\n"
                           "So what can you do about it when it flares up again and again at night?\n"
                           "Rest the joint and keep it raised.\n", "Gout")
    assert all(p.section is None for p in passages)
    assert any("again and again at night?" in p.text for p in passages)     # too long for a heading: text


def test_a_list_lead_in_is_not_a_heading():
    for lead_in in ("Symptoms can include:", "These can include", "Common causes"):
        passages = passages_of(f"Title\n\nGout is a form of arthritis.\n\n{lead_in}\n- a swollen big toe\n"
                               "- redness and heat\n", title="Title")
        assert [p.section for p in passages] == [None], lead_in
        assert lead_in in passages[0].text


def test_a_sentence_without_its_full_stop_is_not_a_heading():
    inside = passages_of("Title\n\nMagnesium helps muscles relax.\nLevels drop in kidney disease\n"
                         "Nuts and seeds are good sources of it.\n", title="Title")
    opening = passages_of("Title\n\nMagnesium is a mineral\nIt helps muscles and nerves work as they should.\n",
                          title="Title")
    wrapped = passages_of("Title\n\nMagnesium is found in leafy greens and\nnuts, seeds and whole grains.\n",
                          title="Title")
    for passages, line in ((inside, "Levels drop in kidney disease"), (opening, "Magnesium is a mineral"),
                           (wrapped, "Magnesium is found in leafy greens and")):
        assert [p.section for p in passages] == [None] and line in passages[0].text


def test_a_table_row_is_not_a_heading():
    passages = passages_of("Title\n\nLife Stage | Recommended Amount\nAdults 19 years and older | 3,000 mcg, with "
                           "more during pregnancy and while breastfeeding.\n", title="Title")
    assert [p.section for p in passages] == [None]


def test_the_build_report_names_heading_lines_by_file_and_line(tmp_path):
    (tmp_path / "plantar.txt").write_text(PLANTAR + "See a GP if the pain lasts.\nStretches that help\n"
                                          "Calf stretches done twice a day ease the pain for many people.\n")
    text = corpus_report(Settings(corpus_dir=tmp_path)).text()
    assert "headings with no blank line after them" in text and "plantar.txt line 3: Plantar fasciitis" in text
    kept = text.split("kept as text")[1]
    assert "plantar.txt line 12: Stretches that help" in kept and "line 3:" not in kept


def test_a_heading_left_in_a_passage_is_never_quoted_even_when_it_matches_best():
    """The heading fragment is the sentence closest to the question; the quote is the sentence beside it."""
    text = "Changing how you walk can strain the back.\nPlantar fasciitis and back pain"
    spans = []
    for start, line in ((0, text.split("\n")[0]), (len(text.split("\n")[0]) + 1, text.split("\n")[1])):
        spans += split_sentences(line, start)
    passage = Passage("a#0", "a", "A", None, text, 0, len(text), tuple(spans))
    query = np.array([1.0, 0.0], dtype=np.float32)
    vectors = np.array([[0.6, 0.8], [1.0, 0.0]], dtype=np.float32)
    hit = Hit(passage, 1.0, 0.7, 1.0, vectors, (frozenset(), frozenset()), (frozenset(), frozenset()))
    understanding = Understanding("Plantar fasciitis and back pain?", "general", (), False, "plantar", "plantar",
                                  site=Site(default_pack()))
    groups = select_quotes(understanding, Retrieval([hit], 0.7, {}), query, QuoteSettings())
    assert [q.text for g in groups for q in g] == ["Changing how you walk can strain the back."]
