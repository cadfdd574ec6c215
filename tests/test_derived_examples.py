"""Example questions derived from a corpus without its own list vary in kind, ask only what the articles answer,
and name each topic as the articles spell it (newcomer test, session 14: five buttons all "What are the symptoms of
X?", one spelt "sleep apnoea" on a site whose article says "sleep apnea"). Fast: a tiny corpus written here, no
domain pack, the fake encoder."""

from __future__ import annotations

import re

import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.config import Settings
from bot.domain.wording import example_questions

ARTICLES = {
    "sleep-apnea.txt": "Sleep Apnea\n\nWhat is sleep apnea?\n\nSleep apnea is a common disorder in which breathing "
    "stops and starts during sleep.\n\nHow is sleep apnea treated?\n\nSleep apnea is treated with a CPAP machine "
    "that keeps the airway open. Losing weight also helps treat sleep apnea in many people.\n",
    "insomnia.txt": "Insomnia\n\nWhat are the symptoms of insomnia?\n\nThe main symptom of insomnia is trouble "
    "falling asleep. People with insomnia often feel tired and irritable during the day.\n\nWhat causes insomnia?"
    "\n\nStress is a common cause of insomnia. Insomnia can be caused by pain or by some medicines.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("examples")
    corpus = root / "articles"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Bot.load(Settings(corpus_dir=corpus, index_dir=root / "index"), encoder=FakeEncoder()).site


def test_examples_are_of_several_kinds(site):
    examples = example_questions(site)
    assert len(examples) >= 2, examples
    forms = {re.sub(r"(sleep apnea|insomnia)", "X", q, flags=re.I) for q in examples}
    assert len(forms) == len(examples), examples


def test_examples_name_topics_as_the_articles_spell_them(site):
    examples = " ".join(example_questions(site))
    assert "sleep apnea" in examples.casefold(), examples
    assert "apnoea" not in examples.casefold(), examples


def test_examples_ask_only_kinds_the_articles_answer_for_that_topic(site):
    """Sleep apnea: what it is and its treatment; insomnia: symptoms and causes. No "How is insomnia diagnosed?"
    nor "What are the symptoms of sleep apnea?": nothing in the articles answers them."""
    for question in example_questions(site):
        lowered = question.casefold()
        if "apnea" in lowered:
            assert lowered.startswith(("what is", "how is sleep apnea treated")), question
        if "insomnia" in lowered:
            assert lowered.startswith(("what are the symptoms", "what causes")), question


def test_a_pack_list_of_examples_is_shown_as_written(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "domain.toml").write_text('[site]\nexamples = ["Why do I wake up at night?"]\n', encoding="utf-8")
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder())
    assert example_questions(bot.site) == ("Why do I wake up at night?",)


def test_an_article_titled_with_a_name_the_vocabulary_lacks_is_offered_before_a_concept_only_mentioned(tmp_path):
    # A newcomer's site (session 25): Von Willebrand disease, pleurisy and ulcerative colitis pages offered "How is
    # cancer diagnosed?" (cancer only mentioned) and nothing about Von Willebrand disease, the vocabulary lacking it.
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "vwd.txt").write_text("Von Willebrand Disease\n\nVon Willebrand disease is a bleeding disorder. It is "
                                    "not a kind of cancer, and cancer does not cause it.\n", encoding="utf-8")
    (corpus / "colitis.txt").write_text("Ulcerative Colitis\n\nUlcerative colitis is a disease of the colon. It "
                                        "raises the risk of colon cancer after many years.\n", encoding="utf-8")
    site = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder()).site
    examples = example_questions(site)
    assert "What is Von Willebrand Disease?" in examples[:3], examples
    assert not any("cancer" in q.casefold() for q in examples[:3]), examples


def test_three_titled_topics_leave_no_button_to_a_topic_only_mentioned(tmp_path):
    # A newcomer's shingles, chickenpox and gout pages (session 33) offered "How is cancer treated?" (answered
    # "Searching for new treatment approaches") and "What are the symptoms of headache?" after the three titles.
    corpus = tmp_path / "articles"
    corpus.mkdir()
    pages = {"gout.txt": "Gout\n\nGout is a painful swelling of a joint. Gout is treated with medicines that lower "
                         "uric acid. Researchers are also studying new treatments for cancer.\n",
             "shingles.txt": "Shingles\n\nShingles is a painful rash. A headache can come before the rash. Shingles "
                             "is caused by the chickenpox virus waking up again.\n",
             "chickenpox.txt": "Chickenpox\n\nThe symptoms of chickenpox are an itchy rash, a fever and a headache. "
                               "Chickenpox spreads easily between children.\n"}
    for name, text in pages.items():
        (corpus / name).write_text(text, encoding="utf-8")
    examples = example_questions(Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"),
                                          encoder=FakeEncoder()).site)
    assert len(examples) >= 3 and not any(w in q.casefold() for q in examples for w in ("cancer", "headache")), examples
