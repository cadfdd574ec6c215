"""How common a word is in English at large (wordfreq's Zipf scale: log10 of occurrences per billion words; "the"
is about 7.7, "magnesium" 3.5, "tetanus" 2.9, "cystoscopy" 1.7, an unknown brand 0). A rare word the articles never
use is a salient thing the question names ("hantavirus", "pyloroplasty"); a common one ("forever", "exactly") is
just wording. wordfreq ships its word lists, so nothing is downloaded; it is imported here only.
"""

from __future__ import annotations

from functools import lru_cache

RARE_ZIPF = 3.0     # below this a word is rare: "tetanus" 2.9, "schilling" 2.8; "tummy" 3.4, "forever" 4.9


@lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """The English Zipf frequency of lower-case `word` (0.0 when wordfreq has never seen it)."""
    from wordfreq import zipf_frequency
    return float(zipf_frequency(word, "en"))


def is_rare(word: str) -> bool:
    """Whether `word` is rare in English at large (Zipf below RARE_ZIPF)."""
    return zipf(word) < RARE_ZIPF
