"""When the articles don't cover what a question is about, the rest is answered only from sentences that name it.

A newcomer's site (sleep apnea, Bell's palsy, …) answered "What is the best treatment for migraine headaches?" with
"The articles don't cover migraine" and then, "on related points", a steroid for Bell's palsy and nasal sprays: the
only covered word left was "headaches" (one mention), and no quote named it. Such an answer is now a refusal that
says what is not covered. Slow: builds a real index over two small articles of our own."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

APNEA = """Sleep apnea

Sleep apnea is a common disorder in which you have one or more pauses in breathing or shallow breaths while you \
sleep. Breathing pauses can last from a few seconds to minutes.

Loud snoring is a common sign of sleep apnea. Some people wake up with a morning headache.

Lifestyle changes, mouthpieces, breathing devices and surgery are used to treat sleep apnea. Keep your nasal \
passages open at night with nasal sprays or allergy medicines, if needed.
"""
PALSY = """Bell's palsy

Bell's palsy is a form of temporary facial paralysis resulting from damage or trauma to the facial nerve.

Steroids such as prednisone, used to reduce inflammation and swelling, are an effective treatment for Bell's palsy.

Most people begin to get better within two weeks, and most recover completely within three to six months.
"""


@pytest.fixture(scope="module")
def sleep_site_bot(tmp_path_factory):
    from bot.answering.engine import Bot
    from bot.config import Settings

    root = tmp_path_factory.mktemp("sleep-site")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "sleep-apnea.txt").write_text(APNEA, encoding="utf-8")
    (corpus / "bells-palsy.txt").write_text(PALSY, encoding="utf-8")
    (corpus / "sources.json").write_text(json.dumps({"sleep-apnea.txt": {"title": "Sleep apnea"},
                                                     "bells-palsy.txt": {"title": "Bell's palsy"}}), encoding="utf-8")
    return Bot.load(Settings(corpus_dir=corpus, index_dir=root / "index"))


def test_an_uncovered_subject_is_never_followed_by_quotes_about_something_else(sleep_site_bot):
    answer = sleep_site_bot.ask("What is the best treatment for migraine headaches?")
    assert answer.text.startswith("The articles don't cover migraine")
    # Either nothing is quoted, or every quote names what is left of the question.
    assert all("headache" in c.quote.casefold() for c in answer.citations), [c.quote for c in answer.citations]
    assert not any("prednisone" in c.quote.casefold() for c in answer.citations)
    assert "General information only" in answer.text


def test_a_covered_question_on_the_same_site_is_still_answered(sleep_site_bot):
    answer = sleep_site_bot.ask("how is bell's palsy treated?")
    assert answer.kind == "answer" and any("prednisone" in c.quote.casefold() for c in answer.citations)
