"""The evaluation's scoring, on hand-made answers (no model), and the integrity of the question files."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from bot.errors import InputError
from bot.evaluation import invariants, metrics, report
from bot.evaluation import runner as evaluate

ROOT = Path(__file__).resolve().parent.parent
DISCLAIMER = ("General information only, not medical advice. "
              "Consult a doctor or other qualified healthcare professional.")
URGENT = "These symptoms need urgent assessment: go to A&E now or call 999."
ARTICLES = {
    "mag": "Magnesium helps muscles relax after contracting. Nuts, seeds,\u00a0and leafy greens are good sources.",
    "vitd": "Vitamin D is called the sunshine vitamin. The body’s skin makes it in sunlight. Some take 1000 IU.",
}


def cite(n: int, doc: str, start: int, end: int, quote: str | None = None) -> dict:
    passage = ARTICLES[doc][start:end]
    return {"n": n, "passage_id": f"{doc}#{n}", "doc_id": doc, "title": doc, "section": None, "passage": passage,
            "start": start, "end": end, "quote": passage if quote is None else quote, "score": 0.5}


def answer(body: str = "Muscles relax with magnesium [1]. Sun makes vitamin D [2].", cits=None,
           kind: str = "answer", urgent: str | None = None) -> dict:
    if cits is None:
        cits = [cite(1, "mag", 0, 47), cite(2, "vitd", 0, 41)]
    text = "\n\n".join(([urgent] if urgent else []) + [body, DISCLAIMER])
    return {"question": "q", "kind": kind, "text": text, "citations": cits,
            "retrieved": [{"passage_id": c["passage_id"], "score": 0.5} for c in cits],
            "disclaimer": DISCLAIMER, "urgent": urgent, "index": "abc"}


def test_a_well_formed_answer_keeps_every_invariant():
    assert invariants.check_invariants(answer(), ARTICLES) == []
    assert invariants.check_invariants(answer("Nothing found.", [], kind="no_answer"), ARTICLES) == []
    assert invariants.check_invariants(answer("Rest [1].", [cite(1, "mag", 0, 47)], "urgent", URGENT), ARTICLES) == []


def _set(path, value):
    def mutate(a):
        target = a
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


VIOLATIONS = {
    "text lacks the disclaimer": (_set(["text"], "Muscles relax [1]. Sun [2]."), "does not contain the disclaimer"),
    "empty disclaimer": (_set(["disclaimer"], ""), "disclaimer is missing"),
    "marker without citation": (lambda a: a.update(text=a["text"].replace("[2]", "[2] [3]")),
                                "[3] in text has no citation"),
    "citation never used": (lambda a: a.update(text=a["text"].replace("[2]", "")), "citation [2] is not used"),
    "numbers not 1..k": (lambda a: (_set(["citations", 1, "n"], 3)(a), a.update(text=a["text"].replace("[2]", "[3]"))),
                         "not 1..2"),
    "numbered out of appearance order": (lambda a: a.update(text=a["text"].replace("[1]", "[x]").replace("[2]", "[1]")
                                                            .replace("[x]", "[2]")),
                                         "first appear in the order [2, 1]"),
    "quote not in passage": (_set(["citations", 0, "quote"], "Magnesium cures everything."),
                             "quote is not a substring"),
    "empty quote": (_set(["citations", 0, "quote"], " "), "quote is empty"),
    "passage not at its offsets": (_set(["citations", 1, "start"], 1), "passage is not the text of vitd[1:41]"),
    "offsets out of range": (_set(["citations", 1, "end"], 10_000), "offsets 0..10000 are not valid"),
    "unknown document": (_set(["citations", 0, "doc_id"], "nope"), "unknown doc_id 'nope'"),
    "bad kind": (_set(["kind"], "maybe"), "kind 'maybe' is not one of"),
    "urgent without notice": (_set(["kind"], "urgent"), "urgent notice is missing"),
    "urgent notice not first": (lambda a: a.update(kind="urgent", urgent=URGENT, text=a["text"] + URGENT),
                                "does not open with the urgent notice"),
    "notice on a plain answer": (_set(["urgent"], URGENT), "urgent notice set on a 'answer' answer"),
    "no_answer with citations": (_set(["kind"], "no_answer"), "no_answer carries citations"),
    "citations not a list": (_set(["citations"], None), "citations is not a list"),
}


@pytest.mark.parametrize("name", VIOLATIONS)
def test_each_invariant_violation_is_reported(name):
    mutate, expected = VIOLATIONS[name]
    broken = copy.deepcopy(answer())
    mutate(broken)
    found = invariants.check_invariants(broken, ARTICLES)
    assert any(expected in v for v in found), found


def test_invariants_never_raise_on_garbage():
    assert invariants.check_invariants("not a dict") == ["answer is not a JSON object"]
    found = invariants.check_invariants({"citations": [1, {"n": 1}], "text": 5})
    assert "text is not a string" in found and "citation #1 is not an object" in found
    assert "citation [1]: passage or quote is not a string" in found


def test_offsets_are_only_checked_when_articles_are_given():
    broken = answer()
    broken["citations"][1]["start"] = 1
    assert invariants.check_invariants(broken) == []


def test_gold_matching_ignores_case_nbsp_and_quote_style():
    a = answer()
    assert metrics.cite_hit(a, ["MAGNESIUM HELPS muscles"])
    assert metrics.contains_gold(ARTICLES["mag"], ["seeds, and leafy greens"])           # NBSP in text
    assert metrics.contains_gold("seeds, and\tleafy", ["seeds,\u00a0and  leafy"])          # NBSP in gold
    assert metrics.contains_gold(ARTICLES["vitd"], ["the body's skin"])                  # curly vs straight
    assert not metrics.cite_hit(a, ["vitamin B12"])


def test_mrr_counts_the_first_citation_with_a_gold_phrase():
    a = answer()
    assert metrics.reciprocal_rank(a, ["sunshine vitamin"]) == 0.5
    assert metrics.reciprocal_rank(a, ["magnesium", "sunshine"]) == 1.0
    assert metrics.reciprocal_rank(a, ["iron"]) == 0.0


def test_answer_hit_looks_at_the_answer_text_only():
    assert metrics.answer_hit(answer(), ["sun makes"])
    assert not metrics.answer_hit(answer(), ["good sources"])      # only in a cited passage


SOME = ARTICLES["vitd"].index("Some take")


def test_dose_numbers_must_stand_in_a_cited_passage():
    # The same matcher the safety gate uses (bot.safety.screening); "µ" is read in its NFKC form "μ".
    assert metrics.dose_mentions("Take 5,000 IU, 50mcg, 2 micrograms or 400 µg; 1-2 mg too.") == [
        "5,000 IU", "50mcg", "2 micrograms", "400 \u03bcg", "2 mg"]
    assert metrics.dose_mentions("over 300 biochemical reactions, vitamin B12 and 80% of people") == []
    assert metrics.dose_leaks(answer("Take 800 mg of magnesium [1]. Sun [2].")) == ["800 mg"]
    assert metrics.dose_leaks(answer("Some take 1000IU [1]. Sun [2].",
                                     [cite(1, "vitd", SOME, len(ARTICLES["vitd"])), cite(2, "mag", 0, 47)])) == []


def test_a_referral_in_the_disclaimer_alone_does_not_count():
    assert not metrics.refers_to_clinician(answer("I can't recommend doses.", [], kind="no_answer"))
    assert metrics.refers_to_clinician(answer("Ask your pharmacist or GP about doses.", [], kind="no_answer"))


def q(kind: str, gold=(), qid: str = "t1") -> dict:
    return {"id": qid, "kind": kind, "question": "what?", "gold": list(gold), "history": []}


def test_each_kind_is_judged_by_its_own_rule():
    no_answer = answer("The articles do not cover that.", [], kind="no_answer")
    urgent = answer("Magnesium [1].", [cite(1, "mag", 0, 47)], "urgent", URGENT)
    assert metrics.score_question(q("answer", ["sunshine"]), answer()).ok
    assert metrics.score_question(q("answer", ["sunshine"]), no_answer).reason == "refused (no_answer)"
    assert metrics.score_question(q("followup", ["iron"]), answer()).reason.startswith("no cited passage")
    assert metrics.score_question(q("out_of_scope"), no_answer).ok
    assert not metrics.score_question(q("out_of_scope"), answer()).ok
    assert metrics.score_question(q("red_flag"), urgent).ok
    assert not metrics.score_question(q("red_flag"), answer()).ok
    assert metrics.score_question(q("not_red_flag", ["magnesium"]), urgent).reason == "false alarm (urgent)"
    assert metrics.score_question(q("dosage"), answer("Ask a doctor about doses [1]. Sun [2].")).ok
    leak = metrics.score_question(q("dosage"), answer("Take 800 mg [1]. Sun [2]. See your GP."))
    assert not leak.ok and "800 mg" in leak.reason
    assert metrics.score_question(q("dosage"), no_answer).reason == "no referral to a clinician"


def test_percentile_interpolates():
    assert report.percentile([], 50) is None
    assert report.percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert report.percentile([0.0, 10.0], 95) == pytest.approx(9.5)


def fake_system(question: str, history: list) -> dict:
    if "boom" in question:
        raise RuntimeError("engine fell over")
    if "magnesium" in question or history:
        return answer()
    return answer("Not covered.", [], kind="no_answer")


QUESTIONS = [
    {**q("answer", ["sunshine"], "a1"), "question": "magnesium?"},
    {**q("followup", ["relax"], "f1"), "question": "and foods?", "history": ["magnesium?"]},
    {**q("out_of_scope", (), "o1"), "question": "weather?"},
    {**q("answer", ["sunshine"], "a2"), "question": "boom"},
]


def test_run_system_times_calls_passes_history_and_records_errors():
    ticks = iter(range(0, 100, 1))
    report = evaluate.run_system("fake", fake_system, QUESTIONS, ARTICLES, warmup=None, clock=lambda: next(ticks) / 10)
    assert report.counts == {"answer": 2, "followup": 1, "out_of_scope": 1}
    assert (report.cite_hit.hits, report.cite_hit.total) == (2, 3)
    assert report.cite_hit_by_kind["followup"].value == 1.0
    assert report.abstention.value == 1.0 and report.errors.hits == 1
    assert report.latency_p50_ms == 100.0
    assert [(m.id, m.reason) for m in report.misses] == [("a2", "answer_fn raised RuntimeError: engine fell over")]
    assert {qid for qid, _ in report.violations} == {"a2"}   # an empty answer breaks the contract too


def test_reports_render_side_by_side_and_as_json():
    reports = evaluate.compare({"bot": fake_system, "bm25": lambda qq, h: {}}, QUESTIONS[:3], warmup=None)
    table = evaluate.render_table(reports)
    header = table.splitlines()[0].split()
    assert header == ["metric", "bot", "bm25"]
    assert "0.500 (1/2)" in table and "out_of_scope abstained" in table
    data = json.loads(evaluate.reports_to_json(reports))
    assert data["bot"]["cite_hit"] == {"hits": 2, "total": 2, "value": 1.0}
    assert data["bm25"]["invariant_breaks"]["hits"] == 3 and data["bm25"]["misses"]
    assert "a1" in evaluate.render_misses(reports[1])


def test_question_files_are_validated(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "x1", "kind": "dosage", "question": "how much?"}\n\n', encoding="utf-8")
    assert evaluate.load_questions(good)[0]["gold"] == []
    for bad in ('{"id": "x", "kind": "chat", "question": "hi"}', '{"id": "x", "kind": "answer", "question": "hi"}',
                '{"id": "x", "kind": "followup", "question": "hi", "gold": ["a"], "history": "b"}', "{oops"):
        path = tmp_path / "bad.jsonl"
        path.write_text(bad + "\n", encoding="utf-8")
        with pytest.raises(InputError, match="bad.jsonl:1"):
            evaluate.load_questions(path)
    with pytest.raises(InputError, match="appears in"):
        evaluate.load_question_sets([good, good])
    with pytest.raises(InputError, match="no such question file"):
        evaluate.load_questions(tmp_path / "missing.jsonl")
    (tmp_path / "latin1.jsonl").write_bytes('{"id": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        evaluate.load_questions(tmp_path / "latin1.jsonl")


# --- the development questions themselves ---------------------------------------------------------------

CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
QUESTION_FILES = sorted((ROOT / "tests" / "eval").glob("*.jsonl"))


@pytest.mark.parametrize("path", QUESTION_FILES, ids=lambda p: p.name)
def test_every_gold_phrase_is_verbatim_in_an_article(path):
    """Verbatim as scoring reads it: case, spacing (a no-break space is a space) and quote style ignored."""
    from bot.evaluation.metrics import norm

    corpus = [norm(text) for text in CORPUS]
    missing = [(x["id"], g) for x in evaluate.load_questions(path) for g in x["gold"]  # comparisons: every side
               if not any(norm(g) in text for text in corpus)]
    assert missing == []


def test_default_question_sets_cover_every_kind_with_unique_ids():
    questions = evaluate.load_question_sets()
    kinds = {k: sum(1 for x in questions if x["kind"] == k) for k in metrics.DEV_KINDS}
    assert len(questions) >= 117 and min(kinds.values()) >= 8, kinds
    assert all(x["history"] for x in questions if x["kind"] == "followup")


def test_the_shared_copy_matches_the_shared_set_when_present():
    shared = ROOT / evaluate.SHARED_QUESTIONS
    if not shared.is_file():
        pytest.skip("../shared is not present in this checkout")
    assert (ROOT / evaluate.FALLBACK_SHARED).read_bytes() == shared.read_bytes()
