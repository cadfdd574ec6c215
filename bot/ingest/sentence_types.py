"""Sentence types, decided at build time: what kind of question a sentence can answer.

A sentence is of a type ("foods", "tests", "treatment", "prevention", "symptoms", "doctor") when it contains a
word of that type's class; the classes are general consumer-health vocabulary kept as data
(`data/word_classes.toml`, with their sources), so the same typing works on articles it has never seen. A
table cell also takes the type its column names ("Typical Treatment" → treatment, "Diagnostic Clues" →
tests), and so does a section heading ("Treatment", "Diagnosis", "Symptoms": a sentence under it answers that
kind of question even when it names no treatment word). The answer uses the types to check its own framing:
"Food sources of iron named in the articles:" may head only quotes of type foods that name iron.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

CLASSES_FILE = Path(__file__).parent / "data" / "word_classes.toml"
# A table column heading names the type of every cell below it.
_COLUMN_TYPES = (("treat", "treatment"), ("diagnos", "tests"), ("test", "tests"), ("symptom", "symptoms"),
                 ("sign", "symptoms"), ("food", "foods"), ("source", "foods"), ("prevent", "prevention"),
                 # "When to contact a health care provider", "When to see a doctor", "When to get medical help"
                 ("when to contact", "doctor"), ("when to see", "doctor"), ("when to call", "doctor"),
                 ("when to get", "doctor"), ("when to seek", "doctor"))


@lru_cache(maxsize=1)
def _classes() -> dict[str, dict]:
    """The word classes per type, as the data file gives them (read once)."""
    return tomllib.loads(CLASSES_FILE.read_text(encoding="utf-8"))["types"]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(spec["words"], key=len, reverse=True))
                             + r")", re.IGNORECASE)
            for name, spec in _classes().items()}


@lru_cache(maxsize=1)
def _instances() -> dict[str, re.Pattern[str]]:
    """Per type whose class lists generic words: its other words (those that name a thing of the type)."""
    out = {}
    for name, spec in _classes().items():
        generic = set(spec.get("generic", ()))
        if generic:
            words = sorted((w for w in spec["words"] if w not in generic), key=len, reverse=True)
            # Whole words (with a plural ending): as a prefix, "nut" would name a food in "nutritional".
            out[name] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:e?s)?\b", re.IGNORECASE)
    return out


def backs_heading(type_name: str, types: frozenset[str], sentence: str) -> bool:
    """Whether a sentence of `types` can back a heading that promises things of `type_name`: it is of the type,
    and when the type's class lists generic words, the sentence names a thing of it, not only the generic words
    ("Food sources of iron named in the articles:" needs "fatty fish", not "a lack of iron in the diet")."""
    if type_name not in types:
        return False
    pattern = _instances().get(type_name)
    return pattern is None or bool(pattern.search(sentence))


def classes_checksum() -> str:
    """SHA-256 of the word-class file: part of the index identity, so editing the classes retypes the corpus."""
    import hashlib

    return hashlib.sha256(CLASSES_FILE.read_bytes()).hexdigest()


def type_names() -> tuple[str, ...]:
    """Every type a sentence can have."""
    return tuple(_patterns())


def sentence_types(sentence: str, aspect: str | None = None) -> frozenset[str]:
    """The types of one sentence; `aspect`, the heading it stands under (a table cell's column heading, or the
    section heading: "Treatment", "How is it diagnosed?"), adds the type it names."""
    found = {name for name, pattern in _patterns().items() if pattern.search(sentence)}
    if aspect:
        lowered = aspect.casefold()
        found.update(t for stem, t in _COLUMN_TYPES if stem in lowered)
    return frozenset(found)
