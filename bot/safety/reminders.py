"""Red flags earlier in the conversation stay in view: an answer to a later, ordinary message opens with a short
reminder of the advice given then.

A person told "call 999 now" for numbness in both legs who then asks "is it my vitamin D though?" must not read
the cited answer as reassurance (found by a newcomer test: the urgent box vanished on the next message). The
earlier user messages are screened again, with the same gate (`screening.screen`), so the reminder follows the
same tiers and sources as the notice it repeats (docs/SAFETY.md): crisis, emergency, same-day. A message that is
itself flagged gets its own notice, and no reminder is added under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.safety.screening import Screening, screen

EARLIER_CRISIS = (
    "**Earlier you told me how hard things are right now. You don't have to face it alone:** Samaritans "
    "**116 123** (UK and Ireland, free, day or night), call or text **988** (US), or your local emergency number."
)
EARLIER_EMERGENCY = (
    "**Earlier in this conversation you described something that needs a doctor straight away.** If you "
    "haven't yet, call **999** (UK), **911** (US) or **112** (EU), or go to A&E / the emergency room now. What "
    "follows is general information and doesn't change that advice."
)
EARLIER_URGENT = (
    "**Earlier in this conversation you described something that should be checked by a doctor today.** If you "
    "haven't yet, contact your GP for a same-day appointment or call **NHS 111** (UK). What follows is general "
    "information and doesn't change that advice."
)
_REMINDERS = {"crisis": EARLIER_CRISIS, "emergency": EARLIER_EMERGENCY, "urgent": EARLIER_URGENT}
_ORDER = ("crisis", "emergency", "urgent")


def earlier_flag(earlier: Sequence[str], max_chars: int = 1000) -> str | None:
    """The most serious status ("crisis", "emergency" or "urgent") among the earlier user messages (oldest
    first), or None when none was flagged."""
    statuses = {screen(text, max_chars).status for text in earlier}
    return next((status for status in _ORDER if status in statuses), None)


def with_earlier_flag(current: Screening, earlier: Sequence[str], max_chars: int = 1000) -> Screening:
    """`current` with the reminder of an earlier red flag (`Screening.reminder`, shown first); unchanged when the
    current message has a red flag or crisis of its own (its notice already says as much), is invalid, or when no
    earlier message was flagged."""
    if current.status != "ok" or not earlier:
        return current
    flag = earlier_flag(earlier, max_chars)
    if flag is None:
        return current
    return replace(current, reminder=_REMINDERS[flag])
