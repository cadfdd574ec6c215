"""Answer feedback (like / dislike / wrong citation), appended to a local JSONL file.

Each line holds only: the question, the answer kind, the cited passage ids, the index fingerprint and the
choice. No time, address, session or browser data. `BOT_FEEDBACK=off` turns it off; `BOT_FEEDBACK=<path>`
writes elsewhere; the default is feedback/feedback.jsonl in the project folder.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.types import Answer

DEFAULT_FEEDBACK_FILE = PROJECT_ROOT / "feedback" / "feedback.jsonl"
CHOICES = ("like", "dislike", "wrong_citation")
_OFF = {"off", "0", "false", "no", "none", ""}
_lock = threading.Lock()


@dataclass(frozen=True)
class FeedbackRecord:
    """One feedback line: question, answer kind, cited passage ids, index fingerprint and the choice (nothing about
    the person)."""
    question: str
    kind: str
    passages: tuple[str, ...]
    index: str
    choice: str

    @classmethod
    def of(cls, answer: Answer, choice: str) -> "FeedbackRecord":
        """The record of `choice` on `answer`."""
        if choice not in CHOICES:
            raise ValueError(f"unknown feedback choice {choice!r}")
        return cls(answer.question, answer.kind, tuple(c.passage.passage_id for c in answer.citations),
                   answer.index, choice)


def feedback_path() -> Path | None:
    """Where feedback goes, or None when the user switched it off."""
    value = os.environ.get("BOT_FEEDBACK")
    if value is None:
        return DEFAULT_FEEDBACK_FILE
    if value.strip().casefold() in _OFF:
        return None
    return Path(value)


def record(answer: Answer, choice: str, path: Path | None = None) -> FeedbackRecord | None:
    """Append one line; returns what was written, or None when feedback is off."""
    path = path if path is not None else feedback_path()
    if path is None:
        return None
    entry = FeedbackRecord.of(answer, choice)
    line = json.dumps({**asdict(entry), "passages": list(entry.passages)}, ensure_ascii=False)
    with _lock:  # one writer at a time, so concurrent clicks never interleave half lines
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
    return entry
