"""Overload on a live server (in this process, with a stand-in engine and small limits so it is fast): questions
beyond what the Gate holds get the app's own "busy" answer with the disclaimer, through every door (the chat
page's event, gradio_client's /ask and /chat, /api/ask), and never Gradio's "Queue is full", which has none."""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from types import SimpleNamespace

import httpx
import pytest
from support.ui import HeldBot, in_process_server

from bot.safety.screening import DISCLAIMER
from bot.serving import asking
from bot.serving.overload import Gate

os.environ.setdefault("HF_HUB_OFFLINE", "1")   # gradio_client would otherwise look up a model hub host
BOUND_S = 30  # generous bounds for waits on a busy machine; never a timing assertion


@pytest.fixture
def live():
    bot, gate = HeldBot(), Gate(running=1, waiting=1, patience_s=BOUND_S)
    # Gradio's own queue holds one event: if answering events waited there, the third would be refused.
    with in_process_server(bot, gate=gate, queue_max=1, spare_events=3) as url:
        yield SimpleNamespace(url=url, bot=bot, gate=gate)
        bot.release.set()


class PageUser:
    """One browser tab: sends the chat box's submit event as the page does and reads its event stream."""

    def __init__(self, url: str, question: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=BOUND_S)
        config = self.client.get("/config").json()
        self.fn_index, self.trigger = next((i, d["targets"][0][0]) for i, d in enumerate(config["dependencies"])
                                           if any(event == "submit" for _, event in d["targets"]))
        self.question, self.session = question, uuid.uuid4().hex[:12]
        self.started, self.done = threading.Event(), threading.Event()
        self.reply: str | None = None
        self.failure: str | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            joined = self.client.post("/gradio_api/queue/join", json={
                "data": [self.question, None], "fn_index": self.fn_index, "trigger_id": self.trigger,
                "session_hash": self.session})
            if joined.status_code != 200:  # Gradio's "Queue is full" is a 503 here
                self.failure = f"join refused: {joined.status_code} {joined.text[:200]}"
                return
            with self.client.stream("GET", "/gradio_api/queue/data", params={"session_hash": self.session}) as s:
                for line in s.iter_lines():
                    message = json.loads(line[5:]) if line.startswith("data:") else {}
                    if message.get("msg") == "process_starts":
                        self.started.set()
                    elif message.get("msg") == "process_completed":
                        if not message.get("success"):
                            self.failure = f"error event: {message}"[:300]
                        else:
                            content = message["output"]["data"][1][-1]["content"]
                            self.reply = " ".join(p.get("text", "") for p in content)
                        return
        except Exception as err:  # noqa: BLE001 - reported by the test
            self.failure = repr(err)
        finally:
            self.started.set()
            self.done.set()

    def ask(self) -> PageUser:
        self.thread.start()
        assert self.started.wait(BOUND_S), "the chat event never started: it waited in Gradio's queue, not in the Gate"
        return self


def test_overload_gives_the_busy_answer_with_the_disclaimer_through_every_door(live):
    from gradio_client import Client

    # Two questions fill the Gate (one answering, one waiting); the engine holds them.
    holders = [PageUser(live.url, f"held {i}").ask() for i in range(2)]
    assert live.bot.wait_until_asked(1) and live.bot.asked == ["held 0"]

    # Everyone else, one after another and through every door, while the engine is still holding those two.
    extra_pages = [PageUser(live.url, f"extra {i}").ask() for i in range(3)]
    for user in extra_pages:
        assert user.done.wait(BOUND_S)
        assert user.failure is None, user.failure
        assert "Too many questions" in user.reply and user.reply.rstrip().endswith(DISCLAIMER)
    client = Client(live.url, verbose=False, download_files=False)
    for _ in range(2):
        answer = client.predict("extra via gradio_client", [], api_name="/ask")  # would raise QueueError if full
        assert answer["kind"] == "invalid" and "Too many questions" in answer["text"]
        assert answer["disclaimer"] == DISCLAIMER and answer["text"].endswith(DISCLAIMER)
    reply = client.predict("extra via /chat", [], api_name="/chat")
    assert "Too many questions" in reply and reply.endswith(DISCLAIMER)
    api = httpx.post(f"{live.url}/api/ask", json={"question": "extra via the JSON API"}, timeout=BOUND_S)
    assert api.status_code == 200 and "Too many questions" in api.json()["text"]
    assert not any(h.done.is_set() for h in holders), "the held questions must still be waiting"

    # Once the engine answers, the two that were let in get their real answers, and the Gate is empty again.
    live.bot.release.set()
    for user in holders:
        assert user.done.wait(BOUND_S) and user.failure is None, user.failure
        assert user.reply.startswith("Held answer") and user.reply.rstrip().endswith(DISCLAIMER)
    assert live.bot.asked == ["held 0", "held 1"]
    assert client.predict("after the rush", [], api_name="/ask")["text"].startswith("Held answer")
    client.close()
    for user in holders + extra_pages:
        user.client.close()


