"""Session 18, round thirty-two read. Other-language red flags in the forms the lexicons lacked (German "kein Wasser
lassen" and numbness "zwischen den Beinen", a Dutch fall with "botontkalking", Romanian cancer history and legs
weakening told with the verb), other-language crisis forms (German "wie viel … muss man", Dutch "mezelf iets aan te
doen", Indonesian "pengin mati", a farewell letter), English warning signs told indirectly (why bother waking up, a
kindness to everyone, looking at someone's morphine, taking the lot, heart tablets stopped on purpose, searching how
long it takes to die, a garage with the engine running, a whole tub that would make someone not wake up), pasts told
as recovered with care kept up or old scars, and the near misses (a race told, a bike saddle, a student revising red
flags, "mine's only …", signs said to be normal, a faint mark). docs/SAFETY.md "Session 18, round 32". Every message
here is our own wording, not a vignette's."""

from __future__ import annotations

import pytest
from support.round2 import PROJECT_SUBJECT
from support.screening_checks import assert_others_crisis, assert_own_crisis

from bot.safety.matching import prepare
from bot.safety.screening import screen

OWN_CRISIS = [
    # why bother waking up, with being a burden told as a kindness
    "Some mornings I ask myself why I even bother waking up. It would be kinder to my kids if I just wasn't around.",
    # looking at a store of strong medicines and thinking of taking the lot
    "I counted my mum's oxycodone last night and thought about taking all of them myself.",
    # medicines one depends on stopped on purpose, with tablets put aside
    "I've been skipping my insulin deliberately and I've got the sleeping pills put aside.",
    # searching how much it takes to die, not for homework
    "Spent the evening searching how much paracetamol it takes to die. It's not for homework.",
    # a closed garage with the engine running (a crisis alone)
    "Last night I sat in the garage with the engine running for an hour. Does magnesium help with sleep?",
    # a whole bottle that would make someone never wake up
    "If a person swallowed a whole bottle of sleeping tablets, would they just never wake up?",
]

OTHERS_CRISIS = [
    "My grandad keeps saying he's had enough, and he asked me where the key for the gun cabinet is.",
]

NOT_CRISIS = [
    "I've had enough of this back pain, why do I even bother with physio? Is magnesium worth it?",
    "I looked at my tablets to check the dose of vitamin D, is 1000 IU ok?",
    "I stopped my iron tablets on purpose to see if the constipation eased. Is that ok?",
    "I was googling how many people die from vitamin D overdose each year, is it rare?",
    "I warm the car up in the garage with the engine running and the door open. My back hates the cold.",
    "I asked my husband where the key to the medicine cabinet is, I need a plaster for my finger.",
    "It would be kinder to everyone if I just didn't go to work with this cold. Vitamin C?",
]

RESOLVED = [
    # a past told as recovered, with care kept up
    "I tried to end my life years ago. I'm well now and still see my counsellor. Is magnesium good for sleep?",
    # a long past whose remnant is scars
    "I self-harmed over fifteen years ago and still have the scars, will vitamin E help them fade?",
]

STILL_CRISIS = [
    "I used to self-harm years ago and still have the scars, and lately I've started again.",
    "I tried to kill myself twenty years ago and I still think about doing it.",
]

OTHER_LANGUAGE_EMERGENCY = [
    "Mein Mann kann seit gestern keinen Urin mehr lassen und hat starke Rückenschmerzen.",
    "Starke Rückenschmerzen und untenrum ist alles gefühllos.",
    "Mijn moeder (78) is gisteren uitgegleden en heeft nu veel pijn in haar rug.",
    "Tatăl meu a avut cancer de prostată și acum îl doare spatele.",
    "Picioarele mi-au slăbit de ieri și mă doare spatele foarte tare.",
]

OTHER_LANGUAGE_CRISIS = [
    "Wie viel Paracetamol muss man nehmen, damit man tot ist?",
    "Soms denk ik erover om mijzelf wat aan te doen.",
    "Aku kepengin mati saja, capek sekali.",
    "Saya sudah menulis surat terakhir untuk anak-anak saya.",
]

NOT_FLAGGED = [
    # a race told, the legs only aching, numbness said to be absent
    "Did a half marathon yesterday, both legs ache, no tingling, walking fine. Magnesium?",
    # the writer's own differs ("mine's only …")
    "Could back pain that's worse at night be serious? Mine's only sore after gardening.",
    # a sign reported by someone else, the writer's own said to be normal
    "My sister says back problems can make you incontinent. I have a stiff back, bladder completely normal. Worried?",
    # the saddle of a bike
    "Lower back sore after a long ride, the bike saddle was awful. Any vitamins for recovery?",
    # a student revising red flags
    "Nursing student here, studying cauda equina red flags. Which ones involve the bowel?",
    # faint as an adjective
    "There's a faint mark where I bruised my leg, low iron maybe?",
    # German "kein Wasser" that is not passing water, Dutch fall without fragile bones
    "Ich trinke kein Wasser, lassen Sie mich raten: Rückenschmerzen?",
    "Ik ben 34 en gisteren gestruikeld, mijn rug doet pijn.",
    "Mijn opa (82) is vorige week gevallen maar heeft geen rugpijn.",
    # English "incontinent" is no Romanian word
    "Can sciatica make you incontinent? My back is sore but my bladder is fine.",
]


@pytest.mark.parametrize("text", OWN_CRISIS)
def test_the_writers_crisis_told_indirectly_gets_the_crisis_text(text):
    assert_own_crisis(text)


@pytest.mark.parametrize("text", OTHERS_CRISIS)
def test_someone_elses_warning_signs_get_the_text_for_helping_them(text):
    assert_others_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_everyday_wordings_near_the_new_signs_are_not_a_crisis(text):
    assert screen(text).status != "crisis", text


@pytest.mark.parametrize("text", RESOLVED)
def test_pasts_told_as_recovered_with_care_kept_or_old_scars_get_the_support_line(text):
    s = screen(text)
    assert s.status == "ok" and s.support_check, text


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_a_past_with_a_relapse_stays_a_crisis(text):
    assert screen(text).status == "crisis", text


@pytest.mark.parametrize("text", OTHER_LANGUAGE_EMERGENCY)
def test_other_language_red_flags_in_the_new_forms_get_a_notice(text):
    assert screen(text, subject=PROJECT_SUBJECT).status in ("emergency", "urgent"), text


@pytest.mark.parametrize("text", OTHER_LANGUAGE_CRISIS)
def test_other_language_crisis_in_the_new_forms_is_a_crisis(text):
    assert screen(text).status == "crisis", text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_near_misses_of_the_new_forms_raise_no_alarm(text):
    assert screen(text, subject=PROJECT_SUBJECT).status not in ("emergency", "urgent", "crisis"), text


def test_scots_words_read_as_standard_english():
    assert prepare("ah'm no able tae feel ma legs").text == "i am not able to feel my legs"
    assert prepare("better wi'oot me").text == "better without me"
    # the determiner "no" stays: "there is no feeling" is a symptom's own wording
    assert prepare("there is no feeling in my legs").text == "there is no feeling in my legs"
