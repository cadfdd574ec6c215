"""The ONNX files an index build needs: exported once per model, cached, copied into each build folder.

Exporting needs torch (seconds to import), so the export is cached in `index/encoder-cache/<key>/` and a
rebuild after a corpus edit reuses it; the cache is verified by checksum before use and redone when damaged.
The build folder gets its own copy of the query model and tokenizer.json, so an index is self-contained and
its manifest's checksums cover the exact encoder that will embed questions against it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from bot.encoders.onnx import INT8_RECIPE, EncoderSettings, OnnxEncoder, quantize_int8, runtime_version
from bot.errors import IndexNotWritable
from bot.files import link_or_copy, sha256_file

CACHE = "encoder-cache"
QUERY_MODEL = "model.onnx"          # in the build folder: the model questions are embedded with
TOKENIZER = "tokenizer.json"
FP32 = "model-fp32.onnx"            # in the cache
INT8 = f"model-int8-r{INT8_RECIPE}.onnx"
INFO = "export.json"


@dataclass(frozen=True)
class PreparedModels:
    """The cached ONNX files of one model: fp32 (passages), the query model (fp32 or int8), the tokenizer, and the
    export record."""
    fp32: Path                      # embeds passages at build time (the closest to the reference)
    query: Path                     # fp32 or int8, as settings.quantization says
    tokenizer: Path
    export: dict                    # exporter, torch version, opset, checksums


def prepare(index_dir: Path, settings: EncoderSettings, model_fingerprint: str, tokenizer: Path,
            export: Callable[[Path], dict]) -> PreparedModels:
    """Cached export (and int8 copy) for this model; `export(path)` is reference.export_onnx (torch)."""
    key = hashlib.sha256(json.dumps([model_fingerprint, settings.identity()["export_version"]])
                         .encode()).hexdigest()[:16]
    folder = index_dir / CACHE / key
    with _disk_errors(folder.parent):
        return _prepare(folder, settings, tokenizer, export)


def _prepare(folder: Path, settings: EncoderSettings, tokenizer: Path,
             export: Callable[[Path], dict]) -> PreparedModels:
    info = _read_info(folder)
    if info is None or not _intact(folder, info, FP32):
        info = _export(folder, export)
    if settings.quantization == "int8" and not _intact(folder, info, INT8):
        quantize_int8(folder / FP32, folder / INT8)
        info = {**info, "sha256": {**info["sha256"], INT8: sha256_file(folder / INT8)}}
        _write_json(folder / INFO, info)
    query = folder / (INT8 if settings.quantization == "int8" else FP32)
    return PreparedModels(folder / FP32, query, tokenizer, info)


class OnnxProvider:
    """The default EncoderProvider (bot.encoders.provider): passages embedded by the fp32 ONNX export,
    questions by the query model (fp32, or int8 if asked) copied into each build folder.

    Nothing happens until the first `encode`, which build_index calls under its exclusive build lock, so
    two processes never export into the cache at once and a current index never pays for torch.
    """

    def __init__(self, index_dir: Path, settings: EncoderSettings) -> None:
        from bot.encoders import reference

        self.model_id = reference.MODEL_ID
        self.dim = OnnxEncoder.dim
        self.build_threads = settings.build_threads
        self._index_dir = index_dir
        self._settings = settings
        self._reference = reference
        self._models: PreparedModels | None = None
        self._encoder: OnnxEncoder | None = None

    def models(self) -> PreparedModels:
        """The cached export, made (with torch) on first use and verified by checksum."""
        if self._models is None:
            self._models = prepare(self._index_dir, self._settings, self._reference.model_fingerprint(),
                                   self._reference.tokenizer_file(), self._reference.export_onnx)
        return self._models

    def encode(self, texts, *, batch_size: int = 32, progress: bool = False):
        """Passage embeddings at build time: (len(texts), 384) float32, L2-normalised, by the fp32 export."""
        if self._encoder is None:
            self._encoder = OnnxEncoder(self.models().fp32, self.models().tokenizer,
                                        threads=self._settings.build_threads,
                                        max_seq_length=self._settings.max_seq_length)
        return self._encoder.encode(texts, batch_size=batch_size, progress=progress)

    def identity(self) -> dict:
        """The packaged model (cheap: its package version) and the query encoder's recipe."""
        return {"model": {"id": self.model_id, "fingerprint": self._reference.model_fingerprint()},
                "encoder": self._settings.identity()}

    def install(self, folder: Path) -> dict:
        """Copy the query model and tokenizer into the build folder; returns the manifest's "encoder" block."""
        return {"encoder": install(self.models(), self._settings, folder)}

    def query_encoder(self, folder: Path) -> OnnxEncoder:
        """The serving encoder of a loaded (checksum-verified) build folder: one thread, opened now so the
        first question does not pay for creating the session."""
        encoder = OnnxEncoder(folder / QUERY_MODEL, folder / TOKENIZER, threads=self._settings.query_threads,
                              max_seq_length=self._settings.max_seq_length)
        encoder.open()
        return encoder


def default_provider(index_dir: Path) -> OnnxProvider:
    """The ONNX provider with settings from the environment (BOT_QUANTIZATION). Raises ModelError."""
    return OnnxProvider(index_dir, EncoderSettings.from_env())


def install(models: PreparedModels, settings: EncoderSettings, build_folder: Path) -> dict:
    """Link (or, across file systems, copy) the query model and tokenizer into a build folder; returns the
    manifest's "encoder" block. A hard link costs no copy and no disk: the cache writes a new export as a new
    file (rename into place), so a build's linked model never changes under it."""
    with _disk_errors(build_folder):
        link_or_copy(models.query, build_folder / QUERY_MODEL)
        link_or_copy(models.tokenizer, build_folder / TOKENIZER)
    return {
        **settings.identity(),
        "file": QUERY_MODEL,
        "sha256": models.export["sha256"][models.query.name],   # verified by `prepare`; the copy by loading
        "bytes": (build_folder / QUERY_MODEL).stat().st_size,
        "tokenizer": TOKENIZER,
        "passages_embedded_with": "onnxruntime fp32 export of the same weights",
        "threads": {"query": settings.query_threads, "build": settings.build_threads},
        "onnxruntime": runtime_version(),
        "export": {k: v for k, v in models.export.items() if k != "sha256"},
    }


def _export(folder: Path, export: Callable[[Path], dict]) -> dict:
    """Export into a private temporary folder, then rename it into place: readers never see half a file."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".tmp-{folder.name}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    tmp.mkdir()
    try:
        info = export(tmp / FP32)
        info = {**info, "sha256": {FP32: sha256_file(tmp / FP32)}}
        _write_json(tmp / INFO, info)
        shutil.rmtree(folder, ignore_errors=True)
        os.rename(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return info


@contextmanager
def _disk_errors(folder: Path) -> Iterator[None]:
    """Disk full or an I/O error while writing the encoder files: one line naming the folder, not a traceback."""
    try:
        yield
    except OSError as err:
        raise IndexNotWritable(f"cannot write the query encoder in {folder}: {err.strerror or err}") from None


def _read_info(folder: Path) -> dict | None:
    try:
        info = json.loads((folder / INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and isinstance(info.get("sha256"), dict) else None


def _intact(folder: Path, info: dict, name: str) -> bool:
    expected = info["sha256"].get(name)
    return expected is not None and (folder / name).is_file() and sha256_file(folder / name) == expected


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:6]}")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)
