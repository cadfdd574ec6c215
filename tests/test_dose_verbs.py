"""An amount asked for with the verb of how it is given ("how much B12 should she be injecting?") and "how often and
how much …" are dose questions: fresh V's "How often and how much B12 should she be injecting?" got plain quotes
with no word about asking a clinician. "How much vitamin D is in milk" is still a question about food."""

from __future__ import annotations

import pytest

from bot.safety import notices
from bot.safety.screening import screen


@pytest.mark.parametrize("text", ["how often and how much b12 should my dad be injecting",
                                  "how much of the cream should i apply", "how many sprays should she use a day"])
def test_an_amount_to_inject_apply_or_spray_is_a_dose_question(text):
    s = screen(text)
    assert s.advice_notice and notices.DOSING_NOTICE[:40] in s.advice_notice


@pytest.mark.parametrize("text", ["how much vitamin d is in milk", "how often do b12 injections cause pain"])
def test_amounts_in_food_and_general_questions_are_not(text):
    assert not screen(text).advice_notice or notices.DOSING_NOTICE[:40] not in screen(text).advice_notice
