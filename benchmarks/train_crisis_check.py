"""Train the crisis check (bot/safety/semantic.py): logistic regression over the query encoder's sentence
embeddings, crisis vignettes against everything else the project has labelled.

    .venv/bin/python benchmarks/train_crisis_check.py            # writes bot/safety/data/crisis_check.json
    .venv/bin/python benchmarks/train_crisis_check.py --report   # also: leave-one-blind-round-out recall

Data: every English vignette under tests/data/vignettes (expect/status "crisis" = 1, anything else = 0) and
every question of tests/eval (0). The weights depend on the model: the file records the model fingerprint,
and the engine uses them only with that model. Needs scikit-learn (a dev dependency); the bot itself only
reads the JSON with numpy. Re-run after adding vignettes and commit the JSON with them.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import labelled_rows  # noqa: E402

from bot.safety.semantic import CHECK_FILE, THRESHOLD, message_units  # noqa: E402

C = 1.0


def labelled() -> list[tuple[str, int, str]]:
    """(text, 1 if crisis else 0, group) for every English labelled message; group = the blind round folder."""
    rows = []
    files = sorted((ROOT / "tests" / "data" / "vignettes").rglob("*.jsonl")) + sorted((ROOT / "tests" / "eval").rglob(
        "*.jsonl"))
    for row, text, group in labelled_rows(files):
        if row.get("lang") not in (None, "en"):
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:          # adversarial lone surrogates
            continue
        rows.append((text, int("crisis" in (row.get("expect"), row.get("status"))), group))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="leave-one-blind-round-out recall and false alarms")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    from bot import Bot

    bot = Bot.load()
    rows = labelled()
    texts = [t for t, _, _ in rows]
    y = np.array([label for _, label, _ in rows])
    vectors = bot.encoder.encode(texts)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(vectors, y)
    out = {
        "model": bot.index.manifest["model"]["fingerprint"],
        "dim": int(vectors.shape[1]),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": THRESHOLD,
        "trained": {"date": date.today().isoformat(), "messages": len(rows), "crisis": int(y.sum()),
                    "C": C, "class_weight": "balanced"},
    }
    CHECK_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {CHECK_FILE.relative_to(ROOT)}: {len(rows)} messages, {int(y.sum())} crisis")
    if args.report:
        groups = np.array([g for _, _, g in rows])
        units = [bot.encoder.encode(message_units(t)) for t in texts]
        for held in sorted(set(groups) - {"other"}):
            keep = groups != held
            fold = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(vectors[keep], y[keep])
            p = np.array([fold.predict_proba(units[i])[:, 1].max() if not keep[i] else 0.0 for i in range(len(rows))])
            test = ~keep
            print(f"  {held}: crisis {int(((p >= THRESHOLD) & test & (y == 1)).sum())}/{int((test & (y == 1)).sum())}"
                  f", false alarms {int(((p >= THRESHOLD) & test & (y == 0)).sum())}/{int((test & (y == 0)).sum())}")


if __name__ == "__main__":
    main()
