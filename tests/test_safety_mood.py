"""Low mood told with a question is acknowledged, with where to get help (NHS "Low mood, sadness and depression"):
a newcomer test (session 13) got supplement quotes under "this back pain is making me really low and depressed"."""

from __future__ import annotations

import pytest

from bot.safety.matching import prepare
from bot.safety.mood import tells_low_mood
from bot.safety.notices import CRISIS_MESSAGE, DISCLAIMER, LOW_MOOD_NOTICE
from bot.safety.screening import screen


@pytest.mark.parametrize("message", ["im so fed up with this back pain, it's making me really low and depressed",
                                     "i have been feeling so down since my back went",
                                     "honestly this pain leaves me miserable, could it be my vitamin d?",
                                     "i keep wondering if i am depressed, it has been months"])
def test_low_mood_in_the_writers_own_voice_is_recognised(message):
    assert tells_low_mood(prepare(message))
    s = screen(message)
    assert s.status == "ok" and LOW_MOOD_NOTICE in s.notices


@pytest.mark.parametrize("message", ["I am low in vitamin D", "i feel low on energy all the time",
                                     "my b12 came back low", "does low mood cause back pain",
                                     "my mum is depressed, can b12 help", "the pain goes down my leg",
                                     "how would i even find out if im low?", "can my gp test whether i'm low"])
def test_levels_places_and_other_people_are_not_the_writers_mood(message):
    assert not tells_low_mood(prepare(message))
    assert LOW_MOOD_NOTICE not in screen(message).notices


def test_a_crisis_gets_the_crisis_text_not_the_low_mood_notice():
    s = screen("im so low i want to kill myself")
    assert s.status == "crisis" and LOW_MOOD_NOTICE not in (s.message or "")


@pytest.mark.slow
def test_the_notice_opens_the_answer_end_to_end(real_bot):
    answer = real_bot.ask("im so fed up with this back pain, it's making me really low and depressed")
    assert answer.text.startswith("**Living with pain can wear your mood down")
    assert CRISIS_MESSAGE not in answer.text and DISCLAIMER in answer.text
