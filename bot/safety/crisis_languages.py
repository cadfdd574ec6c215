"""The crisis check for messages in other languages: a learned safety net under the per-language phrase lists.

The English crisis check (bot/safety/semantic.py) reads MiniLM sentence embeddings, and MiniLM is an English
model: on Spanish, French or Italian crisis messages the phrase lists missed it scored 0.08 to 0.13, far below
its threshold. Each blind round also found other-language crisis wordings no list had, and such a message then
got the plain "this service answers in English" reply and no helplines line of its own.

This check is a logistic regression over hashed character n-grams (3 to 5 characters, accents folded, so
"mourir", "morire" and "morir" share most of their features, as do "pastillas" and "pastiglie"), trained on
the project's labelled other-language vignettes (`benchmarks/train_crisis_languages.py`; crisis = 1,
emergencies and ordinary questions = 0). It never gives the crisis message: when it fires on a message the
lexicons did not flag, the support line and helplines (`notices.SUPPORT_CHECK`) open the answer, the safe
default for a message the tool cannot read well (Semigran et al., BMJ 2015, on favouring recall). Measured
leaving one blind round out at a time (rounds two to seventeen, 171 crisis and 259 other messages): 155 of
171 crisis messages at or above the threshold, 2 of the 111 unflagged ordinary messages (docs/SAFETY.md).

Needs numpy only; the weights are data (`data/crisis_languages.json`).
"""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

CHECK_FILE = Path(__file__).with_name("data") / "crisis_languages.json"
THRESHOLD = 0.4          # probability; chosen leaving one blind round out (docs/SAFETY.md)
# For a language with only a handful of training messages (Russian, Hindi, Arabic, Greek...) the probability of
# an ordinary question sits near 0.4-0.55: more evidence is asked for there.
SPARSE_THRESHOLD = 0.6
DIMENSIONS = 2 ** 16     # hashed feature space
NGRAMS = (3, 4, 5)       # character n-gram lengths, spaces included (word starts and ends count)
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case without accents, every run of non-letters and non-digits one space, padded with spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return f" {_NON_WORD.sub(' ', bare).strip()} "


def features(text: str, dimensions: int = DIMENSIONS) -> np.ndarray:
    """L2-normalised counts of the folded text's character n-grams, hashed (CRC-32) into `dimensions` bins:
    a float32 vector of shape (dimensions,); all zeros for a text without letters or digits."""
    folded = fold(text)
    vector = np.zeros(dimensions, dtype=np.float32)
    for n in NGRAMS:
        for i in range(len(folded) - n + 1):
            vector[zlib.crc32(folded[i:i + n].encode("utf-8")) % dimensions] += 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@dataclass(frozen=True)
class LanguagesCrisisCheck:
    """Logistic-regression weights over `features`."""

    weights: np.ndarray         # (dimensions,) float32
    bias: float
    threshold: float            # probability at or above which the support line is shown
    languages: frozenset[str]   # ISO 639-1 codes with enough training messages of both kinds for `threshold`
    sparse_threshold: float = SPARSE_THRESHOLD   # the threshold for every other language

    def probability(self, text: str) -> float:
        """The crisis probability (0..1) of the whole message."""
        logit = float(features(text, self.weights.shape[0]) @ self.weights) + self.bias
        return float(1.0 / (1.0 + np.exp(-min(max(logit, -50.0), 50.0))))

    def fires(self, text: str, language: str) -> bool:
        """Whether the support line should open the answer of `text`, detected as `language`. A language the
        check has few messages of is held to `sparse_threshold`: at `threshold` it fired on ordinary questions. A
        general-question aside ("nic mi nie dolega") is set aside first (session 28, `languages_ordinary_round47`)."""
        from bot.safety.languages_ordinary_round47 import without_ordinary_asides

        text = without_ordinary_asides(text, language)
        return self.probability(text) >= (self.threshold if language in self.languages else self.sparse_threshold)


@lru_cache(maxsize=1)
def languages_crisis_check(path: Path = CHECK_FILE) -> LanguagesCrisisCheck | None:
    """The shipped weights, or None when the file is missing or unreadable (the lexicons still apply)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = np.zeros(int(data["dimensions"]), dtype=np.float32)
        for index, weight in data["weights"].items():
            weights[int(index)] = float(weight)
        return LanguagesCrisisCheck(weights, float(data["bias"]), float(data.get("threshold", THRESHOLD)),
                                    frozenset(data["languages"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
