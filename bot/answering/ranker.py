"""The weights that turn a sentence's features (bot.answering.sentence_features) into its quote score.

Two sets exist. The hand-set weights are `bot.config.QuoteSettings`' bonuses and penalties, as tuned by hand up to
session 11. The fitted weights (`data/quote_ranker.json`, written by `benchmarks/train_quote_ranker.py`) were
learned by a listwise softmax over the candidate sentences of labelled development questions, the positive ones
being sentences that hold a gold phrase, and rescaled so that scores keep the hand scale the margins in
QuoteSettings are read in. `QuoteSettings.ranker` chooses; a missing or malformed file falls back to the hand set.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.answering.sentence_features import FEATURES
from bot.config import QuoteSettings

log = logging.getLogger(__name__)

RANKER_FILE = Path(__file__).with_name("data") / "quote_ranker.json"


@dataclass(frozen=True)
class QuoteWeights:
    """`score` weights one row of features (len(FEATURES),) into a sentence's score (unitless, higher is better;
    compared across passages). `choice_overlap` is added × the overlap feature when choosing *within* a passage
    only (the hand set's rule: shared words pick a passage's sentence but do not rank passages)."""

    score: np.ndarray
    choice_overlap: float


def hand_weights(settings: QuoteSettings) -> QuoteWeights:
    """The hand-set weights, from `settings`."""
    by_name = {"similarity": 1.0, "passage_dense": settings.passage_dense, "fused": settings.fused, "aspect": 1.0,
               "lead": settings.lead, "cue": settings.cue, "strong_cue": settings.strong_cue, "topic": settings.topic,
               "defines": settings.strong_cue, "excluded": -settings.excluded_penalty,
               "contradicts": -settings.meta_penalty, "meta": -settings.meta_penalty}
    return QuoteWeights(np.array([by_name.get(name, 0.0) for name in FEATURES]), settings.overlap)


@lru_cache(maxsize=4)
def fitted_weights(path: Path = RANKER_FILE) -> QuoteWeights | None:
    """The fitted weights, or None when the file is missing, malformed or for another feature list."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if list(data["features"]) != list(FEATURES):
            raise ValueError("the feature list has changed since the weights were fitted")
        return QuoteWeights(np.asarray(data["weights"], dtype=float), float(data.get("choice_overlap", 0.0)))
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("quote ranker weights unusable (%s): using the hand-set weights", error)
        return None


def quote_weights(settings: QuoteSettings) -> QuoteWeights:
    """The weights `settings.ranker` asks for ("fitted" falls back to "hand" when the file is unusable)."""
    fitted = fitted_weights() if settings.ranker == "fitted" else None
    return fitted if fitted is not None else hand_weights(settings)
