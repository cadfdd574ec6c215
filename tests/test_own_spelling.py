"""The bot's own lines name a topic as the articles spell it (newcomer test, session 14: "Symptoms the articles
link to utis:" over quotes that say "UTIs"). Fast: a tiny corpus written here, the fake encoder."""

from __future__ import annotations

import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.config import Settings
from bot.ingest.own_spelling import own_spelling

ARTICLES = {
    "bladder-infections.txt": "Bladder infections in adults\n\nWhat are the symptoms of UTIs?\n\nUTIs often cause a "
    "burning feeling when passing urine. Most UTIs also cause a frequent and intense urge to urinate. Cloudy urine "
    "is a common symptom of UTIs.\n",
    "face-weakness.txt": "Facial palsy\n\nWhat is Bell's palsy?\n\nBell's palsy is a sudden weakness of the muscles "
    "on one side of the face. Most people with Bell's palsy recover fully.\n",
}


@pytest.mark.parametrize(("name", "texts", "forms", "expected"), [
    ("utis", ["Most UTIs clear up. UTIs are common."], (), "UTIs"),
    ("bell's palsy", ["Bell's Palsy\n\nPeople with Bell's palsy recover."], (), "Bell's palsy"),
    # A sentence's first word is capitalised whatever it is: no spelling to learn from it.
    ("lactose intolerance", ["Lactose intolerance is common."], (), "lactose intolerance"),
    ("sleep apnoea", ["Treating sleep apnea helps. Untreated sleep apnea can harm."], ("sleep apnea",),
     "sleep apnea"),
    ("sleep apnea", ["WARNING ABOUT SLEEP APNEA AND SNORING"], (), "sleep apnea"),
    ("uti", ["Most UTIs clear up."], (), "uti"),                        # whole words only
    ("iron", ["Nothing here names it."], (), "iron"),
])
def test_a_name_is_spelt_as_the_texts_spell_it_inside_their_sentences(name, texts, forms, expected):
    assert own_spelling(name, texts, forms=forms) == expected


@pytest.fixture(scope="module")
def small_bot(tmp_path_factory):
    root = tmp_path_factory.mktemp("spelling")
    corpus = root / "articles"
    corpus.mkdir()
    for file_name, text in ARTICLES.items():
        (corpus / file_name).write_text(text, encoding="utf-8")
    return Bot.load(Settings(corpus_dir=corpus, index_dir=root / "index"), encoder=FakeEncoder())


@pytest.mark.parametrize(("question", "spelt"), [
    ("What are the symptoms of utis?", "UTIs"),
    ("what is bells palsy", "Bell's palsy"),
])
def test_an_answer_heading_names_the_topic_in_the_articles_spelling(small_bot, question, spelt):
    answer = small_bot.ask(question)
    assert answer.kind == "answer", answer.text
    heading = answer.text.split("\n\n")[0]
    assert spelt in heading, heading
    assert spelt.casefold() + ":" not in heading.replace(spelt, "")   # not also in the question's lower case
