"""Every [n] in an answer marks a sentence that stands, word for word, in the passage citation n opens (the
product's promise), also when several articles state the same fact in their own words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

QUESTIONS = Path(__file__).parent / "eval" / "questions.jsonl"
_MARKERS = re.compile(r"(?:\s*\[\d+\])+\s*$")


def _marked_lines(text: str) -> list[tuple[str, list[int]]]:
    out = []
    for paragraph in text.split("\n\n"):
        found = _MARKERS.search(paragraph)
        if found:
            quote = paragraph[:found.start()].strip().removeprefix("• ")
            out.append((quote, [int(n) for n in re.findall(r"\d+", found.group(0))]))
    return out


@pytest.mark.slow
def test_each_marker_opens_a_passage_that_holds_the_marked_sentence(real_bot):
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()[:60]]
    checked = 0
    for question in [*questions, "b12", "can low vitamin d make you tired"]:
        answer = real_bot.ask(question)
        passages = {c.n: c.passage.text for c in answer.citations}
        for quote, numbers in _marked_lines(answer.text):
            for n in numbers:
                assert quote in passages[n], (question, n, quote)
                checked += 1
    assert checked > 100
