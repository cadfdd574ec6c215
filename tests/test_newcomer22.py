"""Session 22: a newcomer's findings, each fixed as a kind and tested in our own wording: a request for a place or
business nearby is an errand beyond the tool, whatever was asked before; a message in another language is never told
that the articles "don't cover" one of its words (the English word checks cut "Rückenschmerzen" at the umlaut); an
everyday umbrella phrase ("heart problems") is no name of one uncovered condition; the kind of question a long message
asks is read from its questions, not from the story before them."""

from __future__ import annotations

import re

import pytest
from support.fakes import project_site

from bot.domain.intent import understand
from bot.domain.question_kinds import asked_sentences
from bot.domain.small_talk import small_talk
from bot.ingest.concepts import health_vocabulary
from bot.safety.languages import NOTICES


@pytest.mark.parametrize("message", ["ok and can you recommend a good pizza place", "recommend a cheap gym near me",
                                     "could you find me a nice cafe", "suggest some good takeaway places"])
def test_asking_for_a_place_nearby_is_an_errand(message):
    assert small_talk(message) == "task"


@pytest.mark.parametrize("message", ["can you recommend a good magnesium supplement", "what foods are good for b12",
                                     "which place on my back hurts with low vitamin d"])
def test_asking_about_a_thing_is_no_errand(message):
    assert small_talk(message) is None


@pytest.mark.parametrize("phrase", ["heart problems", "heart health"])
def test_an_umbrella_phrase_names_no_single_condition(phrase):
    assert not [c for c in health_vocabulary().find(phrase) if c.kind == "condition"]


@pytest.mark.slow
def test_a_place_asked_for_after_a_food_question_gets_no_quotes(real_bot):
    answer = real_bot.ask("ok and can you recommend a good pizza place",
                          history=["magnesium and back pain?", "what foods have it?"])
    assert not answer.citations


@pytest.mark.slow
@pytest.mark.parametrize("language, message", [("de", "Kann Vitamin-B12-Mangel Rückenschmerzen verursachen?"),
                                               ("es", "¿La falta de vitamina D puede causar dolor de espalda?"),
                                               ("fr", "Le manque de magnésium peut-il causer des douleurs au dos ?")])
def test_a_message_in_another_language_is_not_told_its_words_are_uncovered(real_bot, language, message):
    text = real_bot.ask(message).text
    assert "don't cover" not in text and not re.search(r"(?<!\w)ckenschmerzen", text)
    assert NOTICES[language] in text     # told, in the reader's language, that the service answers in English


@pytest.mark.slow
def test_heart_trouble_from_low_magnesium_is_answered_from_what_the_articles_say(real_bot):
    answer = real_bot.ask("can magnesium deficiency cause heart problems?")
    assert answer.kind == "answer" and any("heart" in c.quote.casefold() for c in answer.citations)


STORY = ("I've had an ache between my shoulder blades for months. I sit at a desk all day and rarely see the sun. "
         "I eat mostly vegetarian food. My mum had osteoporosis. Could any of this be down to a deficiency, and what "
         "should I do about it?")


def test_the_kind_of_question_comes_from_what_is_asked_not_from_the_story():
    assert asked_sentences(STORY).startswith("Could any of this")
    assert understand(project_site(), STORY, []).intent != "foods"      # "I eat" tells, it does not ask


@pytest.mark.parametrize("message", ["What foods have vitamin D?", "I eat fish. What foods have vitamin D?",
                                     "Is fish good for bones? I eat a lot of it."])
def test_a_message_that_only_asks_or_asks_first_keeps_its_kind(message):
    assert understand(project_site(), message, []).intent in ("foods", "yes_no")
    assert asked_sentences("What foods have vitamin D?") == "What foods have vitamin D?"


@pytest.mark.slow
def test_a_long_story_with_one_uncovered_detail_is_still_answered(real_bot):
    answer = real_bot.ask("I've had this nagging ache between my shoulder blades for about three months now. I work "
                          "at a desk all day, hardly go outside because of my job and the winters here are long and "
                          "dark. I've also been really tired lately and sometimes my fingers tingle. I eat mostly "
                          "vegetarian. My mum had osteoporosis. Could any of this be down to a vitamin or mineral "
                          "deficiency, and if so which "
                          "ones, and what should I do about it?")
    assert answer.kind == "answer" and answer.citations
