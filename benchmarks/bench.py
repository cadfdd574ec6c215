"""`make bench`: measures the serving path and writes the "bench" section of BENCHMARKS.md.

Steps (each a median over repeated runs; every step that needs an index uses a private index folder
under a temporary directory, so the project's own index/ is read but never rebuilt by a benchmark):
  warm ask p50/p95 in process, next to a bare sentence-transformers query embedding (ratio per run);
  cold `python -m bot ask --json` wall time and peak memory (and the same engine with the torch encoder);
  `python ui.py` start to the first answered request; UI round trips over SSE and JSON;
  8 concurrent clients on loopback; full index build for the corpus (warm export cache, from scratch,
  and the sentence-transformers build of the engine before the ONNX encoder).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, ROOT, machine, machine_markdown, measure_child, median, real_questions, run_json, write_section  # noqa: E402

QUESTION = "What are the symptoms of vitamin B12 deficiency?"
TORCH_ASK = ("import json, sys; from bot import Bot; from bot.encoders.reference import SentenceTransformerEncoder; "
             "print(json.dumps(Bot.load(encoder=SentenceTransformerEncoder()).ask(sys.argv[1]).to_dict()))")
TORCH_BUILD = ("from bot import Bot; from bot.encoders.reference import SentenceTransformerEncoder; "
               "Bot.load(encoder=SentenceTransformerEncoder(), force_rebuild=True)")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def cold_runs(args: list[str], runs: int, **extra_env) -> dict:
    results = [measure_child([PY, *args], **extra_env) for _ in range(runs)]
    bad = [r for r in results if r["returncode"] != 0]
    if bad:
        raise RuntimeError(f"{args[:3]} failed: {bad[0]['stderr'][-2000:]}")
    return {"wall_s": median([r["wall_s"] for r in results]), "peak_mb": median([r["peak_mb"] for r in results]),
            "runs": runs, "all_wall_s": [round(r["wall_s"], 3) for r in results]}


def build_runs(work: Path, runs: int, cache_from: Path | None, code: list[str]) -> dict:
    """Full builds into fresh index folders; with `cache_from`, the ONNX export cache is copied in first."""
    walls = []
    for i in range(runs):
        folder = work / f"build-{len(list(work.iterdir()))}"
        folder.mkdir()
        if cache_from is not None:
            shutil.copytree(cache_from, folder / "encoder-cache")
        result = measure_child([PY, *code], BOT_INDEX_DIR=str(folder))
        if result["returncode"] != 0:
            raise RuntimeError(f"build failed: {result['stderr'][-2000:]}")
        walls.append(result["wall_s"])
        shutil.rmtree(folder, ignore_errors=True)
    return {"wall_s": median(walls), "runs": runs, "all_wall_s": [round(w, 2) for w in walls]}


def http_steps(index_dir: Path, runs: int, seconds: float) -> dict:
    from http_load import UiServer, ask_json, ask_sse, concurrent, free_port, round_trips

    questions = real_questions()
    out: dict = {"ui_start_s": [], "sse": [], "json": [], "conc_json": [], "conc_sse": []}
    for run in range(runs):
        server = UiServer(free_port(), BOT_INDEX_DIR=str(index_dir))
        try:
            out["ui_start_s"].append(server.start_and_time_first_answer(QUESTION))
            log(f"ui start {out['ui_start_s'][-1]:.2f}s (run {run + 1}/{runs})")
            sse, js = round_trips(server.base, questions, ask_sse), round_trips(server.base, questions, ask_json)
            out["sse"].append({"p50": median(sse), "p95": sorted(sse)[int(0.95 * (len(sse) - 1))]})
            out["json"].append({"p50": median(js), "p95": sorted(js)[int(0.95 * (len(js) - 1))]})
            out["conc_json"].append(concurrent(server.base, questions, ask_json, clients=8, seconds=seconds))
            out["conc_sse"].append(concurrent(server.base, questions, ask_sse, clients=8, seconds=seconds))
            log(f"8 clients: json {out['conc_json'][-1]['per_s']:.0f}/s, sse {out['conc_sse'][-1]['per_s']:.0f}/s")
        finally:
            server.stop()
    return out


def summarise_http(raw: dict) -> dict:
    def med(key, field):
        return median([r[field] for r in raw[key]])

    return {
        "ui_start_s": median(raw["ui_start_s"]), "ui_start_all": [round(x, 2) for x in raw["ui_start_s"]],
        "sse_p50": med("sse", "p50"), "sse_p95": med("sse", "p95"),
        "json_p50": med("json", "p50"), "json_p95": med("json", "p95"),
        **{f"{k}_{f}": med(k, f) for k in ("conc_json", "conc_sse") for f in ("per_s", "p50_ms", "p95_ms")},
        "conc_json_errors": sum(r["errors"] for r in raw["conc_json"]),
        "conc_sse_errors": sum(r["errors"] for r in raw["conc_sse"]),
        "error_examples": [e for k in ("conc_json", "conc_sse") for r in raw[k] for e in r["error_examples"]][:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each measurement")
    parser.add_argument("--seconds", type=float, default=8.0, help="duration of each concurrent-clients run")
    parser.add_argument("--quick", action="store_true", help="fewer runs (for trying the script out)")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs
    info = machine()
    results: dict = {"machine": info}
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        index_dir = work / "index"
        cache = ROOT / "index" / "encoder-cache"
        if cache.is_dir():
            shutil.copytree(cache, index_dir / "encoder-cache")
        log("building the benchmark index")
        measure_child([PY, "-m", "bot", "build"], BOT_INDEX_DIR=str(index_dir))
        torch_dir = work / "torch-index"
        measure_child([PY, "-c", TORCH_BUILD], BOT_INDEX_DIR=str(torch_dir))

        log("warm ask in process")
        results["warm"] = run_json(["benchmarks/inprocess.py", "--runs", str(runs), "--before"],
                                   BOT_INDEX_DIR=str(index_dir))
        log("cold CLI")
        results["cold"] = cold_runs(["-m", "bot", "ask", "--json", QUESTION], runs, BOT_INDEX_DIR=str(index_dir))
        results["cold_torch"] = cold_runs(["-c", TORCH_ASK, QUESTION], max(2, runs // 2), BOT_INDEX_DIR=str(torch_dir))
        results["import_floor"] = cold_runs(["-c", "import numpy"], runs)
        log("UI and HTTP")
        results["http"] = summarise_http(http_steps(index_dir, max(2, runs // 2 + 1), args.seconds))
        log("index builds")
        builds = work / "builds"
        builds.mkdir()
        results["build_cached"] = build_runs(builds, runs, index_dir / "encoder-cache",
                                             ["-m", "bot", "build", "--force"])
        results["build_scratch"] = build_runs(builds, max(2, runs // 2), None, ["-m", "bot", "build", "--force"])
        results["build_torch"] = build_runs(builds, max(2, runs // 2), None, ["-c", TORCH_BUILD])
        results["machine_end_load"] = list(__import__("os").getloadavg())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (ROOT / "benchmarks" / "last_bench.json").write_text(json.dumps(results, indent=2))
    from report import bench_markdown

    write_section("bench", bench_markdown(results, machine_markdown(info)))
    log("wrote BENCHMARKS.md")


if __name__ == "__main__":
    main()
