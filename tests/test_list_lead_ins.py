"""A list's lead-in is never quoted without its items, whether it ends in a colon or breaks off unfinished
("Hypothyroidism has several causes, including") before items on lines of their own."""

from __future__ import annotations

import pytest

from bot.answering.quote_bounds import list_end, opens_list
from bot.ingest.sentences import split_sentences
from bot.types import Passage


def passage(text: str) -> Passage:
    """A passage as the chunker makes one: each line (block) split into sentences on its own; list items keep
    their "• " marker outside the sentence."""
    spans, offset = [], 0
    for line in text.split("\n"):
        marker = 2 if line.startswith("• ") else 0
        if line.strip():
            spans += split_sentences(line[marker:], offset + marker)
        offset += len(line) + 1
    return Passage("a#0", "a", "A", None, text, 0, len(text), tuple(spans))


@pytest.mark.parametrize("text", [
    "Hypothyroidism has several causes, including\n\n• autoimmune thyroiditis\n• thyroid surgery\n• radiation",
    "Common causes are:\n\n• autoimmune thyroiditis\n• thyroid surgery\n• radiation",
])
def test_a_lead_in_takes_its_items_along(text):
    p = passage(text)
    assert opens_list(p, 0)
    assert p.text[:p.sentences[_list_end_index(p)][1]].endswith("radiation")


def test_a_finished_sentence_is_not_a_lead_in():
    p = passage("Gout is a form of arthritis.\n\n• It affects the big toe.")
    assert not opens_list(p, 0)


def test_an_unfinished_line_is_a_lead_in_only_before_a_new_line():
    p = passage("Levels can drop in people with kidney disease or celiac disease and so on")
    assert not opens_list(p, 0)


def _list_end_index(p: Passage) -> int:
    end = list_end(p, 0, 6)
    return next(i for i, (_, b) in enumerate(p.sentences) if b == end)


def test_a_food_question_about_a_condition_is_not_headed_food_sources_of_it():
    """"Food sources of osteomalacia" promises something no article can say; a nutrient keeps the heading."""
    from bot.domain.wording import lead

    assert lead("foods", "osteomalacia", nutrient=False) == "On food and osteomalacia, the articles say:"
    assert lead("foods", "magnesium", nutrient=True) == "Food sources of magnesium named in the articles:"


def test_list_items_quoted_from_a_passage_start_come_under_their_section_heading():
    """A newcomer's article: "Urgent advice: Get help straight away if" (a heading) over "• you have severe heel
    pain…" was answered as the bare fragment "you have severe heel pain…", a warning sign read as a symptom."""
    import numpy as np

    from bot.answering.composer import quote_as_shown
    from bot.answering.quotes import Quote

    text = "• you have severe heel pain that started suddenly\n• you cannot put any weight on your foot"
    items = Passage("a#3", "a", "A", "Urgent advice: Get help straight away if", text, 0, len(text),
                    ((2, 50), (53, len(text))), "list")
    shown = quote_as_shown(Quote(items, 2, len(text), 1.0, np.zeros(3), 1.0))
    assert shown.startswith("Urgent advice: Get help straight away if\n\n• you have severe heel pain")
    sentence = Passage("b#0", "b", "B", "Causes", "Heel pain is common.", 0, 20, ((0, 20),), "text")
    assert quote_as_shown(Quote(sentence, 0, 20, 1.0, np.zeros(3), 1.0)) == "Heel pain is common."


@pytest.mark.parametrize(("text", "whole"), [
    # A newcomer's own article: the announcement was quoted alone, the side effects left out.
    ("CPAP treatment may cause side effects in some people. These side effects include a dry or stuffy nose and "
     "headaches.", True),
    ("Sleep apnea has several treatments. They include mouthpieces and surgery.", True),
    # Not an elaboration: another noun, or "they are" saying something new of a subject.
    ("Vitamin D helps bones. These foods are rich in it.", False),
    ("Vitamin D and calcium help bones. They are important for everyone.", False),
])
def test_a_sentence_that_only_announces_is_quoted_with_the_one_that_spells_it_out(text, whole):
    from bot.answering.quote_bounds import ScoredSentence, quote_end
    from bot.config import QuoteSettings
    p = passage(text)
    chosen = ScoredSentence(choice=1.0, score=1.0, i=0, shared=frozenset())
    weak_next = ScoredSentence(choice=0.0, score=-5.0, i=1, shared=frozenset())
    end = quote_end(p, [chosen, weak_next], chosen, {}, QuoteSettings())
    assert (end == p.sentences[1][1]) is whole
