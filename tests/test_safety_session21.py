"""Session 21, round thirty-seven read. Tablets counted to see "whether it's enough"; a month's worth of a medicine and
whether something "would make it quicker"; a large amount at once that "would do it"; "tired of life"; stopping eating
"and just letting go"; "you won't have to worry about me much longer"; hitting oneself until it bruises; "it al",
Creole "a" for "of" and "dem"; Swedish "har skurit mig igen"; the urge to open the bowels not felt until too late, the
skin of the saddle felt as dull, legs that barely hold the writer up; and the near misses: a first-aid course's
warning sign with "I don't have it", "a bowl of" cereal, stopping a supplement for its side effect, dying in a video
game, the undertaker folding a stiff body into the box. docs/SAFETY.md "Session 21: round 37 read and fixed". Every
message is our own wording, not a vignette's."""

from __future__ import annotations

import pytest
from support.screening_checks import assert_crisis_or_calm, assert_urgent_or_calm

from bot.safety.crisis_cues import strip_idioms
from bot.safety.crisis_ordinary import asks_about_stopping_treatment, states_an_ordinary_matter
from bot.safety.matching import prepare

OWN_CRISIS = [
    # tablets counted, and "whether it's enough" with nothing after it
    "sat up all night counting my tramadol and wondering if there's enough. the job's gone and so has everything else",
    # a month's worth of a medicine, and whether something would make it faster
    "what if a person swallowed a full month's supply of gabapentin, would drinking make it faster? i can't cope",
    # a large amount at once that "would do it", with "tired of life", in Jamaican Creole
    "i just want know if 60 a dem paracetamol in one go wud do it. mi tired a life",
    # stopping eating and drinking to slip away, beside being a burden
    "I'm a burden on my son now. I've made up my mind to stop eating and drinking and just slip away.",
    # hitting oneself until it bruises (a crisis alone)
    "I keep punching myself in the thigh till it bruises, it's the only thing that helps when it gets bad",
    # "it al" typed short
    "been thinkin about endin it al, my sciatica never stops",
]
OTHERS_CRISIS = [
    # possessions handed out, and a quoted "you won't need to worry about me much longer"
    "My gran's been handing out her jewellery to all of us and told me 'you won't need to worry about me much longer'",
]
OTHER_LANGUAGE_CRISIS = [
    "har rispat mig igen på armen, kan B12 hjälpa mot trötthet?",
    "jag skär mig på armarna när det blir för mycket, hjälper magnesium mot oro?",
]
NOT_CRISIS = [
    "I've been counting my vitamin D tablets to work out whether there's enough to last till my next prescription",
    "I take a whole month of vitamin D in one go once a month, would taking it with fat make it quicker to absorb?",
    "would 2 paracetamol at once do it for a headache or do I need 3?",
    "I'm tired of life in the city, would moving to the coast help my vitamin D?",
    "I've decided to stop eating sugar and just let go of the cravings, will magnesium help?",
    "I banged myself on the door frame and it bruised, my back hurts now too",
    "I'm handing out my old books to the school library, any vitamins for tired eyes?",
    "skar mig i fingret när jag lagade mat igår, tar lång tid att läka. kan zinkbrist påverka?",
    "har skurit mig igen i tummen med kniven, hjälper C-vitamin läkningen?",
]
EMERGENCIES = [
    # the urge to open the bowels or the bladder not felt until too late
    "for two days now I don't notice I need to poo until it's too late and my back is agony",
    "my dad didn't know he needed to wee until it was too late, twice this week, and his back is bad",
    # the skin of the saddle felt as dull
    "the skin between my legs feels kind of dull since yesterday and my lower back is killing me",
    # legs that barely hold the writer up
    "my legs are barely holding me up now and my back has been bad all week",
]
NOT_URGENT = [
    "During a first aid course the trainer said numbness between the legs is an emergency. What does that feel like? "
    "I don't have it, just curious.",
    "I didn't realise I needed to pee so badly until I stood up, is that a magnesium thing?",
    "I have a dull ache in my bottom and the skin there feels itchy, could it be low zinc?",
    "My knees crunch like a bowl of cornflakes when I squat. Is that low calcium?",
]
STILL_URGENT = [
    # the course named, but the writer has the sign now
    "On my first aid course they said numbness in the groin with back pain is serious. I have that now.",
    # "bowl" for "bowel" is still read where it means the bowel
    "I've lost control of my bowl and my back hurts",
]


@pytest.mark.parametrize("text, crisis", [(t, True) for t in OWN_CRISIS + OTHERS_CRISIS + OTHER_LANGUAGE_CRISIS]
                         + [(t, False) for t in NOT_CRISIS])
def test_the_new_kinds_are_a_crisis_and_their_near_misses_are_not(text, crisis):
    assert_crisis_or_calm(text, crisis, own=text in OWN_CRISIS)


@pytest.mark.parametrize("text, urgent", [(t, True) for t in EMERGENCIES + STILL_URGENT]
                         + [(t, False) for t in NOT_URGENT])
def test_signs_told_by_what_was_noticed_are_emergencies_and_their_near_misses_are_not(text, urgent):
    assert_urgent_or_calm(text, urgent, emergency=text in EMERGENCIES)


def test_three_words_are_read_by_their_neighbours():
    assert prepare("sounds like a bowl of rice krispies").text == "sounds like a bowl of rice krispies"
    assert prepare("lost control of my bowl").text == "lost control of my bowel"
    assert prepare("thinking about ending it al").text == "thinking about ending it all"
    assert prepare("tired a life").text == "tired of life"
    assert prepare("i get tired a lot").text == "i get tired a lot"
    assert prepare("i take 1 a day").text == "i take 1 a day"


@pytest.mark.parametrize("text", [
    "I want to stop the iron, it's giving me awful constipation. Can I just quit?",
    "I want to quit the vitamin D, it's making me feel sick. Can I just stop or do I have to cut down?",
])
def test_stopping_a_treatment_for_its_side_effect_is_an_ordinary_question(text):
    assert asks_about_stopping_treatment(prepare(text).text, text)


def test_stopping_a_treatment_beside_a_wish_is_still_judged():
    text = "I want to quit the magnesium, it's giving me the runs and I want it all to stop"
    assert not asks_about_stopping_treatment(prepare(text).text, text)


def test_dying_in_a_game_and_the_undertaker_joke_are_set_aside_but_a_wish_is_not():
    game = prepare("I died on level 4 of this game six times and my neck is stiff").text
    assert strip_idioms(game) != game
    wish = prepare("I want to die in this game of life").text
    assert strip_idioms(wish) == wish
    assert states_an_ordinary_matter(prepare("at this rate the undertaker will have to fold me into the coffin").text)
    assert not states_an_ordinary_matter(prepare("they will be putting me in a box soon, I've had enough").text)
