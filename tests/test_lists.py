"""Whole lists: a quoted lead-in is shown with every item it introduces, each item cited to its own passage, even
when the list is too long for one passage (bot.answering.lists)."""

from __future__ import annotations

import numpy as np
import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.answering.composer import quote_as_shown
from bot.answering.lists import whole_lists
from bot.answering.quotes import Quote
from bot.config import Settings

ITEM = "{name}: this habit is explained at some length here so that the items do not fit in one passage at all."
ARTICLE = ("Habits for strong bones\n\nLiving well\n\nSeveral everyday habits help keep bones strong:\n\n"
           + "\n".join("• " + ITEM.format(name=n) + " A second sentence adds more detail about the same habit here."
                       for n in ("Walking", "Sunlight", "Sleep", "Cooking", "Resting"))
           + "\n\nThat is the end of the list.\n")


@pytest.fixture
def index(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "habits.txt").write_text(ARTICLE, encoding="utf-8")
    return Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder()).index


def _quote(passage, a: int, b: int) -> Quote:
    return Quote(passage, a, b, 1.0, np.zeros(4, dtype=np.float32), 1.0)


def test_a_lead_in_is_followed_by_every_item_whole_even_in_later_passages(index):
    first = next(p for p in index.passages if "habits help keep bones strong:" in p.text)
    assert not all(name in first.text for name in ("Walking", "Resting")), "the list must span passages here"
    lead_in = _quote(first, first.sentences[0][0], len(first.text.rstrip()))
    shown = [quote_as_shown(g[0]) for g in whole_lists(index, [[lead_in]])]
    later = [name for name in ("Sunlight", "Sleep", "Cooking", "Resting") if name not in first.text]
    assert later
    for name in later:
        line = next(s for s in shown[1:] if name in s)
        assert line.startswith("• ") and f"{name}: this habit" in line and "A second sentence" in line   # whole
    items = [g[0] for g in whole_lists(index, [[lead_in]])[1:]]
    assert all(q.passage.text[q.start:q.end] == q.text for q in items)      # each opens its own passage's text


def test_a_quote_that_is_no_lead_in_is_left_alone(index):
    last = next(p for p in index.passages if "end of the list" in p.text)
    a, b = last.sentences[-1]
    groups = [[_quote(last, a, b)]]
    assert whole_lists(index, groups) == groups


def test_a_lead_in_followed_by_another_lists_lead_in_in_its_passage_comes_with_both_lists(tmp_path):
    # A newcomer's MedQuAD page (session 25): "Other signs and symptoms include" was quoted alone because its
    # passage went on with "Less common symptoms include" and that list's items.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "uc.txt").write_text(
        "Colitis\n\nSymptoms\n\nThe most common symptom is diarrhea with blood. Other signs and symptoms include\n\n"
        "- feeling tired\n- weight loss\n\nLess common symptoms include\n\n- joint pain\n- eye irritation\n",
        encoding="utf-8")
    index = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder()).index
    passage = next(p for p in index.passages if "Other signs" in p.text)
    a, b = next((a, b) for a, b in passage.sentences if passage.text[a:b].endswith("include"))
    shown = quote_as_shown(whole_lists(index, [[_quote(passage, passage.sentences[0][0], b)]])[0][0])
    assert "feeling tired" in shown and "joint pain" in shown


@pytest.mark.slow
def test_a_prevention_answer_quotes_its_whole_list_each_item_cited(real_bot):
    answer = real_bot.ask("what can I do every day so back pain from low vitamins doesn't return?")
    bullets = [line for line in answer.text.splitlines() if line.startswith("• ")]
    assert len(bullets) >= 4, answer.text
    cited = {c.passage.passage_id for c in answer.citations}
    assert len(cited) >= 3
