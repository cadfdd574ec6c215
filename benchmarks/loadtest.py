"""Load test on loopback only: N concurrent clients each ask M questions through /api/ask (httpx) and
through the Gradio queue (gradio_client, api_name="/ask"). Bounded in count and time.

    python benchmarks/loadtest.py                     # starts `ui.py` on a free port, 16 clients x 5 questions
    python benchmarks/loadtest.py --url http://127.0.0.1:7860 --clients 16 --questions 10

Prints requests per second, p50/p95/p99 latency and the error count per path. Errors are non-200 replies,
exceptions (including Gradio's queue-full), and "busy" replies. Exit status 1 if there was any error.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import httpx

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MAX_CLIENTS, MAX_QUESTIONS, MAX_SECONDS = 64, 50, 600  # hard bounds: this is a local check, not a flood
BUSY_MARK = "Too many questions are being answered"


def _questions() -> list[str]:
    path = PROJECT_ROOT / "tests" / "eval" / "shared_dev_questions.jsonl"
    out = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                q = json.loads(line).get("question")
            except (ValueError, AttributeError):
                continue
            if isinstance(q, str) and q.strip():
                out.append(q)
    return out or ["Which foods are rich in magnesium?", "What causes muscle cramps?",
                   "Can low vitamin D cause back pain?", "What does vitamin B12 do for nerves?"]


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def _api_client(url: str, questions: list[str], deadline: float) -> Result:
    result = Result()
    with httpx.Client(base_url=url, timeout=60) as client:
        for q in questions:
            if time.monotonic() > deadline:
                result.error("deadline")
                break
            started = time.perf_counter()
            try:
                r = client.post("/api/ask", json={"question": q, "history": []})
            except httpx.HTTPError as err:
                result.error(type(err).__name__)
                continue
            result.latencies.append(time.perf_counter() - started)
            if r.status_code != 200:
                result.error(f"http {r.status_code}")
            elif BUSY_MARK in r.json().get("text", ""):
                result.error("busy")
    return result


def _gradio_client(url: str, questions: list[str], deadline: float) -> Result:
    from gradio_client import Client

    result = Result()
    client = Client(url, verbose=False)
    for q in questions:
        if time.monotonic() > deadline:
            result.error("deadline")
            break
        started = time.perf_counter()
        try:
            answer = client.predict(q, [], api_name="/ask")
        except Exception as err:  # noqa: BLE001 - QueueError and friends are what we count
            result.error(type(err).__name__)
            continue
        result.latencies.append(time.perf_counter() - started)
        if BUSY_MARK in (answer or {}).get("text", ""):
            result.error("busy")
    return result


def run(url: str, clients: int, per_client: int, seconds: float, paths: list[str]) -> dict[str, dict]:
    pool = _questions()
    deadline = time.monotonic() + seconds
    workers = {"api": _api_client, "gradio": _gradio_client}
    report = {}
    for path in paths:  # one path at a time, so each line measures one route under the full load
        started = time.perf_counter()
        merged = Result()
        with ThreadPoolExecutor(clients) as executor:
            futures = [executor.submit(workers[path], url,
                                       [pool[(c * per_client + i) % len(pool)] for i in range(per_client)], deadline)
                       for c in range(clients)]
            for f in as_completed(futures):
                try:
                    r = f.result()
                except Exception as err:  # noqa: BLE001 - e.g. the client could not connect at all
                    merged.error(type(err).__name__)
                    continue
                merged.latencies += r.latencies
                for k, v in r.errors.items():
                    merged.errors[k] = merged.errors.get(k, 0) + v
        wall = time.perf_counter() - started
        lat = merged.latencies
        report[path] = {"requests": len(lat), "seconds": round(wall, 2), "rps": round(len(lat) / wall, 1),
                        "p50_ms": round(_percentile(lat, 50) * 1000), "p95_ms": round(_percentile(lat, 95) * 1000),
                        "p99_ms": round(_percentile(lat, 99) * 1000),
                        "mean_ms": round(statistics.fmean(lat) * 1000) if lat else None,
                        "errors": sum(merged.errors.values()), "error_kinds": merged.errors}
    return report


def _start_server() -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("PORT", None)
    log = open(os.devnull, "wb")
    process = subprocess.Popen([sys.executable, "ui.py", "--port", str(port)], cwd=PROJECT_ROOT, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.5)
    os.killpg(process.pid, signal.SIGTERM)
    raise SystemExit("the server did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server on loopback (default: start ui.py on a free port)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--questions", type=int, default=5, help="questions per client and path")
    parser.add_argument("--seconds", type=float, default=300, help="stop asking after this long")
    parser.add_argument("--paths", default="api,gradio", help="comma-separated: api, gradio")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    clients = max(1, min(args.clients, MAX_CLIENTS))
    per_client = max(1, min(args.questions, MAX_QUESTIONS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    paths = [p for p in args.paths.split(",") if p in ("api", "gradio")] or ["api"]
    process = None
    url = args.url
    if url:
        if urlparse(url).hostname not in ("127.0.0.1", "localhost"):
            raise SystemExit("the load test only runs against loopback (127.0.0.1 or localhost)")
    else:
        process, url = _start_server()
    try:
        report = run(url.rstrip("/"), clients, per_client, seconds, paths)
    finally:
        if process is not None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{clients} concurrent clients x {per_client} questions per path, loopback {url}")
        print(f"{'path':<8}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>8}")
        for path, r in report.items():
            print(f"{path:<8}{r['requests']:>9}{r['rps']:>8}{r['p50_ms']:>8}{r['p95_ms']:>8}{r['p99_ms']:>8}"
                  f"{r['errors']:>8}  {r['error_kinds'] or ''}")
    return 1 if any(r["errors"] for r in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
