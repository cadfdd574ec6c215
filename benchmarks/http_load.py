"""HTTP measurements against a running `python ui.py`: start-up, round trips (SSE and JSON), concurrent clients.

The SSE path is the one the browser's Gradio client uses for the `ask` API: POST /gradio_api/call/ask
queues the question and returns an event id; GET /gradio_api/call/ask/<id> streams server-sent events
until `event: complete` carries the answer. /api/ask is the plain JSON endpoint.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import threading
import time

import httpx
from common import PY, ROOT, env, pct


class UiServer:
    """`python ui.py` on a free port, started and stopped by this process (stopped by its own pid)."""

    def __init__(self, port: int, **extra_env: str) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self._env = env(**extra_env)
        self.proc: subprocess.Popen | None = None

    def start_and_time_first_answer(self, question: str, timeout: float = 120.0) -> float:
        """Seconds from spawning `python ui.py` to the first answered /api/ask request."""
        # The server logs a line per answer: to a file, never to an unread pipe (a full pipe blocks the server).
        self.log = tempfile.TemporaryFile()
        started = time.perf_counter()
        self.proc = subprocess.Popen([PY, "ui.py", "--port", str(self.port)], cwd=ROOT, env=self._env,
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        with httpx.Client(timeout=30) as client:
            while time.perf_counter() - started < timeout:
                if self.proc.poll() is not None:
                    self.log.seek(0)
                    raise RuntimeError(f"ui.py exited: {self.log.read().decode()[-2000:]}")
                try:
                    reply = client.post(f"{self.base}/api/ask", json={"question": question})
                    if reply.status_code == 200 and reply.json().get("kind"):
                        return time.perf_counter() - started
                except httpx.TransportError:
                    pass
                time.sleep(0.02)
        raise RuntimeError("ui.py did not answer in time")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


def ask_sse(client: httpx.Client, base: str, question: str, history: list[str]) -> dict:
    queued = client.post(f"{base}/gradio_api/call/ask", json={"data": [question, history]})
    queued.raise_for_status()
    event_id = queued.json()["event_id"]
    event = None
    with client.stream("GET", f"{base}/gradio_api/call/ask/{event_id}") as stream:
        stream.raise_for_status()
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                if event == "error":
                    raise RuntimeError(f"SSE error event: {line}")
                return json.loads(line.split(":", 1)[1])[0]
    raise RuntimeError("SSE stream ended without a complete event")


def ask_json(client: httpx.Client, base: str, question: str, history: list[str]) -> dict:
    reply = client.post(f"{base}/api/ask", json={"question": question, "history": history})
    reply.raise_for_status()
    return reply.json()


def check(answer: dict) -> None:
    """A reply counts only if it is a whole answer object with the disclaimer in its text."""
    if (not answer.get("kind") or answer.get("disclaimer", "") not in answer.get("text", "")
            or not answer.get("disclaimer")):
        raise RuntimeError("reply is not a complete answer object")


def round_trips(base: str, questions: list[dict], ask) -> list[float]:
    out = []
    with httpx.Client(timeout=60) as client:
        ask(client, base, questions[0]["question"], questions[0]["history"])  # connection set-up, untimed
        for q in questions:
            started = time.perf_counter()
            check(ask(client, base, q["question"], q["history"]))
            out.append((time.perf_counter() - started) * 1000)
    return out


def concurrent(base: str, questions: list[dict], ask, clients: int = 8, seconds: float = 8.0) -> dict:
    """`clients` threads, each with its own connection, asking questions back to back for `seconds`."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def worker(offset: int) -> None:
        with httpx.Client(timeout=60) as client:
            barrier.wait()
            i = offset
            while time.perf_counter() < stop_at[0]:
                q = questions[i % len(questions)]
                i += 1
                started = time.perf_counter()
                try:
                    check(ask(client, base, q["question"], q["history"]))
                    with lock:
                        latencies.append((time.perf_counter() - started) * 1000)
                except Exception as err:  # every failure is counted, none hidden
                    with lock:
                        errors.append(f"{type(err).__name__}: {err}"[:200])

    threads = [threading.Thread(target=worker, args=(k * 7,)) for k in range(clients)]
    for t in threads:
        t.start()
    stop_at[0] = time.perf_counter() + seconds
    began = time.perf_counter()
    barrier.wait()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    return {"answers": len(latencies), "errors": len(errors), "error_examples": sorted(set(errors))[:3],
            "per_s": len(latencies) / elapsed, "p50_ms": pct(latencies, .5), "p95_ms": pct(latencies, .95)}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


