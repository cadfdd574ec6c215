"""Round twenty's mechanisms (docs/SAFETY.md "Round twenty: fixes by kind"), each tested in our own wording, with
the near misses each must leave alone. None of these sentences is a vignette of any round."""

from __future__ import annotations

import pytest

from bot.safety.crisis_cues import strip_idioms
from bot.safety.matching import prepare
from bot.safety.screening import screen


def status(text: str) -> str:
    return screen(text).status


@pytest.mark.parametrize("text", [
    # A first person with a future, a wish or a decision, then an ending (C-SSRS 2-4).
    "honestly I think I'll end it this weekend, I'm so tired of the sciatica",
    "some days I reckon I'd just disappear for good and nobody would notice",
    "i might as well jump off the top of the multi storey after work",
    # A burden told as a comparison (988 Lifeline; Van Orden et al. 2010).
    "my husband would honestly be better off without having to push my wheelchair",
    "the grandkids would be happier if I wasn't around any more",
    "my daughter would be better off with a different mother, one who isn't in pain all day",
    # A passive wish through waking, or an image of oneself dead (C-SSRS 1).
    "most days I'm gutted that I still wake up at all",
    "I've started imagining myself in a coffin and it feels calm",
    # A reunion with someone who has died, with the death in the message.
    "since my wife died in the spring I just want to go and be with her again",
    # A lethality question told as a condition.
    "if someone swallowed the whole tub of magnesium and the codeine would they just not wake up",
    # A day decided, with affairs put in order.
    "I've decided Friday is the day. I've rehomed the cat and paid off what I owe.",
    # Self-poisoning told in the past, a number no dose reaches (NICE NG225).
    "I took about 40 co-codamol twenty minutes ago and I feel weird",
])
def test_crisis_told_in_the_writers_own_grammar_gets_the_crisis_text(text):
    assert status(text) == "crisis"


@pytest.mark.parametrize("text", [
    "I'll end it with my personal trainer, he keeps making my back worse",
    "my kids would be better off without so much sugar in the house",
    "she'd be happier with a different dad for the school run",
    "I was gutted I woke up so late and missed the physio",
    "I can picture myself dead tired after moving house on Saturday",
    "I want to be with her at the hospital tomorrow, she lost her dog last week",
    "if you take all of them with food do the iron tablets work better?",
    "I decided Sunday is the day I start the gym again",
    "I've taken 30 iron tablets this month, is that a normal course?",
    "we took 12 tablets between us over two weeks on holiday",
    "jumped off the sofa and my back twinged",
])
def test_the_same_words_in_ordinary_use_get_no_crisis_text(text):
    assert status(text) != "crisis"


@pytest.mark.parametrize("text", [
    "¿Se puede morir si uno se toma todo el bote de pastillas de hierro?",
    "Kann man sterben, wenn man die ganze Packung Magnesium nimmt?",
    "Si può morire se si prende tutta la scatola di vitamina D?",
    "Quantas cápsulas seriam precisas para não acordar?",
    "Ich frage mich, wie viele Tabletten man braucht, damit man nicht mehr aufwacht.",
    "Mi taglio i polsi quando il dolore non passa.",
])
def test_the_lethality_question_and_reflexive_self_harm_in_other_languages(text):
    assert status(text) == "crisis"


def test_an_italian_back_injury_in_the_perfect_is_not_self_harm():
    assert status("Mi sono fatto male alla schiena sollevando una cassa, aiuta il magnesio?") != "crisis"


def test_a_child_who_ate_tablets_in_russian_is_a_poisoning():
    s = screen("Моя дочь проглотила витамины, может штук пять")
    assert s.status == "emergency" and "poisoning" in s.concerns


@pytest.mark.parametrize("text, concern", [
    # A jolt with no fall, with fragile bones or then unable to stand (NICE CKS "Back pain - low").
    ("My dad is 81 with osteoporosis and he sat down heavily on the step, now his back is agony",
     "significant_trauma"),
    ("Gran plonked down hard on the bench this morning and now she can't get up", "significant_trauma"),
    # Pain travelling down both legs (NHS "Back pain": both legs is a 999 sign).
    ("my back went on Monday and the pain is now shooting into both of my thighs", "leg_weakness_or_numbness"),
    # No urge to pass water told with a negated verb (the negation is part of the sign).
    ("back pain since the weekend and I haven't had any urge to pee all day", "bladder_problem"),
])
def test_back_pain_emergencies_told_in_everyday_grammar(text, concern):
    s = screen(text)
    assert s.status == "emergency" and concern in s.concerns


