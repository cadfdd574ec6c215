"""A red flag or a medicine interaction told across two messages is recognised: "Can vitamin D help back pain?" then
"I also have a fever now" (a newcomer test, session 13, found it answered with vitamin D quotes and no warning)."""

from __future__ import annotations

import pytest

from bot.safety.conversation import with_conversation
from bot.safety.notices import DISCLAIMER
from bot.safety.reminders import with_earlier_flag
from bot.safety.screening import screen

BACK = "Can vitamin D help back pain?"


def test_fever_after_a_back_pain_question_gets_the_same_day_notice():
    alone = screen("I also have a fever now")
    assert alone.status == "ok"                        # fever alone is no back-pain red flag
    s = with_conversation(alone, [BACK])
    assert s.status == "urgent" and s.urgent_notice and "fever" in s.urgent_notice
    assert s.question == "I also have a fever now"     # what is answered is still the latest message


def test_a_blood_thinner_after_a_vitamin_k_question_gets_the_interaction_notice():
    alone = screen("is that safe with my blood thinners?")
    assert not alone.medicines
    s = with_conversation(alone, ["which foods have vitamin K"])
    assert s.medicines and any("vitamin K" in n for n in s.notices)
    assert not s.quote_recommendations                 # no "eat more leafy greens" under it


@pytest.mark.parametrize("history, message", [
    ([BACK], "what foods have it"),
    (["my back hurts"], "I had a fever last week but it's gone now, what foods have vitamin D"),
    (["which foods have magnesium"], "and vitamin D?"),
])
def test_ordinary_follow_ups_stay_ordinary(history, message):
    s = screen(message)
    assert with_conversation(s, history) == s


def test_what_the_earlier_message_said_alone_is_left_to_the_reminder():
    earlier = ["back pain with a high temperature since yesterday"]
    assert screen(earlier[0]).status == "urgent"
    s = with_conversation(screen("which foods have vitamin D"), earlier)
    assert s.status == "ok"
    assert with_earlier_flag(s, earlier).reminder       # recalled, not raised as new


def test_a_message_with_its_own_verdict_keeps_it():
    own = screen("i cant feel my bum when i wipe")
    assert own.status == "emergency"
    assert with_conversation(own, [BACK]) == own


@pytest.mark.slow
def test_the_notice_opens_the_follow_up_answer_end_to_end(real_bot):
    answer = real_bot.ask("I also have a fever now", history=[BACK])
    assert answer.kind == "urgent"
    assert answer.text.startswith("**Please get medical advice today.**")
    assert DISCLAIMER in answer.text
    plain = real_bot.ask("I also have a fever now")
    assert plain.kind != "urgent"
