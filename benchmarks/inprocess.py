"""Warm `bot.ask` latency in one process, beside a bare sentence-transformers query embedding.

Prints one JSON line. Each run asks every development question once (with its history) and embeds each
question once with sentence-transformers (torch, 1 thread: the same thread budget as the query path);
the two are interleaved run by run so that load from other processes affects both alike, and the ratio
is computed per run. With --before, the same bot with sentence-transformers as its query encoder (the
engine before the ONNX encoder) is timed too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median, pct, questions  # noqa: E402


def time_calls(fn, items) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    from bot import Bot

    bot = Bot.load()
    loaded = time.perf_counter()
    qs = questions()
    first_ms = time_calls(lambda q: bot.ask(q["question"], q["history"]), qs[:1])[0]
    load_s = loaded - started

    import torch
    from sentence_transformers import SentenceTransformer

    from bot.encoders.reference import model_path

    torch.set_num_threads(1)
    st = SentenceTransformer(model_path(), device="cpu")
    embed = lambda q: st.encode(q["question"], normalize_embeddings=True, convert_to_numpy=True)  # noqa: E731
    ask = lambda q: bot.ask(q["question"], q["history"])  # noqa: E731
    before_ask = None
    if args.before:
        from bot.config import Settings
        from bot.encoders.reference import SentenceTransformerEncoder

        encoder = SentenceTransformerEncoder(threads=1)
        encoder._model = st  # the same loaded model: only the query path differs
        before_bot = Bot.load(Settings(index_dir=Path(tempfile.mkdtemp(prefix="bench-st-index-"))), encoder=encoder)
        before_ask = lambda q: before_bot.ask(q["question"], q["history"])  # noqa: E731

    for fn in filter(None, (ask, embed, before_ask)):  # warm-up pass, untimed
        time_calls(fn, qs)
    runs = []
    for _ in range(args.runs):
        a, e = time_calls(ask, qs), time_calls(embed, qs)
        run = {"ask_p50": pct(a, .5), "ask_p95": pct(a, .95), "st_p50": pct(e, .5), "st_p95": pct(e, .95)}
        run["ratio_p50"] = run["ask_p50"] / run["st_p50"]
        if before_ask is not None:
            b = time_calls(before_ask, qs)
            run.update(before_p50=pct(b, .5), before_p95=pct(b, .95))
        runs.append(run)
    result = {key: median([r[key] for r in runs]) for key in runs[0]}
    result.update(runs=args.runs, questions=len(qs), load_s=load_s, first_ask_ms=first_ms,
                  ratio_per_run=[round(r["ratio_p50"], 3) for r in runs],
                  quantization=bot.index.manifest.get("encoder", {}).get("quantization"))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
