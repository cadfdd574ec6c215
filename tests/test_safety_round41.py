"""Session 23 (second helper), round forty-one read. The passive wish as a conditional ("easier if I didn't wake
up"); the whole stock collected and a plan "thinking to" take it; going out "and not come back" without the sea
named; a funeral's hymns chosen with a plan to take them all at once; a flame held to the skin and a blade drawn
over the arms; mum's tablets checked for "which would do it"; a poison kept away with no pest named; Caribbean
"wid" (with) and "beter", "evryone" typed in a hurry; someone's threat to take all his tablets "and be done"; in the
round's languages (es pt fr de it da fi sw): how many "not to wake up", "better if I didn't wake up", throwing oneself
from a balcony, a method thought about beside not going on, tablets collected beside a death word, and Danish,
Finnish and Swahili lexicons; a tumble then both hands tingling; the left arm with sweating and breathlessness; a
symptom that has come back. Near misses: "better for my back", a shy bladder, chest pain a GP called muscular, night
pain in one borrowed bed. docs/SAFETY.md "Session 23: round 41 read and fixed". Every message is our own wording."""

from __future__ import annotations

import pytest
from support.screening_checks import assert_others_crisis, assert_screened_as

OWN_CRISIS = [
    "honestly it'd be simpler for everyone if I just never wake up. anyway does zinc help joints?",
    "I've gathered up all my painkillers from the drawer and I'm thinking to take them all tonight",
    "some days I want to row out beyond the headland and never come back. my family would be better without me",
    "evrybody would be beter off without me tbh. is b12 any use for tiredness",
    "I've picked the songs for my funeral and I plan to take them all at once, so is calcium safe with codeine?",
    "when it gets too much I press a lit cigarette onto my wrist. does vitamin E help scars?",
    "been slicing my thighs with a razor blade again, what vitamins help skin heal",
    "I'll be gone soon anyway. looked up which of dad's pills would do it",
    "I bought some weedkiller and hid it in the wardrobe. I'm so tired of everything. Is magnesium safe?",
]
OTHERS_CRISIS = [
    "My brother said last night he will take all of his co-codamol and be done. What do I do?",
]
OTHER_LANGUAGE_CRISIS = [
    "cuantas pastillas hacen falta para no despertar? pregunto por curiosidad",
    "quantos comprimidos precisa pra nao acordar mais?",
    "ce serait mieux si je me reveillais plus jamais",
    "Es wäre besser, wenn ich nie mehr aufwachen würde.",
    "sarebbe meglio se non mi svegliassi domani",
    "det ville være bedre hvis jeg ikke vågnede i morgen",
    "olis parempi jos en heräis huomenna",
    "ingekuwa bora nisiamke kesho",
    "quiero tirarme del puente esta noche",
    "penso di gettarmi dalla finestra",
    "Ich kann nicht mehr, hab schon überlegt wie ich es machen würde.",
    "en jaksa, mietin miten tekisin sen",
    "Meine Schwester sagt sie bringt sich um, und sie sammelt Tabletten.",
    "jeg vil tage mit eget liv",
    "haluan kuolla, selkä on ihan loppu",
    "nataka kujiua, sitaki kuishi tena",
    "vou engolir todos os meus comprimidos hoje a noite pra acabar com tudo",
]
NOT_CRISIS = [
    "If I take all my vitamins at once would that work better for my back?",
    "Would a firmer mattress be better for my back? I didn't wake up stiff on holiday",
    "I collected all my tablets from the pharmacy today, can I take vitamin D with them?",
    "I paddle out past the point most mornings and don't come back till lunch. Good for the back?",
    "My nan planned her funeral hymns years ago and is fine. Can she take calcium?",
    "We sorted out my funeral plan with the insurer, anyway what's the best vitamin D for over 70s?",
    "I hold a hot water bottle to my lower back every night, should I also take magnesium?",
    "I cut my arm with a knife while cooking, does zinc help healing?",
    "I bought rat poison because of mice in the shed and kept it in the cupboard. Any iron questions?",
    "naebody wid even notice if I stopped taking vitamin D would they",
    "cuantas pastillas de vitamina D al dia para dormir mejor?",
    "mi sono buttato in piscina e ora mi fa male la schiena",
    "meglio prendere la vitamina D la mattina o la sera?",
    "har samlet alle mine vitaminer i en æske, er det ok?",
]
EMERGENCIES = [
    "Dad fell off the ladder this morning and now both his arms feel numb",
    "my mum went head first down the steps, her back hurts and she has pins and needles in both hands",
    "pain in my left shoulder, I'm all clammy and short of breath, I'm 62",
    "my chest felt tight last year and it's come back this evening",
    "jeg har ingen følelse i skridtet og kan ikke tisse, ondt i lænden",
    "putosin katolta ja molemmat jalat ovat tunnottomat",
    "nilianguka kutoka kwenye ngazi na siwezi kutembea",
]
NOT_URGENT = [
    "I can't wee when there's a queue behind me in public toilets, shy bladder. Vitamin D dose?",
    "The doctor said it's costochondritis, not my heart, after I strained my chest lifting. Does magnesium help?",
    "Back aches at night only when I stay in my parents' spare bed, fine at home. Magnesium?",
    "my left arm aches and I'm sweaty and out of breath after the gym, normal?",
    "Had a chest tightness five years ago, the ECG came back normal and nothing since. Iron dose?",
]
STILL_URGENT = [
    "Shy bladder usually, but since yesterday I can't pee at all and my back hurts",
    "The GP said it was muscular last week, but now the chest pain is spreading to my jaw",
    "My back hurts at night when I stay at my sister's, and I've had fevers and sweats",
]

CASES = {"own crisis": OWN_CRISIS, "crisis": OTHER_LANGUAGE_CRISIS, "not crisis": NOT_CRISIS,
         "emergency": EMERGENCIES, "not urgent": NOT_URGENT, "urgent": STILL_URGENT}


@pytest.mark.parametrize("text, expect", [(t, kind) for kind, texts in CASES.items() for t in texts])
def test_the_new_kinds_are_flagged_and_their_near_misses_are_not(text, expect):
    assert_screened_as(text, expect)


@pytest.mark.parametrize("text", OTHERS_CRISIS)
def test_someone_elses_threat_to_take_all_his_tablets_is_their_crisis(text):
    assert_others_crisis(text)
