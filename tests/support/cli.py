"""Runs `python -m bot` in a subprocess, as a user would, from the project root; or `check` in process."""

from __future__ import annotations

import os
import subprocess
import sys

from support.fakes import PROJECT_ROOT

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def run(*args, stdin: str | None = None, env=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=env or ENV, timeout=300)


def check(corpus, tmp_path, monkeypatch, capsys) -> tuple[int, str, str]:
    """`python -m bot check` in this process on `corpus` (index folder under `tmp_path`): (exit code, stdout,
    stderr)."""
    from bot.cli import main

    monkeypatch.setenv("BOT_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("BOT_INDEX_DIR", str(tmp_path / "index"))
    code = main(["check"])
    out, err = capsys.readouterr()
    return code, out, err
