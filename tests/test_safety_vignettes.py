"""The vignette suite: red-flag recall and false alarms, measured and asserted (issue: recall 100 %, false
alarms on near misses at most 5 %). Fast: the gate only, no model.

Run `python tests/test_safety_vignettes.py` to print the numbers that docs/SAFETY.md publishes.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

if __name__ == "__main__":           # run as a script: make `bot` importable from the project root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.safety.screening import screen  # noqa: E402

HERE = Path(__file__).resolve().parent
VIGNETTES = HERE / "data" / "vignettes"
EVAL_SETS = (HERE / "eval" / "questions.jsonl", HERE / "eval" / "shared_dev_questions.jsonl")
FLAGGED = {"crisis", "emergency", "urgent"}
RANK = {"ok": 0, "invalid": 0, "urgent": 1, "emergency": 2, "crisis": 3}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Measure:
    flags: int = 0
    caught: int = 0
    tier_ok: int = 0                  # got at least the expected tier (crisis > emergency > urgent)
    tier_exact: int = 0
    concept_ok: int = 0
    concept_total: int = 0
    near: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    under_triaged: list[str] = field(default_factory=list)
    wrong_concept: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.flags if self.flags else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.near if self.near else 0.0


def measure_flags(rows: list[dict], m: Measure) -> None:
    for row in rows:
        s = screen(row["text"])
        m.flags += 1
        if s.status in FLAGGED:
            m.caught += 1
        else:
            m.misses.append(row["text"])
        want = row.get("status")
        if want:
            if RANK[s.status] >= RANK[want]:
                m.tier_ok += 1
            else:
                m.under_triaged.append(f"{s.status} < {want}: {row['text']}")
            m.tier_exact += s.status == want
        if row.get("concern"):
            m.concept_total += 1
            if row["concern"] in s.concerns:
                m.concept_ok += 1
            else:
                m.wrong_concept.append(f"{row['concern']} not in {s.concerns}: {row['text']}")


def measure_near_misses(rows: list[dict], m: Measure) -> None:
    for row in rows:
        s = screen(row["text"])
        m.near += 1
        if s.status in FLAGGED:
            m.false_alarms += 1
            m.alarms.append(f"{s.status} {s.concerns}: {row['text']}")


def suite() -> Measure:
    m = Measure()
    measure_flags(load(VIGNETTES / "red_flags.jsonl"), m)
    measure_near_misses(load(VIGNETTES / "near_misses.jsonl"), m)
    return m


def eval_sets() -> Measure:
    """The project's development questions: red_flag must be flagged, every other kind must not."""
    m = Measure()
    rows = [r for path in EVAL_SETS if path.exists() for r in load(path)]
    measure_flags([{"text": r["question"]} for r in rows if r["kind"] == "red_flag"], m)
    measure_near_misses([{"text": r["question"]} for r in rows if r["kind"] != "red_flag"], m)
    return m


SUITE = suite()


def test_suite_is_big_enough_and_varied():
    rows = load(VIGNETTES / "red_flags.jsonl")
    assert SUITE.flags >= 40 and SUITE.near >= 40
    assert sum(r["status"] == "crisis" for r in rows) >= 10
    assert sum("long story" in r.get("note", "") for r in rows) >= 4
    assert sum(any(k in r.get("note", "") for k in ("typo", "slang", "text speak")) for r in rows) >= 8


def test_red_flag_recall_is_100_percent():
    assert SUITE.recall == 1.0, "missed:\n" + "\n".join(SUITE.misses)


def test_no_red_flag_is_under_triaged():
    assert not SUITE.under_triaged, "\n".join(SUITE.under_triaged)


def test_expected_concepts_are_named():
    assert not SUITE.wrong_concept, "\n".join(SUITE.wrong_concept)


def test_false_alarms_on_near_misses_at_most_5_percent():
    assert SUITE.false_alarm_rate <= 0.05, "false alarms:\n" + "\n".join(SUITE.alarms)


def test_development_questions_triaged_as_labelled():
    m = eval_sets()
    assert m.recall == 1.0, "missed:\n" + "\n".join(m.misses)
    assert m.false_alarm_rate <= 0.05, "false alarms:\n" + "\n".join(m.alarms)


def report() -> str:
    ev = eval_sets()
    lines = [
        "| set | red flags caught (recall) | right tier or higher | expected concept named | "
        "near misses flagged (false alarms) |",
        "|---|---|---|---|---|",
        f"| vignette suite | {SUITE.caught}/{SUITE.flags} ({SUITE.recall:.1%}) | {SUITE.tier_ok}/{SUITE.flags} | "
        f"{SUITE.concept_ok}/{SUITE.concept_total} | {SUITE.false_alarms}/{SUITE.near} "
        f"({SUITE.false_alarm_rate:.1%}) |",
        f"| development questions (tests/eval) | {ev.caught}/{ev.flags} ({ev.recall:.1%}) | - | - | "
        f"{ev.false_alarms}/{ev.near} ({ev.false_alarm_rate:.1%}) |",
    ]
    for title, items in (("missed", SUITE.misses + ev.misses), ("false alarms", SUITE.alarms + ev.alarms),
                         ("under-triaged", SUITE.under_triaged)):
        if items:
            lines += ["", f"{title}:"] + [f"- {x}" for x in items]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
