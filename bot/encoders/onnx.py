"""Query embeddings without torch: the exported all-MiniLM-L6-v2 run by onnxruntime.

The only importer of onnxruntime and tokenizers, both imported lazily. It reproduces what
sentence-transformers does for this model (Transformer → mean Pooling over the attention mask → Normalize):
the ONNX graph gives the last hidden state, pooling and L2 normalisation are done here in numpy, in float32,
with the same clamps (1e-9 on the token count, 1e-12 on the norm). tests/test_onnx_encoder.py checks the
result against sentence-transformers (cosine ≥ 0.9999, identical top-5 retrieval).

Threads: one on the query path (a server answers several questions at once; more threads per question only
fight each other for the two cores), two when embedding a corpus in batches.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from bot.config import MODEL_ID
from bot.errors import ModelError

QUANTIZATIONS = ("none", "int8")
EXPORT_VERSION = 1                 # bump when the export recipe changes: cached exports are then redone
INT8_RECIPE = 2                    # bump when quantize_int8 changes: the cached int8 file is then redone
INT8_SCOPE = "weight MatMuls except the feed-forward output projections"


@dataclass(frozen=True)
class EncoderSettings:
    """How the index's query encoder is made and run. `identity()` is recorded in (and compared with) the manifest."""

    # fp32 by default: the same question must give the same citations on every x86-64 CPU. int8 (onnxruntime
    # dynamic quantisation, INT8_SCOPE) runs its MatMuls with different kernels on CPUs with and without VNNI
    # (u8s8 with int16 saturation on AVX2), and a borderline ranking flipped on an AVX2-only AMD machine. fp32
    # kernels differ across instruction sets only in summation order (~1e-7 on a cosine), which
    # tests/test_determinism.py shows is far below every ranking margin. Cost: ~1.5 ms more per question
    # (BENCHMARKS.md). Overridable with BOT_QUANTIZATION=none|int8.
    quantization: str = "none"
    query_threads: int = 1
    build_threads: int = 2
    max_seq_length: int = 256      # sentence_bert_config.json of the packaged model

    @classmethod
    def from_env(cls) -> "EncoderSettings":
        """Defaults, with BOT_QUANTIZATION (none | int8) from the environment. Raises ModelError on another value."""
        quantization = os.environ.get("BOT_QUANTIZATION", cls.quantization)
        if quantization not in QUANTIZATIONS:
            raise ModelError(f"BOT_QUANTIZATION must be one of {', '.join(QUANTIZATIONS)}, not {quantization!r}")
        return cls(quantization=quantization)

    def identity(self) -> dict:
        """What a current index's query encoder must match (threads are recorded but do not invalidate it)."""
        quantization = self.quantization if self.quantization == "none" else f"{self.quantization}: {INT8_SCOPE}"
        return {"runtime": "onnxruntime", "export_version": EXPORT_VERSION, "quantization": quantization,
                "max_seq_length": self.max_seq_length, "pooling": "mean", "normalize": True}


# Sessions by model file: a rebuilt index links the same model file (bot/encoders/export.py), so the Bot loaded
# after an edit reuses the session the previous one opened instead of paying ~0.1 s to create another; the
# session and tokenizer are safe to share between threads. Keyed by the files' identity (device, inode, size,
# modification time): a re-exported or damaged model is a different key. The two most recent are kept.
_SESSIONS: OrderedDict[tuple, tuple] = OrderedDict()
_SESSIONS_LOCK = threading.Lock()
_SESSIONS_KEPT = 2


def _file_key(path: Path) -> tuple[int, ...]:
    try:
        stat = os.stat(path)
    except OSError:         # missing: the session open below reports it
        return (-1,)
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


