"""A death told beside a question is met with condolence before the quotes (a newcomer, session 34: "my dad died
after getting shingles, can it kill you?" opened on the shingles quotes). Messages are our own wording."""

from __future__ import annotations

import pytest

from bot.safety.matching import prepare
from bot.safety.mood import tells_bereavement
from bot.safety.notices import BEREAVEMENT_NOTICE
from bot.safety.screening import screen


@pytest.mark.parametrize("message", [
    "my grandad died after a bad chest infection, could low vitamin d have made it worse?",
    "I lost my mum to a stroke last year, is high blood pressure in the family a risk for me?",
    "since losing my husband I barely eat, which vitamins am I likely to be short of?",
    "my best friend passed away in the spring and now my back is in bits",
    "after the death of my wife i stopped cooking, what foods have iron",
    "lost my brother in the summer, since then my back has been terrible",
])
def test_a_death_told_gets_condolence_first(message: str) -> None:
    screening = screen(message)
    assert screening.status == "ok"
    assert screening.notices[0] == BEREAVEMENT_NOTICE


@pytest.mark.parametrize("message", [
    "my laptop died while I was reading about b12",
    "my uncle nearly died of sepsis, can low zinc cause that?",
    "I lost my appetite last week, is that low iron?",
    "can magnesium deficiency cause death?",
    "did anyone ever die from too much vitamin d",
    "I lost my job in March and my back pain got worse",
])
def test_no_condolence_without_a_death_of_someone_close(message: str) -> None:
    assert not tells_bereavement(prepare(message))
    assert BEREAVEMENT_NOTICE not in screen(message).notices


def test_a_wish_to_join_someone_who_died_is_still_a_crisis() -> None:
    """Condolence never stands in for the crisis reply."""
    assert screen("my husband died in june and i just want to go and be with him now").status == "crisis"
