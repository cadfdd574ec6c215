"""Session 22, round thirty-nine read. A lethality question with a body weight in it; Caribbean Creole "ah" (I), "mih"
(my), "de" (the) and a burden told without the copula ("better off if I gone") beside the tablets taken out of the
cupboard; legs that "have given way"; a pee that will not start; legs weak "both sides"; pain moving into the left
arm from between the shoulder blades; a fever or a red, hot needle site after an epidural; "begin" a supplement when
trying for a baby; Czech, Hungarian and Malay red flags and crisis wording; and the near misses: a temperature under
38, night pain that one bed brings and another does not, a pet's fall, "overdosed on box sets". docs/SAFETY.md
"Session 22: round 39 read and fixed". Every message is our own wording, not a vignette's."""

from __future__ import annotations

import pytest
from support.screening_checks import assert_screened_as

from bot.safety.screening import screen

OWN_CRISIS = [
    # a lethality question whose words run long (a body weight between the amount and "fatal")
    "just curious, what dose of co-codamol would a woman of about 70 kg have to swallow before it became lethal",
    # Caribbean Creole: "ah" for I, zero copula in the burden, and a stock of tablets gathered
    "ah tired bad. dem children go be happier if ah dead. ah took out all mih pills from de drawer last night",
]
OTHER_LANGUAGE_CRISIS = [
    "Nechci už žít, bolí mě záda každý den.",
    "Bratr říká, že se chce zabít, co mám dělat?",
    "Spolknu všechny léky najednou, už to nevydržím.",
    "Öngyilkos gondolataim vannak, a derekam is fáj.",
    "Ma este véget vetek az életemnek.",
    "Szándékosan megvágtam magam tegnap este.",
    "Saya tak nak hidup lagi, penat dengan sakit ni.",
    "Kawan saya kata dia nak telan semua ubat dia malam ni.",
]
NOT_CRISIS = [
    "I took all the tablets out of the cupboard to check the use-by dates. Is old vitamin D safe?",
    "I'd feel better if I gone to the GP sooner, my back has been sore for weeks",
    "ah ok, thanks. so is vitamin D better with food?",
    "Overdosed on reality TV shows all week, my neck is stiff. Magnesium any good?",
    "Pořezal jsem se při vaření, pomůže vitamín C hojení?",
    "Megvágtam az ujjam főzés közben, segít a C-vitamin?",
    "Penat nak mati kerja hari ni, belakang lenguh. Magnesium bagus tak?",
]
STILL_CRISIS = [
    "everyone would be better off if I was gone",
    "overdosed on my sleeping tablets on purpose last night",
]
EMERGENCIES = [
    # legs that have given way; legs weak both sides
    "My back went last week and since then my legs have given way twice getting out of the car",
    "fell off a wall yesterday, my legs are numb on both sides now",
    # a pee that will not start, beside back pain (hesitancy)
    "Since lifting the wardrobe I can't manage to start peeing and my back is in bits",
    # pain between the shoulder blades moving into the left arm or jaw
    "Pain between my shoulder blades is now going into my left arm, feel clammy",
    # Czech, Hungarian, Malay
    "Od rána necítím rozkrok a nemůžu se vymočit, záda bolí.",
    "Spadl jsem ze žebříku a obě nohy mám slabé.",
    "Zsibbad a fenekem és nem tudok vizelni, nagyon fáj a derekam.",
    "Leestem a tetőről, mindkét lábam gyenge.",
    "Punggung saya kebas sejak pagi dan saya tak boleh kencing.",
    "Saya jatuh dari tangga semalam, kedua belah kaki kebas.",
]
URGENT = [
    "had a spinal epidural for my op 5 days ago and now I'm shivering with a fever",
    "The place where they did the lumbar puncture is red and swollen",
    "Lázas vagyok és nagyon fáj a hátam.",
    "Mám horečku a bolí mě záda.",
    "Demam dan sakit belakang sejak semalam.",
]
NOT_URGENT = [
    "My temperature was 37.4 this morning and my lower back is a bit stiff, should I worry?",
    "Back only aches at night at the holiday cottage on their soft bed; on my own bed it's fine. Memory foam?",
    "The cat fell off the windowsill, and my back is sore from bending to pick her up. Vitamin D for cats?",
    "I had an epidural with my daughter three years ago, no fever now. Is back pain afterwards normal?",
    "I stretch my legs on both sides every morning, does magnesium help cramp?",
    "I can't sleep without peeing twice a night, is magnesium ok for my back?",
    "Pomáhá hořčík na bolest zad? Bolí mě jen trochu po sezení.",
    "Segít a lazító torna a derékfájásra?",
    "Sakit belakang sikit lepas angkat kotak, vitamin D membantu?",
]
STILL_URGENT = [
    "temperature of 37.2 yesterday, 38.6 today and my back is killing me",
    "my back is worse at night on any bed, it wakes me up",
    "our dog tripped me up and I fell down the stairs, my back is agony",
]


CASES = {"own crisis": OWN_CRISIS, "crisis": OTHER_LANGUAGE_CRISIS + STILL_CRISIS, "not crisis": NOT_CRISIS,
         "emergency": EMERGENCIES, "urgent": URGENT + STILL_URGENT, "not urgent": NOT_URGENT}


@pytest.mark.parametrize("text, expect", [(t, kind) for kind, texts in CASES.items() for t in texts])
def test_the_new_kinds_are_flagged_and_their_near_misses_are_not(text, expect):
    assert_screened_as(text, expect)


@pytest.mark.parametrize("text, named", [
    ("We're trying to conceive, should I begin folic acid and vitamin D?", True),
    ("Planning a baby next year, when should we begin iron tablets?", True),
    ("Should I begin running again now my back is better?", False),
])
def test_beginning_a_supplement_when_trying_for_a_baby_is_referred(text, named):
    assert bool(screen(text).populations) is named, text
