""""Too much X" questions: said not covered unless a passage about X speaks of excess (bot.answering.excess)."""

from __future__ import annotations

import re

import pytest

from bot.answering.excess import uncovered_excess
from bot.domain.vocabulary import Topic
from bot.types import Passage

VITAMIN_D = Topic("vitamin D", "nutrient", ("vitamin d",), ("vitamin d",))
MAGNESIUM = Topic("magnesium", "nutrient", ("magnesium",), ("magnesium",))
CRAMPS = Topic("muscle cramps", "condition", ("cramps",), ("cramps",))


def passage(doc_id: str, text: str) -> Passage:
    return Passage(f"{doc_id}#0", doc_id, doc_id, None, text, 0, len(text), ((0, len(text)),))


PASSAGES = [
    passage("d", "Vitamin D deficiency weakens bones."),
    passage("m", "However, excessive osmotic activity, especially with high dosages, can upset the gut."),
]
TITLES = {"d": "Vitamin D and bones", "m": "Can magnesium cause back pain?"}


@pytest.mark.parametrize("question, topics, expected", [
    ("is too much vitamin d dangerous?", (VITAMIN_D,), ("too much vitamin D",)),
    # named in the question's own word
    ("could i overdose on vitamin d", (VITAMIN_D,), ("vitamin D overdose",)),
    ("is vitamin d toxicity a thing?", (VITAMIN_D,), ("vitamin D toxicity",)),
    ("can you take too much of it?", (VITAMIN_D,), ("too much vitamin D",)),   # a follow-up's pronoun
    ("how much vitamin d is too much", (VITAMIN_D,), ("too much vitamin D",)),   # the nutrient, a copula, excess
    # the magnesium article speaks of excess (its title names magnesium, the passage does not)
    ("can too much magnesium cause back pain?", (MAGNESIUM,), ()),
    # "too much" about something else in the sentence
    ("i sit too much at work, could low vitamin d hurt my back?", (VITAMIN_D,), ()),
    ("i worry too much about my vitamin d levels", (VITAMIN_D,), ()),
    ("too many cramps at night", (CRAMPS,), ()),   # not a nutrient
    ("what does vitamin d do?", (VITAMIN_D,), ()),
])
def test_excess_of_a_nutrient_is_said_uncovered_only_when_no_passage_about_it_speaks_of_excess(question, topics,
                                                                                                 expected):
    assert uncovered_excess(question, topics, PASSAGES, TITLES) == expected


@pytest.mark.slow
@pytest.mark.parametrize("question", ["can you overdose on magnesium", "what if i take too much magnesium"])
def test_a_question_about_too_much_quotes_the_sentence_that_speaks_of_excess(real_bot, question):
    # (a newcomer: answered with deficiency sentences only, though the magnesium article says what high doses do)
    quotes = [c.quote.casefold() for c in real_bot.ask(question).citations]
    assert any(re.search(r"excess\w*|high dos\w*|too much", q) for q in quotes)
