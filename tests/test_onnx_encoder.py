"""The ONNX query encoder is the reference model, only faster: same vectors, same retrieval, no torch at serve time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
QUESTION_FILES = [PROJECT_ROOT / "../shared/eval/dev_questions.jsonl", PROJECT_ROOT / "tests/eval/questions.jsonl"]
FALLBACK = PROJECT_ROOT / "tests/eval/shared_dev_questions.jsonl"


def dev_questions() -> list[str]:
    files = [f if f.is_file() else FALLBACK for f in QUESTION_FILES]
    out = []
    for path in dict.fromkeys(files):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                out += [q["question"], *q.get("history", [])]
    return list(dict.fromkeys(out))


@pytest.fixture(scope="module")
def encoders(real_bot):
    from bot.encoders.onnx import OnnxEncoder
    from bot.encoders.reference import SentenceTransformerEncoder

    if not isinstance(real_bot.encoder, OnnxEncoder):
        pytest.skip("the bot was loaded with another encoder")
    # Always the fp32 export: the int8 option is judged by dev-set metrics, not by this equivalence test.
    fp32 = next((real_bot.index.path.parent / "encoder-cache").glob("*/model-fp32.onnx"))
    onnx = OnnxEncoder(fp32, real_bot.encoder.tokenizer_file)
    return SentenceTransformerEncoder(), onnx


@pytest.fixture(scope="module")
def corpus_texts(real_bot):
    passages = [p.embedding_text() for p in real_bot.index.passages]
    sentences = [s for p in real_bot.index.passages for s in p.sentence_texts()]
    return passages, sentences


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.mark.slow
def test_onnx_vectors_match_sentence_transformers_on_the_corpus(encoders, corpus_texts):
    reference, onnx = encoders
    passages, sentences = corpus_texts
    for texts in (passages, sentences):
        ref, got = reference.encode(texts), onnx.encode(texts)
        assert got.shape == ref.shape and got.dtype == np.float32
        assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
        assert cosines(ref, got).min() >= 0.9999


@pytest.mark.slow
def test_onnx_vectors_match_on_dev_questions_one_at_a_time_and_batched(encoders):
    reference, onnx = encoders
    questions = dev_questions() + ["", "   ", "B12", "vitamin " * 400]  # empty, blank, tiny, truncated at 256 tokens
    ref = reference.encode(questions)
    assert cosines(ref, onnx.encode(questions)).min() >= 0.9999
    one_by_one = np.vstack([onnx.encode([q]) for q in questions])  # the query path: no padding
    assert cosines(ref, one_by_one).min() >= 0.9999


@pytest.mark.slow
def test_top5_passages_are_the_same_for_every_dev_question(encoders, corpus_texts):
    reference, onnx = encoders
    passages, _ = corpus_texts
    questions = dev_questions()
    ref_scores = reference.encode(questions) @ reference.encode(passages).T
    got_scores = onnx.encode(questions) @ onnx.encode(passages).T
    for question, ref_row, got_row in zip(questions, ref_scores, got_scores):
        ref_top, got_top = np.argsort(-ref_row)[:5], np.argsort(-got_row)[:5]
        differ = ref_top != got_top
        # A swap is only acceptable between passages the reference itself scores as equal (a tie).
        assert not differ.any() or np.ptp(ref_row[np.r_[ref_top[differ], got_top[differ]]]) < 1e-6, question


@pytest.mark.slow
def test_asking_with_a_current_index_imports_neither_torch_nor_gradio(real_bot):
    code = ("import sys; from bot.cli import main; main(['ask', '--json', 'Which foods contain magnesium?']); "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers', 'gradio') "
            "if m in sys.modules), file=sys.stderr)")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["kind"] == "answer"
    assert done.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_int8_query_encoder_stays_close_to_fp32(encoders, tmp_path):
    """The opt-in int8 encoder (BOT_QUANTIZATION=int8) stays close to fp32; made here from the fp32 export."""
    from bot.encoders.onnx import OnnxEncoder, quantize_int8

    _, fp32 = encoders
    int8 = tmp_path / "model-int8.onnx"
    quantize_int8(fp32.model_file, int8)
    questions = dev_questions()
    got = OnnxEncoder(int8, fp32.tokenizer_file).encode(questions)
    assert cosines(fp32.encode(questions), got).min() >= 0.985
