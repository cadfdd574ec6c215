"""The other-language crisis check (bot/safety/crisis_languages.py): a message in another language that reads as
a crisis but matches no phrase of any lexicon gets the support line and helplines; an ordinary question in the
same languages does not. The wordings are the team's own, not from any blind round."""

from __future__ import annotations

import json

import pytest

from bot.safety import crisis_languages
from bot.safety.crisis_languages import LanguagesCrisisCheck, features, languages_crisis_check
from bot.safety.notices import SUPPORT_CHECK
from bot.safety.screening import screen

# Unflagged by every lexicon, but a person at risk: tablets hoarded "in case I can't take any more";
# wishing not to wake up again.
UNLISTED_CRISIS = [
    ("fr", "J'ai gardé toutes mes boîtes de somnifères dans un tiroir, au cas où je n'en pourrais plus"),
    # Session 28: "wünsche ich mir, nicht mehr aufzuwachen" is now a lexicon form (`lexicon_languages_forms31`, a
    # crisis at the gate); a wish to be gone for good is still left to the learned check.
    ("de", "Ich habe keine Kraft mehr, manchmal wäre ich gern einfach weg, für immer"),
]

ORDINARY = [
    ("de", "Welche Lebensmittel enthalten viel Magnesium?"),
    ("es", "¿Qué alimentos tienen mucha vitamina D?"),
    ("fr", "Quels sont les symptômes d'une carence en fer ?"),
    ("it", "Ho mal di schiena da settimane, il magnesio può aiutare?"),
]


@pytest.mark.parametrize("language,text", UNLISTED_CRISIS)
def test_unlisted_crisis_in_another_language_gets_the_support_line(language, text):
    screening = screen(text)
    assert screening.language == language
    assert screening.status == "ok"     # no lexicon flagged it: the learned check is what brings the helplines
    assert screening.support_check
    assert screening.advice_notice.startswith(SUPPORT_CHECK)


@pytest.mark.parametrize("language,text", ORDINARY)
def test_ordinary_question_in_another_language_gets_no_support_line(language, text):
    screening = screen(text)
    assert screening.language == language
    assert not screening.support_check
    assert SUPPORT_CHECK not in (screening.advice_notice or "")


def test_english_questions_are_left_to_the_english_check():
    # "ich" and "die" are n-grams of the German weights; an English message is never scored by them.
    assert not screen("Which foods are high in magnesium and does it help with back pain?").support_check


def test_languages_with_few_training_messages_need_more_evidence():
    check = languages_crisis_check()
    assert {"es", "fr", "de", "it", "pt"} <= check.languages
    assert "ru" not in check.languages and "hi" not in check.languages
    assert check.sparse_threshold > check.threshold
    # Ordinary questions in Russian and Hindi (at the common threshold the check read them as crises).
    assert not screen("Может ли нехватка витамина D вызывать боль в спине?").support_check
    assert not screen("क्या विटामिन डी की कमी से कमर में दर्द होता है?").support_check


def test_accents_and_case_do_not_change_the_features():
    assert (features("MOURIR, tout arrêter") == features("mourir tout arreter")).all()
    assert not features("?!").any()


def test_missing_or_damaged_weights_switch_the_check_off(tmp_path):
    languages_crisis_check.cache_clear()
    try:
        assert languages_crisis_check(tmp_path / "absent.json") is None
        broken = tmp_path / "broken.json"
        broken.write_text(json.dumps({"dimensions": 8, "weights": {"99": 1.0}, "bias": 0.0}), encoding="utf-8")
        assert languages_crisis_check(broken) is None
    finally:
        languages_crisis_check.cache_clear()


def test_probability_is_a_logistic_of_the_hashed_features():
    check = LanguagesCrisisCheck(weights=features("x") * 0 + 1.0, bias=-1e6, threshold=0.5,
                                 languages=frozenset({"fr"}))
    assert check.probability("anything at all") == pytest.approx(0.0)
    assert not check.fires("anything at all", "fr")
    assert crisis_languages.THRESHOLD == languages_crisis_check().threshold
