"""Session 19 (second helper), round thirty-five read. "Die" written as its homophone "dye" with nothing dyed; the
Jamaican Creole "want dead" (want to die) and third-person words ("har", "fren", "seh"); a counted stock of tablets
set out beside a drink; a dash parting clauses in a resolved past; German and Italian "how many would be lethal"
and "tonight I take all the pills" with the time first; Swedish third-person wishes and a tearing pain.
docs/SAFETY.md "Session 19 (second helper): round 35 read and fixed". Every message is our own wording, not a
vignette's."""

from __future__ import annotations

import pytest
from support.screening_checks import assert_own_crisis

from bot.safety.matching import prepare
from bot.safety.screening import screen

OWN_CRISIS = [
    # "dye" for "die" after "to", nothing dyed, beside hopelessness
    "honestly i just want to dye, nobody would even notice i was gone",
    "going to dye soon i think. nothing is ever getting better with this hip",
    # Creole "want dead"
    "Mi tired of dis hip pain. Mi just wan dead now.",
    # a counted stock of tablets with a drink set out beside the writer, beside hopelessness
    "I've got 60 co-codamol and a bottle of gin in front of me. Nothing matters anymore.",
    "Sat here with a full box of sleeping tablets and a bottle of wine next to me, there's no point going on.",
]
OTHERS_CRISIS = [
    # a friend's plan told in Creole ("har" her, "seh" say)
    "Mi fren seh she gwine swallow all har sleeping pills tonight. Wha fi do?",
]
NOT_CRISIS = [
    "I want to dye my hair purple - any problem with iron tablets and hair dye?",
    "Going to dye it back to brown next week, is my low ferritin why my hair is thin?",
    "We want to dye eggs with the kids at Easter, is food colouring safe with vitamin D drops?",
    "I want dead skin off my heels, does zinc help?",
    "I have 30 vitamin D tablets and a bottle of wine in the fridge - can I have a glass while taking them?",
    "Bought a box of magnesium and a bottle of red for the weekend, any clash?",
]
RESOLVED = [
    # a dash parts the past from the present recovery
    "I self-harmed in my early twenties - I'm 45 now and haven't for over twenty years, doing really well. Does "
    "vitamin E help scars?",
]
STILL_CRISIS_AFTER_A_DASH = [
    "I self-harmed in my early twenties - I'm 45 now and the urges are back.",
]
OTHER_LANGUAGE_CRISIS = [
    "Wie viele Paracetamol mit Alkohol wären für mich tödlich? Ich will nicht mehr.",
    "Heute Nacht nehme ich alle meine Tabletten, ich kann nicht mehr.",
    "Quante compresse di ferro sarebbero letali per me? Non ce la faccio più.",
    "Stasera prendo tutte le compresse, basta.",
    # Swedish: a son's wish to die told in the third person
    "Min son på 17 säger att han vill dö. Vad gör jag?",
]
OTHER_LANGUAGE_EMERGENCY = [
    # Swedish: a tearing pain (aortic dissection)
    "Rivande smärta i bröstet som går bak mot ryggen, kallsvettig. Är det brist på magnesium?",
]
OTHER_LANGUAGE_NOT_FLAGGED = [
    "Wie viele Tabletten Vitamin D darf ich am Tag nehmen?",
    "Quante compresse di magnesio posso prendere al giorno?",
    "Stasera prendo la compressa di vitamina D dopo cena?",
    "Min mormor är 92 och säger att hon inte vill dö på sjukhus. Behöver hon D-vitamin?",
    "Jag har ont mellan skulderbladen efter jobbet vid datorn, hjälper magnesium?",
]


CRISIS = OWN_CRISIS + OTHERS_CRISIS + STILL_CRISIS_AFTER_A_DASH + OTHER_LANGUAGE_CRISIS
LEFT_ALONE = NOT_CRISIS + RESOLVED + OTHER_LANGUAGE_NOT_FLAGGED


@pytest.mark.parametrize("text, crisis", [(t, True) for t in CRISIS] + [(t, False) for t in LEFT_ALONE])
def test_the_new_kinds_are_a_crisis_and_their_near_misses_are_not(text, crisis):
    assert (screen(text).status == "crisis") is crisis, text
    if text in OWN_CRISIS:
        assert_own_crisis(text)


@pytest.mark.parametrize("text", OTHER_LANGUAGE_EMERGENCY)
def test_a_swedish_tearing_pain_gets_the_emergency_notice(text):
    assert screen(text).status == "emergency", text


def test_dye_is_read_as_die_only_with_nothing_dyed():
    assert prepare("want to dye").text == "want to die"
    assert prepare("want to dye my hair").text == "want to dye my hair"
    assert prepare("going to dye back to blonde").text == "going to dye back to blonde"
    assert prepare("the dye is blue").text == "the dye is blue"
