"""Comparisons about a pair ("the difference between X and Y", "is X the same as Y"): one side the articles
cannot speak to leaves nothing to answer, while "is X better than Y for Z" still answers what it can."""

from __future__ import annotations

import pytest

from bot.domain.apart import sides_apart
from bot.domain.asked import CorpusWords


@pytest.mark.parametrize("question, sides", [
    ("What's the difference between glaucoma and macular degeneration?", ("glaucoma", "macular degeneration")),
    ("is a slipped disc the same thing as sciatica", ("slipped disc", "sciatica")),
    ("how can i tell lupus apart from rheumatoid arthritis", ("lupus", "rheumatoid arthritis")),
    ("How is osteomalacia different from osteoporosis?", ("osteomalacia", "osteoporosis")),
    ("vitamin d2 vs d3 for back pain", ("vitamin d2", "d3")),
    ("whats the differance between pv and essential thrombocythemia in how its treated",
     ()),  # a misspelt "difference" is not read here (the respeller corrects it before scope is checked)
    ("what is the difference between osteoporosis and osteomalacia when it comes to back pain",
     ("osteoporosis", "osteomalacia")),
])
def test_the_pair_a_comparison_sets_apart_is_read_from_its_grammar(question, sides):
    assert sides_apart(question.casefold()) == sides


@pytest.mark.parametrize("question", ["Is turmeric better than magnesium for cramps?", "what is osteomalacia",
                                      "is it the same pain every day", "which is worse, low iron or low b12?"])
def test_other_questions_set_no_pair_apart(question):
    assert sides_apart(question.casefold()) == ()


def _stem(text: str) -> list[str]:
    return [w.rstrip("s") for w in text.casefold().split() if len(w) >= 3]


def test_a_word_of_the_health_vocabulary_is_never_taken_for_a_typo_of_a_corpus_word():
    """"mobic" (a brand) is one letter from "mobil(e)": with the brand among the words spelt right, it is unknown."""
    loose = CorpusWords({"mobil", "magnesium"}, _stem)
    strict = CorpusWords({"mobil", "magnesium"}, _stem, spelt_right={"mobic"})
    assert "mobic" in loose and "mobic" not in strict
    assert "magnesuim" in strict          # a typo of a corpus word is still known


@pytest.mark.slow
@pytest.mark.parametrize("question, missing", [
    ("what's the difference between lupus and osteomalacia?", "lupus"),
    ("is fibromyalgia the same thing as osteomalacia", "fibromyalgia"),
])
def test_a_pair_with_a_side_the_articles_never_cover_is_refused_saying_which(real_bot, question, missing):
    answer = real_bot.ask(question)
    assert answer.kind == "no_answer" and not answer.citations
    assert answer.text.startswith("The articles don't cover") and missing in answer.text.split("\n\n")[0]
    assert "General information only" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize("question", ["What's the difference between osteoporosis and osteomalacia?",
                                      "Is turmeric better than magnesium for back muscle spasms?"])
def test_a_pair_the_articles_cover_or_a_better_than_question_is_still_answered(real_bot, question):
    answer = real_bot.ask(question)
    assert answer.kind == "answer" and answer.citations


@pytest.mark.slow
@pytest.mark.parametrize("question", ["is ibuprofen or tylenol better for a pulled muscle",
                                      "Is Celebrex better than Mobic for my back pain?"])
def test_a_comparison_of_things_all_uncovered_is_refused_whatever_it_is_for(real_bot, question):
    """What the things are compared for ("a pulled muscle", "back pain") is covered; the things compared are not."""
    answer = real_bot.ask(question)
    assert answer.kind == "no_answer" and not answer.citations
    assert answer.text.startswith("The articles don't cover")
