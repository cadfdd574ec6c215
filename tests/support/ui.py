"""Helpers for the UI tests: start `python ui.py` on a free port, and find Debian's chromium.

The server runs as a subprocess exactly as a user starts it, with the project's default index/ (built on
first use) and feedback written to a temporary file. It is stopped (its own process group) afterwards.
For overload tests, `in_process_server` serves ui.build_app with a stand-in engine (`HeldBot`) and small limits.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
# Flags from the project's lessons: no sandbox in containers, and no background traffic of chromium's own.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 240  # the first start on a fresh checkout builds the index


@dataclass
class UiServer:
    url: str
    port: int
    process: subprocess.Popen
    log: Path
    feedback: Path

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_ui(tmp_dir: Path, name: str, extra_env: dict[str, str] | None = None) -> UiServer:
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    log = ARTIFACTS / f"ui-server-{name}.log"
    feedback = tmp_dir / "feedback.jsonl"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
           "BOT_FEEDBACK": str(feedback), **(extra_env or {})}
    env.pop("PORT", None)
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "ui.py", "--port", str(port)], cwd=PROJECT_ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return wait_until_serving(UiServer(f"http://127.0.0.1:{port}/", port, process, log, feedback))


def wait_until_serving(server: "UiServer", timeout_s: float = START_TIMEOUT_S) -> "UiServer":
    """Poll the server's page until it answers 200; stop it and raise with its log tail if it exits or is late."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            if httpx.get(server.url, timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the server did not answer within {timeout_s} s:\n{server.log_tail()}")


class HeldBot:
    """A stand-in engine that answers only once released, so questions pile up exactly as under load."""

    fingerprint = "fp-test"
    index = SimpleNamespace(passages=[], manifest={})

    def __init__(self, hold_s: float = 30.0) -> None:
        self.release = threading.Event()
        self.asked: list[str] = []
        self.hold_s = hold_s

    def ask(self, question, history=()):
        from bot.safety.screening import DISCLAIMER
        from bot.types import Answer

        self.asked.append(question)
        self.release.wait(self.hold_s)
        return Answer(question, "no_answer", f"Held answer.\n\n{DISCLAIMER}", (), (), DISCLAIMER, None, "fp-test")

    @property
    def site(self):
        from support.fakes import project_site

        return project_site()

    def article(self, doc_id):
        return None

    def wait_until_asked(self, count: int, bound_s: float = 30.0) -> bool:
        deadline = time.monotonic() + bound_s
        while len(self.asked) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return len(self.asked) >= count


@contextmanager
def in_process_server(bot, **demo_options) -> Iterator[str]:
    """ui.build_app(bot, ...) served by uvicorn in a thread on a free loopback port; yields its URL."""
    import uvicorn

    import ui

    port = free_port()
    app = ui.build_app(bot, port, **demo_options)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           timeout_graceful_shutdown=2))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        if not server.started:
            raise RuntimeError("the in-process server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def chat_stream(client: httpx.Client, question: str) -> tuple[bytes, str]:
    """Ask through the chat page's own event (queue/join, then the server-sent events); returns every byte of
    the event stream and the sources panel's HTML of the final answer."""
    config = client.get("/config").json()
    fn_index, trigger = next((d["id"], d["targets"][0][0]) for d in config["dependencies"]
                             if any(event == "submit" for _, event in d["targets"]))
    session = uuid.uuid4().hex[:12]
    joined = client.post("/gradio_api/queue/join", json={"data": [question, None], "fn_index": fn_index,
                                                         "trigger_id": trigger, "session_hash": session})
    assert joined.status_code == 200, joined.text[:200]
    received = bytearray()
    with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as stream:
        for line in stream.iter_lines():
            received += line.encode() + b"\n"
            message = json.loads(line[5:]) if line.startswith("data:") else {}
            if message.get("msg") == "process_completed":
                assert message.get("success"), str(message)[:300]
                return bytes(received), message["output"]["data"][2]
    raise AssertionError("the event stream ended without an answer")


def require_chromium():
    """The sync playwright module, or a skip with the reason when the browser is not available."""
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (`apt-get install chromium`; "
                    "`make test` installs it when it can)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the python playwright package (pip install -e '.[dev]')")
    return sync_playwright


# --- Driving the page as a person does (shared by the browser test modules) --------------------------------

ANSWER_TIMEOUT_MS = 90_000
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
URGENT_QUESTION = "My back hurts and since this morning I can't control my bladder"

# The part of an element a person can see: its box clipped by the viewport and by every scrolling ancestor.
VISIBLE_RECT_JS = """el => {
  const r = el.getBoundingClientRect();
  let top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);
  let left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (!/(auto|scroll|hidden|clip)/.test(s.overflowY + s.overflowX)) continue;
    const c = a.getBoundingClientRect();
    top = Math.max(top, c.top + a.clientTop); bottom = Math.min(bottom, c.top + a.clientTop + a.clientHeight);
    left = Math.max(left, c.left); right = Math.min(right, c.right);
  }
  return {top: r.top, bottom: r.bottom, height: r.height, seen: Math.max(0, bottom - top),
          seenWidth: Math.max(0, right - left)};
}"""


def open_page(browser, url: str, viewport: dict | None = None, scheme: str = "light", **options):
    """A new context and page at `url` once the question box is there; returns (context, page)."""
    context = browser.new_context(viewport=viewport or DESKTOP, color_scheme=scheme, **options)
    page = context.new_page()
    page.goto(url)
    page.get_by_label("Your question").wait_for()
    return context, page


def wait_for_answer(page, turn: int = 1):
    """The `turn`-th bot message once it carries its disclaimer (the answer is complete)."""
    message = page.locator('#chat [data-testid="bot"]').nth(turn - 1)
    message.locator("p", has_text="not medical advice").last.wait_for(timeout=ANSWER_TIMEOUT_MS)
    # The page script scrolls the reply into view on the next animation frames.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return message


def ask(page, question: str, turn: int = 1):
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    return wait_for_answer(page, turn)


def seen(locator) -> dict:
    """How much of the element is visible: {"height": its height, "seen": visible height, ...} in CSS px."""
    return locator.evaluate(VISIBLE_RECT_JS)


def wholly_seen(locator, slack: float = 1.0) -> bool:
    s = seen(locator)
    return s["seen"] >= s["height"] - slack and s["height"] > 0


def shot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"), full_page=full_page)
