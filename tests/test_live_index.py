"""Hot swap: a serving process picks up a newly published index between requests, and the build folder a live
process answers from is kept until that process is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from support.fakes import PROJECT_ROOT, FakeEncoder

from bot import Bot
from bot.serving.live import LiveBot

QUESTION = "Which fermented foods contain vitamin K?"
BOUND_S = 30

_HOLD = """
import sys
sys.path.insert(0, "tests")
from pathlib import Path
from bot import Bot
from bot.config import Settings
from support.fakes import FakeEncoder
bot = Bot.load(Settings(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2])), encoder=FakeEncoder())
print(bot.index.path.name, flush=True)
sys.stdin.read()
"""


def _edit_corpus(settings, n: int) -> None:
    path = settings.corpus_dir / "cramps.md"
    path.write_text(path.read_text() + f"\nStretching before bed may help with night cramps ({n}).\n")


def test_a_running_bot_switches_to_a_newly_published_index_between_requests(tiny_settings):
    load = lambda: Bot.load(tiny_settings, encoder=FakeEncoder())  # noqa: E731
    live = LiveBot(load(), load, check_every_s=0)
    first = live.ask(QUESTION).index
    _edit_corpus(tiny_settings, 1)
    rebuilt = Bot.load(tiny_settings, encoder=FakeEncoder()).fingerprint     # as `python -m bot build` would
    assert rebuilt != first
    deadline = time.monotonic() + BOUND_S
    answers = []
    while time.monotonic() < deadline and (not answers or answers[-1].index != rebuilt):
        answers.append(live.ask(QUESTION))                   # every request is answered while the swap happens
        time.sleep(0.05)
    assert answers[-1].index == rebuilt and live.fingerprint == rebuilt
    assert all(a.citations and a.index in (first, rebuilt) for a in answers)


def test_a_broken_new_index_leaves_the_old_one_serving(tiny_settings):
    calls = []

    def failing_load():
        calls.append(1)
        raise RuntimeError("simulated: the new build cannot be loaded")

    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    live = LiveBot(bot, failing_load, check_every_s=0)
    _edit_corpus(tiny_settings, 2)
    Bot.load(tiny_settings, encoder=FakeEncoder())
    deadline = time.monotonic() + BOUND_S
    while not calls and time.monotonic() < deadline:
        live.ask(QUESTION)
        time.sleep(0.05)
    time.sleep(0.2)
    assert calls and live.ask(QUESTION).index == bot.fingerprint


def test_the_build_a_live_process_uses_is_kept_until_it_exits(tiny_settings):
    Bot.load(tiny_settings, encoder=FakeEncoder())
    command = [sys.executable, "-c", _HOLD, str(tiny_settings.corpus_dir), str(tiny_settings.index_dir)]
    holder = subprocess.Popen(command, cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ})
    try:
        held = holder.stdout.readline().strip()
        assert held.startswith("build-")
        for n in range(3):                                   # three rebuilds would normally remove it
            _edit_corpus(tiny_settings, 10 + n)
            Bot.load(tiny_settings, encoder=FakeEncoder())
        assert (tiny_settings.index_dir / held).is_dir()
    finally:
        holder.communicate("", timeout=BOUND_S)
    _edit_corpus(tiny_settings, 20)
    Bot.load(tiny_settings, encoder=FakeEncoder())
    assert not (tiny_settings.index_dir / held).exists()
    assert len(list(tiny_settings.index_dir.glob("build-*"))) == 2
