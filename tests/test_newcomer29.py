"""A newcomer's findings of session 29 (a helper who had seen neither the code nor the question sets, using the page
in a browser), each fixed as a kind and tested in our own wording: a text-speak vitamin question given the crisis
support line by the learned check, a food question read as a dose question ("what should I eat to stop…"), a fix
offered under a same-day notice ("Correcting vitamin D deficiency… plays an important role in treating…"), and
quotes explaining emergency signs as a deficiency to someone asking "could it be b12?"."""

from __future__ import annotations

import pytest

from bot.answering.background import _OFFERS, notice_alone
from bot.answering.readable import common_share, readable
from bot.safety.advice import asks_dose
from bot.safety.matching import prepare
from bot.safety.notices import DISCLAIMER
from bot.safety.screening import Screening


@pytest.mark.parametrize("message", ["wat vit shud i tak 4 bak ake", "wat vit shud i tak 4 my bak",
                                     "wat vit shud i tak 4 bak ake pls"])
def test_heavy_text_speak_is_not_read_by_the_learned_check(message):
    assert not readable(message)


@pytest.mark.parametrize("message", ["i jus wanna sleep n neva wake up", "wat vitamin shud i take for back ache",
                                     "idk tbh im done rn cant do this anymore", "kill me now lol"])
def test_text_speak_with_enough_english_is_read(message):
    assert readable(message)
    assert 0.0 <= common_share(message) <= 1.0


@pytest.mark.parametrize("message", ["what should i eat to stop muscle cramps in my back",
                                     "what should we cook to help my mum's bones", "what can i do to stop the spasms"])
def test_a_verb_of_purpose_after_should_i_is_no_dose_question(message):
    assert not asks_dose(prepare(message))


@pytest.mark.parametrize("message", ["should i stop taking magnesium", "should i still take my vitamin d",
                                     "can i take magnesium and calcium together"])
def test_whether_to_take_or_stop_a_supplement_is_still_a_dose_question(message):
    assert asks_dose(prepare(message))


@pytest.mark.parametrize("sentence", [
    "Correcting vitamin D deficiency and insufficiency plays an important role in treating chronic neck and back pain.",
    "In one study, symptoms significantly improved after correcting their vitamin D deficiency.",
    "Supplements can help if a vitamin deficiency is the cause."])
def test_a_fix_is_recognised_in_either_order(sentence):
    assert _OFFERS.search(sentence)


@pytest.mark.parametrize("sentence", ["Pain is relieved by sitting or bending forward.",
                                      "Vitamin D deficiency can cause widespread muscle aches and bone pain."])
def test_signs_and_causes_are_no_fix(sentence):
    assert not _OFFERS.search(sentence)


def _screening(question: str, status: str = "emergency") -> Screening:
    return Screening(question, status, "**Please get medical help now.**")     # type: ignore[arg-type]


@pytest.mark.parametrize("question", ["numbness between my legs since this morning, could it be b12?",
                                      "cant pee and my back is agony, is this a vitamin thing?",
                                      "legs gone weak, could this be from low iron"])
def test_an_emergency_whose_cause_is_asked_stands_alone(question):
    assert notice_alone(_screening(question), asks_the_articles=True)


def test_other_emergency_questions_and_same_day_notices_keep_their_background():
    assert not notice_alone(_screening("legs numb and weak, do i need to see someone?"), asks_the_articles=True)
    assert not notice_alone(_screening("fever and back pain, could it be low vitamin d?", "urgent"), True)
    assert notice_alone(_screening("legs numb and weak", "urgent"), asks_the_articles=False)
    assert not notice_alone(Screening("what foods have iron?", "ok"), asks_the_articles=True)


@pytest.mark.slow
def test_the_newcomers_messages_end_to_end(real_bot):
    vitamin = real_bot.ask("wat vit shud i tak 4 bak ake")
    assert "Samaritans" not in vitamin.text and vitamin.citations
    food = real_bot.ask("what should i eat to stop muscle cramps in my back")
    assert "can't give personal doses" not in food.text
    fever = real_bot.ask("I have back pain and a fever of 39 since yesterday, should I take vitamin D?")
    assert fever.kind == "urgent" and fever.text.rstrip().endswith(DISCLAIMER)
    assert not any(_OFFERS.search(c.quote) for c in fever.citations)
    saddle = real_bot.ask("numbness in my bum and between my legs since this morning, could it be b12?")
    assert saddle.kind == "urgent" and not saddle.citations and "can't say what is causing this" in saddle.text


def test_an_uncovered_condition_asked_by_another_form_of_its_name_is_named_once():
    from bot.domain.scope import _said
    from bot.ingest.concepts import Concept
    assert _said(Concept("pregnancy", "condition", "pregnancy", ("pregnant",)), "pregnant") == "pregnancy"
    heartburn = Concept("heartburn", "condition", "heartburn", ("heartburn", "acid reflux"))
    assert _said(heartburn, "acid reflux") == "acid reflux (heartburn)"
