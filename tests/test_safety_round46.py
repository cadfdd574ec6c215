"""Session 27, round forty-six read. Precautions against being found or stopped ("so no one notices", "no one would
find me for weeks"); tablets bought from several chemists; going out into the cold or the water and lying down or
walking on; in the round's languages (es pt fr de it sv tr vi): someone else who is going to kill themselves, and a
sudden or tearing pain between the shoulder blades reaching the chest or with a cold sweat (tier E); a documentary or
biography about someone else's death. Near misses: legs numb for a moment after sitting in one position, shivering
with a cold house named, a sign named only in a general question or in what someone else said by a writer who has
none of it. docs/SAFETY.md "Session 27: round 46 read and fixed". Every message is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.round2 import measure
from support.screening_checks import assert_screened_as

# Round 46 (session 27): written blind in session 26, held out, then read (es pt fr de it sv tr vi). Its floor is the
# measured one after the session's fixes (docs/SAFETY.md "Session 27: round 46 read and fixed").
ROUND46 = Path(__file__).resolve().parent / "data" / "vignettes" / "blind_round46"
ROUND46_FLOOR = {"crisis": (44, 44), "not_crisis": (12, 12), "emergency": (40, 40), "not_urgent": (40, 40),
                 "referral": (8, 8), "interaction": (8, 8)}

OWN_CRISIS = [
    "I've got a plan to head out into the freezing fog and lie down by the loch. No one would ever find me.",
    "Been getting co-codamol at several pharmacies so that the pharmacist doesn't get suspicious. Nearly 80 now.",
    "Thinking of walking into the sea and just keep walking, so no one can stop me.",
]
OTHER_LANGUAGE_CRISIS = [
    # someone else who is going to kill themselves
    "Mi hermano dice que esta noche se va a matar.",
    "Minha amiga disse que vai se matar amanhã.",
    "Mon cousin m'a écrit qu'il va se suicider ce soir.",
    "Mein Freund schreibt, dass er sich heute Nacht umbringen wird.",
    "La mia amica ha scritto che sta per togliersi la vita.",
    "Min syster sa att hon ska ta livet av sig i natt.",
    "Kardeşim bu akşam kendini öldüreceğini söyledi.",
    "Bạn tôi nói tối nay sẽ tự tử.",
]
NOT_CRISIS = [
    "Took the dog out into the snow and lay down to make snow angels with the kids. Back's sore now, magnesium?",
    "I buy paracetamol from different supermarkets because it's cheaper there. What's the daily maximum?",
    "I hide my chocolate so nobody asks for some. Is magnesium in chocolate?",
    "We played hide and seek and nobody would find me in the airing cupboard, my back is stiff now",
    "Watched a biopic about a boxer who took his own life. Sad. Separately, is vitamin D good for muscles?",
    "Mi hermano dice que va a matar a su jefe si le hace trabajar otro sábado. Me duele la espalda.",
    "Mia sorella si ammazzerà di lavoro quest'estate. Il magnesio aiuta la schiena?",
]
KEPT_OR_TAKEN_BACK = [
    ("Fitta improvvisa tra le scapole che arriva al petto e sudo freddo.", "emergency"),
    ("Dolor súbito y desgarrador entre los omoplatos, sudor frío.", "emergency"),
    ("Dor súbita entre as omoplatas que vai para o peito.", "emergency"),
    ("Douleur brutale entre les omoplates qui part vers la poitrine.", "emergency"),
    ("Plötzlich reißender Schmerz zwischen den Schulterblättern, kalter Schweiß.", "emergency"),
    ("Plötslig smärta mellan skulderbladen som strålar ut i bröstet.", "emergency"),
    ("Kürek kemiklerimin arasında aniden yırtılır gibi bir ağrı var.", "emergency"),
    ("Đau đột ngột như xé giữa hai bả vai, vã mồ hôi lạnh.", "emergency"),
    ("Tengo un poco de rigidez entre los omoplatos después del gimnasio.", "not urgent"),
    ("Legs went numb after kneeling on the kitchen floor grouting, fine again once I stood up. Back a bit sore.",
     "not urgent"),
    ("My legs went numb after sitting cross-legged and they are still numb, back hurts", "urgent"),
    ("After sitting on the loo my legs went numb and now I can't pee properly, back is agony", "emergency"),
    ("Boiler packed up so I was shivering all night in a freezing house, back stiff. Heat pad?", "not urgent"),
    ("Heating's off and I'm shivering, temperature 39.2 and back pain", "urgent"),
    ("Does low calcium cause seizures? My neighbour mentioned it, I'm fine myself. Back is a little stiff.",
     "not urgent"),
    ("My sister says numbness around the bottom means a nerve problem. I haven't got anything like that, just a sore "
     "back.", "not urgent"),
    ("Can low magnesium cause seizures? I had one this morning and my back hurts", "emergency"),
    ("A friend said numbness in the groin is serious and I do have it, since last night with back pain", "emergency"),
]
ROWS = [*((t, "own crisis") for t in OWN_CRISIS), *((t, "crisis") for t in OTHER_LANGUAGE_CRISIS),
        *((t, "not crisis") for t in NOT_CRISIS), *KEPT_OR_TAKEN_BACK]


@pytest.mark.parametrize("text, expect", ROWS)
def test_round46_kinds_and_the_near_misses_they_must_leave(text, expect):
    assert_screened_as(text, expect)


def test_round46_meets_its_floor_at_the_gate():
    """Round 46 (docs/SAFETY.md "Session 27: round 46 read and fixed"): every kind at least at ROUND46_FLOOR."""
    found = measure(ROUND46)
    assert {kind: m.total for kind, m in found.items()} == {k: t for k, (_, t) in ROUND46_FLOOR.items()}
    assert all(found[kind].passed >= passed for kind, (passed, _) in ROUND46_FLOOR.items()), \
        {kind: m.fails for kind, m in found.items() if m.fails}
