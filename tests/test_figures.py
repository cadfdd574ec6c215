"""Questions asking for a figure are told when no quote gives one (bot.answering.figures)."""

from __future__ import annotations

import pytest

from bot.answering.figures import asked_figure, missing_figure, never_given
from bot.domain.asked import CorpusWords


@pytest.mark.parametrize("question, asked", [
    ("what is the success rate of hip replacement surgery", "success rates"),
    ("what percentage of people are low in b12", "how many people it affects"),
    ("what are the chances of getting osteoporosis", "the odds"),
    ("how long does it take for supplements to work", "how long it takes"),
    ("how much does a dexa scan cost", "costs"),
    ("whats the price of getting a vena cava filter put in", "costs"),
    ("does medicare pay for trientine", "costs"),       # who pays is a question of money too
    ("is a cpap machine covered by insurance", "costs"),
    ("does the cream cover the whole rash", None),
    ("how common is vitamin d deficiency", None),      # "very common" answers it
    ("what causes low magnesium", None),
])
def test_the_figure_a_question_asks_for(question, asked):
    assert asked_figure(question) == asked


@pytest.mark.parametrize("quote, gives", [
    ("Most people feel better within a few weeks of treatment.", True),
    ("About 40 percent of adults are low in vitamin D.", True),
    ("It takes 6-8 weeks.", True),
    ("Vitamin B12 Deficiency: Typical Treatment — injections.", False),   # a digit inside a name
    ("One case series documented patients whose pain improved.", False),  # "one" is not a figure here
    ("Cramps occur more frequently during the day.", False),
])
def test_a_quote_gives_a_figure_only_with_a_number_share_or_span_of_time(quote, gives):
    assert (missing_figure("how long does it take to work", [quote]) == ()) is gives


def test_no_statement_when_no_figure_was_asked():
    assert missing_figure("what causes cramps", ["Cramps occur at night."]) == ()


def test_a_test_result_with_its_unit_is_said_unread_unless_a_quote_uses_the_unit():
    from bot.answering.figures import unread_result

    question = "my vitamin d came back at 15 ng/ml, is that low?"
    assert unread_result(question, ["Low vitamin D weakens bones."]) == ("what a result of 15 ng/ml means",)
    assert unread_result(question, ["Levels below 20 ng/ml are deficient."]) == ()
    assert unread_result("is vitamin d low in winter?", []) == ()


def test_how_many_weeks_asks_how_long():
    from bot.answering.figures import asked_figure

    assert asked_figure("how many weeks till my back gets better") == "how long it takes"
    assert asked_figure("how many weeks of sun do i need") is None


def test_a_cost_question_is_refused_when_the_articles_never_speak_of_money():
    """A pronunciation guide's syllable ("to-MOG-rah-fee") is not the articles speaking of a fee."""
    guide = CorpusWords((), lambda word: [word], texts=("cardiac ct (computed tomography (to-mog-rah-fee)).",))
    assert never_given("how much does it cost to get treated without insurance", guide.speaks_of) == "costs"
    priced = CorpusWords((), lambda word: [word], texts=("most insurance plans cover the vaccine.",))
    assert never_given("how much does it cost to get treated without insurance", priced.speaks_of) is None


def test_how_long_is_not_said_missing_while_a_retrieved_passage_gives_a_span_of_time():
    """A newcomer's site said "The articles don't cover how long it takes" for "how long does bells palsy last",
    though the outlook passage says most recover within 3 to 6 months."""
    quotes = ["Most people with Bell's palsy recover completely."]
    nearby = ["Most people begin to get better within 2 weeks, and most recover within 3 to 6 months."]
    assert missing_figure("how long does bells palsy last", quotes, nearby) == ()
    assert missing_figure("how long does bells palsy last", quotes, ["Type 2 diabetes affects 38 million."]) == (
        "how long it takes",)
