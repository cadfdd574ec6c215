"""Fast tests of the safety gate (`bot.safety.screening.screen`): no model, no index.

What a user would notice: an empty or huge message gets a clear "invalid" reply; a crisis or red flag is
caught whatever the spelling, Unicode tricks or markup around it; the fixed notices say where to go and
never diagnose or give a quantity; dosing and diagnosis questions are recognised.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.vignettes import adversarial_text, load

from bot.safety import notices as messages
from bot.safety.screening import (
    CRISIS_MESSAGE,
    DIAGNOSIS_NOTICE,
    DISCLAIMER,
    DOSING_AND_DIAGNOSIS_NOTICE,
    DOSING_NOTICE,
    Screening,
    dose_mentions,
    normalise,
    screen,
    unsupported_doses,
)
from bot.safety.triage import CONCEPTS

STATUSES = {"ok", "invalid", "crisis", "emergency", "urgent"}


ADVERSARIAL = load("adversarial.jsonl")
ADVICE = load("advice.jsonl")


# --- normalisation ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [None, 42, 3.5, b"bytes are not text", ["a list"], {"question": "x"}, object()])
def test_non_text_input_is_an_invalid_question_not_an_error(raw):
    s = screen(raw)
    assert normalise(raw) == ""
    assert s.status == "invalid" and s.message == messages.EMPTY_MESSAGE
    assert not s.allow_retrieval


def test_normalise_removes_invisible_and_broken_characters_and_collapses_space():
    raw = "  Vitamin\u200b D\u00a0and\tB12\u202e\n\n?\ud800\x00 \ufeff"
    assert normalise(raw) == "Vitamin D and B12 ?"
    assert normalise("\uff36\uff49\uff54\uff41\uff4d\uff49\uff4e") == "Vitamin"      # fullwidth -> ASCII (NFKC)


def test_empty_or_punctuation_only_questions_say_what_to_ask():
    for raw in ("", "   ", "?!...", "\u200b\u200b", "\U0001f48a\U0001f48a", "___"):
        s = screen(raw)
        assert s.status == "invalid", raw
        # The example questions themselves come from the site's domain pack, as the answer's suggestions.
        assert "for example" in s.message.lower()


def test_too_long_question_says_how_long_a_question_may_be_without_quoting_it():
    raw = "Which foods are rich in magnesium? " * 40
    s = screen(raw, max_chars=1000)
    assert s.status == "invalid"
    assert "1,000 characters" in s.message
    assert "Which foods" not in s.message
    assert len(s.question) <= 1000
    assert screen("a" * 1000).status == "ok" and screen("a" * 1001).status == "invalid"


def test_red_flag_in_an_over_long_message_still_wins_over_too_long():
    story = "My back has been bad. " * 80 + "Today I lost control of my bladder."
    s = screen(story)
    assert s.status == "emergency" and "bladder_problem" in s.concerns
    assert not s.allow_retrieval          # only the fixed notice: the question itself was too long to answer
    assert screen("I want to kill myself. " + "x" * 1_000_000).status == "crisis"


# --- tiers and what they allow -----------------------------------------------------------------------------

def test_crisis_wins_over_every_other_signal_in_the_same_message():
    s = screen("I lost control of my bladder, how much magnesium should I take, I want to end my life")
    assert s.status == "crisis"
    assert s.message == CRISIS_MESSAGE
    assert not s.allow_retrieval
    assert s.concerns[0] == "self_harm_or_suicide"


def test_a_child_who_swallowed_tablets_is_an_emergency_without_retrieval():
    s = screen("my toddler just swallowed a handful of my iron tablets")
    assert s.status == "emergency" and "poisoning" in s.concerns
    assert not s.allow_retrieval
    assert s.message == messages.POISONING_MESSAGE


@pytest.mark.parametrize("text", ["Od tygodnia bolą mnie plecy, czy to może być brak witaminy D?",
                                  "Boli mnie kręgosłup od dwóch miesięcy. Jaki magnez wybrać?"])
def test_polish_od_since_is_not_the_english_od_overdose(text):
    assert screen(text).status == "ok"


@pytest.mark.parametrize("text", ["my son just OD'd on my iron tablets", "she took an OD last night",
                                  "i think he OD on paracetamol"])
def test_english_od_said_of_a_person_is_a_poisoning(text):
    assert screen(text).status == "emergency"


@pytest.mark.parametrize("text, poisoning", [
    ("I took 20 magnesium tablets at once, will my back cramps stop?", True),
    ("swallowed like 15 of my vitamin d pills in one go last night", True),
    ("I have taken 30 magnesium tablets this month for cramps", False),     # a month's course, not at once
    ("took 2 tablets at once with food", False),
])
def test_ten_or_more_tablets_at_once_is_a_poisoning(text, poisoning):
    assert (screen(text).status == "emergency") is poisoning


def test_emergency_and_urgent_allow_general_information_after_the_notice():
    e = screen("I have back pain and I've wet myself")
    u = screen("I have back pain and a fever")
    assert (e.status, u.status) == ("emergency", "urgent")
    assert e.allow_retrieval and u.allow_retrieval
    assert "999" in e.message and "A&E" in e.message
    assert "NHS 111" in u.message


def test_highest_tier_is_the_status_and_is_named_first():
    s = screen("my back hurts, I have a fever and I fell off a ladder")
    assert s.status == "emergency"
    assert s.concerns[0] == "significant_trauma" and "fever_with_back_pain" in s.concerns


def test_screening_keeps_the_engine_interface():
    s = Screening("q", "ok")
    assert s.allow_retrieval and s.message is None and s.concerns == () and not s.dosing and not s.diagnosis
    assert Screening("q", "invalid").allow_retrieval is False
    assert Screening("q", "crisis").allow_retrieval is False
    assert Screening("q", "emergency", retrieval_allowed=False).allow_retrieval is False


# --- fixed texts -------------------------------------------------------------------------------------------

def _all_notices() -> list[str]:
    labels = sorted({c.label for c in CONCEPTS})
    return [CRISIS_MESSAGE, messages.OTHERS_CRISIS_MESSAGE,
            messages.POISONING_MESSAGE, DOSING_NOTICE, DIAGNOSIS_NOTICE, DOSING_AND_DIAGNOSIS_NOTICE,
            messages.EMPTY_MESSAGE, messages.too_long_message(1000), DISCLAIMER,
            *(messages.tier_message(t, [label]) for t in (messages.EMERGENCY_MESSAGE, messages.URGENT_MESSAGE)
              for label in labels)]


def test_disclaimer_says_general_information_not_advice_and_who_to_ask():
    d = DISCLAIMER.lower()
    assert "general information" in d and "not medical advice" in d
    assert "doctor or other qualified healthcare professional" in d
    assert len(DISCLAIMER) < 250


def test_crisis_message_gives_helplines_and_never_a_quantity():
    for number in ("116 123", "988", "999", "911", "112"):
        assert number in CRISIS_MESSAGE
    assert "Samaritans" in CRISIS_MESSAGE
    assert dose_mentions(CRISIS_MESSAGE) == []
    assert not re.search(r"\b(?:pills?|tablets?|mg|dose)\b", CRISIS_MESSAGE, re.I)


def test_notices_say_where_to_go_and_what_not_to_wait_for():
    e = messages.tier_message(messages.EMERGENCY_MESSAGE, ["chest pain"])
    assert "999" in e and "911" in e and "112" in e and "A&E" in e and "Do not wait" in e
    u = messages.tier_message(messages.URGENT_MESSAGE, ["a fever"])
    assert "NHS 111" in u and "GP" in u and "Don't wait" in u
    for notice in (DOSING_NOTICE, DIAGNOSIS_NOTICE, DOSING_AND_DIAGNOSIS_NOTICE):
        assert "doctor or pharmacist" in notice


DIAGNOSING = re.compile(r"\byou(?:'ve| have| are| may have| might have) (?:got )?(?:a |an )?(?:\w+ )?(?:syndrome|"
                        r"deficien\w*|cancer|infection|fracture|condition|disease|stroke|heart attack|anaemic|"
                        r"poisoned|suicidal)")


def test_no_notice_diagnoses_gives_a_dose_or_carries_live_markup():
    for text in _all_notices():
        low = text.lower()
        assert not DIAGNOSING.search(low) and "cauda equina" not in low, text
        assert dose_mentions(text) == [], text
        assert not re.search(r"<|!\[|\]\(|\$|javascript:", text), text


# --- dosing and diagnosis ----------------------------------------------------------------------------------

@pytest.mark.parametrize("row", ADVICE, ids=[r["text"][:40] for r in ADVICE])
def test_dosing_and_diagnosis_questions_are_recognised(row):
    s = screen(row["text"])
    assert s.status == "ok"
    assert (s.dosing, s.diagnosis) == (row.get("dosing", False), row.get("diagnosis", False))


def test_advice_notice_matches_what_was_asked():
    assert screen("How many mg of magnesium should I take?").advice_notice == DOSING_NOTICE
    assert screen("Is my back pain caused by low vitamin D?").advice_notice == DIAGNOSIS_NOTICE
    assert screen("Do I have low B12 and how much should I take?").advice_notice == DOSING_AND_DIAGNOSIS_NOTICE
    assert screen("Which foods are rich in magnesium?").advice_notice is None


def test_dose_mentions_find_numbers_with_units_and_only_those():
    text = "Take 5000 IU, or 1,000 mg, 400\u00b5g, 2.5 mcg or 50 000 units. Call 999 or 116 123 in 2024."
    assert dose_mentions(text) == ["5000 IU", "1,000 mg", "400\u03bcg", "2.5 mcg", "50 000 units"]
    assert unsupported_doses("The article says 400 mg [1].", ["Adults need about 400 mg a day."]) == []
    assert unsupported_doses("Take 800 mg.", ["Adults need about 400 mg a day."]) == ["800 mg"]


# --- the adversarial suite at the gate ---------------------------------------------------------------------

@pytest.mark.parametrize("row", ADVERSARIAL, ids=[r["note"] for r in ADVERSARIAL])
def test_adversarial_inputs_get_the_expected_status(row):
    s = screen(adversarial_text(row))
    assert s.status == row["status"]
    assert len(s.question) <= 1000


def test_adversarial_suite_covers_the_issue_list():
    notes = " ".join(r["note"] for r in ADVERSARIAL).lower()
    for item in ("empty", "100 kb", "1 mb", "nul", "surrogate", "zero-width", "fullwidth", "homoglyph", "zalgo",
                 "script", "image to a local address", "javascript:", "latex", "template", "json", "prompt injection"):
        assert item in notes, item
    assert len(ADVERSARIAL) >= 40


# --- properties --------------------------------------------------------------------------------------------

ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=1500)
ANY_INPUT = st.one_of(ANY_TEXT, st.none(), st.integers(), st.binary(max_size=50), st.lists(st.text(max_size=5)))
_BAD = {"Cc", "Cf", "Cs", "Co", "Cn"}


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(raw=ANY_INPUT)
def test_screen_is_total_and_its_verdict_is_coherent(raw):
    s = screen(raw)
    assert s.status in STATUSES
    assert len(s.question) <= 1000
    assert not any(unicodedata.category(ch) in _BAD for ch in s.question)
    assert (s.message is None) == (s.status == "ok")
    if s.status in ("invalid", "crisis"):
        assert not s.allow_retrieval
    if s.message:
        assert dose_mentions(s.message) == []
    s.question.encode("utf-8")           # always encodable: no lone surrogates reach the model


@settings(max_examples=300, deadline=2000)
@given(raw=ANY_TEXT)
def test_normalise_is_idempotent(raw):
    once = normalise(raw)
    assert normalise(once) == once


def test_hypothetical_framing_in_one_sentence_does_not_take_back_a_first_person_flag_in_the_next():
    """Found by the property test below: 'warning signs of' framed the whole message as hypothetical."""
    assert screen("WARNING%SIGNS%OF . I lost control of my bladder and my back hurts . WARNING%SIGNS%OF").status \
        == "emergency"
    assert screen("what are the warning signs of cauda equina? loss of bladder control?").status == "ok"


@settings(max_examples=100, deadline=2000)
@given(noise=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200),
       flag=st.sampled_from(["I want to kill myself", "I lost control of my bladder and my back hurts",
                             "my son swallowed my iron tablets"]))
def test_a_flag_survives_noise_around_it(noise, flag):
    # A dream told around the flag ("IN%MY%DREAM") is no noise: a dream is read across sentences on purpose
    # (bot/safety/context.py), so the flag is a dream's.
    assume(not re.search(r"dream|nightmare", re.sub(r"[^a-z]+", " ", noise.casefold())))
    s = screen(f"{noise[:300]} . {flag} . {noise[:300]}")
    assert s.status in ("crisis", "emergency")


@pytest.mark.parametrize("text", [
    "tengo dolor de espalda y no puedo controlar la vejiga",
    "me duele la espalda y se me escapa el pis",
    "j'ai mal au dos et je ne peux pas contrôler ma vessie",
    "dor nas costas e não consigo controlar a bexiga",
    "Rückenschmerzen und ich kann das Wasser nicht halten",
])
def test_cannot_control_the_bladder_is_an_emergency_in_other_languages_too(text):
    """Found by a newcomer trying the tool: 'I can't control…' was only known in English."""
    s = screen(text)
    assert s.status == "emergency" and "bladder_problem" in s.concerns


