"""Load test on loopback only: N concurrent clients each ask M questions through /api/ask (httpx), through the
Gradio queue with `gradio_client` (api_name="/ask"), and through the chat event the page itself uses (the
browser's queue/join + server-sent-events protocol, spoken by httpx). Bounded in count and time.

    python benchmarks/loadtest.py                     # starts `ui.py` on a free port, 16 clients x 5 questions
    python benchmarks/loadtest.py --url http://127.0.0.1:7860 --clients 16 --questions 10

Prints requests per second, p50/p95/p99 latency and the error count per path. Errors are non-200 replies,
exceptions (including Gradio's queue-full), replies without the disclaimer and "busy" replies. Exit status 1
if there was any error. When it starts the server itself it also prints where the time went: the engine's own
time per answer (from the server's log line), and the CPU seconds the server and this load generator used.

Fair measurement: every client is created (config fetched, connections opened) before the clock starts, and
all start together. `gradio_client` is told not to verify TLS: on http:// there is no TLS, but by default it
builds a fresh certificate-verifying SSL context (loading the CA bundle, ~25 ms of CPU) for every request.
16 such clients used more than one of this machine's two cores, which the server then did not have; a browser
does no such thing. `--gradio-client-defaults` measures with the defaults anyway.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlparse

import httpx

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MAX_CLIENTS, MAX_QUESTIONS, MAX_SECONDS = 64, 50, 600  # hard bounds: this is a local check, not a flood
BUSY_MARK = "Too many questions are being answered"
DISCLAIMER_MARK = "not medical advice"
PATHS = ("api", "gradio", "page")
ENGINE_LINE = re.compile(r"answered kind=\S+ ms=([\d.]+)")  # the engine's line; refusals add reason=...


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


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


# Each client factory connects now (untimed) and returns ask(question) -> the reply text shown to the user.
Asker = Callable[[str], str]


def _api_client(url: str, options: argparse.Namespace) -> Asker:
    client = httpx.Client(base_url=url, timeout=60)
    client.get("/api/health").raise_for_status()

    def ask(question: str) -> str:
        reply = client.post("/api/ask", json={"question": question, "history": []})
        if reply.status_code != 200:
            raise RuntimeError(f"http {reply.status_code}")
        return reply.json().get("text", "")
    return ask


def _gradio_client(url: str, options: argparse.Namespace) -> Asker:
    from gradio_client import Client

    client = Client(url, verbose=False, **({} if options.gradio_client_defaults else {"ssl_verify": False}))
    return lambda question: (client.predict(question, [], api_name="/ask") or {}).get("text", "")


def _page_client(url: str, options: argparse.Namespace) -> Asker:
    """The chat box's submit event, as the page's own script sends it: POST queue/join, then read the
    session's event stream until this event completes. Returns the last chat message's text."""
    client = httpx.Client(base_url=url, timeout=60)
    config = client.get("/config").json()
    fn_index, trigger = next((i, d["targets"][0][0]) for i, d in enumerate(config["dependencies"])
                             if any(event == "submit" for _, event in d["targets"]))
    session = uuid.uuid4().hex[:12]

    def ask(question: str) -> str:
        joined = client.post("/gradio_api/queue/join", json={"data": [question, None], "fn_index": fn_index,
                                                             "trigger_id": trigger, "session_hash": session})
        if joined.status_code != 200:
            raise RuntimeError(f"http {joined.status_code}")
        event_id = joined.json()["event_id"]
        with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as stream:
            for line in stream.iter_lines():
                message = json.loads(line[5:]) if line.startswith("data:") else {}
                if message.get("msg") == "process_completed" and message.get("event_id") == event_id:
                    if not message.get("success"):
                        raise RuntimeError("chat event failed")
                    content = message["output"]["data"][1][-1]["content"]
                    return " ".join(part.get("text", "") for part in content) if isinstance(content, list) \
                        else str(content)
        raise RuntimeError("event stream ended before the answer")
    return ask


CLIENTS = {"api": _api_client, "gradio": _gradio_client, "page": _page_client}


@dataclass
class PathRun:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def error(self, kind: str) -> None:
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1


def _ask_all(ask: Asker, questions: list[str], start: threading.Barrier, deadline: float, run: PathRun) -> None:
    start.wait()
    for question in questions:
        if time.monotonic() > deadline:
            run.error("deadline")
            return
        began = time.perf_counter()
        try:
            text = ask(question)
        except Exception as err:  # noqa: BLE001 - QueueError, HTTP errors and friends are what we count
            run.error(f"{type(err).__name__}: {err}"[:120])
            continue
        with run.lock:
            run.latencies.append(time.perf_counter() - began)
        if BUSY_MARK in text:
            run.error("busy")
        elif DISCLAIMER_MARK not in text:
            run.error("no disclaimer")


class Server:
    """`python ui.py` on a free loopback port, its log in a temporary file (for the engine's timings)."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
        env.pop("PORT", None)
        env.pop("BOT_LOG_QUESTIONS", None)
        self.log = tempfile.NamedTemporaryFile(prefix="loadtest-server-", suffix=".log", delete=False)
        self.process = subprocess.Popen([sys.executable, "ui.py", "--port", str(port)], cwd=PROJECT_ROOT, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.5)
        self.stop()
        raise SystemExit("the server did not start")

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime

    def engine_ms(self, offset: int) -> tuple[list[float], int]:
        """The per-answer times the server logged after `offset`, and the new offset."""
        text = Path(self.log.name).read_bytes()
        return [float(m) for m in ENGINE_LINE.findall(text[offset:].decode(errors="replace"))], len(text)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        os.unlink(self.log.name)


def run_path(path: str, url: str, clients: int, per_client: int, deadline: float,
             options: argparse.Namespace, server: Server | None) -> dict:
    pool = _questions()
    askers = [CLIENTS[path](url, options) for _ in range(clients)]  # connected before the clock starts
    run = PathRun()
    start = threading.Barrier(clients + 1)
    threads = [threading.Thread(target=_ask_all, args=(askers[c], [pool[(c * per_client + i) % len(pool)]
                                                                   for i in range(per_client)], start, deadline, run))
               for c in range(clients)]
    for t in threads:
        t.start()
    _, offset = server.engine_ms(0) if server else ([], 0)
    server_cpu, own_cpu = (server.cpu_seconds() if server else 0.0), time.process_time()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    lat = run.latencies
    report = {"requests": len(lat), "seconds": round(wall, 2), "rps": round(len(lat) / wall, 1),
              "p50_ms": round(_percentile(lat, 50) * 1000), "p95_ms": round(_percentile(lat, 95) * 1000),
              "p99_ms": round(_percentile(lat, 99) * 1000), "errors": sum(run.errors.values()),
              "error_kinds": run.errors,
              "loadgen_cpu_ms_per_request": round((time.process_time() - own_cpu) * 1000 / max(1, len(lat)), 1)}
    if server:
        engine, _ = server.engine_ms(offset)
        report.update(server_cpu_ms_per_request=round((server.cpu_seconds() - server_cpu) * 1000 / max(1, len(lat)), 1),
                      engine_p50_ms=round(_percentile(engine, 50), 1), engine_p95_ms=round(_percentile(engine, 95), 1))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server on loopback (default: start ui.py on a free port)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--questions", type=int, default=5, help="questions per client and path")
    parser.add_argument("--seconds", type=float, default=300, help="stop asking after this long")
    parser.add_argument("--paths", default=",".join(PATHS), help="comma-separated: " + ", ".join(PATHS))
    parser.add_argument("--gradio-client-defaults", action="store_true",
                        help="gradio_client with its default TLS set-up per request (costly for the load generator)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    clients = max(1, min(args.clients, MAX_CLIENTS))
    per_client = max(1, min(args.questions, MAX_QUESTIONS))
    deadline = time.monotonic() + max(1.0, min(args.seconds, MAX_SECONDS))
    paths = [p for p in args.paths.split(",") if p in PATHS] or ["api"]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # gradio_client would otherwise look up a model hub host
    server = None
    if args.url:
        if urlparse(args.url).hostname not in ("127.0.0.1", "localhost"):
            raise SystemExit("the load test only runs against loopback (127.0.0.1 or localhost)")
        url = args.url.rstrip("/")
    else:
        server = Server()
        url = server.url
    try:  # one path at a time, so each line measures one route under the full load
        report = {path: run_path(path, url, clients, per_client, deadline, args, server) for path in paths}
    finally:
        if server is not None:
            server.stop()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{clients} concurrent clients x {per_client} questions per path, loopback {url}")
        print(f"{'path':<8}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>8}"
              f"  | {'engine p50/p95 ms':>17}{'server cpu ms/req':>19}{'loadgen cpu ms/req':>20}")
        for path, r in report.items():
            engine = f"{r['engine_p50_ms']}/{r['engine_p95_ms']}" if "engine_p50_ms" in r else "-"
            print(f"{path:<8}{r['requests']:>9}{r['rps']:>8}{r['p50_ms']:>8}{r['p95_ms']:>8}{r['p99_ms']:>8}"
                  f"{r['errors']:>8}  | {engine:>17}{r.get('server_cpu_ms_per_request', '-'):>19}"
                  f"{r['loadgen_cpu_ms_per_request']:>20}  {r['error_kinds'] or ''}")
    return 1 if any(r["errors"] for r in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
