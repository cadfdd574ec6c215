"""The operator check: does the bot answer from articles an operator drops into its corpus, unchanged code?

Builds a temporary corpus = the project's `corpus/` files + the three public-domain NIH articles of
`tests/eval/operator/corpus/` (their `sources.json` entries merged into the project's), builds a temporary
index over it, answers `tests/eval/operator/questions.jsonl` (24 in-scope questions, each naming the article
`doc` that holds its gold phrases, and 4 out-of-scope ones) and prints:

- in-scope answered with a correct citation: a cited passage of the right article contains a gold phrase;
- in-scope refused (no_answer / invalid);
- wrong-article citations: in-scope questions answered without citing the right article at all;
- out-of-scope refused (no_answer without citations).

Nothing in the project's corpus/ or index/ is touched. Usage: `python benchmarks/operator_check.py [--json]
[--show-misses]`. The articles' provenance is tests/eval/operator/PROVENANCE.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `bot` from this checkout

from bot.config import Settings  # noqa: E402
from bot.domain.wording import NOT_COVERED_OPENING  # noqa: E402
from bot.evaluation.metrics import abstained, citations_of, contains_gold, refused  # noqa: E402
from bot.evaluation.runner import load_questions  # noqa: E402

OPERATOR = ROOT / "tests" / "eval" / "operator"
SOURCES = "sources.json"


def make_corpus(folder: Path, operator: Path = OPERATOR) -> None:
    """The project's corpus files plus the operator articles; sources.json entries merged (ours win)."""
    for path in (ROOT / "corpus").iterdir():
        if path.is_file() and path.name != SOURCES:
            shutil.copy2(path, folder / path.name)
    for path in (operator / "corpus").glob("*.txt"):
        shutil.copy2(path, folder / path.name)
    sources = json.loads((operator / SOURCES).read_text(encoding="utf-8"))
    sources.update(json.loads((ROOT / "corpus" / SOURCES).read_text(encoding="utf-8")))
    (folder / SOURCES).write_text(json.dumps(sources, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def score(questions: list[dict], answers: list[dict]) -> dict:
    """Counts per outcome, and the misses as (id, outcome, question, cited doc ids)."""
    counts = {"in_scope": 0, "correct": 0, "refused": 0, "wrong_article": 0, "other_miss": 0,
              "out_of_scope": 0, "out_of_scope_refused": 0, "out_of_scope_said_uncovered": 0}
    misses = []
    for q, a in zip(questions, answers):
        docs = [c.get("doc_id") for c in citations_of(a)]
        if q["kind"] == "out_of_scope":
            counts["out_of_scope"] += 1
            if abstained(a):
                counts["out_of_scope_refused"] += 1
            else:
                # Answered, but opening with what the articles don't cover (the partial-coverage rule) is
                # counted apart: the strict row above still counts it as a miss.
                counts["out_of_scope_said_uncovered"] += _says_uncovered(a)
                misses.append((q["id"], "out-of-scope answered", q["question"], docs))
            continue
        counts["in_scope"] += 1
        right = [c for c in citations_of(a) if c.get("doc_id") == q.get("doc")]
        if any(contains_gold(c.get("passage", ""), q["gold"]) for c in right):
            counts["correct"] += 1
            continue
        outcome = "refused" if refused(a) else "wrong_article" if not right else "other_miss"
        counts[outcome] += 1
        misses.append((q["id"], outcome, q["question"], docs))
    return {"counts": counts, "misses": misses}


def _says_uncovered(answer: dict) -> bool:
    text = answer.get("text") or ""
    first = text[len(answer.get("urgent") or ""):].lstrip().split("\n\n", 1)[0]
    return first.startswith(NOT_COVERED_OPENING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--show-misses", action="store_true", help="list each miss with the cited articles")
    parser.add_argument("--set", type=Path, default=OPERATOR,
                        help="folder with corpus/, sources.json and questions.jsonl (default: tests/eval/operator)")
    args = parser.parse_args(argv)
    from bot.answering.engine import Bot

    questions = load_questions(args.set / "questions.jsonl")
    with tempfile.TemporaryDirectory(prefix="operator-check-") as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        make_corpus(corpus, args.set)
        bot = Bot.load(Settings(corpus_dir=corpus, index_dir=index))
        answers = [bot.ask(q["question"], history=list(q.get("history") or [])).to_dict() for q in questions]
    result = score(questions, answers)
    c = result["counts"]
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"in-scope answered with a correct citation  {c['correct']}/{c['in_scope']}")
        print(f"in-scope refused                           {c['refused']}/{c['in_scope']}")
        print(f"in-scope citing only other articles        {c['wrong_article']}/{c['in_scope']}")
        print(f"in-scope citing the right article, no gold {c['other_miss']}/{c['in_scope']}")
        print(f"out-of-scope refused                       {c['out_of_scope_refused']}/{c['out_of_scope']}")
        print(f"  answered, saying first what isn't covered {c['out_of_scope_said_uncovered']}/{c['out_of_scope']}")
    if args.show_misses:
        for qid, outcome, question, docs in result["misses"]:
            print(f"  {qid} {outcome}: {question!r} cited {docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
