"""Fit the quote ranker's weights (bot/answering/data/quote_ranker.json) on labelled questions.

For every question with gold phrases, the bot answers it as usual while the candidate passages it chose quotes
from are recorded; each candidate sentence gets its feature row (bot.answering.sentence_features) and a label:
does it hold a gold phrase? With `--objective passage` (the default since session 13, because cite hit is counted
by passage) the weights maximise the softmax likelihood of the passages holding gold among each question's candidate
passages, a passage scoring the smooth maximum of its sentences; with `--objective sentence` (session 12) the
listwise softmax likelihood of the gold sentences among all candidate sentences. Both L2-regularised towards the
hand weights (L-BFGS), then rescaled so that
(as many passages score within the quote margin as with the hand-set weights, so the margins in QuoteSettings
keep their meaning).

Train only on sets whose misses have been read (the development sets); report on the held-out ones. Usage:

    python benchmarks/train_quote_ranker.py --train SET... --report SET... [--write]

A SET is a question file (.jsonl, asked against the project's corpus) or an operator folder (corpus/,
sources.json, questions.jsonl: asked against the project's corpus plus its articles, as benchmarks/operator_check.py
does). Without --write the fitted weights are only printed with the top-1 accuracy of both weight sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from operator_check import make_corpus  # noqa: E402

from bot.answering import engine  # noqa: E402
from bot.answering.aboutness import Aboutness  # noqa: E402
from bot.answering.quote_bounds import heading_fragment  # noqa: E402
from bot.answering.ranker import RANKER_FILE, hand_weights  # noqa: E402
from bot.answering.sentence_features import FEATURES, QuestionSignals, features  # noqa: E402
from bot.config import QuoteSettings, Settings  # noqa: E402
from bot.evaluation.metrics import contains_gold  # noqa: E402
from bot.evaluation.runner import load_questions  # noqa: E402

L2 = 0.3        # regularisation strength towards the prior (summed over questions: weighs less as they grow)
PRIOR_SCALE = 3.0  # the prior is the hand-set weights × this (softmax needs a sharper scale than the margins)
# Signals that answer a requirement rather than a likelihood: a sentence naming what the question sets aside, one
# qualifying by the opposite qualifier ("upper back"), one about the article, a table cell of another kind, the
# reply under a question heading, a definition, the vocabulary of the answer type a heading claims (tests for a
# diagnosis question). Few training questions exercise them, so the fit may make them stronger but never weaker
# than the hand-set weights (the behaviour tests in tests/test_honesty.py, tests/test_quote_selection.py and
# tests/test_section_leads.py hold them).
RULES = ("aspect", "lead", "defines", "excluded", "contradicts", "meta", "strong_cue")


def collect(bot, questions: list[dict], settings: QuoteSettings) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features (n, F), labels (n,) bool) per question whose candidates hold a gold sentence."""
    seen: list[tuple] = []
    original = engine.select_quotes

    def spy(understanding, retrieval, vector, quote_settings, sections=None):
        seen.append((understanding, retrieval, vector, sections))
        return original(understanding, retrieval, vector, quote_settings, sections)

    engine.select_quotes = spy
    groups = []
    try:
        for q in questions:
            gold = q.get("gold") or []
            if not gold:
                continue
            seen.clear()
            bot.ask(q["question"], history=list(q.get("history") or []))
            if not seen:
                continue
            understanding, retrieval, vector, sections = seen[0]
            hits = retrieval.hits[:settings.candidate_passages]
            if not hits:
                continue
            leads = sections.answering(understanding.intent) if sections is not None else frozenset()
            signals = QuestionSignals(understanding, vector, retrieval.query_weights,
                                      Aboutness.of_question(understanding), hits[0].score)
            rows, labels = [], []
            for rank, hit in enumerate(hits):
                f = features(hit, rank, signals, settings, lead=hit.passage.passage_id in leads)
                for i, (a, b) in enumerate(hit.passage.sentences):
                    sentence = hit.passage.text[a:b]
                    if len(sentence.split()) < settings.min_words or heading_fragment(hit.passage, a, sentence):
                        continue
                    rows.append(f[i])
                    labels.append(contains_gold(sentence, gold))
            if any(labels):
                groups.append((np.array(rows), np.array(labels)))
    finally:
        engine.select_quotes = original
    return groups


def questions_of(path: Path) -> tuple[list[dict], Path | None]:
    """The questions of a set, and its operator folder (None for a plain question file)."""
    if path.is_dir():
        return [q for q in load_questions(path / "questions.jsonl") if q.get("kind") != "out_of_scope"], path
    return load_questions(path), None


def gather(paths: list[Path], settings: Settings) -> dict[str, list]:
    """Feature groups per set, asking plain sets of the project's index and operator sets of a temporary one."""
    from bot.answering.engine import Bot

    out = {}
    main = None
    for path in paths:
        questions, operator = questions_of(path)
        if operator is None:
            main = main or Bot.load(settings)
            out[path.name] = collect(main, questions, settings.quotes)
            continue
        with tempfile.TemporaryDirectory(prefix="ranker-") as tmp:
            corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
            corpus.mkdir()
            make_corpus(corpus, operator)
            bot = Bot.load(Settings(corpus_dir=corpus, index_dir=index))
            out[path.name] = collect(bot, questions, settings.quotes)
        print(f"  {path.name}: {len(out[path.name])} questions", file=sys.stderr)
    return out


