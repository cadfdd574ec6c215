"""A section whose heading asks the very question is where it is answered (newcomer test, session 14: "What are the
symptoms of lactose intolerance?" missed the list under that heading, whose lead-in "Common symptoms of … include"
had no colon and was read as a heading; "how long does bells palsy last" got "generally very good" without the
sentence giving the span). Built on a tiny FAQ-style article written here (a title line, question lines, answers),
with the fake encoder."""

from __future__ import annotations

import json

import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.config import Settings
from bot.ingest.articles import parse_article

PALSY = """Facial Palsy

What is (are) Facial Palsy?

Facial palsy is a sudden weakness of the muscles on one side of the face. It is the most common cause of facial
weakness in adults.

What are the symptoms of Facial Palsy?

Common symptoms of facial palsy include

- a drooping eyelid or mouth  - drooling  - dry eye  - altered taste

Symptoms often begin overnight. They range from mild to severe.

What is the outlook for Facial Palsy?

The outlook for people with facial palsy is generally very good. The extent of nerve damage decides the extent of
recovery. Most people begin to get better within 2 weeks and recover fully within 3 to 6 months.
"""


@pytest.fixture(scope="module")
def palsy_bot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outlook")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "facial-palsy.txt").write_text(PALSY, encoding="utf-8")
    (folder / "corpus" / "sources.json").write_text(json.dumps({"facial-palsy.txt": {"title": "Facial Palsy"}}),
                                                   encoding="utf-8")
    return Bot.load(Settings(corpus_dir=folder / "corpus", index_dir=folder / "index"), encoder=FakeEncoder())


def quotes(bot, question: str) -> list[str]:
    answer = bot.ask(question)
    assert answer.kind == "answer", answer.text
    assert "don't cover" not in answer.text, answer.text
    return [c.quote for c in answer.citations]


def test_a_lead_in_without_a_colon_is_text_under_its_question_heading_not_a_heading():
    article = parse_article("facial-palsy", "facial-palsy.txt", PALSY.encode(), {})
    lead_in = next(b for b in article.blocks if article.article.text[b.start:b.end].startswith("Common symptoms"))
    assert lead_in.kind == "paragraph"
    assert lead_in.section == "What are the symptoms of Facial Palsy?"


def test_a_symptoms_question_quotes_the_list_under_the_symptoms_heading(palsy_bot):
    first = quotes(palsy_bot, "What are the symptoms of facial palsy?")[0]
    assert first.startswith("Common symptoms of facial palsy include")
    assert "drooling" in first


def test_how_long_is_answered_with_the_sentence_that_gives_the_span(palsy_bot):
    """The outlook section's first sentence ("…generally very good") comes first and gives no span of time; the
    sentence that does is quoted too, so the answer neither misses it nor says the articles lack it."""
    said = quotes(palsy_bot, "how long does it take to recover from facial palsy")
    assert any("within 3 to 6 months" in q for q in said)

