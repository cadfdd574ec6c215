"""Defects a newcomer test found in session 13 (a helper who had seen neither the code nor the questions asked 159
messages: 96 good, 35 acceptable, 28 bad). Each test asserts what that user should have seen."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_condition_asked_by_its_own_word_is_not_called_low(real_bot):
    # "Symptoms the articles link to low anemia:" (anaemia is asked for under the topic iron).
    answer = real_bot.ask("what are the signs of anaemia")
    heading = answer.text.split("\n\n")[0]
    assert "anemia" in heading.casefold() and "low anemia" not in heading.casefold()


def test_a_nutrient_asked_by_its_own_word_is_still_low(real_bot):
    heading = real_bot.ask("how is low b12 treated").text.split("\n\n")[0]
    assert "low b12" in heading.casefold()


def test_sunlight_after_a_foods_question_is_answered_about_sunlight(real_bot):
    answer = real_bot.ask("what about sunlight?", history=["Can vitamin D deficiency cause back pain?",
                                                           "what foods have vitamin D?"])
    assert not answer.text.startswith("Food sources")
    assert any("sun" in c.quote.casefold() for c in answer.citations), answer.text


def test_who_are_you_is_answered_without_a_refusal(real_bot):
    answer = real_bot.ask("who are you?")
    assert answer.kind != "invalid" and not answer.citations
    assert "couldn't find" not in answer.text and "not a doctor" in answer.text
