"""Misspelt words are read as the articles' words; English words, and words the articles never use, are left
as typed (a newcomer's "vitamn d defiency symtoms" was refused)."""

from __future__ import annotations

import pytest

from bot.domain.spelling import Respeller

ARTICLES = ["Vitamin D deficiency symptoms include bone pain and fatigue.",
            "Magnesium deficiency can cause muscle cramps. Osteoporosis weakens the bones."]


@pytest.fixture
def respeller():
    return Respeller.of_texts(ARTICLES, known=["zofran", "ondansetron"])


@pytest.mark.parametrize("typed, read", [
    ("vitamn d defiency symtoms", "vitamin d deficiency symptoms"),
    ("magnesuim and cramps", "magnesium and cramps"),
    ("is osteoperosis linked to vit d", "is osteoporosis linked to vit d"),
    ("Vitamn D?", "vitamin D?"),
])
def test_misspelt_words_are_read_as_the_articles_words(respeller, typed, read):
    assert respeller.respell(typed) == read


@pytest.mark.parametrize("typed", ["what about bitcoin", "can i give my kid zofran", "how do i reset my router",
                                   "is melatonin safe", "tho", "iorn"])
def test_english_words_vocabulary_words_and_unknown_names_are_left_as_typed(respeller, typed):
    assert respeller.respell(typed) == typed


def test_a_long_word_is_read_by_one_edit_and_a_run_of_letters_is_left_alone(respeller):
    # Two edits of a 19-letter word took seconds to list (a property test's random question); one edit is enough.
    assert respeller.respell("osteoporosiss and osteoporossis") == "osteoporosis and osteoporosis"
    nonsense = "qwertyuiopasdfghjkl " * 50 + "x" * 60
    assert respeller.respell(nonsense) == nonsense


@pytest.mark.slow
def test_a_typo_heavy_question_is_answered_end_to_end(real_bot):
    answer = real_bot.ask("vitamn d defiency symtoms")
    assert answer.kind == "answer" and answer.citations
    assert answer.question == "vitamn d defiency symtoms"      # the user's words are kept


@pytest.mark.slow
def test_a_question_in_another_language_is_not_respelt_into_english(real_bot, monkeypatch):
    seen = []
    monkeypatch.setattr(real_bot.respeller, "respell", lambda q: seen.append(q) or q)
    real_bot.ask("Czy magnez pomaga na skurcze?")
    assert seen == []
    real_bot.ask("vitamn d defiency symtoms")
    assert seen == ["vitamn d defiency symtoms"]


def test_a_four_letter_health_term_with_two_letters_swapped_is_read_as_the_term():
    """ "iorn" was refused in a newcomer test; "evry" (every) must not become "very", a common word."""
    respeller = Respeller.of_texts(["Iron deficiency is very common.", "Zinc is not covered."], known=["iron", "zinc"])
    assert respeller.respell("can low iorn cause back pain") == "can low iron cause back pain"
    assert respeller.respell("my back hurts evry day") == "my back hurts evry day"
    assert respeller.respell("is zicn good") == "is zinc good"
