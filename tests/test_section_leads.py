"""FAQ-style articles answer each question line with a first sentence that replies to it, then details: a user's
question of the kind the heading asks is answered by that first sentence, not by a detail that shares more of
the user's words. Built on a tiny MedQuAD-style article (a title line, question lines, answers)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.answering.section_leads import SectionLeads
from bot.config import ChunkingSettings, Settings
from bot.ingest.articles import parse_article
from bot.ingest.chunking import chunk_article

GOUT = """Gout

What is (are) Gout ?

Gout (rhymes with out) is a form of arthritis that causes sudden pain and swelling in the joints.
Doctors often see it first in the big toe. Exactly what people feel varies a lot from one attack to the next.

How to diagnose Gout ?

Gout is diagnosed through a physical exam, a medical history and a joint fluid test.
An ultrasound scan can show crystals in a swollen joint. A blood check for uric acid may also be done.

Who is at risk for Gout? ?

Gout is more common in men than in women. Older people are also at higher risk.

What are the treatments for Gout ?

Gout is treated with medicines that ease the pain and lower uric acid.
Resting the joint and cold packs may help during an attack.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faq")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "gout.txt").write_text(GOUT, encoding="utf-8")
    (folder / "corpus" / "sources.json").write_text(json.dumps({"gout.txt": {"title": "Gout"}}), encoding="utf-8")
    return folder


def ask(corpus, question: str, **quote_settings) -> list[str]:
    base = Settings(corpus_dir=corpus / "corpus", index_dir=corpus / "index")
    settings = dataclasses.replace(base, quotes=dataclasses.replace(base.quotes, **quote_settings))
    answer = Bot.load(settings, encoder=FakeEncoder()).ask(question)
    assert answer.kind == "answer", answer.text
    return [c.quote for c in answer.citations]


def test_a_diagnosis_question_is_answered_by_the_first_sentence_under_the_diagnosis_question(corpus):
    quotes = ask(corpus, "how do doctors check for gout")
    assert quotes[0].startswith("Gout is diagnosed through a physical exam")


def test_without_the_lead_rule_a_detail_sharing_more_words_wins(corpus):
    """The test above would pass by chance if the first sentence won on its words alone. With the hand-set weights
    (the fitted ones weigh the diagnosis cue words enough that the first sentence wins here either way)."""
    quotes = ask(corpus, "how do doctors check for gout", lead=0.0, ranker="hand")
    assert not quotes[0].startswith("Gout is diagnosed through a physical exam")


def test_a_definition_with_a_pronunciation_in_brackets_answers_what_it_is(corpus):
    quotes = ask(corpus, "what is gout exactly? my dad was just told he has it")
    assert quotes[0].startswith("Gout (rhymes with out) is a form of arthritis")


def test_only_passages_opening_a_question_section_of_the_asked_kind_are_leads():
    article = parse_article("gout", "gout.txt", GOUT.encode(), {"title": "Gout"})
    passages = chunk_article(article, ChunkingSettings())
    leads = SectionLeads(passages)
    diagnosis = {p.passage_id: p for p in passages if p.passage_id in leads.answering("diagnosis")}
    assert [p.text.split(".")[0] for p in diagnosis.values()] == [
        "Gout is diagnosed through a physical exam, a medical history and a joint fluid test"]
    assert leads.answering("general") == frozenset()
    # "Who is at risk for gout?" is read as a definition question but does not say what gout is.
    definition = [p.text.split(".")[0] for p in passages if p.passage_id in leads.answering("definition")]
    assert definition == ["Gout (rhymes with out) is a form of arthritis that causes sudden pain and swelling in the "
                          "joints"]


def test_a_pronunciation_in_brackets_does_not_hide_a_definition():
    from bot.answering.sentence_cues import defines

    assert defines("sarcoidosis (sar-koy-do-sis) is a disease of unknown cause.", ("sarcoidosis",))
    assert defines("irritable bowel syndrome (ibs) is a group of symptoms.", ("irritable bowel syndrome",))
    assert not defines("gout (see the treatment section below) and other kinds of arthritis.", ("gout",))