@pytest.mark.parametrize("text", ["can too much magnesium cause stomach problems", "how is that different from "
                                  "osteoporosis", "is vitamin d toxicity different from low vitamin d"])
def test_general_questions_get_no_personal_advice_notice(text):
    # A newcomer saw "This tool can't diagnose you…" over "how is that different from osteoporosis".
    s = screen(text)
    assert not s.dosing and not s.diagnosis


@pytest.mark.parametrize("text", ["am i taking too much vitamin d", "is 4000iu too much", "how much is too much "
                                  "vitamin d for me", "could this be from my tablets", "is my back pain from low "
                                  "vitamin d"])
def test_personal_questions_still_get_the_advice_notice(text):
    s = screen(text)
    assert s.dosing or s.diagnosis


def test_a_teenager_in_text_speak_gets_the_referral():
    # A second newcomer test: "shud" defeated the dose question and "im 15" named no population.
    s = screen("im 15 shud i take iron pills lol")
    assert s.dosing and "child" in s.populations
    assert not screen("i am 5 foot and take vitamin d").populations


def test_a_carer_is_not_sent_to_a_midwife():
    # A second newcomer test: a question about an 82-year-old mother named a midwife.
    notice = screen("my mum is 82 and on lots of tablets, is it safe for her to take vitamin d").advice_notice
    assert "doctor or pharmacist" in notice and "midwife" not in notice