@pytest.mark.parametrize("text", [
    "the referee came down hard on me for a late tackle",
    "I haven't felt the need to rush to the gym this week, does magnesium help motivation?",
])
def test_those_words_without_the_sign_raise_no_alarm(text):
    assert status(text) not in ("emergency", "urgent")


@pytest.mark.parametrize("text", [
    # An injury told with its end in days (resolved.py).
    "Tripped over the rug in March and landed on my bottom, fine within a few days. Does calcium help bones?",
    # Heaviness explained by an effort the day before (delayed-onset muscle soreness).
    "Both legs are sore and heavy after a 20k run yesterday, should I take magnesium?",
    # One skipped beat that never came back.
    "My heart skipped a beat once at the cinema last month and it hasn't happened again since. Is magnesium good "
    "for the heart in general?",
    # The back said to be fine: the safety net for back pain with a pelvic word has nothing to net.
    "Bit of bladder leakage when I sneeze since having my son, my back is totally fine. Can vitamin D help?",
    # A warning sign asked about in general, with the symptoms denied.
    "Is it true that a numb groin is a red flag? Read it on a forum. I have no symptoms, just curious.",
    # A relative's cancer told by its site, the writer's ordinary back ache their own.
    "My uncle had cancer that went to his spine. I'm 28 with a stiff back from the gym, could it be vitamin D?",
    "My friend's sore back turned out to be a tumour, mine started after gardening and is easing every day.",
])
def test_explained_resolved_or_someone_elses_symptoms_raise_no_alarm(text):
    assert status(text) not in ("emergency", "urgent")


@pytest.mark.parametrize("text", [
    # The same shapes with the sign still there keep the flag: when in doubt, flag.
    "Slipped on the ice last week and landed on my tailbone, still can't sit and now my legs are numb",
    "Both legs are heavy and weak after the gym and I can't feel the toilet paper when I wipe",
    "My heart skipped once yesterday and now it keeps racing with chest pain",
    "My mum had breast cancer years ago and now her back hurts at night",
])
def test_the_same_shapes_with_the_sign_still_there_keep_the_flag(text):
    assert status(text) in ("emergency", "urgent")


def test_old_scars_that_still_bother_the_writer_are_not_a_relapse():
    s = screen("I cut myself when I was at uni but I'm 40 now and doing great. The old marks on my arm still "
               "itch sometimes, does vitamin E help?")
    assert s.status != "crisis" and s.support_check
    assert screen("I self-harmed at school, doing well now, but I still do it when things get bad").status == "crisis"


def test_buying_a_supplement_for_an_older_person_gets_the_referral():
    s = screen("Dad is 88 and very frail, can I just order him some vitamin D online?")
    assert "older_polypharmacy" in s.populations and "**Please check with " in (s.advice_notice or "")


@pytest.mark.parametrize("idiom", [
    "if my back gets worse they'll have to shoot me like a lame horse",
    "they'll have to bury me in an L shape",
    "I'm going to kill my trainer after that session",
    "I feel like death warmed up this morning",
    "this pain makes me want to scream into a pillow",
])
def test_joking_exaggeration_and_exasperation_are_idioms(idiom):
    assert strip_idioms(prepare(idiom).text).split() != prepare(idiom).text.split()


def test_killing_oneself_is_never_an_idiom():
    folded = prepare("I'm going to kill myself after this session").text
    assert strip_idioms(folded) == folded


def test_overdosing_on_a_food_or_drink_is_a_figure_of_speech_but_tablets_are_not():
    assert status("totally overdosed on chocolate over Easter lol, does sugar affect magnesium?") != "emergency"
    assert screen("I overdosed on my caffeine tablets an hour ago").concerns[:1] == ("poisoning",)
    assert "poisoning" in screen("ODed on coffee earlier and also took 20 tablets at once today").concerns
