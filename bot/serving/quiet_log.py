"""Gradio prints a full traceback to standard error when an event fails (`traceback.print_exc()`), and some
of its messages quote the event's input values: the user's question. This replaces the `traceback` module
those Gradio modules see with one that writes a single line (exception type and where it was raised, never
its message) to the log, so nothing the user typed reaches the server log by default and a flood of bad
requests writes one line each. BOT_LOG_TRACEBACKS=1 keeps Gradio's full tracebacks for debugging.

Takes the Gradio modules as arguments: ui.py owns the gradio import.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback as _traceback
from types import ModuleType, SimpleNamespace

log = logging.getLogger("bot.serving.gradio")


def _one_line(*args, **kwargs) -> None:
    kind, err, tb = sys.exc_info()
    if kind is None:
        return
    frames = _traceback.extract_tb(tb)
    where = f"{os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else "?"
    log.warning("event failed: %s at %s (details withheld: they may quote the question)", kind.__name__, where)


def quiet_tracebacks(modules: list[ModuleType]) -> None:
    """Give each module a `traceback` whose print_exc writes the one line above (everything else unchanged)."""
    if os.environ.get("BOT_LOG_TRACEBACKS") == "1":
        return
    quiet = SimpleNamespace(**{n: getattr(_traceback, n) for n in dir(_traceback) if not n.startswith("__")})
    quiet.print_exc = _one_line
    for module in modules:
        if getattr(module, "traceback", None) is _traceback:
            module.traceback = quiet
