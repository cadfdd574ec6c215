"""Same question, same citations, on any CPU.

CI runs on whatever x86-64 machine it is given. The query encoder's kernels differ between instruction sets
(AVX2, AVX-512, VNNI); in fp32 only the order of summation changes, which moves a cosine by about 1e-7. Here
every development and blind question is answered twice, the second time with its query vector nudged by a
random vector 100 times larger than that (norm 1e-5): the citations must not change. A ranking that flips
under this nudge would flip between machines; the int8 encoder failed this way on an AVX2-only AMD machine.
"""

from __future__ import annotations

import numpy as np
import pytest
from support.fakes import PROJECT_ROOT

from bot.evaluation.runner import load_question_sets, load_questions

pytestmark = pytest.mark.slow

NUDGE = 1e-5


class Nudged:
    """Wraps an encoder: each vector moves by a fixed-seed random direction of norm NUDGE, then is re-normalised."""

    def __init__(self, inner, seed: int) -> None:
        self.inner, self.rng = inner, np.random.default_rng(seed)
        self.model_id, self.dim = inner.model_id, inner.dim

    def encode(self, texts, **options):
        vectors = self.inner.encode(texts, **options)
        noise = self.rng.standard_normal(vectors.shape).astype(np.float32)
        noise *= NUDGE / np.linalg.norm(noise, axis=1, keepdims=True)
        moved = vectors + noise
        return (moved / np.linalg.norm(moved, axis=1, keepdims=True)).astype(np.float32)


def cited(answer) -> list[tuple[str, str]]:
    return [(c.passage.passage_id, c.quote) for c in answer.citations]


def test_citations_do_not_move_when_the_query_vector_moves_by_a_rounding_error(real_bot):
    questions = load_question_sets() + load_questions(PROJECT_ROOT / "tests" / "eval" / "blind_questions.jsonl")
    original = real_bot.encoder
    flipped = {}
    try:
        for seed in (1, 2):
            real_bot.encoder = original
            before = {q["id"]: cited(real_bot.ask(q["question"], history=q["history"])) for q in questions}
            real_bot.encoder = Nudged(original, seed)
            for q in questions:
                after = cited(real_bot.ask(q["question"], history=q["history"]))
                if after != before[q["id"]]:
                    flipped[q["id"]] = (q["question"], before[q["id"]], after)
    finally:
        real_bot.encoder = original
    assert flipped == {}
