"""Runs a question set through an answering function, times each call, and reports the scores.

Hooks for the lead: `run_system(name, answer_fn, questions)` scores one system; `compare({name: fn})` runs
several (the bot, the dense-500, BM25 and sentence-fusion baselines) and `render_table` puts them side by side. Pass
`article_texts={doc_id: Article.text}` so the passage-offset invariant is checked against the engine's text.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable, Mapping, Sequence

from bot.config import PROJECT_ROOT
from bot.errors import InputError
from bot.evaluation.metrics import GOLD_KINDS, QUESTION_KINDS, score_question
from bot.evaluation.report import EvalReport, build_report

AnswerFn = Callable[[str, list], object]   # (question, history) -> answer dict (or an object with to_dict())

SHARED_QUESTIONS = Path("../shared/eval/dev_questions.jsonl")      # relative to the project root
LOCAL_QUESTIONS = Path("tests/eval/questions.jsonl")
FALLBACK_SHARED = Path("tests/eval/shared_dev_questions.jsonl")     # a copy for checkouts without ../shared
# Answered once, untimed, before the run: the first call loads the model and would skew p95.
WARMUP_QUESTION = "Which foods are rich in magnesium?"


def default_question_files(root: Path = PROJECT_ROOT) -> list[Path]:
    """The development sets: the shared dev questions (or their copy in tests/eval) and ours."""
    shared = root / SHARED_QUESTIONS
    return [shared if shared.is_file() else root / FALLBACK_SHARED, root / LOCAL_QUESTIONS]


def load_questions(path: Path) -> list[dict]:
    """Reads one JSON-lines question file, checking each line so a typo fails loudly, not as a silent miss.

    Raises InputError for a missing or unreadable file and for a malformed line (the message names the line)."""
    questions = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such question file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read it as UTF-8 text ({err})") from None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            q = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not JSON ({err.msg})") from None
        if not isinstance(q, dict):
            raise InputError(f"{where}: expected a JSON object")
        if not isinstance(q.get("id"), str) or not isinstance(q.get("question"), str):
            raise InputError(f"{where}: needs string fields 'id' and 'question'")
        if q.get("kind") not in QUESTION_KINDS:
            raise InputError(f"{where}: kind {q.get('kind')!r} is not one of {', '.join(QUESTION_KINDS)}")
        for key in ("gold", "history"):
            value = q.setdefault(key, [])
            if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
                raise InputError(f"{where}: '{key}' must be a list of strings")
        if q["kind"] in GOLD_KINDS and not q["gold"]:
            raise InputError(f"{where}: a {q['kind']} question needs gold phrases")
        _check_kind_fields(q, where)
        q["source"] = Path(path).name
        questions.append(q)
    return questions


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(s, str) for s in value)


def _check_kind_fields(q: dict, where: str) -> None:
    """partial: `uncovered` is a non-empty list of terms; comparison: `sides` are >= 2 {"term", "gold"} objects.

    A comparison's `gold` becomes the union of its sides' gold, so gold checks see every phrase."""
    if q["kind"] == "partial" and not (_strings(q.get("uncovered")) and q["uncovered"]):
        raise InputError(f"{where}: a partial question needs 'uncovered', a non-empty list of strings")
    if q["kind"] == "comparison":
        sides = q.get("sides")
        if not (isinstance(sides, list) and len(sides) >= 2 and all(
                isinstance(s, dict) and isinstance(s.get("term"), str) and _strings(s.setdefault("gold", []))
                for s in sides)):
            raise InputError(f"{where}: a comparison needs 'sides': two or more {{\"term\": str, \"gold\": [str]}}")
        q["gold"] = [g for s in sides for g in s["gold"]]


def load_question_sets(paths: Sequence[Path] | None = None) -> list[dict]:
    """All questions from `paths` (default: the shared set, or its copy, plus ours); ids must be unique."""
    questions, seen = [], {}
    for path in paths if paths is not None else default_question_files():
        for q in load_questions(path):
            if q["id"] in seen:
                raise InputError(f"question id {q['id']!r} appears in {seen[q['id']]} and {path}")
            seen[q["id"]] = path
            questions.append(q)
    return questions


def run_system(name: str, answer_fn: AnswerFn, questions: Sequence[Mapping],
               article_texts: Mapping[str, str] | None = None, *, warmup: str | None = WARMUP_QUESTION,
               clock: Callable[[], float] = time.perf_counter) -> EvalReport:
    """Asks every question (with its history), timing each call, and scores the answers.

    An exception from `answer_fn` is recorded against its question (a miss and an error), not raised:
    one bad answer should not hide the other scores.
    """
    if warmup:
        answer_fn(warmup, [])
    results = []
    for q in questions:
        start, answer, error = clock(), {}, None
        try:
            answer = _as_dict(answer_fn(q["question"], list(q.get("history") or [])))
        except Exception as err:  # noqa: BLE001 - reported as this question's error
            error = f"{type(err).__name__}: {err}"
        elapsed = clock() - start
        results.append(score_question(q, answer, elapsed, article_texts, error))
    return build_report(name, results)


def compare(systems: Mapping[str, AnswerFn], questions: Sequence[Mapping],
            article_texts: Mapping[str, str] | None = None, **kwargs) -> list[EvalReport]:
    """Run several systems ({name: answer function}) over the same questions; one report each, in order."""
    return [run_system(name, fn, questions, article_texts, **kwargs) for name, fn in systems.items()]


def _as_dict(answer: object) -> dict:
    to_dict = getattr(answer, "to_dict", None)
    return to_dict() if callable(to_dict) else answer


_ROWS: list[tuple[str, Callable[[EvalReport], object]]] = [
    ("questions", lambda r: r.questions),
    ("cite hit (all kinds with gold)", lambda r: r.cite_hit),
    ("  cite hit: answer", lambda r: r.cite_hit_by_kind.get("answer")),
    ("  cite hit: followup", lambda r: r.cite_hit_by_kind.get("followup")),
    ("  cite hit: not_red_flag", lambda r: r.cite_hit_by_kind.get("not_red_flag")),
    ("  cite hit: partial (with gold)", lambda r: r.cite_hit_by_kind.get("partial")),
    ("  cite hit: comparison (any side)", lambda r: r.cite_hit_by_kind.get("comparison")),
    ("cite MRR", lambda r: None if r.cite_mrr is None else f"{r.cite_mrr:.3f}"),
    ("answer-text hit", lambda r: r.answer_hit),
    ("out_of_scope abstained", lambda r: r.abstention),
    ("  out_of_scope after history", lambda r: r.abstention_after_history),
    ("honesty (partial: says what is not covered)", lambda r: r.honesty),
    ("both sides (comparison)", lambda r: r.both_sides),
    ("frame support (heading backed by a quote)", lambda r: r.frame_support),
    ("in-scope wrongly refused (lower=better)", lambda r: r.wrongly_refused),
    ("red_flag recall (urgent)", lambda r: r.red_flag_recall),
    ("not_red_flag false alarms (lower=better)", lambda r: r.false_alarms),
    ("dosage handled (no dose, referral)", lambda r: r.dosing_ok),
    ("answers leaking a dose (lower=better)", lambda r: r.dose_leaks),
    ("answers breaking an invariant (lower=better)", lambda r: r.invariant_breaks),
    ("answer_fn errors (lower=better)", lambda r: r.errors),
    ("latency p50 ms", lambda r: r.latency_p50_ms),
    ("latency p95 ms", lambda r: r.latency_p95_ms),
]


def render_table(reports: Sequence[EvalReport]) -> str:
    """Plain-text table: one row per metric, one column per system."""
    header = ["metric"] + [r.system for r in reports]
    rows = [[label] + ["-" if (cell := get(r)) is None else str(cell) for r in reports] for label, get in _ROWS]
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(row) for row in rows])


def render_misses(report: EvalReport, limit: int | None = None) -> str:
    """One block per miss: id, kind, question, what came back and what was cited."""
    out = [f"{report.system}: {len(report.misses)} misses"]
    for m in report.misses[:limit]:
        out.append(f"  {m.id} [{m.kind}] {m.question!r} -> {m.got}: {m.reason}")
        out.extend(f"      cited {c[:140]}" for c in m.cited)
    if report.unsupported_frames:
        out.append(f"{report.system}: {len(report.unsupported_frames)} headings not backed by their quotes")
        out.extend(f"  {qid}: {heading!r}" for qid, heading in report.unsupported_frames[:limit])
    return "\n".join(out)


def reports_to_json(reports: Sequence[EvalReport]) -> str:
    """The reports as one JSON object keyed by system name."""
    return json.dumps({r.system: r.to_dict() for r in reports}, ensure_ascii=False, indent=2)


def write_reports(reports: Sequence[EvalReport], path: Path) -> None:
    """Write the reports' JSON to `path`."""
    Path(path).write_text(reports_to_json(reports) + "\n", encoding="utf-8")


def run_cli(args) -> int:
    """`python -m bot eval [FILE ...] [--json] [--show-misses] [--no-baselines]`."""
    from bot.answering.engine import Bot
    from bot.evaluation import baselines

    questions = load_question_sets([Path(f) for f in args.files] if args.files else None)
    bot = Bot.load()
    texts = {doc_id: a.text for doc_id, a in bot.index.articles.items()}
    systems: dict[str, AnswerFn] = {"bot": lambda q, h: bot.ask(q, history=h)}
    if not args.no_baselines:
        systems["dense-500"] = baselines.dense_500(bot.index, bot.encoder)
        systems["bm25"] = baselines.bm25_only(bot.index)
        systems["sentence-fusion"] = baselines.sentence_fusion(bot.index, bot.encoder)
    reports = compare(systems, questions, texts)
    print(reports_to_json(reports) if args.json else render_table(reports))
    if args.show_misses:
        for report in reports:
            print()
            print(render_misses(report))
    return 0