class OnnxEncoder:
    """Encoder protocol (see embedding.Encoder) over an ONNX transformer and its tokenizer.json."""

    dim = 384

    def __init__(self, model_file: Path, tokenizer_file: Path, *, threads: int = 1, max_seq_length: int = 256,
                 model_id: str = MODEL_ID) -> None:
        self.model_id = model_id
        self.model_file = Path(model_file)
        self.tokenizer_file = Path(tokenizer_file)
        self.threads = threads
        self.max_seq_length = max_seq_length
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def open(self) -> None:
        """Load the tokenizer and create the session now rather than on the first `encode`."""
        self._load()

    def _load(self):
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._tokenizer, self._session = self._open()
        return self._tokenizer, self._session

    def _open(self):
        key = _file_key(self.model_file) + _file_key(self.tokenizer_file) + (self.threads, self.max_seq_length)
        with _SESSIONS_LOCK:
            if key in _SESSIONS:
                _SESSIONS.move_to_end(key)
                tokenizer, session, self._feeds = _SESSIONS[key]
                return tokenizer, session
        tokenizer, session = self._new_session()
        with _SESSIONS_LOCK:
            _SESSIONS[key] = (tokenizer, session, self._feeds)
            while len(_SESSIONS) > _SESSIONS_KEPT:
                _SESSIONS.popitem(last=False)
        return tokenizer, session

    def _new_session(self):
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as err:
            raise ModelError(f"onnxruntime or tokenizers is not installed ({err}). Run `make install`.") from None
        try:
            tokenizer = Tokenizer.from_file(str(self.tokenizer_file))
            # tokenizer.json ships with fixed padding to 128 and truncation at 128; sentence-transformers
            # truncates at max_seq_length (256) and pads to the longest text of a batch, which _pad does.
            tokenizer.no_padding()
            tokenizer.enable_truncation(self.max_seq_length)
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            options.log_severity_level = 3
            if self.threads > 1:
                # Batch building only: idle workers must not spin on a core another process needs.
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            session = ort.InferenceSession(str(self.model_file), options, providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime and tokenizers raise their own types; all mean "cannot load"
            raise ModelError(f"Could not load the ONNX query encoder {self.model_file.name}: {err}") from err
        names = {i.name for i in session.get_inputs()}
        self._feeds = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in names]
        return tokenizer, session

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """(len(texts), 384) float32 rows, L2-normalised (cosine = inner product); truncated at max_seq_length tokens.
        Raises ModelError if the model cannot be opened."""
        tokenizer, session = self._load()
        texts = list(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        if len(texts) == 1:  # the query path: no batching, no padding
            out[0] = self._embed(session, [tokenizer.encode(texts[0]).ids])[0]
            return out
        encodings = tokenizer.encode_batch(texts)
        # Longest first, as sentence-transformers does, so each batch pads to a similar length.
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        starts = range(0, len(order), batch_size)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        for start in starts:
            rows = order[start:start + batch_size]
            out[rows] = self._embed(session, [encodings[i].ids for i in rows])
        return out

    def _embed(self, session, ids: list[list[int]]) -> np.ndarray:
        longest = max(len(x) for x in ids)
        input_ids = np.zeros((len(ids), longest), dtype=np.int64)        # [PAD] is id 0
        mask = np.zeros((len(ids), longest), dtype=np.int64)
        for row, x in enumerate(ids):
            input_ids[row, :len(x)] = x
            mask[row, :len(x)] = 1
        arrays = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(input_ids)}
        hidden = session.run(None, {name: arrays[name] for name in self._feeds})[0]
        return mean_pool_normalise(hidden, mask)


def mean_pool_normalise(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """sentence-transformers' Pooling(mean) followed by Normalize, in float32."""
    weights = mask[..., None].astype(np.float32)
    summed = (hidden.astype(np.float32) * weights).sum(axis=1)
    pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def quantize_int8(source: Path, target: Path) -> None:
    """int8 weights, one scale per output channel; activations are quantised on the fly by onnxruntime.

    The feed-forward output projections stay float: their inputs come out of GELU with a long tail that
    8-bit activations clip (quantising them too costs 0.994 → 0.997 mean cosine to fp32 for 1.5 ms less).
    """
    try:
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic

        graph = onnx.load(str(source), load_external_data=False).graph
        weights = {i.name for i in graph.initializer}
        nodes = [n.name for n in graph.node if n.op_type == "MatMul" and any(x in weights for x in n.input)
                 and not ("/output/dense" in n.name and "/attention/" not in n.name)]
        quantize_dynamic(str(source), str(target), per_channel=True, weight_type=QuantType.QInt8,
                         nodes_to_quantize=nodes)
    except Exception as err:
        raise ModelError(f"Could not quantise the ONNX model: {err}") from err


def runtime_version() -> str:
    """The installed onnxruntime version (recorded in the manifest)."""
    from importlib import metadata

    try:
        return metadata.version("onnxruntime")
    except metadata.PackageNotFoundError:
        return "missing"
