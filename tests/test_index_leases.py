"""A process that answers from an index build records a lease (`index/.leases/<pid>`), so that no rebuild removes
the folder it reads; the lease goes when the process exits, so a one-off command (`python -m bot ask`) leaves
nothing behind in the index folder (a newcomer found a lease left in the project's index, session 34)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.search import builds


def test_a_lease_is_taken_while_the_process_runs_and_removed_when_it_exits(tmp_path: Path) -> None:
    build = tmp_path / "build-abc-123"
    build.mkdir()
    folder = f"Path({str(tmp_path)!r})"
    script = ("import os, sys; from pathlib import Path; from bot.search import builds; "
              f"builds.take_lease({folder}, Path({str(build)!r})); "
              f"print(sorted(p.name for p in ({folder} / builds.LEASES).iterdir()) == [str(os.getpid())])")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[1])
    assert run.stdout.strip() == "True"             # held while it ran
    assert list((tmp_path / builds.LEASES).iterdir()) == []     # and gone once it exited


def test_a_lease_of_a_process_that_ended_uncleanly_is_forgotten(tmp_path: Path) -> None:
    leases = tmp_path / builds.LEASES
    leases.mkdir()
    (leases / "999999999").write_text("build-old-1", encoding="utf-8")      # no such process
    assert builds.leased_builds(tmp_path) == set()
    assert not (leases / "999999999").exists()
