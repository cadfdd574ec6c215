"""The answer contract of DESIGN.md, on the tiny corpus (fast)."""

from __future__ import annotations

import re

import pytest

from bot.evaluation.invariants import check_invariants
from bot.safety.screening import DISCLAIMER

QUESTIONS = [
    "Which fermented foods contain vitamin K?",
    "What causes leg cramps?",
    "Does vitamin K work with vitamin D?",
    "",
    "   ",
    "?!?",
    "x" * 5000,
    "<script>alert(1)</script> cramps",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_answer_keeps_the_contract(tiny_bot, question):
    answer = tiny_bot.ask(question).to_dict()
    texts = {d: a.text for d, a in tiny_bot.index.articles.items()}
    assert check_invariants(answer, texts) == []
    assert DISCLAIMER in answer["text"] and answer["text"].rstrip().endswith(DISCLAIMER)
    assert answer["index"] == tiny_bot.fingerprint


def test_a_cited_answer_quotes_the_article_verbatim(tiny_bot):
    answer = tiny_bot.ask("Which fermented foods contain vitamin K?")
    assert answer.kind == "answer" and answer.citations
    first = answer.citations[0]
    assert first.quote in answer.text and "[1]" in answer.text
    assert "natto" in first.passage.text.lower()


def test_markers_are_numbered_by_first_appearance(tiny_bot):
    answer = tiny_bot.ask("What causes cramps and which foods contain vitamin K?")
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    firsts = list(dict.fromkeys(markers))
    assert firsts == list(range(1, len(answer.citations) + 1))


def test_invalid_questions_say_what_to_do(tiny_bot):
    empty = tiny_bot.ask("")
    assert empty.kind == "invalid" and not empty.citations and "question" in empty.text.lower()
    long = tiny_bot.ask("why " * 600)
    assert long.kind == "invalid" and "1000" in long.text.replace(",", "")


def test_user_markup_is_never_echoed(tiny_bot):
    answer = tiny_bot.ask('<img src="http://127.0.0.1/x.png"> <script>alert(1)</script> cramps')
    assert "<script" not in answer.text and "<img" not in answer.text


def test_follow_up_uses_the_topic_of_the_conversation(tiny_bot):
    answer = tiny_bot.ask("Which foods have it?", history=["Is vitamin K good for bones?"])
    assert answer.topic == "vitamin K"
    assert any("natto" in c.passage.text.lower() or "kale" in c.passage.text.lower() for c in answer.citations)
