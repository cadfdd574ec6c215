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
    as X", "X is a / an …", "X, which is / occurs / happens …", "X refers to / means …"."""
    for term in terms:
        t = re.escape(term.strip())
        # A term may be a word's beginning ("anemi" for anemia, anemic): the rest of the word is allowed.
        if re.search(rf"\b(?:called|known as|termed) (?:an? )?{t}\w*|\b{t}\w*(?:,? (?:is|are) (?:a|an|the)\b|, "
                     rf"which (?:is|are|occurs|happens|means)\b| (?:refers to|means)\b)", lowered):
            return True
    return False


def aspect_bonus(passage: Passage, intent: str, settings: QuoteSettings) -> float:
    """What kind of question a passage's heading says it answers, as a score bonus (unitless, added to the
    sentence score): a table cell's column ("Diagnostic Clues", "Typical Treatment"), or a section heading
    asked as a question ("How to diagnose Kawasaki disease?"). A diagnosis question prefers the diagnosis cell
    of the row over the symptoms cell that shares all its words, and a symptoms question the section under "What
    are the symptoms of …?" over the diagnosis section that names "signs and symptoms" in every sentence."""
    if passage.kind != "table_cell":
        return _section_bonus(passage.section, intent, settings)
    if intent == "definition":
        return -settings.other_aspect   # "What is anemia?": a row of symptoms or tests does not say what it is
    if intent not in _ASPECT_INTENTS:
        return 0.0
    column = classify_intent((passage.aspect or "").casefold())
    if column == intent:
        return settings.aspect
    # A treatment cell does not answer "how is it diagnosed?" however many words it shares with it.
    return -settings.other_aspect if {column, intent} <= _EXCLUSIVE_ASPECTS else 0.0


def _section_bonus(section: str | None, intent: str, settings: QuoteSettings) -> float:
    """A question heading's kind ("How to diagnose Kawasaki disease?") against the question's:
    `settings.section_aspect` when they agree, minus it when both are of the kinds that exclude each other
    (symptoms, diagnosis, treatment), 0 otherwise. Only headings asked as questions (FAQ and Q&A pages): the
    question grammar reads them reliably, while topical headings ("The Direct Link Between Magnesium
    Supplementation and Pain", "Identifying Common Non-Supplement Causes") read as the wrong kind; measured with
    every heading, the development set lost two citations."""
    if not section or not section.rstrip().endswith("?") or intent not in _ASPECT_INTENTS:
        return 0.0
    heading = classify_intent(section.casefold())
    if heading == intent:
        return settings.section_aspect
    return -settings.section_aspect if {heading, intent} <= _EXCLUSIVE_ASPECTS else 0.0
