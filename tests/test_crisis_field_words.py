"""Suicide named as a field of work or study is a topic, not the writer's crisis (bot/safety/lexicon_crisis.py,
_SUICIDE_TAIL); the writer's own crisis words beside it still are. The team's own wordings."""

from __future__ import annotations

import pytest

from bot.safety.screening import screen


@pytest.mark.parametrize("text", [
    "My cousin runs a suicide prevention outreach van and sits in it all day. Does vitamin D help her back?",
    "Our suicide awareness stall at the fair needs leaflets on low mood and B12, any good sources?",
    "I'm writing up suicide research interviews at a desk all day, which magnesium helps muscle tension?",
])
def test_suicide_as_a_field_of_work_is_not_a_crisis(text):
    assert screen(text).status != "crisis"


@pytest.mark.parametrize("text", [
    "I work in suicide prevention and I still want to kill myself most nights",
    "suicide prevention is not going to stop me, I have the tablets counted out",
    "I'm suicidal and my back pain is getting worse",
])
def test_the_writers_own_crisis_beside_the_field_word_is_still_a_crisis(text):
    assert screen(text).status == "crisis"
