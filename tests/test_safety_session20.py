"""Session 20, round thirty-six read. "Dye" for "die" ending a sentence; a height told as a numbered storey with the
place described at length; a lethal outcome hoped for from what one takes; the pain or time of dying asked about a
large amount taken at once; someone's message reporting an overdose then silence (English, and de nl es pt fr pl);
Polish tablets set aside with a time to take them; and the near misses: a recovery "for nearly a decade", saddle
numbness that "went within an hour", rigors long cleared, shivering from the cold. docs/SAFETY.md "Session 20: round
36 read and fixed". Every message is our own wording, not a vignette's."""

from __future__ import annotations

import pytest
from support.screening_checks import assert_own_crisis

from bot.safety import notices
from bot.safety.matching import prepare
from bot.safety.screening import screen

OWN_CRISIS = [
    # "dye" for "die" with a full stop straight after it
    "honestly i want to dye. nothing helps the sciatica and i'm so tired of everyone",
    # a numbered storey, the place told at length
    "Most nights I lean out of the kitchen window of our flat on the 25th floor and think about jumping.",
    # a lethal outcome hoped for
    "I've been taking three times the iron dose hoping it kills me. Is that how it works?",
    "Swallowed extra magnesium on purpose in the hope it would stop my heart, nothing yet.",
    # the pain or the time of dying, asked about a large amount at once with its lethal effect
    "If someone took a whole bottle of paracetamol, how long would it take to die and would it hurt? Asking for no "
    "reason.",
]
OTHERS_CRISIS = [
    "My flatmate messaged me that she has swallowed a whole packet of co-codamol and now she is not picking up.",
    "Got a text from my brother: he took all his sleeping pills, love you all. He is not replying.",
]
OTHER_LANGUAGE_CRISIS = [
    "Mein Bruder hat mir geschrieben, dass er alle seine Tabletten geschluckt hat. Er antwortet nicht.",
    "Mijn zus appte dat ze al haar slaappillen heeft ingenomen en reageert niet meer.",
    "Mi amigo me escribió que se tomó todas las pastillas de su madre y ya no contesta.",
    "Meu filho me mandou mensagem que tomou todos os remédios da avó e não atende o telefone.",
    "Mon fils m'a envoyé un texto qu'il a avalé toutes ses pilules et il ne répond plus.",
    "Brat napisał mi, że połknął wszystkie leki nasenne. Nie odbiera telefonu.",
    "Mam schowane wszystkie leki od tygodni. Jutro w nocy je połknę.",
]
NOT_CRISIS = [
    "I'd love to dye my hair blue. Does it matter if I'm taking iron?",
    "Took paracetamol and ibuprofen hoping it kills the pain in my lower back, how long between doses?",
    "I take magnesium at night hoping it stops my heart racing, is 300mg fine?",
    "Is it ok to take all my vitamins at once in the morning? How long does it take for them to absorb?",
    "Working on the 18th floor and I sit by the window thinking about jumping ship to another company.",
    "Mi madre me escribió que se tomó todas las pastillas de hoy. ¿Puede añadir magnesio?",
    "Mam odłożone tabletki na ból pleców, dziś wieczorem wezmę jedną.",
]
RESOLVED_SELF_HARM = [
    "Back at uni I self-harmed for a while, but I've been well for over a decade now. Which foods have B12?",
]
NOT_URGENT = [
    "My bottom went numb on a long spin class once but it went within minutes of getting off. Any link with low B12?",
    "I had rigours with a chest infection three years ago, long cleared. My back's just stiff from gardening now.",
    "I was shivering on the sidelines in the freezing rain at my son's match and my back seized up. Heat pack?",
]
STILL_URGENT = [
    # shivering with a temperature, or saddle numbness gone and then back today, keep the flag
    "Shivering after standing in the cold, and now a temperature of 39 and bad back pain.",
    "My bum went numb on the bike, it went within an hour but it came back today and my back hurts.",
    "Been having rigors and bad back pain since yesterday.",
]


@pytest.mark.parametrize("text, crisis", [(t, True) for t in OWN_CRISIS + OTHERS_CRISIS + OTHER_LANGUAGE_CRISIS]
                         + [(t, False) for t in NOT_CRISIS + RESOLVED_SELF_HARM])
def test_the_new_kinds_are_a_crisis_and_their_near_misses_are_not(text, crisis):
    assert (screen(text).status == "crisis") is crisis, text
    if text in OWN_CRISIS:
        assert_own_crisis(text)
    if text in OTHERS_CRISIS:   # worded for helping them: their crisis, or the overdose they have taken
        assert screen(text).message in (notices.OTHERS_CRISIS_MESSAGE, notices.OTHERS_OVERDOSE_MESSAGE), text


@pytest.mark.parametrize("text", RESOLVED_SELF_HARM)
def test_a_long_recovery_keeps_the_support_line(text):
    s = screen(text)
    assert s.support_check and notices.SUPPORT_CHECK in (s.notices[0] if s.notices else ""), text


@pytest.mark.parametrize("text, urgent", [(t, False) for t in NOT_URGENT] + [(t, True) for t in STILL_URGENT])
def test_a_passing_or_explained_symptom_is_no_alarm_but_an_ongoing_one_is(text, urgent):
    assert (screen(text).status in ("emergency", "urgent")) is urgent, text


def test_dye_before_a_full_stop_is_read_as_die():
    assert prepare("i want to dye. my back").text == "i want to die my back"
    assert prepare("want to dye my hair. ok").text == "want to dye my hair ok"


# A newcomer: "tengo dolor de espalda y no siento nada entre las piernas" got no urgent notice. "Between the legs" is
# how people place saddle numbness (NHS: "numbness around your bottom or genitals"); German and Italian had it.
@pytest.mark.parametrize("text", ["me duele mucho la espalda y ya no siento nada entre las piernas",
                                  "j ai mal au dos depuis hier et je ne sens rien entre les jambes",
                                  "dor nas costas e agora não sinto nada entre as pernas",
                                  "od rana boli mnie plecy i nic nie czuję między nogami"])
def test_numbness_between_the_legs_is_a_red_flag_in_other_languages(text):
    found = screen(text)
    assert found.status == "emergency" and "saddle_numbness" in found.concerns


@pytest.mark.parametrize("text", ["tengo un calambre entre las piernas cuando corro",
                                  "j ai mal au dos et je ne sens rien de spécial, juste de la fatigue"])
def test_between_the_legs_or_feeling_nothing_alone_is_no_red_flag(text):
    assert screen(text).status != "emergency"
