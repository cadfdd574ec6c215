"""An ordinary back-pain question in another language gets the English-only notice followed by the back-pain red
flags in that language (bot/safety/red_flags_languages.py): a reader whose red flag no lexicon of the language
recognised still reads when to call 112. Our own wording, one question per language; a site about sleep gets the
notice without the back-pain list."""

from __future__ import annotations

import pytest

from bot.safety.languages import NOTICES
from bot.safety.red_flags_languages import RED_FLAGS
from bot.safety.screening import screen
from bot.safety.site_subject import SiteSubject

BACK_SITE = SiteSubject.of("Back pain & nutrient deficiencies")
SLEEP_SITE = SiteSubject.of("Sleep and insomnia")
QUESTIONS = {
    "es": "¿Qué alimentos tienen mucha vitamina D? Me duele la espalda desde hace semanas.",
    "fr": "Quels aliments contiennent beaucoup de magnésium ? J'ai mal au dos depuis un mois.",
    "de": "Welche Lebensmittel haben viel Vitamin D? Mein Rücken tut seit Wochen weh.",
    "pt": "Quais alimentos têm muita vitamina B12? Estou com dor nas costas há semanas.",
    "pl": "Jakie produkty mają dużo witaminy D? Od tygodni boli mnie kręgosłup.",
    "it": "Quali alimenti contengono molta vitamina D? Ho mal di schiena da settimane.",
    "nl": "Welke voeding bevat veel vitamine D? Mijn rug doet al weken pijn.",
    "tr": "Hangi yiyeceklerde çok D vitamini var? Haftalardır sırtım ağrıyor.",
}


def test_every_language_with_a_notice_has_its_red_flags():
    assert set(NOTICES) <= set(RED_FLAGS)


@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_the_notice_lists_the_red_flags_in_the_readers_language(language):
    s = screen(QUESTIONS[language], subject=BACK_SITE)
    assert s.status == "ok" and s.language == language
    assert NOTICES[language] in s.advice_notice
    assert RED_FLAGS[language] in s.advice_notice
    assert s.advice_notice.index(NOTICES[language]) < s.advice_notice.index(RED_FLAGS[language])


def test_a_language_without_a_translation_gets_the_english_red_flags():
    s = screen("Какие продукты богаты витамином D? У меня болит спина.", subject=BACK_SITE)
    assert RED_FLAGS["en"] in s.advice_notice


def test_a_site_about_something_else_gets_the_notice_without_the_back_pain_list():
    s = screen(QUESTIONS["es"], subject=SLEEP_SITE)
    assert NOTICES["es"] in s.advice_notice
    assert RED_FLAGS["es"] not in s.advice_notice
