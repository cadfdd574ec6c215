"""How common a word is in everyday English, from pyspellchecker's word-frequency list (counts over film and TV
subtitles, about 1.6 billion words), which ships inside the package: nothing is downloaded. pyspellchecker is
imported here only.
"""

from __future__ import annotations

import math
from functools import lru_cache


@lru_cache(maxsize=1)
def spell_checker():
    """The English `spellchecker.SpellChecker` (edit distance 2), loaded once (about 0.3 s)."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


def zipf(word: str) -> float:
    """Zipf frequency of lower-case `word`: log10 of its occurrences per billion words (≈7 for "what", ≈5 for
    "eye", ≈3.2 for "clot"); 0.0 for a word the list does not hold."""
    frequencies = spell_checker().word_frequency
    count = frequencies[word]
    return math.log10(count * 1e9 / frequencies.total_words) if count else 0.0
