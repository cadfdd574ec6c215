""""When should I get my back seen?" is answered by sentences that say *when*: a referral to a doctor together with
the condition under which it applies, not a bare "consult a doctor" (bot.domain.question_kinds, the doctor cue).

Measured in session 18 (docs/EVALUATION.md): on the read question sets these questions cited the writers' sentence
5 of 19 times before, 12 of 19 after; on fourteen unread held-out batches cite 519 → 525 of 644, no batch lower."""

from __future__ import annotations

import re

import pytest

from bot.domain.intent import _cue
from bot.domain.question_kinds import classify_intent

WHEN_SEEN = ("at what point should i stop waiting and get my back looked at",
             "when should I see a doctor about my back pain?",
             "is it worth going to the gp about my back",
             "when do i need to worry about back pain",
             "how long should i wait before seeing a doctor",
             "does this need a doctor",
             "do i need to go to hospital for this",
             "how do i know if my back pain is serious")
NOT_WHEN_SEEN = ("what foods have vitamin d", "do i need to take vitamin d every day", "does low b12 need injections")
SAYS_WHEN = ("See your doctor if the pain lasts more than a few weeks.",
             "Persistent pain warrants a medical evaluation, especially if it is accompanied by numbness.",
             "Seek medical attention when the weakness gets worse.")
BARE = ("Consult a doctor for an accurate diagnosis.",
        "A healthcare provider can order blood tests.",
        "Back pain is common and has many causes.")


@pytest.mark.parametrize("question", WHEN_SEEN)
def test_lay_ways_of_asking_when_to_be_seen_are_doctor_questions(question):
    assert classify_intent(question) == "doctor"


@pytest.mark.parametrize("question", NOT_WHEN_SEEN)
def test_needing_a_supplement_or_a_food_is_not_asking_when_to_be_seen(question):
    assert classify_intent(question) != "doctor"


@pytest.mark.parametrize("sentence", SAYS_WHEN)
def test_a_referral_with_its_condition_carries_the_doctor_cue(sentence):
    assert _cue("doctor", "").search(sentence.casefold())


@pytest.mark.parametrize("sentence", BARE)
def test_a_bare_referral_or_an_unrelated_sentence_does_not(sentence):
    assert not _cue("doctor", "").search(sentence.casefold())


@pytest.mark.slow
@pytest.mark.parametrize("question", ("at what point should i actually go see someone about my back",
                                      "my back hurts for weeks now, when do i need to get it checked"))
def test_the_real_answer_opens_its_quotes_with_when_to_be_seen(real_bot, question):
    first = real_bot.ask(question).citations[0].quote.casefold()
    assert re.search(r"\b(?:doctor|medical|consult\w*|healthcare)\b", first), first
    assert re.search(r"\b(?:if|when|especially|persistent|unless)\b", first), first


@pytest.mark.slow
@pytest.mark.parametrize("question", ("at what point do i need a gp for this",
                                      "do i need to see someone or will it go away on its own",
                                      "should i get it looked at?"))
def test_a_when_to_be_seen_question_naming_no_body_part_gets_the_guidance_and_the_articles(real_bot, question):
    """On this back-pain site these are about back pain: the tool's guidance, then what the articles say (a newcomer
    got the guidance followed by "I couldn't find an answer", or no guidance at all, session 18)."""
    answer = real_bot.ask(question)
    assert answer.kind == "answer" and answer.citations
    assert "When to get help for back pain" in answer.text


def test_the_guidance_makes_a_bare_question_about_back_pain_and_leaves_others_alone():
    from bot.safety.guidance import SEE_DOCTOR_GUIDANCE, about_back_pain

    assert about_back_pain("at what point do i need a gp for this", (SEE_DOCTOR_GUIDANCE,)).endswith("(back pain)")
    assert about_back_pain("when should i see a gp about my back", (SEE_DOCTOR_GUIDANCE,)).endswith("my back")
    assert about_back_pain("at what point do i need a gp for this", ()) == "at what point do i need a gp for this"


def test_a_back_pain_emergency_named_in_a_general_question_gets_the_guidance():
    from bot.safety.guidance import asks_when_to_see_doctor
    from bot.safety.matching import prepare

    assert asks_when_to_see_doctor(prepare("could cauda equina be caused by a vitamin deficiency"), back_site=True)
