"""The real model on the real corpus: every development question keeps the contract, most cite gold."""

from __future__ import annotations

import json

import pytest
from support.cli import run
from support.fakes import PROJECT_ROOT

from bot.evaluation.invariants import check_invariants
from bot.evaluation.runner import load_question_sets, load_questions, render_misses, run_system

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def questions():
    return load_question_sets()


def test_every_dev_question_keeps_the_contract(real_bot, real_article_texts, questions):
    problems = {}
    for q in questions:
        answer = real_bot.ask(q["question"], history=q.get("history", [])).to_dict()
        found = check_invariants(answer, real_article_texts)
        if found:
            problems[q["id"]] = found
    assert problems == {}


def test_quality_on_the_blind_check_set_does_not_regress(real_bot, real_article_texts):
    """Questions written by someone who saw only the articles: a change that helps the development questions
    alone shows here. Floors a little under the measured values (session 12, fitted quote ranker: cite 37/40, MRR
    0.856, answer 36/40)."""
    blind = load_questions(PROJECT_ROOT / "tests" / "eval" / "blind_questions.jsonl")
    report = run_system("bot", lambda q, h: real_bot.ask(q, history=h), blind, real_article_texts)
    assert report.cite_hit.value >= 0.92, render_misses(report)
    assert report.cite_mrr >= 0.82
    assert report.answer_hit.value >= 0.85
    assert report.frame_support.value == 1.0, report.unsupported_frames   # every heading backed by a quote
    assert report.invariant_breaks.hits == 0


def still_out_of_scope(question: dict, covered: frozenset[str]) -> bool:
    """An out-of-scope question names nothing the corpus covers. With an operator's extra article in corpus/
    ("Does zinc help a cold?" once a zinc article is there) it is not out of scope any more: left out."""
    from bot.domain.coverage import coverage_of

    return question["kind"] != "out_of_scope" or not any(
        c.is_subject for c in coverage_of(question["question"], covered).covered)


def test_quality_does_not_regress_below_the_floors(real_bot, real_article_texts, questions):
    """The eval table on the repository's questions; floors sit a little under the measured values."""
    questions = [q for q in questions if still_out_of_scope(q, real_bot.index.covered_concepts)]
    report = run_system("bot", lambda q, h: real_bot.ask(q, history=h), questions, real_article_texts)
    # Session 12, fitted quote ranker: cite 94/100, MRR 0.843, answer 88/100 (hand-set weights, tuned on these
    # questions: 97, 0.868, 91; the held-out sets gained what these lost: docs/EVALUATION.md "Session 12").
    assert report.cite_hit.value >= 0.92, render_misses(report)
    assert report.cite_mrr >= 0.82
    assert report.answer_hit.value >= 0.85
    assert report.abstention.value == 1.0, render_misses(report)
    assert report.wrongly_refused.value <= 0.02
    assert report.red_flag_recall.value == 1.0 and report.false_alarms.hits == 0
    assert report.dosing_ok.value == 1.0 and report.dose_leaks.hits == 0
    assert report.frame_support.value == 1.0, report.unsupported_frames
    assert report.invariant_breaks.hits == 0, report.violations


def test_vitamin_k_foods_from_the_command_line():
    result = run("ask", "--json", "What foods are good sources of vitamin K?")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    natto = [c for c in answer["citations"] if "natto, tempeh, and kimchi" in c["passage"]]
    assert natto, answer["citations"]
    assert natto[0]["quote"] in answer["text"] and "natto, tempeh, and kimchi" in natto[0]["quote"]


def test_jsonl_answers_every_line_and_survives_bad_ones():
    lines = [
        json.dumps({"question": "Which foods have it?", "history": ["What does vitamin D do for bones?"]}),
        "this is not json",
        json.dumps({"question": ["not", "a", "string"]}),
        json.dumps({"question": "What is osteomalacia?"}),
    ]
    result = run("ask", "--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["kind"] for a in answers] == ["answer", "invalid", "invalid", "answer"]
    assert all(a["disclaimer"] in a["text"] for a in answers)
    assert any("fish" in c["passage"].lower() for c in answers[0]["citations"])


def test_ask_next_offers_neither_what_was_asked_nor_the_example_buttons(real_bot):
    """Found by a newcomer test: the carer who asked "what foods have vitmin d in them for him" was then offered
    "Which foods are rich in vitamin D?"; the teen's first reply offered the first three example buttons."""
    from bot.domain.wording import example_questions

    buttons = set(example_questions(real_bot.site))
    teen = real_bot.ask("yo my back kills after gaming all nite lol is it cuz im missing vitamins or smth")
    assert len(teen.suggestions) >= 2 and not buttons & set(teen.suggestions), teen.suggestions
    history = ["is my dad's back pain from low vitamin d", "what foods have vitmin d in them for him"]
    carer = real_bot.ask("how much vitamin d shuold he take a day", history=history)
    assert carer.suggestions and not buttons & set(carer.suggestions), carer.suggestions
    assert not any("foods" in s.casefold() for s in carer.suggestions), carer.suggestions
