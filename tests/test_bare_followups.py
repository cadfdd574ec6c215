"""Follow-ups that say nothing of their own ("why?", "how come?", "is that serious?", "how bad can that get"): the
earlier question is what they ask about, so it is what is searched for, not only its topic's name. A newcomer's
"why?" after "can low vitamin d cause back pain" had been answered with "Regular sunlight exposure is also key for
Vitamin D." A message that announces a new subject ("completely different q, …") continues nothing."""

from __future__ import annotations

import pytest

from bot.domain.anaphora import stands_alone
from bot.domain.intent import understand

EARLIER = "can low vitamin d cause back pain"


@pytest.mark.parametrize("follow_up", ["why?", "how come?", "is that serious?", "how bad can that get",
                                       "really?", "why would that happen tho"])
def test_a_bare_follow_up_searches_with_the_earlier_question(site, follow_up):
    understood = understand(site, follow_up, [EARLIER])
    assert understood.from_history and [t.name for t in understood.topics] == ["vitamin D"]
    assert EARLIER in understood.dense_query


@pytest.mark.parametrize("follow_up, kind", [("how would they check that", "diagnosis"),
                                             ("how do i fix it?", "treatment")])
def test_a_follow_up_asking_a_kind_of_its_own_searches_with_the_topic_only(site, follow_up, kind):
    understood = understand(site, follow_up, [EARLIER])
    assert understood.from_history and EARLIER not in understood.dense_query
    if kind == "treatment":      # "how would they check that" is read as a diagnosis question by its topic's query
        assert understood.intent == "treatment"


@pytest.mark.parametrize("earlier, follow_up", [
    ("what is a cpap machine", "does it have side effects?"),
    ("how is the gallbladder removed", "is it dangerous? what are the complications"),
])
def test_a_pro_form_after_a_question_with_no_topic_searches_with_that_question(site, earlier, follow_up):
    # A newcomer's own articles (sleep apnea, gallstones, Wilson disease): "it" is the CPAP machine the latest
    # question named, not whatever comes closest to "side effects" (a Wilson disease drug's).
    understood = understand(site, follow_up, [earlier])
    assert understood.from_history and earlier in understood.dense_query


def test_a_message_with_no_pro_form_after_a_question_with_no_topic_stays_alone(site):
    understood = understand(site, "what is the best pizza topping", ["what is a cpap machine"])
    assert not understood.from_history and "cpap" not in understood.dense_query


@pytest.mark.parametrize("message", ["cheers. completely different q, is it safe to fly after covid?",
                                     "different qn - whats a good recipe for jollof rice"])
def test_a_message_announcing_a_new_subject_continues_nothing(message):
    assert stands_alone(message)


@pytest.mark.slow
def test_why_after_a_yes_no_question_quotes_how_it_happens(real_bot):
    answer = real_bot.ask("why?", history=[EARLIER])
    assert answer.kind == "answer" and answer.citations
    quotes = [c.quote.casefold() for c in answer.citations]
    assert "vitamin d" in quotes[0]
    # What links the two: bones, muscles or calcium, not where vitamin D comes from.
    assert any(word in q for q in quotes for word in ("bone", "muscle", "calcium"))
    assert not any("sunlight" in q for q in quotes)
    assert "General information only" in answer.text


@pytest.mark.slow
def test_an_off_topic_question_announced_as_new_is_refused_after_an_on_topic_one(real_bot):
    answer = real_bot.ask("cheers. completely different q, is it safe to fly long haul a month after having covid?",
                          history=["Can magnesium help with cramps in my back?"])
    assert answer.kind == "no_answer" and not answer.citations


@pytest.mark.slow
def test_a_pronoun_after_a_question_about_something_uncovered_still_means_that_thing(real_bot):
    """"which foods have it?" after "does zinc help back pain?" had listed vitamin D, B12 and magnesium foods."""
    answer = real_bot.ask("which foods have it?", history=["does zinc help back pain?"])
    assert answer.kind == "no_answer" and not answer.citations
    assert answer.text.startswith("The articles don't cover zinc")
    covered = real_bot.ask("which foods have it?", history=["can magnesium help with cramps?"])
    assert covered.kind == "answer" and covered.citations
