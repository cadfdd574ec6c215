"""A message opening "and…", "also…", "what about…" continues the conversation when it only names what to ask the
earlier question of ("and what about ibuprofen?", "and when pregnant?"); one that names a subject of its own and
asks something of it is a new question, judged on its own ("also she has cataracts, should she still be driving?"
after a B12 question had been answered with B12 quotes)."""

from __future__ import annotations

import pytest

from bot.domain.intent import understand

EARLIER = "my mum's B12 is low and her back hurts, is that linked?"


@pytest.mark.parametrize("message", ["also she has cataracts, should she still be driving?",
                                     "and what about kidney stones, how do i pass one faster",
                                     "also does vitamin c actually help you get over a cold faster?"])
def test_a_new_subject_with_its_own_question_carries_no_earlier_topic(site, message):
    assert not understand(site, message, [EARLIER]).from_history


@pytest.mark.parametrize("message", ["and when pregnant?", "and what about for kids?", "also at night?",
                                     "and what about ibuprofen?"])
def test_a_switch_and_a_phrase_asks_the_earlier_question_again(site, message):
    understood = understand(site, message, [EARLIER])
    assert understood.from_history and [t.name for t in understood.topics] == ["vitamin B12"]


@pytest.mark.slow
def test_a_new_uncovered_subject_after_an_answer_is_refused_naming_it(real_bot):
    answer = real_bot.ask("also she has cataracts, should she still be driving?", history=[EARLIER])
    assert answer.kind == "no_answer" and not answer.citations
    assert "cataract" in answer.text.casefold()
    assert "General information only" in answer.text