def test_answering_events_are_limited_above_the_gate_so_gradio_never_queues_them():
    import ui

    gate = Gate(ui.RUNNING, ui.WAITING)
    demo = ui.build_demo(HeldBot(), gate=gate)
    answering = [fn for fn in demo.fns.values() if fn.concurrency_id == "answer"]
    assert {fn.api_name for fn in answering} >= {"ask", "chat", "respond"}
    limit = answering[0].concurrency_limit
    assert all(fn.concurrency_limit == limit for fn in answering)
    assert gate.capacity < limit < demo.max_threads  # room above the Gate for refusals, below Gradio's cap
    assert demo._queue.max_thread_count == demo.max_threads and demo._queue.max_size == ui.QUEUE_MAX
    assert ui.QUEUE_MAX >= limit  # a burst that the Gate would admit or refuse fits in Gradio's waiting room


def test_refusals_are_logged_like_answers_and_question_text_only_on_request(caplog, monkeypatch):
    gate = Gate(running=1, waiting=0)
    bot = HeldBot()
    bot.release.set()
    caplog.set_level(logging.INFO, logger="bot")
    with gate.enter():  # the only slot is taken: the next question is refused
        busy = asking.safe_ask(bot, gate, "secret question zebra")
    assert busy.kind == "invalid" and busy.text.endswith(DISCLAIMER)
    assert "answered kind=invalid reason=busy" in caplog.text and "index=fp-test" in caplog.text
    assert "zebra" not in caplog.text
    monkeypatch.setenv("BOT_LOG_QUESTIONS", "1")
    asking.safe_ask(bot, gate, "opted-in question okapi")
    assert "okapi" in caplog.text


def test_gate_serves_in_order_refuses_beyond_capacity_and_frees_every_place():
    import asyncio
    import time

    order: list[tuple[str, bool]] = []

    async def user(gate: Gate, name: str, hold: float = 0.05) -> None:
        async with gate.enter_async() as admitted:
            order.append((name, admitted))
            if admitted:
                await asyncio.sleep(hold)

    def thread_user(gate: Gate) -> None:
        with gate.enter() as admitted:
            order.append(("thread", admitted))
            time.sleep(0.05)

    async def scenario(full: Gate, impatient: Gate, leaving: Gate, mixed: Gate) -> None:
        await asyncio.gather(*(user(full, str(i)) for i in range(8)))
        # Waiting past patience is a refusal too (the first holds its slot longer than the second will wait).
        await asyncio.gather(user(impatient, "slow", hold=0.3), user(impatient, "impatient"))
        # A waiter whose client goes away leaves its place in line.
        holder = asyncio.create_task(user(leaving, "holder", hold=0.2))
        await asyncio.sleep(0.02)
        leaver = asyncio.create_task(user(leaving, "leaver"))
        await asyncio.sleep(0.02)
        leaver.cancel()
        await asyncio.gather(holder, leaver, return_exceptions=True)
        # Threads and coroutines share one line.
        thread = threading.Thread(target=thread_user, args=(mixed,))
        thread.start()
        while not order or order[-1][0] != "thread":
            await asyncio.sleep(0.01)
        await user(mixed, "after the thread")
        thread.join(BOUND_S)

    gates = (Gate(2, 3, BOUND_S), Gate(1, 1, 0.05), Gate(1, 1, BOUND_S), Gate(1, 1, BOUND_S))
    asyncio.run(scenario(*gates))
    assert [name for name, ok in order[:8] if ok] == ["0", "1", "2", "3", "4"]   # first come, first served
    assert [name for name, ok in order[:8] if not ok] == ["5", "6", "7"]         # refused at once, beyond 2 + 3
    assert ("impatient", False) in order and ("leaver", True) not in order
    assert order[-2:] == [("thread", True), ("after the thread", True)]
    for gate in gates:  # every place was given back
        assert gate._admitted == 0 and gate._free == gate.running and not gate._line
