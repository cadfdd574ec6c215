"""A question naming something the articles lack is answered from the passage holding the best single sentence:
its leftover words ("pregnant", "metformin") pull whole-passage similarity off course."""

from __future__ import annotations

import numpy as np

from bot.config import RetrievalSettings
from bot.search.fusion import Retrieval, rerank_by_sentence
from bot.types import Hit, Passage


def hit(n: int, sentence_vectors: list[list[float]]) -> Hit:
    text = "A sentence."
    passage = Passage(f"d#{n}", "d", "D", None, text, 0, len(text), ((0, len(text)),))
    return Hit(passage, 1.0 - n * 0.01, 0.5, 1.0, np.asarray(sentence_vectors, dtype=np.float32))


def test_a_passage_with_a_much_closer_sentence_moves_up():
    query = np.asarray([1.0, 0.0], dtype=np.float32)
    hits = [hit(0, [[0.3, 0.95]]), hit(1, [[0.99, 0.1]]), hit(2, [[0.4, 0.9]])]
    found = rerank_by_sentence(Retrieval(hits, 0.5, {}), query, RetrievalSettings())
    assert found.hits[0].passage.passage_id == "d#1"
    assert [h.score for h in found.hits] == sorted((h.score for h in found.hits), reverse=True)
    assert found.best_dense == 0.5 and {h.passage.passage_id for h in found.hits} == {"d#0", "d#1", "d#2"}


def test_an_order_the_sentences_agree_with_is_kept():
    query = np.asarray([1.0, 0.0], dtype=np.float32)
    hits = [hit(0, [[0.99, 0.1]]), hit(1, [[0.5, 0.8]]), hit(2, [[0.2, 0.97]])]
    found = rerank_by_sentence(Retrieval(hits, 0.5, {}), query, RetrievalSettings())
    assert [h.passage.passage_id for h in found.hits] == ["d#0", "d#1", "d#2"]
