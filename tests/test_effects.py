"""A question asking what a covered thing causes, helps or prevents, when that effect is only things the articles
never speak of, is out of scope: "Can low vitamin D make your hair fall out?" had been answered with vitamin D
quotes about bones. An effect that also names something they cover keeps the question answerable."""

from __future__ import annotations

import pytest

from bot.domain.effects import effects_asked, uncovered_effect
from bot.domain.scope import check_scope

COVERED = {"back pain", "muscle cramps", "back", "vitamin d deficiency", "vitamin b12"}


def _covered(concept):
    return concept.name.casefold() in COVERED


@pytest.mark.parametrize("question, effect", [
    ("can low vitamin d make your hair fall out", "your hair fall out"),
    ("is b12 good for depression", "depression"),
    ("does vitamin d protect you from covid", "covid"),
    ("can fibromyalgia be caused by low b12", "fibromyalgia"),
])
def test_the_effect_a_question_asks_about_is_found(question, effect):
    assert effect in effects_asked(question)


@pytest.mark.parametrize("question", ["can low vitamin d make your hair fall out", "is b12 good for depression",
                                      "does vitamin d protect you from covid?"])
def test_an_effect_made_only_of_uncovered_things_is_named(question):
    assert uncovered_effect(question, _covered, lambda phrase: False)


@pytest.mark.parametrize("question", [
    "could low vitamin d be causing my fibromyalgia and back pain",   # back pain is covered: said, rest answered
    "does magnesium help with muscle cramps",
    "what foods make you absorb more calcium",                         # no condition in the effect
])
def test_an_effect_that_names_something_covered_is_not(question):
    assert uncovered_effect(question, _covered, lambda phrase: False) == ()


def test_scope_refuses_it_naming_the_uncovered_effect(site):
    verdict = check_scope(site, "Is B12 good for depression? I've been feeling very low.", frozenset())
    assert not verdict.in_scope and "depression" in verdict.uncovered


@pytest.mark.slow
def test_the_bot_refuses_it_saying_what_is_not_covered(real_bot):
    answer = real_bot.ask("Can low vitamin D make your hair fall out? Mine is thinning a lot lately.")
    assert answer.kind == "no_answer" and not answer.citations
    assert "don't cover hair" in answer.text and "General information only" in answer.text
