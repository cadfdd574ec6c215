"""Sentence-level cues the quote score uses besides similarity: definition grammar, and what a table cell's
column says it answers."""

from __future__ import annotations

import re

from bot.config import QuoteSettings
from bot.domain.intent import classify_intent
from bot.types import Passage

_ASPECT_INTENTS = frozenset({"symptoms", "diagnosis", "treatment", "mechanism", "causes"})
_EXCLUSIVE_ASPECTS = frozenset({"symptoms", "diagnosis", "treatment"})


def defines(lowered: str, terms: tuple[str, ...]) -> bool:
    """Whether the sentence says what one of `terms` is, by the grammar of a definition: "called X", "known
    as X", "X is a / an …", "X, which is / occurs / happens …", "X refers to / means …", "X happens when …"; a
    short bracket after the term (its pronunciation, "Sarcoidosis (sar-koy-DO-sis) is a disease…", or an
    abbreviation) is allowed."""
    for term in terms:
        t = re.escape(term.strip())
        # A term may be a word's beginning ("anemi" for anemia, anemic): the rest of the word is allowed.
        if re.search(rf"\b(?:called|known as|termed) (?:an? )?{t}\w*|\b{t}\w*(?: \([^()]{{1,40}}\))?"
                     rf"(?:,? (?:is|are) (?:a|an|the)\b|, which (?:is|are|occurs|happens|means)\b"
                     rf"| (?:refers to|means|(?:occurs|happens) when)\b)", lowered):
            return True
    return False


def aspect_bonus(passage: Passage, intent: str, settings: QuoteSettings) -> float:
    """A table cell's column ("Diagnostic Clues", "Typical Treatment") says what kind of question it
    answers, so a diagnosis question prefers the diagnosis cell of the row over the symptoms cell that
    shares all its words."""
    if passage.kind != "table_cell":
        return 0.0
    if intent == "definition":
        return -settings.other_aspect   # "What is anemia?": a row of symptoms or tests does not say what it is
    if intent not in _ASPECT_INTENTS:
        return 0.0
    column = classify_intent((passage.aspect or "").casefold())
    if column == intent:
        return settings.aspect
    # A treatment cell does not answer "how is it diagnosed?" however many words it shares with it.
    return -settings.other_aspect if {column, intent} <= _EXCLUSIVE_ASPECTS else 0.0
