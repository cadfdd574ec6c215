"""A message that asks two different things gets both answered (bot.domain.parts, bot.answering.joined): before,
"what are the symptoms of low b12 and how is it treated?" was answered about treatment only (a newcomer's "what
causes RLS and how is it treated?", session 27). Our own wording throughout."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.answering.joined import UNANSWERED, joined
from bot.domain.parts import asked_parts
from bot.evaluation.invariants import check_invariants
from bot.safety.notices import DISCLAIMER
from bot.types import Answer, Citation, Passage


@pytest.mark.parametrize("message, parts", [
    ("what are the symptoms of low iron and how is it treated?", ("what are the symptoms of low iron",
                                                                 "how is it treated?")),
    ("Which foods have zinc? Also how do they test for it?", ("Which foods have zinc?", "how do they test for it?")),
    ("what is rickets, and how do you prevent it", ("what is rickets", "how do you prevent it")),
    # what the message tells first stays with the first part, so that "it" still refers to something
    ("My dad is 80 and his hip aches all the time. What could cause it and how is it treated?",
     ("My dad is 80 and his hip aches all the time. What could cause it", "how is it treated?")),
])
def test_two_kinds_of_question_are_two_parts(message, parts):
    assert asked_parts(message) == parts


def test_a_typo_does_not_hide_a_parts_kind():
    message = "what are the sympotms of low iron and what is anemia"   # "sympotms" read as symptoms once corrected
    assert asked_parts(message) == ()      # uncorrected, both parts read as "what is/are …?" definitions: one kind
    respell = lambda text: text.replace("sympotms", "symptoms")         # noqa: E731 (bot.domain.spelling's job)
    assert asked_parts(message, respell) == ("what are the sympotms of low iron", "what is anemia")


def test_who_is_at_risk_is_a_part_of_its_own():
    assert asked_parts("what are the symptoms of low iron and who is at risk") == (
        "what are the symptoms of low iron", "who is at risk")


@pytest.mark.parametrize("message", [
    "Can low vitamin D cause back pain?",                                   # one question
    "I've had a sore back for weeks and I'm always tired. Could it be my iron?",   # a story, then one question
    "what foods have iron and what foods have b12?",                        # the same kind twice: one question
    "what's the difference between rickets and osteomalacia and how do you treat them?",   # a comparison's sides
    "my back hurts and i feel tired all the time",                          # nothing asked
])
def test_one_question_is_not_split(message):
    assert asked_parts(message) == ()


def _passage(n: int) -> Passage:
    text = f"Sentence number {n} of the article."
    return Passage(f"doc#{n}", "doc", "Doc", None, text, 0, len(text), ((0, len(text)),))


def _answer(lines: list[tuple[str, int]], heading: str, opening: str = "") -> Answer:
    """A cited answer whose quote lines are `lines` ((passage number, marker) pairs), as the composer writes it."""
    citations, body = [], []
    for n, marker in lines:
        passage = _passage(n)
        if all(c.n != marker for c in citations):
            citations.append(Citation(marker, passage, passage.text, 1.0))
        body.append(f"{passage.text} [{marker}]")
    text = "\n\n".join(p for p in (opening, heading, *body, DISCLAIMER) if p)
    return Answer("q", "answer", text, tuple(citations), (), DISCLAIMER, None, "f" * 16)


def test_joined_answer_renumbers_by_first_appearance_and_shows_a_shared_quote_once():
    first = _answer([(1, 1), (2, 2)], "Symptoms the articles link to low iron:", opening="Advice notice.")
    second = _answer([(2, 1), (3, 2)], "On treating low iron, the articles say:", opening="Advice notice.")
    both = joined(first, second, "Advice notice.", question="symptoms and treatment?", parts=("a", "b"))
    assert both.question == "symptoms and treatment?"
    assert [c.n for c in both.citations] == [1, 2, 3]
    assert [c.passage.passage_id for c in both.citations] == ["doc#1", "doc#2", "doc#3"]
    assert both.text.count("Advice notice.") == 1 and both.text.count(DISCLAIMER) == 1
    assert both.text.endswith(DISCLAIMER)
    assert both.text.count("Sentence number 2") == 1                 # the shared quote is not repeated
    assert "Sentence number 3 of the article. [3]" in both.text
    assert both.text.index("On treating low iron") > both.text.index("Symptoms the articles link")


def test_a_part_with_nothing_to_quote_is_said_to_be_unanswered():
    first = _answer([(1, 1)], "What the articles say about rickets:")
    refused = Answer("q", "no_answer", f"I couldn't find that.\n\n{DISCLAIMER}", (), (), DISCLAIMER, None, "f" * 16)
    both = joined(first, refused, "", question="what is rickets and what does the test cost?",
                  parts=("what is rickets", "what does the test cost?"))
    assert UNANSWERED.format(part="what does the test cost?") in both.text
    assert both.text.count(DISCLAIMER) == 1 and both.text.endswith(DISCLAIMER)
    assert [c.n for c in both.citations] == [1]


@pytest.mark.slow
@pytest.mark.parametrize("message, first_heading, second_heading", [
    ("what are the symptoms of low b12 and how is it treated?", "Symptoms", "treating"),
    ("which foods have magnesium? also how do they check for it", "Food sources", "checked"),
])
def test_both_parts_answered_by_the_real_bot(real_bot, real_article_texts, message, first_heading, second_heading):
    answer = real_bot.ask(message).to_dict()
    assert answer["kind"] == "answer"
    assert check_invariants(answer, real_article_texts) == []
    text = answer["text"]
    assert first_heading in text and second_heading in text
    assert text.index(first_heading) < text.index(second_heading)
    assert text.count(DISCLAIMER) == 1
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", text)]
    assert sorted(set(numbers)) == list(range(1, len(answer["citations"]) + 1))
    assert list(dict.fromkeys(numbers)) == sorted(set(numbers))      # numbered by first appearance


def test_what_the_unanswered_part_names_uncovered_is_said_first():
    first = _answer([(1, 1)], "On causes and links with potassium, the articles say:")
    refused = Answer("q", "no_answer", f"The articles don't cover plantains.\n\nI couldn't find that.\n\n{DISCLAIMER}",
                     (), (), DISCLAIMER, None, "f" * 16)
    both = joined(first, refused, "", question="does low potassium cause cramps and should I eat plantains?",
                  parts=("does low potassium cause cramps", "should I eat plantains?"))
    assert both.text.startswith("The articles don't cover plantains, so this answer can't say anything about that "
                                "part.\n\nOn causes and links with potassium")
    assert "I couldn't find that" not in both.text and both.text.count(DISCLAIMER) == 1


def test_a_list_quoted_by_both_parts_is_shown_once_with_its_lead_in():
    lead_in, items = "You are more likely to get gout if you:", "• Are male\n• Drink beer"
    listed = Passage("doc#9", "doc", "Doc", None, f"{lead_in}\n\n{items}", 0, 60, ((0, 39), (41, 60)))
    first = _answer([(1, 1)], "What the articles say about gout:")
    first = replace(first, citations=(*first.citations, Citation(2, listed, f"{lead_in}\n\n{items}", 1.0)),
                    text=first.text.replace(DISCLAIMER, f"{lead_in}\n\n{items} [2]\n\n{DISCLAIMER}"))
    second = Answer("q", "answer", f"On treating gout, the articles say:\n\n{lead_in}\n\n{items} [1]\n\n"
                    f"{_passage(3).text} [2]\n\n{DISCLAIMER}",
                    (Citation(1, listed, f"{lead_in}\n\n{items}", 1.0),
                     Citation(2, _passage(3), _passage(3).text, 1.0)), (), DISCLAIMER, None, "f" * 16)
    both = joined(first, second, "", question="q", parts=("a", "b"))
    assert both.text.count(lead_in) == 1 and both.text.count("Are male") == 1
    assert "On treating gout, the articles say:\n\nSentence number 3 of the article. [3]" in both.text
