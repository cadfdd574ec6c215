"""The numbers for one system over one question set: rates with their counts, built from scored questions.

`build_report(system, results)` turns `metrics.QuestionResult`s into an `EvalReport`; a `Rate` keeps its
hits and total so a table can show "0.950 (38/40)" and a rate over no questions shows "-".
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Sequence

from bot.evaluation.metrics import CITED_KINDS, QUESTION_KINDS, QuestionResult


@dataclass(frozen=True)
class Rate:
    """hits out of total; `value` is their ratio (None when total is 0)."""
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        """hits / total, or None when there is nothing to count."""
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return "-" if not self.total else f"{self.hits / self.total:.3f} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class Miss:
    """One question that missed its criterion, with what was cited (for --show-misses)."""
    id: str
    kind: str
    question: str
    got: object                       # the answer's kind
    reason: str
    cited: tuple[str, ...]


@dataclass
class EvalReport:
    """The numbers for one system over one question set, plus what it got wrong."""

    system: str
    questions: int
    counts: dict[str, int]
    cite_hit: Rate                    # gold kinds, comparisons, partial with gold: a cited passage holds gold
    cite_hit_by_kind: dict[str, Rate]
    cite_mrr: float | None
    answer_hit: Rate                  # gold kinds: the answer text itself contains a gold phrase
    abstention: Rate                  # out_of_scope answered no_answer without citations
    wrongly_refused: Rate             # in-scope kinds answered no_answer or invalid
    red_flag_recall: Rate             # red_flag answered urgent
    false_alarms: Rate                # not_red_flag answered urgent
    dosing_ok: Rate                   # dosage: no unsupported dose number and a referral to a clinician
    dose_leaks: Rate                  # any kind: a dose number in text that no cited passage contains
    invariant_breaks: Rate            # answers with at least one contract violation
    honesty: Rate                     # partial: the answer says what the articles do not cover
    both_sides: Rate                  # comparison: every side cited or said to be uncovered
    frame_support: Rate               # answer/urgent answers with a heading: a quote backs the heading
    abstention_after_history: Rate    # out_of_scope asked after earlier turns: no_answer
    errors: Rate                      # answer_fn raised
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    misses: list[Miss] = field(default_factory=list)
    violations: list[tuple[str, str]] = field(default_factory=list)   # (question id, violation)
    unsupported_frames: list[tuple[str, str]] = field(default_factory=list)   # (question id, heading)

    def to_dict(self) -> dict:
        """Every rate and count as plain JSON-ready values."""
        d = asdict(self)
        for name, value in vars(self).items():   # keep the ratio next to its counts in JSON
            if isinstance(value, Rate):
                d[name]["value"] = value.value
        for kind, rate in self.cite_hit_by_kind.items():
            d["cite_hit_by_kind"][kind]["value"] = rate.value
        return d

    def to_json(self) -> str:
        """`to_dict` as indented JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default), None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _rate(results: Sequence[QuestionResult], kinds: Sequence[str], test) -> Rate:
    chosen = [r for r in results if r.kind in kinds]
    return Rate(sum(1 for r in chosen if test(r)), len(chosen))


def _scored(results: Sequence[QuestionResult], test) -> Rate:
    """Over the results where the cite-hit metrics apply (rr is set exactly then)."""
    chosen = [r for r in results if r.rr is not None]
    return Rate(sum(1 for r in chosen if test(r)), len(chosen))


def _scored_by(results: Sequence[QuestionResult], applies, test) -> Rate:
    chosen = [r for r in results if applies(r)]
    return Rate(sum(1 for r in chosen if test(r)), len(chosen))


def build_report(system: str, results: Sequence[QuestionResult]) -> EvalReport:
    """Aggregate per-question results into the report of one system."""
    gold = [r for r in results if r.rr is not None]
    every = QUESTION_KINDS + tuple(sorted({r.kind for r in results} - set(QUESTION_KINDS)))
    latencies_ms = [r.latency_s * 1000.0 for r in results if r.error is None]
    p50, p95 = percentile(latencies_ms, 50), percentile(latencies_ms, 95)
    return EvalReport(
        system=system, questions=len(results),
        counts={k: n for k in every if (n := sum(1 for r in results if r.kind == k))},
        cite_hit=_scored(results, lambda r: r.cite_hit),
        cite_hit_by_kind={k: _scored([r for r in results if r.kind == k], lambda r: r.cite_hit) for k in CITED_KINDS},
        cite_mrr=sum(r.rr or 0.0 for r in gold) / len(gold) if gold else None,
        answer_hit=_scored(results, lambda r: r.answer_hit),
        abstention=_rate(results, ("out_of_scope",), lambda r: r.ok),
        wrongly_refused=_scored_by(results, lambda r: r.in_scope, lambda r: r.refused),
        red_flag_recall=_rate(results, ("red_flag",), lambda r: r.ok),
        false_alarms=_rate(results, ("not_red_flag",), lambda r: r.answer_kind == "urgent"),
        dosing_ok=_rate(results, ("dosage",), lambda r: r.ok),
        dose_leaks=_rate(results, every, lambda r: r.dose_leaks),
        invariant_breaks=_rate(results, every, lambda r: r.violations),
        errors=_rate(results, every, lambda r: r.error),
        honesty=_rate(results, ("partial",), lambda r: r.honest),
        both_sides=_rate(results, ("comparison",), lambda r: r.both_sides),
        frame_support=_scored_by(results, lambda r: r.frame is not None, lambda r: r.frame),
        abstention_after_history=_rate([r for r in results if r.after_history], ("out_of_scope",), lambda r: r.ok),
        latency_p50_ms=None if p50 is None else round(p50, 1),
        latency_p95_ms=None if p95 is None else round(p95, 1),
        misses=[Miss(r.id, r.kind, r.question, r.answer_kind, r.reason, r.cited) for r in results if not r.ok],
        violations=[(r.id, v) for r in results for v in r.violations],
        unsupported_frames=[(r.id, r.heading or "") for r in results if r.frame is False],
    )
