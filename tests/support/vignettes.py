"""The safety suites' data files (tests/data/vignettes/*.jsonl), read the same way by every safety test."""

from __future__ import annotations

import json
from pathlib import Path

VIGNETTES = Path(__file__).resolve().parent.parent / "data" / "vignettes"


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (VIGNETTES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def adversarial_text(row: dict) -> str:
    """Rows hold either the text itself or a recipe for a huge one (kept out of the data file)."""
    if "text" in row:
        return row["text"]
    return row.get("prefix", "") + row["repeat"] * row["times"] + row.get("suffix", "")
