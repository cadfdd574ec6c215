"""Input normalisation, triage and the disclaimer: the gate every question passes before retrieval.

PLACEHOLDER: a minimal version of the interface; the safety issue replaces the lexicon with the full one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

DISCLAIMER = (
    "General information only, not medical advice. This tool summarises a small set of health articles; "
    "it can't diagnose you or recommend doses. For advice about your own health, consult a doctor or other "
    "qualified healthcare professional. In an emergency call 999 (UK), 911 (US) or 112 (EU)."
)

Status = Literal["ok", "invalid", "crisis", "emergency", "urgent"]


@dataclass(frozen=True)
class Screening:
    """The verdict on one question, decided before any model call."""

    question: str                    # the normalised question (what retrieval sees)
    status: Status
    message: str | None = None       # invalid: what to do instead; crisis/emergency/urgent: the notice, shown first
    concerns: tuple[str, ...] = field(default=())  # names of the matched red-flag concepts
    dosing: bool = False             # asks for a personal dose
    diagnosis: bool = False          # asks whether they have a condition

    @property
    def allow_retrieval(self) -> bool:
        return self.status in ("ok", "emergency", "urgent")


_STRIP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def normalise(raw: object) -> str:
    if not isinstance(raw, str):
        return ""
    text = raw.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) not in _STRIP_CATEGORIES)
    return re.sub(r"\s+", " ", text).strip()


def screen(raw: object, max_chars: int = 1000) -> Screening:
    question = normalise(raw)
    if len(question) > max_chars:
        return Screening(question[:max_chars], "invalid", f"Please keep your question under {max_chars} characters.")
    if not re.search(r"\w", question):
        return Screening(question, "invalid", "Please type a question, for example: Which foods are rich in magnesium?")
    return Screening(question, "ok")


DOSE_UNIT_RE = re.compile(r"\d[\d,.]*\s*(?:iu|mg|mcg|µg|μg|ug|micrograms?|milligrams?|units?)\b", re.I)


def dose_mentions(text: str) -> list[str]:
    """Numbers with a dose unit in `text` (the bot may only show ones that stand in a cited passage)."""
    return DOSE_UNIT_RE.findall(text)
