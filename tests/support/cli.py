"""Runs `python -m bot` in a subprocess, as a user would, from the project root."""

from __future__ import annotations

import os
import subprocess
import sys

from support.fakes import PROJECT_ROOT

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def run(*args, stdin: str | None = None, env=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=env or ENV, timeout=300)
