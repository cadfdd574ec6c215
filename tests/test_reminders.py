"""A red flag earlier in the conversation stays in view: the answer to a later, ordinary message opens with a
reminder of the advice given then (a newcomer test found the urgent box gone on the next message)."""

from __future__ import annotations

import pytest

from bot.safety.notices import DISCLAIMER
from bot.safety.reminders import EARLIER_CRISIS, EARLIER_EMERGENCY, EARLIER_URGENT, with_earlier_flag
from bot.safety.screening import screen

CAUDA = ("my back has been killing me for weeks and now i have numbness in both legs and cant feel when i go to "
         "the toilet")


def test_an_earlier_emergency_is_recalled_first_in_the_next_answer():
    s = with_earlier_flag(screen("is it my vitamin d tho?"), [CAUDA])
    assert s.reminder == EARLIER_EMERGENCY


def test_the_most_serious_earlier_flag_is_the_one_recalled():
    earlier = ["back pain with a high temperature since yesterday", CAUDA, "which foods have magnesium"]
    assert screen(earlier[0]).status == "urgent"
    assert with_earlier_flag(screen("and vitamin d?"), earlier).reminder == EARLIER_EMERGENCY
    assert with_earlier_flag(screen("and vitamin d?"), earlier[:1]).reminder == EARLIER_URGENT
    assert with_earlier_flag(screen("what foods have iron"), ["i want to end it all"]).reminder == EARLIER_CRISIS


@pytest.mark.parametrize("history", [[], ["Can low vitamin D cause back pain?"], ["this back pain is killing me lol"]])
def test_no_reminder_without_an_earlier_red_flag(history):
    s = screen("which foods have magnesium")
    assert with_earlier_flag(s, history) == s


def test_a_message_with_its_own_red_flag_gets_its_own_notice_not_a_reminder():
    s = screen("now i also cant feel my bum when i wipe")
    assert s.status == "emergency"
    assert with_earlier_flag(s, [CAUDA]) == s


@pytest.mark.slow
def test_the_reminder_opens_the_answer_end_to_end(real_bot):
    answer = real_bot.ask("is it my vitamin d tho?", history=[CAUDA])
    assert answer.text.startswith("**Earlier in this conversation")
    assert answer.citations and DISCLAIMER in answer.text


@pytest.mark.slow
def test_the_reminder_does_not_hide_what_the_articles_do_not_say(real_bot):
    # Found by a newcomer test: after a red flag, "what foods have potassium" lost "The articles don't name food
    # sources of potassium." and read as if the foods quoted were potassium's.
    fresh = real_bot.ask("what foods have potassium")
    later = real_bot.ask("what foods have potassium", history=[CAUDA])
    statement = fresh.text.split("\n\n")[0]
    assert "don't" in statement
    assert later.text.startswith("**Earlier in this conversation") and statement in later.text
