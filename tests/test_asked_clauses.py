"""A covered topic that only sets the scene does not make a question about an uncovered thing answerable
(bot.domain.asked_clauses): "I have gout, is it safe for me to get pregnant?" on a site whose articles cover gout
but never mention pregnancy is refused with "the articles don't cover pregnancy"; asked of the covered topic
("I'm pregnant, how is gout treated?", "is it safe to take a statin if I have gout?" with statins covered), it is
answered. Every question is our own wording."""

from __future__ import annotations

import pytest

from bot.domain.asked_clauses import asked_only_of_uncovered, scene_spans
from bot.domain.scope import check_scope
from bot.domain.site import Site
from bot.ingest.pack import default_pack


def _site(*covered: str) -> Site:
    ids = frozenset(covered)
    return Site(default_pack(), titles=("Gout",), covered=ids, concept_articles={c: 1 for c in ids})


@pytest.mark.parametrize("question", [
    "I have gout, is it safe for me to get pregnant?",
    "is it safe to get pregnant if you have gout",
    "My dad had gout for years. Should he be on a statin now?",
    "my wife has gout and we want a baby, is pregnancy risky for her?",
    "can people with gout take statins safely?",
])
def test_a_covered_topic_only_in_the_scene_leaves_the_uncovered_question_refused(question: str) -> None:
    verdict = check_scope(_site("gout"), question, frozenset())
    assert not verdict.in_scope and verdict.uncovered, verdict


@pytest.mark.parametrize("question", [
    "I'm pregnant, how is gout treated?",                       # the population sets the scene; gout is asked
    "is gout treated differently if you are pregnant?",          # gout asked, pregnancy only the condition
    "my son has gout, why did this happen? was it something I ate while pregnant?",   # one clause asks of gout
])
def test_a_covered_topic_asked_about_is_still_answered(question: str) -> None:
    assert check_scope(_site("gout"), question, frozenset()).in_scope


def test_a_covered_medicine_asked_about_beside_a_covered_condition_is_answered() -> None:
    assert check_scope(_site("gout", "statins"), "is it safe to take a statin if I have gout?", frozenset()).in_scope


def test_the_scene_is_told_clauses_before_the_question_and_its_conditions() -> None:
    text = "i have gout, is it safe to fly if my ankle is swollen?"
    assert [text[a:b].strip(" ,?") for a, b in scene_spans(text)] == ["i have gout", "if my ankle is swollen"]
    assert scene_spans("i have gout and it hurts") == []       # nothing asked: no scene


def test_every_asking_clause_must_hold_the_uncovered_thing() -> None:
    text = "why does this happen? could it be the statin?"
    start = text.index("statin")
    assert not asked_only_of_uncovered(text, [(start, start + 6)], lambda t: False)
    assert asked_only_of_uncovered("could it be the statin?", [(16, 22)], lambda t: False)
