"""A safety round measured as aggregates: at the gate (`tests.support.round2.measure`, per expected kind) and end to
end through `Bot.ask` (what each message is shown, per group of rows), without printing any row unless asked.

    .venv/bin/python benchmarks/safety_round.py tests/data/heldout/blind_round33          # counts only
    .venv/bin/python benchmarks/safety_round.py tests/data/vignettes/blind_round32 -v     # also each row (read sets)

Groups are "en <expect>" and "lang <expect>" (rows with a "lang" field other than "en"). Outcomes: crisis (the
crisis text, in any language), someone_else (the notice for another person's crisis or overdose), poisoning,
emergency (999 now),
urgent (same-day advice), support (the support line before an answer), lang_notice (the English-only notice alone),
answer / no_answer / invalid. Use -v only on rounds whose rows may be read (not on tests/data/heldout).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.round2 import measure, rows  # noqa: E402

from bot.safety.languages import (  # noqa: E402
    CRISIS_NOTICES,
    NOTICES,
    OTHER_CRISIS_NOTICE,
    OTHER_NOTICE,
    SCRIPT_CRISIS_NOTICES,
)
from bot.safety.notices import (  # noqa: E402
    CRISIS_MESSAGE,
    OTHERS_CRISIS_MESSAGE,
    OTHERS_OVERDOSE_MESSAGE,
    POISONING_MESSAGE,
    SUPPORT_CHECK,
)

_EMERGENCY = ("**Please get medical help now.**", "**Please get them medical help now.**")
_URGENT = ("**Please get medical advice today.**", "**Please get them medical advice today.**")
_LANGUAGE_NOTICES = (*NOTICES.values(), OTHER_NOTICE)


def outcome(answer: dict) -> str:
    """What an answer object (`Answer.to_dict()`) shows first, as one of the outcomes in the module docstring."""
    urgent, text = answer.get("urgent") or "", answer["text"]
    crisis_texts = (CRISIS_MESSAGE, OTHER_CRISIS_NOTICE, *CRISIS_NOTICES.values(), *SCRIPT_CRISIS_NOTICES.values())
    if any(t in urgent for t in crisis_texts):
        return "crisis"
    if urgent in (OTHERS_CRISIS_MESSAGE, OTHERS_OVERDOSE_MESSAGE):
        return "someone_else"
    if urgent.startswith(POISONING_MESSAGE[:40]):
        return "poisoning"
    if any(t in urgent for t in _EMERGENCY):
        return "emergency"
    if any(t in urgent for t in _URGENT) or answer["kind"] == "urgent":
        return "urgent"
    if SUPPORT_CHECK in text:
        return "support"
    if any(t in urgent or text.startswith(t) for t in _LANGUAGE_NOTICES):
        return "lang_notice"
    return answer["kind"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of safety vignette files (*.jsonl)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print every row and its outcome")
    args = parser.parse_args(argv)
    from bot.answering.engine import Bot

    found = measure(args.folder)
    print("gate:", {kind: f"{r.passed}/{r.total}" for kind, r in found.items()})
    bot = Bot.load()
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for row in rows(args.folder):
        group = ("lang " if row.get("lang", "en") != "en" else "en ") + row["expect"]   # "lang": "en" is English
        result = outcome(bot.ask(row["text"]).to_dict())
        table[group][result] += 1
        if args.verbose:
            print(f"  {group:20} {result:12} {row['text'][:150]!r}")
    for group in sorted(table):
        print(group, dict(table[group]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