def fit(groups: list[tuple[np.ndarray, np.ndarray]], start: np.ndarray) -> np.ndarray:
    """Weights maximising sum over groups of log(sum exp(s[gold]) / sum exp(s)), minus L2/2 |w - start|²: the
    start (the hand-set weights, scaled) is the prior, so a feature the data say little about keeps its hand weight."""
    from scipy.optimize import minimize

    def loss(w):
        d = w - start
        total, grad = 0.5 * L2 * d @ d, L2 * d
        for x, y in groups:
            s = x @ w
            m = s.max()
            p = np.exp(s - m)
            z, zp = p.sum(), p[y].sum()
            total -= np.log(zp) - np.log(z)
            grad = grad - (x[y].T @ p[y]) / zp + (x.T @ p) / z
        return total, grad

    return minimize(loss, start, jac=True, method="L-BFGS-B").x


TEMPERATURE = 0.05   # smooth maximum of a passage's sentence scores (passage objective)


def fit_passages(groups: list[tuple[np.ndarray, np.ndarray]], start: np.ndarray) -> np.ndarray:
    """Weights maximising, per question, the softmax probability of the passages holding gold among the candidate
    passages, a passage scoring the smooth maximum of its sentences' scores (cite hit is counted by passage)."""
    from scipy.optimize import minimize

    rank = FEATURES.index("rank")
    prepared = []
    for x, y in groups:
        passage = np.round(1 / x[:, rank] - 1).astype(int)
        ids = np.unique(passage)
        members = [np.flatnonzero(passage == p) for p in ids]
        gold = np.array([bool(y[m].any()) for m in members])
        prepared.append((x, members, gold))

    def loss(w):
        d = w - start
        total, grad = 0.5 * L2 * d @ d, L2 * d
        for x, members, gold in prepared:
            s = x @ w
            scores, dscores = [], []
            for m in members:
                t = s[m] / TEMPERATURE
                mx = t.max()
                e = np.exp(t - mx)
                scores.append(TEMPERATURE * (mx + np.log(e.sum())))
                dscores.append((e / e.sum()) @ x[m])
            scores, dscores = np.array(scores), np.array(dscores)
            mm = scores.max()
            p = np.exp(scores - mm)
            z, zp = p.sum(), p[gold].sum()
            total -= np.log(zp) - np.log(z)
            grad = grad - (p[gold] @ dscores[gold]) / zp + (p @ dscores) / z
        return total, grad

    return minimize(loss, start, jac=True, method="L-BFGS-B").x


def at_least_the_rules(fitted: np.ndarray, hand: np.ndarray) -> np.ndarray:
    """`fitted` with each of RULES' weights at least as strong as the hand-set one (same sign, larger magnitude)."""
    out = fitted.copy()
    for name in RULES:
        i = FEATURES.index(name)
        if abs(out[i]) < abs(hand[i]) or np.sign(out[i]) != np.sign(hand[i]):
            out[i] = hand[i]
    return out


def top1(groups, w) -> float:
    """Share of questions whose best-scored candidate holds a gold phrase."""
    return float(np.mean([y[np.argmax(x @ w)] for x, y in groups])) if groups else 0.0


def quoted(groups, w, margin: float, most: int) -> float:
    """Mean number of passages whose best sentence scores within `margin` of the best one (at most `most`): how
    many quotes an answer holds, before grouping the same fact."""
    rank = FEATURES.index("rank")
    counts = []
    for x, _ in groups:
        s = x @ w
        passage = np.round(1 / x[:, rank] - 1).astype(int)
        best = np.array([s[passage == p].max() for p in np.unique(passage)])
        counts.append(min(most, int((best >= best.max() - margin).sum())))
    return float(np.mean(counts))


def calibrated(groups, w, hand, settings: QuoteSettings) -> np.ndarray:
    """`w` rescaled so that as many quotes fall within `settings.margin` of the best as with the hand weights:
    the margins of QuoteSettings keep their meaning (bisection on the scale)."""
    target = quoted(groups, hand, settings.margin, settings.max_passages)
    low, high = 0.01, 10.0
    for _ in range(40):
        mid = (low + high) / 2
        # A larger scale spreads scores, so fewer passages stay within the margin.
        many = quoted(groups, mid * w, settings.margin, settings.max_passages) > target
        low, high = (mid, high) if many else (low, mid)
    return (low + high) / 2 * w


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, nargs="+", required=True)
    parser.add_argument("--report", type=Path, nargs="*", default=[])
    parser.add_argument("--write", action="store_true", help=f"write {RANKER_FILE.relative_to(ROOT)}")
    parser.add_argument("--objective", choices=("sentence", "passage"), default="passage",
                        help="passage (default since session 13): the passages holding gold among the candidates; "
                             "sentence: the gold sentences among all candidate sentences")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    hand = hand_weights(settings.quotes).score
    train = [g for groups in gather(args.train, settings).values() for g in groups]
    fitted = (fit_passages if args.objective == "passage" else fit)(train, PRIOR_SCALE * hand)
    fitted = at_least_the_rules(calibrated(train, fitted, hand, settings.quotes), hand)
    print(f"train: {len(train)} questions, top-1 hand {top1(train, hand):.3f} fitted {top1(train, fitted):.3f}")
    for name, groups in gather(args.report, settings).items():
        print(f"{name}: {len(groups)} questions, top-1 hand {top1(groups, hand):.3f} fitted {top1(groups, fitted):.3f}")
    for name, h, f in zip(FEATURES, hand, fitted):
        print(f"  {name:14s} hand {h:+.3f} fitted {f:+.3f}")
    if args.write:
        RANKER_FILE.parent.mkdir(exist_ok=True)
        RANKER_FILE.write_text(json.dumps({
            "features": list(FEATURES), "weights": [round(float(v), 5) for v in fitted], "choice_overlap": 0.0,
            "trained_on": [p.name for p in args.train], "questions": len(train)}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
