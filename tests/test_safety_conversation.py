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


@pytest.mark.parametrize("message", ["sudden severe back pain and my legs are going weak", "my legs are going numb now",
                                     "pain between my shoulder blades and my legs are going numb",
                                     "my legs have gone all numb and my back is agony",
                                     "my legs are weak and numb and my back hurts",
                                     "my bowels have gone funny too, can't hold it"])
def test_both_legs_going_weak_or_numb_now_or_bowels_that_cannot_be_held_is_an_emergency(message):
    # A newcomer test (session 13) got "see a GP today"; the reference says both legs, or weakness getting worse,
    # is 999 / A&E.
    assert screen(message).status == "emergency"


@pytest.mark.parametrize("message", ["my leg went numb after sitting cross legged", "my legs went numb after sitting "
                                     "on the toilet too long", "my legs are going weak after leg day at the gym",
                                     "my legs were numb last week but fine now"])
def test_legs_numb_from_sitting_or_exercise_are_not_an_emergency(message):
    assert screen(message).status != "emergency"


@pytest.mark.parametrize("message", ["I had a heart attack of a laugh reading about natto lol, is it really got "
                                     "vitamin K?", "the bill nearly gave me a heart attack, does b12 help stress",
                                     "My heart skips a beat when I think about my blood test results lol, what does "
                                     "low B12 mean for my back?"])
def test_figures_of_speech_about_the_heart_raise_no_alarm(message):
    assert screen(message).status == "ok"


@pytest.mark.parametrize("message", ["i think im having a heart attack", "my heart skips a beat every few minutes"])
def test_the_heart_told_plainly_still_raises_it(message):
    assert screen(message).status in ("emergency", "urgent")
