"""The new question kinds (partial, comparison, out_of_scope after history) and frame support, scored on
hand-made answers (no model), and the loader on the fresh batches and the operator questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import InputError
from bot.evaluation import coverage, framing, metrics, report
from bot.evaluation import runner as evaluate

ROOT = Path(__file__).resolve().parent.parent
DISCLAIMER = ("General information only, not medical advice. "
              "Consult a doctor or other qualified healthcare professional.")
MAG = "Magnesium helps muscles relax after contracting. Nuts, seeds and leafy greens are good sources of magnesium."
VITD = "Vitamin D is made in sunlight. Low vitamin D does not always cause pain. A blood test measures vitamin D."


def cite(n: int, passage: str, quote: str) -> dict:
    return {"n": n, "passage_id": f"p#{n}", "doc_id": "p", "title": "t", "section": None, "passage": passage,
            "start": 0, "end": len(passage), "quote": quote, "score": 0.5}


def answer(body: str, cits=(), kind: str = "answer") -> dict:
    return {"question": "q", "kind": kind, "text": f"{body}\n\n{DISCLAIMER}", "citations": list(cits),
            "retrieved": [], "disclaimer": DISCLAIMER, "urgent": None, "index": "abc"}


NO_ANSWER = answer("I couldn't find an answer to that in the articles I draw on, so I won't guess.", kind="no_answer")
MAG_QUOTE = "Nuts, seeds and leafy greens are good sources of magnesium."


# --- partial coverage --------------------------------------------------------------------------------------

PARTIAL = {"id": "p1", "kind": "partial", "question": "Does magnesium help fibromyalgia?",
           "uncovered": ["fibromyalgia"], "gold": ["Magnesium helps muscles relax"]}


def test_partial_is_honest_when_the_bot_says_in_its_own_words_that_the_term_is_not_covered():
    said = answer(f"The articles don't mention fibromyalgia.\n\nOn magnesium:\n\n{MAG_QUOTE} [1]",
                  [cite(1, MAG, MAG_QUOTE)])
    result = metrics.score_question(PARTIAL, said)
    assert result.honest and result.cite_hit and result.ok


def test_partial_is_not_honest_when_the_term_is_only_named_or_only_negated():
    silent = answer(f"On magnesium:\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    vague = answer(f"The articles do not cover everything.\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    named = answer(f"On magnesium and fibromyalgia:\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    for a in (silent, vague, named):
        result = metrics.score_question(PARTIAL, a)
        assert result.honest is False and not result.ok and "not covered" in result.reason


def test_a_negation_inside_a_quoted_article_sentence_is_not_the_bot_saying_so():
    quote = "Low vitamin D does not always cause pain."
    a = answer(f"On vitamin D:\n\n{quote} [1]", [cite(1, VITD, quote)])
    assert not coverage.states_not_covered(a, ["vitamin D"])
    assert coverage.states_not_covered(answer("The articles say nothing about vitamin D toxicity."), ["toxicity"])


def test_a_term_is_named_in_another_form_of_the_word():
    assert coverage.states_not_covered(answer("The articles do not discuss pregnancy."), ["pregnant"])
    assert not coverage.states_not_covered(answer("The articles do not discuss pregnancy."), ["zinc"])


def test_partial_without_gold_is_honest_as_no_answer_and_is_not_an_in_scope_refusal():
    q = {"id": "p2", "kind": "partial", "question": "Is ibuprofen ok with magnesium?", "uncovered": ["ibuprofen"]}
    result = metrics.score_question(q, NO_ANSWER)
    assert result.ok and result.honest and result.cite_hit is None and not result.in_scope
    with_gold = metrics.score_question(PARTIAL, NO_ANSWER)
    assert not with_gold.ok and with_gold.in_scope and with_gold.reason.startswith("refused")


# --- comparisons -------------------------------------------------------------------------------------------

COMPARISON = {"id": "c1", "kind": "comparison", "question": "magnesium or vitamin D?",
              "sides": [{"term": "magnesium", "gold": ["good sources of magnesium"]},
                        {"term": "vitamin D", "gold": ["made in sunlight"]}]}


def test_comparison_needs_every_side_cited_and_counts_a_cite_hit_for_either():
    one = answer(f"What the articles say:\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    both = answer(f"What the articles say:\n\n{MAG_QUOTE} [1]\n\nVitamin D is made in sunlight. [2]",
                  [cite(1, MAG, MAG_QUOTE), cite(2, VITD, "Vitamin D is made in sunlight.")])
    r_one, r_both = metrics.score_question(COMPARISON, one), metrics.score_question(COMPARISON, both)
    assert r_one.cite_hit and r_one.both_sides is False and not r_one.ok
    assert r_both.both_sides and r_both.ok and r_both.rr == 1.0


def test_a_side_without_gold_must_be_said_to_be_uncovered():
    q = {"id": "c2", "kind": "comparison", "question": "magnesium or potassium?",
         "sides": [{"term": "magnesium", "gold": ["good sources of magnesium"]}, {"term": "potassium", "gold": []}]}
    silent = answer(f"What the articles say:\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    said = answer(f"The articles don't say anything about potassium.\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    assert not metrics.score_question(q, silent).both_sides
    assert metrics.score_question(q, said).both_sides


# --- out of scope after history, and the report rows -------------------------------------------------------

def test_out_of_scope_after_history_has_its_own_row_and_rates_count_only_what_applies():
    oos = {"id": "o1", "kind": "out_of_scope", "question": "tell me a joke", "history": ["Is magnesium linked?"]}
    fresh = {"id": "o2", "kind": "out_of_scope", "question": "tell me a joke"}
    confident = answer(f"On magnesium:\n\n{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])
    results = [metrics.score_question(oos, confident), metrics.score_question(fresh, NO_ANSWER),
               metrics.score_question(PARTIAL, NO_ANSWER)]
    r = report.build_report("bot", results)
    assert str(r.abstention) == "0.500 (1/2)" and str(r.abstention_after_history) == "0.000 (0/1)"
    assert str(r.honesty) == "0.000 (0/1)" and r.both_sides.total == 0
    assert str(r.wrongly_refused) == "1.000 (1/1)"
    assert r.frame_support.total == 1 and r.unsupported_frames == []   # "On magnesium" over a magnesium quote
    table = evaluate.render_table([r])
    for row in ("out_of_scope after history", "honesty", "both sides", "frame support"):
        assert row in table


# --- frame support -----------------------------------------------------------------------------------------

IRON_FOODS = ("Food sources of iron named in the articles:\n\n"
              "Foods rich in Vitamin D (fatty fish, fortified foods) can help. [1]")


@pytest.mark.parametrize("body, quote, supported", [
    (IRON_FOODS, "Foods rich in Vitamin D (fatty fish, fortified foods) can help.", False),   # no iron
    ("Food sources of magnesium named in the articles:\n\n" + MAG_QUOTE + " [1]", MAG_QUOTE, True),
    ("On treating osteomalacia, the articles say:\n\nPeople with osteomalacia may be reluctant to exercise. [1]",
     "People with osteomalacia may be reluctant to exercise.", False),        # no treatment word
    ("On how vitamin D deficiency is diagnosed, the articles say:\n\nA blood test measures vitamin D. [1]",
     "A blood test measures vitamin D.", True),
    ("Symptoms the articles link to B12:\n\nLow vitamin B12 causes tingling. [1]",
     "Low vitamin B12 causes tingling.", True),
    ("What the articles say:\n\nVitamin D is made in sunlight. [1]", "Vitamin D is made in sunlight.", True),
    # A statement of what the articles lack claims nothing of its kind about the quotes: only their topic counts.
    ("The articles don't name food sources of potassium. What they do say about potassium:\n\n"
     "Low potassium can cause cramps. [1]", "Low potassium can cause cramps.", True),
    ("The articles don't name food sources of potassium. What they do say about potassium:\n\n"
     "Low magnesium can cause cramps. [1]", "Low magnesium can cause cramps.", False),
    ("None of the passages closest to your question mentions potassium. What they say:\n\n"
     "Disc problems can cause back pain. [1]", "Disc problems can cause back pain.", True),
])
def test_frame_support_needs_a_quote_of_the_heading_kind_about_its_topic(body, quote, supported):
    check = framing.frame_check(answer(body, [cite(1, quote, quote)]))
    assert check is not None and check.supported is supported, check


def test_the_heading_is_the_line_before_the_first_quote_and_topics_drop_frame_words():
    a = answer(IRON_FOODS, [cite(1, "x", "x")])
    assert framing.heading_of(a) == "Food sources of iron named in the articles:"
    assert framing.heading_kind("On causes and links with vitamin D deficiency, the articles say:") == "causes"
    assert framing.heading_topic("On causes and links with vitamin D deficiency, the articles say:",
                                 "causes") == ("vitamin", "d")


def test_no_heading_or_no_answer_means_nothing_to_check():
    assert framing.frame_check(answer(f"{MAG_QUOTE} [1]", [cite(1, MAG, MAG_QUOTE)])) is None
    assert framing.frame_check(NO_ANSWER) is None


# --- the loader ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["fresh_a.jsonl", "fresh_b.jsonl", "operator/questions.jsonl"])
def test_the_loader_accepts_the_fresh_batches_and_the_operator_questions(name):
    questions = evaluate.load_questions(ROOT / "tests" / "eval" / name)
    assert len(questions) >= 28
    for q in questions:
        if q["kind"] == "comparison":
            assert len(q["sides"]) >= 2 and q["gold"] == [g for s in q["sides"] for g in s["gold"]]


def test_the_fresh_batches_stay_out_of_the_default_set():
    assert not any(q["source"].startswith("fresh") for q in evaluate.load_question_sets())


@pytest.mark.parametrize("line, problem", [
    ('{"id": "x", "kind": "partial", "question": "q", "gold": []}', "uncovered"),
    ('{"id": "x", "kind": "comparison", "question": "q", "sides": [{"term": "a", "gold": []}]}', "sides"),
    ('{"id": "x", "kind": "comparison", "question": "q", "sides": [{"gold": []}, {"term": "b"}]}', "sides"),
])
def test_the_loader_names_what_is_wrong_with_a_new_kind(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        evaluate.load_questions(path)


# --- the operator check's scoring ---------------------------------------------------------------------------

def test_operator_check_counts_right_article_wrong_article_refusals_and_out_of_scope():
    import importlib.util

    spec = importlib.util.spec_from_file_location("operator_check", ROOT / "benchmarks" / "operator_check.py")
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    qs = [{"id": f"q{i}", "kind": "answer", "question": "q", "gold": ["good sources of magnesium"], "doc": "mag"}
          for i in range(3)] + [{"id": "o", "kind": "out_of_scope", "question": "joke", "gold": []}]
    right = dict(cite(1, MAG, MAG_QUOTE), doc_id="mag")
    other = dict(cite(1, MAG, MAG_QUOTE), doc_id="vitd")   # the phrase, but in another article
    answers = [answer(f"{MAG_QUOTE} [1]", [right]), answer(f"{MAG_QUOTE} [1]", [other]), NO_ANSWER, NO_ANSWER]
    counts = check.score(qs, answers)["counts"]
    assert (counts["correct"], counts["wrong_article"], counts["refused"]) == (1, 1, 1)
    assert (counts["out_of_scope_refused"], counts["out_of_scope"]) == (1, 1)
