"""How the server asks the engine: the input cap, the one shared line (bot/serving/overload.py) and a catch-all.

Every reply is an answer object that carries the disclaimer: a question turned away because too many are
being answered, or one whose answering failed, gets a polite notice instead of an error. The chat, gradio_client
and /api/ask all come through here (ui.py wires them up). History goes to the engine as it came: the engine
reads, normalises and caps it in one place (bot/answering/history.py).

Question text is never logged unless the operator opts in with BOT_LOG_QUESTIONS=1.
"""

from __future__ import annotations

import logging
import os
import time

import anyio

from bot.answering import composer
from bot.config import ANSWERS_RUNNING, ANSWERS_WAITING
from bot.serving.overload import Gate
from bot.types import Answer

MAX_INPUT_CHARS = 2000     # the server's own cap: longer input is cut here; the engine then rejects >1000 chars
RUNNING = ANSWERS_RUNNING  # kept under these names for ui.py and the tests
WAITING = ANSWERS_WAITING
BUSY_TEXT = "Too many questions are being answered right now. Please try again in a moment."
ERROR_TEXT = "Sorry, something went wrong while answering. Please try again or rephrase your question."
log = logging.getLogger("bot.serving.asking")


def cap(value: object, limit: int = MAX_INPUT_CHARS) -> str:
    """Non-text becomes empty text; anything longer than `limit` is cut before the engine sees it."""
    return value[:limit] if isinstance(value, str) else ""


def _notice(bot, question: str, message: str) -> Answer:
    return composer.invalid(bot.site, question, message, bot.fingerprint)


def _refusal(bot, text: str, message: str, reason: str, started: float) -> Answer:
    # The engine logs one line per answered question; refusals made here get the same kind of line.
    log.info("answered kind=invalid reason=%s ms=%.1f index=%s passages=-", reason,
             (time.perf_counter() - started) * 1000, bot.fingerprint)
    return _notice(bot, text[:200], message)


def _answer(bot, text: str, history: object, started: float) -> Answer:
    if os.environ.get("BOT_LOG_QUESTIONS") == "1":  # opt-in only: a line with the question before the engine's
        logging.getLogger("bot.questions").info("question=%r", text)
    try:
        return bot.ask(text, history=history if isinstance(history, (list, tuple)) else ())
    except Exception:  # noqa: BLE001 - the user gets a safe message; the log gets the details
        log.exception("answering failed")
        return _refusal(bot, text, ERROR_TEXT, "error", started)


def safe_ask(bot, gate: Gate, question: object, history: object = ()) -> Answer:
    """bot.ask behind the length cap, the overload gate and a catch-all: every reply carries the disclaimer."""
    started, text = time.perf_counter(), cap(question)
    with gate.enter() as admitted:
        if not admitted:
            return _refusal(bot, text, BUSY_TEXT, "busy", started)
        return _answer(bot, text, history, started)


async def safe_ask_async(bot, gate: Gate, question: object, history: object = ()) -> Answer:
    """safe_ask for the event loop: waiting in the Gate holds no thread; only the answer itself runs in one."""
    started, text = time.perf_counter(), cap(question)
    async with gate.enter_async() as admitted:
        if not admitted:
            return _refusal(bot, text, BUSY_TEXT, "busy", started)
        return await anyio.to_thread.run_sync(_answer, bot, text, history, started)
