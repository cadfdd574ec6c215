"""A question about what an animal may eat or take is out of scope on a site for people's health, whatever topic it
names: "can I give my dog some of my magnesium tablets?" had been answered with magnesium treatment quotes, which
read as a yes (some human supplements poison pets). A person's question that only mentions an animal is answered."""

from __future__ import annotations

import pytest

from bot.domain.animals import ANIMAL_HEALTH, asks_about_animal
from bot.domain.scope import check_scope


@pytest.mark.parametrize("question", [
    "can i give my old dog some of my magnesium tablets?", "is it ok to feed our kitten spinach", "can cats eat liver?",
    "is vitamin d safe for dogs", "should the puppy take b12", "can horses eat calcium tablets?"])
def test_what_an_animal_may_eat_or_take_is_asked_about_the_animal(question):
    assert asks_about_animal(question)


@pytest.mark.parametrize("question", [
    "I hurt my back walking the dog, could low vitamin D make it worse?", "my dog jumped on me and now my back hurts",
    "feeding the birds in the cold makes my back ache", "can i eat chicken liver for b12?",
    "does cat hair cause allergies", "cat got your tongue? does low b12 cause back pain",
    "can my dog get scabies from me?", "my dog has mange, can i catch it?"])
def test_a_person_s_question_that_mentions_an_animal_is_not(question):
    assert not asks_about_animal(question)


def test_scope_refuses_it_and_says_a_vet_can_advise(site):
    verdict = check_scope(site, "can I give my dog some of my magnesium tablets? he's stiff too", frozenset())
    assert not verdict.in_scope and verdict.uncovered == (ANIMAL_HEALTH,) and "vet" in ANIMAL_HEALTH


@pytest.mark.slow
def test_the_bot_refuses_a_pet_question_after_an_on_topic_turn(real_bot):
    answer = real_bot.ask("Also can I give my dog some of my magnesium tablets?",
                          history=["Can magnesium help with muscle cramps in my back?"])
    assert answer.kind == "no_answer" and not answer.citations
    assert "vet" in answer.text and "General information only" in answer.text
