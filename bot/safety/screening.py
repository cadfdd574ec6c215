"""The safety gate every question passes before retrieval: normalise, triage, personal-advice guard.

`screen(raw)` decides, without any model, what kind of answer a question may get:

- `invalid`: empty, punctuation-only or too long (the message says what to ask or how long it may be);
- `crisis` (tier C): a fixed message with helplines; no retrieval, no citations, never a quantity;
- `emergency` (tier E, or P poisoning with `allow_retrieval` False) and `urgent` (tier U): the notice
  goes first, then general cited information where retrieval is allowed, then the disclaimer;
- `ok`: retrieval as usual; `dosing` / `diagnosis` ask the engine to put `advice_notice` first.

The highest tier wins (crisis over everything). Red flags are looked for even in an over-long message, so
that a buried crisis or emergency is never answered with "too long". The lexicon, its tiers and sources
are in `bot.safety.lexicon` (from /work/shared/reference/safety.md §2, citing NHS back-pain pages, NHS
Gloucestershire G-care, NICE NG59, Verhagen et al. 2016, poison-centre pages, WHO/IASP 2017/2023 on
suicide reporting, Semigran et al. BMJ 2015); the fixed texts are in `bot.safety.notices`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from bot.safety import notices
from bot.safety.advice import asks_diagnosis, asks_dose
from bot.safety.matching import prepare
from bot.safety.notices import (DIAGNOSIS_NOTICE, DISCLAIMER, DOSING_AND_DIAGNOSIS_NOTICE, DOSING_NOTICE,
                          CRISIS_MESSAGE, EMERGENCY_MESSAGE, POISONING_MESSAGE, URGENT_MESSAGE)
from bot.safety.triage import Triage, triage

__all__ = [
    "DISCLAIMER", "DOSING_NOTICE", "DIAGNOSIS_NOTICE", "DOSING_AND_DIAGNOSIS_NOTICE", "CRISIS_MESSAGE",
    "Screening", "Status", "normalise", "screen", "dose_mentions", "unsupported_doses",
]

Status = Literal["ok", "invalid", "crisis", "emergency", "urgent"]

# Raw input beyond this is not even looked at: normalising or matching megabytes would only cost time, and
# such a message is refused as too long anyway (red flags in its first part still win).
SCAN_LIMIT = 20_000


@dataclass(frozen=True)
class Screening:
    """The verdict on one question, decided before any model call."""

    question: str                    # the normalised question (what retrieval sees), at most max_chars long
    status: Status
    message: str | None = None       # invalid: what to do instead; crisis/emergency/urgent: the notice, shown first
    concerns: tuple[str, ...] = field(default=())  # names of the matched red-flag concepts, highest tier first
    dosing: bool = False             # asks for a personal dose, or whether a dose/supplement is safe for them
    diagnosis: bool = False          # asks whether they have a condition, or what causes their symptoms
    retrieval_allowed: bool = True   # False for poisoning and for over-long messages with a red flag

    @property
    def allow_retrieval(self) -> bool:
        return self.status not in ("invalid", "crisis") and self.retrieval_allowed

    @property
    def urgent_notice(self) -> str | None:
        """The emergency or same-day notice that opens the answer (None when there is no red flag)."""
        return self.message if self.status in ("emergency", "urgent") else None

    @property
    def advice_notice(self) -> str | None:
        """The plain "can't give personal doses / diagnoses" line the engine puts before the cited answer."""
        if self.dosing and self.diagnosis:
            return DOSING_AND_DIAGNOSIS_NOTICE
        if self.dosing:
            return DOSING_NOTICE
        if self.diagnosis:
            return DIAGNOSIS_NOTICE
        return None


# Unicode categories removed outright: controls, format (zero-width, bidi), surrogates, private use, unassigned.
_DROP = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_WHITESPACE_CONTROLS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85")
_SPACE_RE = re.compile(r"\s+")


def normalise(raw: object, limit: int | None = None) -> str:
    """Display form of a question: NFKC, without control/format/surrogate characters, whitespace collapsed.

    Non-text becomes "". Only the first `limit` characters of `raw` are read when given.
    """
    if not isinstance(raw, str):
        return ""
    text = raw if limit is None else raw[:limit]
    # Drop surrogates before NFKC: lone surrogates are not text and break encoders further on.
    text = "".join(" " if ch in _WHITESPACE_CONTROLS else ch for ch in text
                   if ch in _WHITESPACE_CONTROLS or unicodedata.category(ch) not in _DROP)
    text = unicodedata.normalize("NFKC", text)
    # NFKC can produce new format characters from compatibility forms only in theory; filter once more.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _DROP or ch in _WHITESPACE_CONTROLS)
    return _SPACE_RE.sub(" ", text).strip()


def _status_for(t: Triage) -> tuple[Status, str | None, bool]:
    """(status, notice, retrieval allowed) for a triage result."""
    if t.tier == "C":
        return "crisis", CRISIS_MESSAGE, False
    if t.tier == "P":
        return "emergency", POISONING_MESSAGE, False
    if t.tier == "E":
        return "emergency", notices.tier_message(EMERGENCY_MESSAGE, list(t.labels)), True
    if t.tier == "U":
        return "urgent", notices.tier_message(URGENT_MESSAGE, list(t.labels)), True
    return "ok", None, True


def screen(raw: object, max_chars: int = 1000) -> Screening:
    """Normalise, then triage. Total: never raises, for any input, in time linear in min(len, SCAN_LIMIT)."""
    oversized = isinstance(raw, str) and len(raw) > SCAN_LIMIT
    text = normalise(raw, SCAN_LIMIT)[:SCAN_LIMIT]
    too_long = oversized or len(text) > max_chars
    question = text[:max_chars]
    t = triage(text)
    status, notice, retrieval = _status_for(t)
    if status != "ok":
        folded = prepare(question)
        return Screening(question, status, notice, t.concepts, asks_dose(folded), asks_diagnosis(folded),
                         retrieval and not too_long)
    if too_long:
        return Screening(question, "invalid", notices.too_long_message(max_chars))
    if not any(ch.isalnum() for ch in question):
        return Screening(question, "invalid", notices.EMPTY_MESSAGE)
    folded = prepare(question)
    return Screening(question, "ok", None, (), asks_dose(folded), asks_diagnosis(folded))


# A number followed by a dose unit: "5000 IU", "5,000iu", "1.5 mg", "50 000 units", "400 µg".
DOSE_UNIT_RE = re.compile(
    r"\d(?:[\d,.\u202f\u00a0 ]*\d)?\s*(?:iu|i\.u\.|mg|mcg|µg|μg|ug|micrograms?|milligrams?|grams?|g|units?|ml)\b",
    re.IGNORECASE)


def dose_mentions(text: str) -> list[str]:
    """Numbers with a dose unit in `text` (the bot may only show ones that stand in a cited passage)."""
    return [m.group(0) for m in DOSE_UNIT_RE.finditer(normalise(text))]


def unsupported_doses(text: str, passages: list[str] | tuple[str, ...]) -> list[str]:
    """Dose mentions in `text` that appear in none of the cited `passages` (must be empty for any answer)."""
    cited = " ".join(normalise(p) for p in passages)
    return [d for d in dose_mentions(text) if d not in cited]
