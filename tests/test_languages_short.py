"""Short questions in the supported other languages get the English-only notice in their language, and no
English question of the test sets is ever taken for another language (bot/safety/languages.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.safety import languages
from bot.safety.screening import screen

TESTS = Path(__file__).parent

# Short questions a reader might type, one or more per supported language. The first Spanish one used to get
# a plain English refusal: py3langid split it between Spanish (0.88) and Portuguese, under the old 0.9 bar.
SHORT = [
    ("¿La falta de vitamina D causa dolor de espalda?", "es"),
    ("¿El magnesio ayuda con los calambres?", "es"),
    ("Magnesio para calambres", "es"),
    ("falta de magnesio pode causar dor nas costas?", "pt"),
    ("deficiencia de b12 causa formigamento e dor lombar?", "pt"),
    ("A falta de vitamina D causa dor nas costas?", "pt"),
    ("Est-ce que le manque de magnésium donne des crampes?", "fr"),
    ("La vitamine D aide-t-elle le dos?", "fr"),
    ("Macht Vitamin-D-Mangel Rückenschmerzen?", "de"),
    ("Hilft Magnesium bei Krämpfen?", "de"),
    ("Czy brak witaminy D powoduje ból pleców?", "pl"),
    ("Czy magnez pomaga na skurcze?", "pl"),
    ("La carenza di vitamina D causa mal di schiena?", "it"),
    ("Il magnesio aiuta i crampi?", "it"),
    ("Veroorzaakt vitamine D-tekort rugpijn?", "nl"),
    ("Helpt magnesium tegen kramp?", "nl"),
    ("D vitamini eksikliği sırt ağrısı yapar mı?", "tr"),
    ("Magnezyum kramplara iyi gelir mi?", "tr"),
]


# Round 25 names the language in full in its notes ("Spanish: crisis").
_NAMES = {"spanish": "es", "portuguese": "pt", "french": "fr", "german": "de", "italian": "it", "polish": "pl",
          "turkish": "tr", "russian": "ru", "dutch": "nl", "romanian": "ro", "swedish": "sv", "vietnamese": "vi",
          "indonesian": "id", "greek": "el", "tagalog": "tl", "hindi": "hi", "arabic": "ar", "urdu": "ur"}


def _rows():
    files = sorted((TESTS / "eval").rglob("*.jsonl")) + sorted((TESTS / "data" / "vignettes").rglob("*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict) and isinstance(row.get("text", row.get("question")), str):
                # Later safety rounds give a row's language as its note's prefix ("es: …", round 26 "Spanish, …"),
                # not a "lang" field.
                code = str(row.get("note", "")).partition(":")[0].partition(",")[0].partition("-")[0]   # "pt-BR" is pt
                code = code.split("(")[0].strip()      # "Portuguese (BR)"
                code = _NAMES.get(code.lower(), code)
                yield {"lang": code, **row} if path.name == "languages.jsonl" and len(code) == 2 else row


@pytest.mark.parametrize(("question", "language"), SHORT)
def test_a_short_question_in_another_language_gets_the_notice_in_that_language(question, language):
    s = screen(question)
    assert s.language == language
    assert (s.advice_notice or s.message or "").startswith(languages.NOTICES[language])


def test_no_english_question_of_the_test_sets_is_taken_for_another_language():
    english = [r.get("text", r.get("question")) for r in _rows() if "lang" not in r]
    assert len(english) > 2000
    told = [t for t in english if screen(t).language != "en"]
    assert not told, told


# Romanised Urdu and romanised Hindi are one spoken language (Hindustani) in Latin letters: the Hindi notice serves.
# Malay and Indonesian are two standard forms of one language (Kamus Dewan; a short message in one reads as the other,
# as round 39's Malay fever did): both get the English notice, and their lexicons are tried on every message.
# Czech typed without its accents is told from Slovak by no model ("muzu brat vapnik ... boli zada"; round 43); neither
# has its own notice, so both get the same English-only one.
SAME = {"ur": {"ur", "hi"}, "ms": {"ms", "id"}, "cs": {"cs", "sk"}}


def test_every_other_language_message_of_the_test_sets_is_recognised():
    other = [(r["text"], r["lang"]) for r in _rows() if "lang" in r]
    assert len(other) > 150
    wrong = [(t, lang, screen(t).language) for t, lang in other if screen(t).language not in SAME.get(lang, {lang})]
    assert not wrong, wrong


def test_the_spanish_refusal_opens_with_the_spanish_notice(tiny_bot):
    answer = tiny_bot.ask("¿La falta de vitamina D causa dolor de espalda?")
    assert answer.text.startswith(languages.NOTICES["es"])
