"""Retrieval's third ranking (bot/search/typed.py): the passages holding a sentence of the type a question asks
for ("prevention", "doctor"), best such sentence first, fused with the dense and BM25 rankings."""

from __future__ import annotations

import numpy as np
import pytest

from bot.domain.question_kinds import ASKED_TYPES, FRAME_TYPES
from bot.ingest.sentence_types import type_names
from bot.search.fusion import retrieve
from bot.search.typed import TypedSentences


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


# Three passages: 2, 1 and 2 sentences.
VECTORS = np.vstack([_unit(1, 0), _unit(0, 1), _unit(1, 1), _unit(0, 1), _unit(1, 0.2)])
TYPES = (frozenset(), frozenset({"prevention"}), frozenset({"doctor"}), frozenset(),
         frozenset({"prevention", "doctor"}))
TYPED = TypedSentences.of([2, 1, 2], TYPES)


def test_each_sentence_row_knows_its_passage_and_each_type_its_rows():
    assert TYPED.owner.tolist() == [0, 0, 1, 2, 2]
    assert TYPED.rows["prevention"].tolist() == [1, 4] and TYPED.rows["doctor"].tolist() == [2, 4]


def test_passages_rank_by_their_best_sentence_of_the_asked_type_only():
    query = _unit(1, 0)
    # passage 0's untyped first sentence is the closest of all, but only typed sentences count
    assert TYPED.ranking("prevention", VECTORS, query, depth=10) == [2, 0]
    assert TYPED.ranking("doctor", VECTORS, query, depth=10) == [2, 1]
    assert TYPED.ranking("doctor", VECTORS, _unit(0, 1), depth=10) == [1, 2]
    assert TYPED.ranking("doctor", VECTORS, query, depth=1) == [2]


def test_a_type_no_sentence_has_ranks_nothing():
    assert TYPED.ranking("foods", VECTORS, _unit(1, 0), depth=10) == []
    assert TypedSentences.of([], ()).ranking("doctor", np.zeros((0, 2), np.float32), _unit(1, 0), 5) == []


def test_every_asked_type_is_a_sentence_type_and_every_frame_type_is_asked():
    assert set(ASKED_TYPES.values()) <= set(type_names())
    assert FRAME_TYPES.items() <= ASKED_TYPES.items()


@pytest.mark.slow
@pytest.mark.parametrize("question, wanted", [
    ("at what point is a bad back serious enough to bother the gp with", "doctor"),
    ("how can i stop the pain coming back once my levels are sorted", "prevention"),
])
def test_the_typed_ranking_lifts_passages_that_give_the_asked_kind_of_answer(real_bot, question, wanted):
    index, settings = real_bot.index, real_bot.settings.retrieval
    vector = real_bot.encoder.encode([question])[0]
    plain = retrieve(index, question, vector, settings)
    typed = retrieve(index, question, vector, settings, wanted_type=wanted)

    def typed_in_top(result, n=5):
        return sum(any(wanted in t for t in h.sentence_types) for h in result.hits[:n])

    assert typed_in_top(typed) >= typed_in_top(plain)
    assert typed_in_top(typed) >= 3
    assert typed.best_dense == plain.best_dense          # the abstention signal does not move
    assert {h.passage.passage_id for h in typed.hits} >= {h.passage.passage_id for h in plain.hits}
