""""The other one" after a turn that went on with one side of a comparison asks about the side left aside, and
"which is worse?" compares the last two turns' topics (bot/domain/other_side.py); a superlative over a group ("most
commonly") does not rank two sides against each other (bot/answering/comparison.py)."""

from __future__ import annotations

import pytest

from bot.domain.intent import understand
from bot.domain.other_side import compared_earlier, other_topics

COMPARED = "is magnesium or vitamin d more important for back pain?"


@pytest.mark.parametrize("message", ["and the other one?", "what about the other", "ok and the other ones"])
def test_the_other_one_is_the_side_the_latest_turn_left_aside(site, message):
    understood = understand(site, message, [COMPARED, "what does magnesium do for muscles?"])
    assert understood.from_history and [t.name for t in understood.topics] == ["vitamin D"]


def test_without_an_earlier_set_or_with_two_topics_last_nothing_is_picked(site):
    assert other_topics(site, "and the other one?", ["what does magnesium do for muscles?"]) == ()
    assert other_topics(site, "and the other one?", ["what does magnesium do?", COMPARED]) == ()
    # "the other day" is a time, not the other member of a set
    assert other_topics(site, "i read the other day it helps, is that right?", [COMPARED, "what does magnesium do?"]) \
        == ()


@pytest.mark.slow
def test_the_other_one_is_answered_about_the_side_left_aside(real_bot):
    answer = real_bot.ask("what about the other one", ["is vitamin d or b12 more important for back pain",
                                                         "what does vitamin d do"])
    assert answer.citations and all("b12" in c.quote.casefold() for c in answer.citations[:2])


@pytest.mark.slow
def test_a_quote_ranking_both_among_others_does_not_answer_which_is_worse(real_bot):
    answer = real_bot.ask("which is worse for your back, low vitamin D or low B12?")
    assert "don't say which of these is better or worse" in answer.text


@pytest.mark.parametrize("message", ["which is worse?", "so which one is more important", "which of them is better"])
def test_which_is_worse_compares_the_topics_of_the_last_two_turns(site, message):
    understood = understand(site, message, ["what does magnesium do for muscles?", "and vitamin d?"])
    assert understood.intent == "comparison" and {t.name for t in understood.topics} == {"magnesium", "vitamin D"}


def test_which_is_worse_after_a_single_topic_compares_nothing(site):
    assert compared_earlier(site, "which is worse?", ["what does magnesium do for muscles?"]) == ()
    assert compared_earlier(site, "which foods are best?", ["what does magnesium do?", "and vitamin d?"]) == ()


@pytest.mark.slow
def test_which_is_worse_after_two_turns_quotes_both_and_says_they_are_not_ranked(real_bot):
    answer = real_bot.ask("which is worse?", ["what does vitamin d do", "and b12?"])
    quotes = " ".join(c.quote.casefold() for c in answer.citations)
    assert "b12" in quotes and "vitamin d" in quotes
    assert "don't say which of these is better or worse" in answer.text



def test_what_too_little_does_is_no_food_question():
    from bot.domain.question_kinds import asks_something, classify_intent

    assert classify_intent("what happens if i dont get enough vitamin d") == "symptoms"
    assert classify_intent("how do i get enough vitamin d") == "foods"
    # asked without a question word first: still asking
    assert asks_something("my leg goes numb sometimes, at what point do i need to get seen")
    assert asks_something("back always tight. anything lifestyle-wise i can do besides quitting lol")
    assert not asks_something("i wet myself today and my lower back is really painful")
