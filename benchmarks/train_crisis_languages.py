"""Train the other-language crisis check (bot/safety/crisis_languages.py): logistic regression over hashed
character n-grams, other-language crisis vignettes against the other-language emergencies and ordinary questions.

    .venv/bin/python benchmarks/train_crisis_languages.py            # writes bot/safety/data/crisis_languages.json
    .venv/bin/python benchmarks/train_crisis_languages.py --report   # also: leave-one-blind-round-out recall

Data: every vignette under tests/data/vignettes with a `lang` other than English (expect "crisis" = 1, anything
else = 0). Held-out sets (tests/data/heldout) are never read. Needs scikit-learn (a dev dependency); the bot
reads the JSON with numpy only. Re-run after adding vignettes and commit the JSON with them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import labelled_rows  # noqa: E402

from bot.safety.crisis_languages import CHECK_FILE, DIMENSIONS, SPARSE_THRESHOLD, THRESHOLD, features  # noqa: E402

C = 10.0
MIN_EXAMPLES = 10    # a language is scored only with this many crisis and this many other messages to learn from


def labelled() -> list[tuple[str, int, str, bool, str]]:
    """(text, 1 if crisis else 0, group, flagged, language) for every other-language vignette; group = the blind
    round folder; flagged = the phrase lexicons already give it a red-flag tier (its false alarms cost nothing);
    language = the detected one (bot.safety.languages.detect), which is what the bot knows at run time."""
    from bot.safety.screening import screen

    rows = []
    for row, text, group in labelled_rows(sorted((ROOT / "tests" / "data" / "vignettes").rglob("*.jsonl"))):
        if row.get("lang") in (None, "en"):
            continue
        screening = screen(text)
        rows.append((text, int(row.get("expect") == "crisis"), group, screening.status != "ok", screening.language))
    return rows


def _fit(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="leave-one-blind-round-out recall and false alarms")
    args = parser.parse_args()
    rows = labelled()
    x = np.vstack([features(text) for text, *_ in rows])
    y = np.array([label for _, label, *_ in rows])
    counts = Counter((language, label) for _, label, _, _, language in rows)
    languages = sorted(language for language in {language for *_, language in rows} if language != "en" and
                       min(counts[language, 0], counts[language, 1]) >= MIN_EXAMPLES)
    model = _fit(x, y)
    weights = {str(i): round(float(w), 5) for i, w in enumerate(model.coef_[0]) if abs(w) >= 1e-5}
    out = {
        "dimensions": DIMENSIONS,
        "languages": languages,
        "weights": weights,
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": THRESHOLD,
        "trained": {"date": date.today().isoformat(), "messages": len(rows), "crisis": int(y.sum()),
                    "C": C, "class_weight": "balanced"},
    }
    CHECK_FILE.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {CHECK_FILE.relative_to(ROOT)}: {len(rows)} messages, {int(y.sum())} crisis; scores "
          f"{', '.join(languages)}")
    if args.report:
        groups = np.array([g for _, _, g, _, _ in rows])
        flagged = np.array([f for _, _, _, f, _ in rows])
        scored = np.array([language in languages for *_, language in rows])
        hits = {"crisis": [0, 0], "unflagged": [0, 0], "flagged": [0, 0]}
        for held in sorted(set(groups) - {"other"}):
            test = groups == held
            fold = _fit(x[~test], y[~test])
            fires = fold.predict_proba(x[test])[:, 1] >= np.where(scored[test], THRESHOLD, SPARSE_THRESHOLD)
            for fired, label, flag in zip(fires, y[test], flagged[test]):
                kind = "crisis" if label else "flagged" if flag else "unflagged"
                hits[kind][0] += int(fired)
                hits[kind][1] += 1
        for kind, (fired, total) in hits.items():
            print(f"  leave-one-round-out, {kind}: {fired}/{total} at or above {THRESHOLD} ({SPARSE_THRESHOLD} for a "
                  "language with few messages)")


if __name__ == "__main__":
    main()
