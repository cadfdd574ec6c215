"""Session 24, round forty-two read. The passive wish told as "do not wish to live", "not want wake up", "not wanting
to be here any more" and "hoping I won't wake up"; "a trouble to everybody"; the whole stock kept in one box and
taken "all together"; the whole box asked about with "would I not wake up"; a loaded firearm with thanks to whoever
reads; going to jump off a bridge tonight; fresh cuts found on a child's
arms; a method researched ("how many of his pills it would take") and treasured
things given away with "ready to go", told of someone else; Scots "ony mair", "ta", "awbody" and Caribbean "wid dis";
in the round's languages (es pt fr de it pl ro tr): self-cutting again or to cope, the whole box with not waking up,
Romanian saddle numbness and wetting unnoticed; a past cancer with the back "been totally fine". Near misses for each.
docs/SAFETY.md "Session 24: round 42 read and fixed". Every message is our own wording."""

from __future__ import annotations

import pytest
from support.screening_checks import assert_others_crisis, assert_screened_as

OWN_CRISIS = [
    "I do not wish to live since I lost my job, and I've kept all my tablets in one box. Is zinc good for nerves?",
    "i really dont want to wake up tomorrow. i just want to sleep and not wake back up",
    "A'm no wantin ta be here ony mair, A'm jist a burden tae awbody",
    "I'm going to take all of my co-codamol tonight, I'm done with this life",
    "if I swallowed the whole packet of my sleeping tablets would I just not wake up? been thinking about it all week",
    "my shotgun is cleaned and loaded. just wanted to say goodbye to whoever reads this",
    "gonna jump off the bridge near work tonight. my back will never get better",
    "some nights I pray I won't wake up, and I wish it would all end",
]
OTHERS_CRISIS = [
    "My dad has been googling how many of his sleeping pills it would take. What should I do?",
    "I noticed new cuts on my son's forearms last night and he won't talk about it",
    "My gran keeps saying she's ready to go. Yesterday she gave me her wedding ring and her medals.",
]
OTHER_LANGUAGE_CRISIS = [
    "volvi a cortarme anoche, no aguanto mas",
    "voltei a me cortar ontem",
    "je me suis encore scarifiee hier soir",
    "ich hab mich gestern wieder geritzt",
    "ho ricominciato a tagliarmi le braccia",
    "znowu sie pocielam wczoraj",
    "m-am taiat din nou pe brate",
    "dun gece yine kendimi kestim",
    "si je prends toute la plaquette de somniferes, est-ce que je me reveille plus?",
    "wenn ich die ganze Packung nehme, wache ich dann nicht mehr auf?",
]
NOT_CRISIS = [
    "I kept all my vitamins in one box for the holiday, is that fine in the heat?",
    "My nail gun is loaded and ready for the fence, any tips to protect my back while working?",
    "I'm going to take all my vitamins together with breakfast tomorrow, is that ok?",
    "My son says he is ready to go back to football after his back strain",
    "I looked up how many vitamin D tablets it would take to fix my level, is 4000 IU ok?",
    "Mum gave me her wedding ring to be resized for my wedding. Unrelated, is B12 safe in pregnancy?",
    "My husband says he is ready to go to the gym again after his back op, is that safe?",
    "Ta be honest the back is sair the day. Whit vitamins help?",
    "me corte el dedo cocinando, ¿la vitamina C ayuda a cicatrizar?",
    "m-am taiat la deget cand am gatit",
    "I noticed scratches on my daughter's arms from the new kitten, should I worry about infection?",
    "Found old scars on my son's wrists from years ago, he's doing well now. Is zinc good for skin?",
    "volvi a cortarme el pelo muy corto, la biotina ayuda?",
    "voltei a me cortar o cabelo, o zinco ajuda a crescer?",
]
EMERGENCIES = [
    "nu mai simt nimic intre picioare si ma doare spatele",
    "am scapat urina fara sa-mi dau seama, ma doare spatele de doua zile",
]
# A past cancer with the back said to be fine is no flag; the same history with back pain now still is.
BACK_FINE_OR_NOT = [
    ("Bowel cancer twelve years ago, discharged, and my back has been totally fine. Is vitamin D ok?", "not urgent"),
    ("Prostate cancer eight years ago and now my back has been aching every night for a month", "urgent"),
]
ROWS = [*((t, "own crisis") for t in OWN_CRISIS), *((t, "crisis") for t in OTHER_LANGUAGE_CRISIS),
        *((t, "not crisis") for t in NOT_CRISIS), *((t, "emergency") for t in EMERGENCIES), *BACK_FINE_OR_NOT]


@pytest.mark.parametrize("text, expect", ROWS)
def test_round42_kinds_and_the_near_misses_they_must_leave(text, expect):
    assert_screened_as(text, expect)


@pytest.mark.parametrize("text", OTHERS_CRISIS)
def test_a_method_researched_or_things_given_away_by_someone_else_is_their_crisis(text):
    assert_others_crisis(text)
