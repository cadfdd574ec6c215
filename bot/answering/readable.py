"""Whether the learned crisis check can read a message at all.

The check (bot.safety.semantic, run by the engine) is a logistic regression over the sentence embedding. A
message made mostly of text-speak and clipped words ("wat vit shud i tak 4 bak ake") is out of the embedding model's
distribution: it scored 0.83 and brought the support line to someone asking which vitamin helps back ache (a
newcomer's message, session 29), while "wat vitamin shud i take for back ache" scores 0.10. When under
`MIN_COMMON_SHARE` of a message's words are common English, the check abstains and the phrase lexicon, which reads
text-speak crisis forms ("kms", "wanna die", "neva wake up"), decides alone. Measured on every vignette of the read
and held-out rounds (1,022 rows under the share): no answer changed (docs/SAFETY.md, session 29).
"""

from __future__ import annotations

import re

from bot.ingest.english import zipf

COMMON_ZIPF = 3.0        # pyspellchecker's subtitle counts: "wat" 2.6, "shud" 0, "sleep" 5.2, "anymore" 4.4
MIN_COMMON_SHARE = 0.3   # "wat vit shud i tak 4 my bak": 2 of 7 common; "i jus wanna sleep n neva wake up": 5 of 8
_WORD = re.compile(r"[a-z]+")


def common_share(message: str) -> float:
    """The share (0-1) of the message's letter runs that are common English words (Zipf ≥ COMMON_ZIPF); 1.0 when
    it has none."""
    words = _WORD.findall(message.casefold())
    return sum(zipf(w) >= COMMON_ZIPF for w in words) / len(words) if words else 1.0


def readable(message: str) -> bool:
    """Whether enough of `message` is common English for the embedding-based crisis check to judge it."""
    return common_share(message) >= MIN_COMMON_SHARE
