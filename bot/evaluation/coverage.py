"""Honesty about coverage: does an answer say, in its own words, that the articles do not cover something?

Used for "partial" questions (the question names something the articles never mention) and for the
uncovered side of a "comparison". Pure functions over the answer dict.

The rule (documented in docs/EVALUATION.md):
- the bot's own words = the answer text without the urgent notice, the disclaimer, every cited quote and
  the [n] markers: a quoted article sentence that happens to contain "not" and the term is not a statement
  by the bot;
- split into sentences (at . ! ? : and line breaks);
- a statement of non-coverage is one such sentence that names the term AND uses wording of absence
  (`ABSENCE`: "don't", "do not", "doesn't", "not cover", "no information", "not mention", ...);
- a term is named when each of its words matches a word of the sentence sharing a prefix of at least
  min(len, max(5, len - 3)) letters (so "pregnant" matches "pregnancy", "toxicity" matches "toxic"; words
  of one or two letters must match exactly).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

_MARKER = re.compile(r"\[\d+\]")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")
_WORD = re.compile(r"[a-z0-9]+")
ABSENCE = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|never|not (?:cover|covered|mention|mentioned|"
    r"discuss|discussed|address|addressed|say|said|include|included|name|named|describe|described)|"
    r"no (?:information|mention|details?|data)|nothing (?:about|on)|(?:can'?t|cannot|could ?n'?o?t) find|"
    r"(?:isn'?t|aren'?t|is not|are not) (?:covered|mentioned|discussed)|outside (?:what|the scope))\b", re.I)


def own_words(answer: Mapping) -> str:
    """The answer text the bot wrote itself (quotes, markers, urgent notice and disclaimer removed)."""
    text = answer.get("text") if isinstance(answer.get("text"), str) else ""
    removed = [answer.get("urgent"), answer.get("disclaimer")]
    cits = answer.get("citations") if isinstance(answer.get("citations"), list) else []
    removed += [c.get("quote") for c in cits if isinstance(c, Mapping)]
    for part in sorted((p for p in removed if isinstance(p, str) and p), key=len, reverse=True):
        text = text.replace(part, "\n")
    return _MARKER.sub(" ", text).replace("\u2019", "'")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("'", ""))


def _same_word(term_word: str, word: str) -> bool:
    if len(term_word) <= 2:
        return word == term_word
    need = min(len(term_word), max(5, len(term_word) - 3))
    return len(word) >= need and word[:need] == term_word[:need]


def names_term(sentence: str, term: str) -> bool:
    """Whether `sentence` names `term` (each word of the term matches a sentence word by a long enough common
    prefix)."""
    sentence_words = _words(sentence)
    return all(any(_same_word(t, w) for w in sentence_words) for t in _words(term))


def states_not_covered(answer: Mapping, terms: Sequence[str]) -> bool:
    """True when one sentence of the bot's own words names one of `terms` and says the articles lack it."""
    sentences = [s for s in _SENTENCE_END.split(own_words(answer)) if s.strip()]
    return any(ABSENCE.search(s) and any(names_term(s, t) for t in terms if _words(t)) for s in sentences)
