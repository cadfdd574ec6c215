"""Two bots over two different corpora in one process (tests, a server switching to a newly built index): each
answers for its own site (its topics, follow-up wording, coverage sentence, examples and page header), in any
interleaving, including while the other is in the middle of a question. Fast: tiny corpora, fake encoder."""

from __future__ import annotations

import threading

import pytest
from support.fakes import BONES_PACK, MINERALS_PACK, FakeEncoder, write_minerals_corpus, write_tiny_corpus

from bot import Bot
from bot.config import Settings
from bot.errors import CorpusError
from bot.ingest.pack import MAX_EXAMPLES, load_pack
from bot.serving import presentation

BONES_EXAMPLES = ("What does vitamin K do for bones?", "What causes leg cramps?")
MINERALS_EXAMPLES = ("What does zinc do?", "Why do we need iron?")
BONES_QUESTION = "Which foods contain vitamin K?"
MINERALS_QUESTION = "Which foods are good sources of zinc?"


class HoldingEncoder(FakeEncoder):
    """The fake encoder; once `hold` is set, embedding a question waits until `release` is set, so another bot
    can answer while this one is in the middle of a question."""

    def __init__(self) -> None:
        super().__init__()
        self.hold, self.inside, self.release = threading.Event(), threading.Event(), threading.Event()

    def encode(self, texts, **options):
        if self.hold.is_set() and len(texts) == 1:
            self.inside.set()
            self.release.wait(30)
        return super().encode(texts, **options)


@pytest.fixture
def bones(tmp_path):
    corpus = write_tiny_corpus(tmp_path / "bones")
    (corpus / "domain.toml").write_text(BONES_PACK, encoding="utf-8")
    encoder = HoldingEncoder()
    return Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "bones-index"), encoder=encoder), encoder


@pytest.fixture
def minerals(tmp_path):
    corpus = write_minerals_corpus(tmp_path / "minerals")
    (corpus / "domain.toml").write_text(MINERALS_PACK, encoding="utf-8")
    return Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "minerals-index"), encoder=FakeEncoder())


def assert_bones_answer(answer):
    """Cited from the bones corpus; next questions in the bones site's words about vitamin K (never one of its
    example questions: the page shows those as buttons already)."""
    assert answer.kind == "answer" and answer.citations[0].passage.doc_id == "vitamin-k"
    assert answer.suggestions[0] == "Bone corner: what if you lack vitamin K?"
    assert all(s.startswith("Bone corner:") for s in answer.suggestions)


def assert_minerals_answer(answer):
    assert answer.kind == "answer" and answer.citations[0].passage.doc_id == "zinc"
    assert answer.suggestions[0] == "Mineral guide: what are the signs of low zinc?"
    assert all(s.startswith("Mineral guide:") for s in answer.suggestions)


def test_two_bots_answer_interleaved_each_for_its_own_site(bones, minerals):
    bones, _ = bones
    for _ in range(2):                          # A, B, A, B: neither takes over the other's site
        assert_bones_answer(bones.ask(BONES_QUESTION))
        assert_minerals_answer(minerals.ask(MINERALS_QUESTION))
    # What one site covers is not covered by the other: each refusal names its own site's coverage.
    # The refusal first says what this site's articles don't cover, then what they do cover.
    refused = bones.ask(MINERALS_QUESTION)
    statement, coverage = refused.text.split("\n\n", 1)
    assert refused.kind == "no_answer" and statement == "The articles don't cover zinc."
    assert "vitamin K and muscle cramps" in coverage and "zinc and iron" not in coverage
    assert refused.suggestions and all(s.startswith("Bone corner:") for s in refused.suggestions)
    refused = minerals.ask(BONES_QUESTION)
    statement, coverage = refused.text.split("\n\n", 1)
    assert refused.kind == "no_answer" and statement == "The articles don't cover vitamin K."
    assert "zinc and iron" in coverage and "vitamin K" not in coverage
    assert refused.suggestions and all(s.startswith("Mineral guide:") for s in refused.suggestions)
    assert bones.ask("").suggestions[0].startswith("Bone corner:")
    assert minerals.ask("").suggestions[0].startswith("Mineral guide:")


def test_a_bot_keeps_its_site_while_another_answers_in_the_middle_of_its_question(bones, minerals):
    bones, held = bones
    held.hold.set()
    answers = {}
    asking = threading.Thread(target=lambda: answers.setdefault("bones", bones.ask(BONES_QUESTION)))
    asking.start()
    assert held.inside.wait(30)                  # the bones bot has understood its question and is embedding it
    answers["minerals"] = minerals.ask(MINERALS_QUESTION)
    held.release.set()
    asking.join(30)
    assert_bones_answer(answers["bones"])
    assert_minerals_answer(answers["minerals"])


def test_each_page_header_names_its_own_site(bones, minerals):
    bones, _ = bones
    bones_page, minerals_page = presentation.header(bones.site), presentation.header(minerals.site)
    assert "Bone health" in bones_page and "vitamin K and muscle cramps" in bones_page
    assert "Mineral guide" in minerals_page and "zinc and iron" in minerals_page and "Bone" not in minerals_page


def test_each_page_load_describes_the_site_it_is_given(bones, minerals):
    """What a freshly loaded chat page shows (header, question box hint, example buttons) is computed from the
    site passed in, so a server that switched to another index shows the new site's page."""
    bones, _ = bones
    before, after = presentation.page_state(bones.site), presentation.page_state(minerals.site)
    assert before.examples == BONES_EXAMPLES and after.examples == MINERALS_EXAMPLES
    assert before.placeholder == f"e.g. {BONES_EXAMPLES[1]}" and after.placeholder == f"e.g. {MINERALS_EXAMPLES[1]}"
    assert "Bone health" in before.header and "vitamin K and muscle cramps" in before.header
    assert "Mineral guide" in after.header and "zinc and iron" in after.header and "Bone" not in after.header
    assert "not medical advice" in after.header.lower()


def test_the_page_has_an_example_button_for_every_example_a_site_can_have(tmp_path):
    corpus = write_tiny_corpus(tmp_path / "many")
    most = [f"Question number {n}?" for n in range(1, MAX_EXAMPLES + 1)]
    (corpus / "domain.toml").write_text(f"[site]\nexamples = {most!r}\n", encoding="utf-8")
    site = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder()).site
    assert presentation.page_state(site).examples == tuple(most)
    assert presentation.EXAMPLE_SLOTS == MAX_EXAMPLES
    (corpus / "domain.toml").write_text(f"[site]\nexamples = {most + ['One too many?']!r}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"\[site\] examples has {MAX_EXAMPLES + 1} questions"):
        load_pack(corpus)
