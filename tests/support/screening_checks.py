"""Assertions the safety session tests share: a message screened as the writer's own crisis, or as someone else's."""

from __future__ import annotations

from bot.safety import notices
from bot.safety.screening import screen


def assert_own_crisis(text: str) -> None:
    """`text` gets the crisis text written for the writer, and nothing is retrieved."""
    s = screen(text)
    assert s.status == "crisis", text
    assert s.message == notices.CRISIS_MESSAGE and not s.allow_retrieval


def assert_others_crisis(text: str) -> None:
    """`text` gets the crisis text worded for helping someone else."""
    s = screen(text)
    assert s.status == "crisis", text
    assert s.message == notices.OTHERS_CRISIS_MESSAGE
