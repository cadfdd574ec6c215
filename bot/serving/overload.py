"""The one line every question stands in: a few answers at a time, a bounded number waiting, the rest turned away.

The chat, `gradio_client` and `/api/ask` all pass through one Gate, so the CPU-bound engine never runs more
answers at once than the machine has cores, whichever door the questions come through. Waiting is first come,
first served. A caller that is turned away (or waits longer than `patience_s`) gets `False` and answers with a
polite "busy" reply itself, so overload never looks like a crash.

Threads wait with `enter()`; coroutines wait with `enter_async()` and hold no thread while they wait, so a long
line cannot use up the server's thread pool (which Gradio and FastAPI also need for their own work).
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Callable

from bot.config import ANSWERS_RUNNING, ANSWERS_WAITING


@dataclass(eq=False)
class _Turn:
    """A place in line; `granted` (set under the gate's lock) means a slot was handed over to it."""

    wake: Callable[[], None]
    granted: bool = False


def _settle(future: asyncio.Future) -> None:
    if not future.done():  # it may have been cancelled by a timeout a moment earlier
        future.set_result(None)


class Gate:
    """At most `running` answers at once and `waiting` more in line; anyone beyond is refused at once."""

    def __init__(self, running: int = ANSWERS_RUNNING, waiting: int = ANSWERS_WAITING,
                 patience_s: float = 60.0) -> None:
        if running < 1 or waiting < 0:
            raise ValueError("a gate needs at least one running slot and a non-negative line")
        self.running, self.waiting, self.patience_s = running, waiting, patience_s
        self._lock = threading.Lock()
        self._free = running
        self._admitted = 0  # running plus waiting
        self._line: deque[_Turn] = deque()

    @property
    def capacity(self) -> int:
        """How many callers can be inside (running or waiting) before the next one is refused."""
        return self.running + self.waiting

    def _arrive(self, wake: Callable[[], None]) -> tuple[bool, _Turn | None]:
        """(admitted, turn): turn is None when a slot was free at once."""
        with self._lock:
            if self._admitted >= self.capacity:
                return False, None
            self._admitted += 1
            if self._free and not self._line:
                self._free -= 1
                return True, None
            turn = _Turn(wake)
            self._line.append(turn)
            return True, turn

    def _give_up(self, turn: _Turn) -> bool:
        """Leave the line after a timeout or cancellation; True if a slot had been handed over meanwhile."""
        with self._lock:
            if turn.granted:
                return True
            self._line.remove(turn)
            return False

    def _leave(self, held_slot: bool) -> None:
        following = None
        with self._lock:
            self._admitted -= 1
            if held_slot:
                if self._line:
                    following = self._line.popleft()
                    following.granted = True  # the slot passes straight on: no one can jump the line
                else:
                    self._free += 1
        if following is not None:
            following.wake()

    @contextmanager
    def enter(self):
        """For threads: yields True with a slot held, or False (refused, or waited past patience)."""
        arrived = threading.Event()
        admitted, turn = self._arrive(arrived.set)
        if not admitted:
            yield False
            return
        held = turn is None or arrived.wait(self.patience_s) or self._give_up(turn)
        try:
            yield held
        finally:
            self._leave(held)

    @asynccontextmanager
    async def enter_async(self):
        """For coroutines on one event loop: like `enter()`, but waiting holds no thread."""
        loop = asyncio.get_running_loop()
        arrived = loop.create_future()
        admitted, turn = self._arrive(lambda: loop.call_soon_threadsafe(_settle, arrived))
        if not admitted:
            yield False
            return
        held = turn is None
        try:
            if not held:
                try:
                    await asyncio.wait_for(arrived, self.patience_s)
                    held = True
                except asyncio.TimeoutError:
                    held = self._give_up(turn)
                except asyncio.CancelledError:  # the client went away: pass on a slot it may have been given
                    held = self._give_up(turn)
                    raise
            yield held
        finally:
            self._leave(held)
