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


def assert_crisis_or_calm(text: str, crisis: bool, own: bool = False) -> None:
    """`text` is screened as a crisis exactly when `crisis`; with `own`, as the writer's own (the crisis text)."""
    assert (screen(text).status == "crisis") is crisis, text
    if own:
        assert_own_crisis(text)


def assert_urgent_or_calm(text: str, urgent: bool, emergency: bool = False) -> None:
    """`text` gets an urgent or emergency notice exactly when `urgent`; with `emergency`, the emergency one."""
    status = screen(text).status
    assert (status in ("emergency", "urgent")) is urgent, text
    assert not emergency or status == "emergency", text


def assert_screened_as(text: str, expect: str) -> None:
    """`text` screened as `expect`: "own crisis" (the crisis text for the writer), "crisis", "not crisis",
    "emergency" (the emergency notice), "urgent" (an urgent or emergency notice) or "not urgent" (neither)."""
    if expect in ("own crisis", "crisis", "not crisis"):
        assert_crisis_or_calm(text, expect != "not crisis", own=expect == "own crisis")
    else:
        assert_urgent_or_calm(text, expect != "not urgent", emergency=expect == "emergency")
