"""The index on disk: build, verify, load. The vector index itself (faiss) is bot/search/dense.py.

Layout: `index/current` is a symlink to one complete build folder `index/build-<fingerprint>-<nonce>/`
holding the artifacts and `manifest.json` (written last). A build is written to a private temporary
folder, fsynced, renamed, and published by atomically replacing the symlink, under an exclusive lock, so
a crash or a second builder never leaves a torn index. Loading checks every file against the manifest's
SHA-256 checksums; any mismatch is reported as `IndexCorrupt`, never served.

With the default encoder the build folder also holds the query encoder (`model.onnx`, `tokenizer.json`,
written by the `install` hook) and the manifest's "encoder" block records its checksum and quantisation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from bot.config import INDEX_FORMAT_VERSION, Settings
from bot.encoders.provider import EncoderProvider
from bot.errors import IndexCorrupt, IndexNotWritable, IndexStale
from bot.files import checksums, read_lines, sha256_file, verify_checksums, write_lines, write_synced
from bot.ingest.articles import corpus_checksums
from bot.ingest.concepts import MATCHING_VERSION, VOCABULARY_FILE
from bot.ingest.pack import DomainPack, load_pack
from bot.ingest.sentence_types import classes_checksum
from bot.search import builds
from bot.search import dense as vector_index
from bot.search.bm25 import Bm25, TermStatistics
from bot.search.derived import Derivations
from bot.search.embedding_cache import EmbeddingCache
from bot.search.typed import TypedSentences
from bot.types import Article, Passage

log = logging.getLogger(__name__)

CURRENT = builds.CURRENT
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
SENTENCE_VECTORS = "sentences.npy"
TITLE_VECTORS = "titles.npy"
TERMS = "terms.json"
COVERAGE = "coverage.json"               # {"passages": {concept id: n}, "articles": {concept id: n}}
COVERAGE_MIN_PASSAGES = 1   # a concept one passage names is covered: the corpus says something about it
SENTENCE_TYPES = "sentence_types.json"   # one sorted list of type names per sentence row
PASSAGES = "passages.jsonl"
ARTICLES = "articles.jsonl"
BM25_DIR = "bm25"


@dataclass(frozen=True)
class LoadedIndex:
    """A verified index, in memory. Everything here depends only on the corpus and the model, so it is
    computed once at build time and read back; nothing is recomputed per load or per question.

    `vectors` is the faiss index over passage embeddings (n_passages rows, inner product = cosine, since all
    vectors are L2-normalised float32). `sentence_vectors` is (n_sentences, dim) float32, L2-normalised:
    passages in order, each passage's sentences in order, the first row of passage p at `sentence_rows[p]`.
    `title_vectors` is (n_articles, dim), one row per article in `title_ids` order.
    """

    manifest: dict
    articles: dict[str, Article]
    passages: list[Passage]
    vectors: "vector_index.FaissIndex"
    sentence_vectors: np.ndarray
    sentence_rows: dict[str, int]
    title_ids: tuple[str, ...]
    title_vectors: np.ndarray
    bm25: Bm25
    terms: TermStatistics
    path: Path
    # per sentence row: "foods", "tests", … (bot.ingest.sentence_types)
    sentence_types: tuple[frozenset[str], ...] = ()
    covered_concepts: frozenset[str] = frozenset()    # ids of health-vocabulary concepts the passages name
    concept_articles: dict[str, int] | None = None    # {covered concept id: articles naming it}
    pack: DomainPack | None = None                    # the corpus's domain pack (checked by the identity)
    typed: TypedSentences | None = None               # sentence rows per type (retrieval's third ranking)

    @property
    def fingerprint(self) -> str:
        """16 hex digits identifying the build (identity and file checksums); every answer names it."""
        return self.manifest["fingerprint"]


def expected_identity(settings: Settings, encoder_identity: dict) -> dict:
    """What a current index must have been built from: format, corpus checksums, chunking settings, and the
    encoder provider's identity blocks ("model", and "encoder" for the ONNX query encoder)."""
    corpus_files = corpus_checksums(settings.corpus_dir)    # articles, sources.json, domain.toml
    corpus_sha = hashlib.sha256(json.dumps(corpus_files, sort_keys=True).encode()).hexdigest()
    return {
        "format_version": INDEX_FORMAT_VERSION,
        **encoder_identity,
        "settings": {**settings.build_settings(), "sentence_types": classes_checksum()},
        "vocabulary": {"sha256": sha256_file(VOCABULARY_FILE), "min_passages": COVERAGE_MIN_PASSAGES,
                       "matching": MATCHING_VERSION},
        "corpus": {"sha256": corpus_sha, "files": corpus_files},
    }


def _matches(key: str, recorded, expected) -> bool:
    if key == "encoder":  # the manifest adds checksum, threads, export details to the identity fields
        return isinstance(recorded, dict) and all(recorded.get(k) == v for k, v in expected.items())
    return recorded == expected


def load_index(settings: Settings, identity: dict, dim: int) -> LoadedIndex:
    """Load the current index, or raise IndexStale / IndexCorrupt saying why it cannot be used."""
    folder = settings.index_dir / CURRENT
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise IndexStale(f"no index has been built in {settings.index_dir}")
    if not folder.is_symlink():        # e.g. copied with `cp -rL`: not a published build, so rebuild
        raise IndexStale(f"{folder} is not a link to a build folder")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise IndexCorrupt(f"the manifest cannot be read: {err}") from None
    builds.check_manifest_shape(manifest)
    for key in identity:
        if not _matches(key, manifest.get(key), identity[key]):
            raise IndexStale(f"the index was built with another {key.replace('_', ' ')}")
    verify_checksums(folder, manifest.get("files", {}))
    try:
        vectors = vector_index.read(folder / VECTORS, manifest.get("faiss", {}).get("search"))
        sentence_vectors = np.load(folder / SENTENCE_VECTORS, allow_pickle=False)
        passages = [_passage_from_json(line) for line in read_lines(folder / PASSAGES)]
        articles = {a.doc_id: a for a in (Article(**json.loads(line)) for line in read_lines(folder / ARTICLES))}
        bm25 = Bm25.load(folder / BM25_DIR)
        title_vectors = np.load(folder / TITLE_VECTORS, allow_pickle=False)
        terms = TermStatistics.from_json(json.loads((folder / TERMS).read_text(encoding="utf-8")))
        types = tuple(frozenset(map(str, row))
                      for row in json.loads((folder / SENTENCE_TYPES).read_text(encoding="utf-8")))
        coverage = json.loads((folder / COVERAGE).read_text(encoding="utf-8"))
        concept_articles = {str(c): int(n) for c, n in coverage["articles"].items()}
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as err:
        raise IndexCorrupt(f"an index file cannot be read: {err}") from None
    offsets = np.cumsum([0] + [len(p.sentences) for p in passages])
    if (vectors.ntotal != len(passages) or vectors.d != dim or sentence_vectors.shape != (offsets[-1], dim)
            or title_vectors.shape != (len(articles), dim) or len(terms.sentence_terms) != offsets[-1]
            or len(types) != offsets[-1]):
        raise IndexCorrupt("the index files disagree in size with each other or with the model")
    rows = {p.passage_id: int(row) for p, row in zip(passages, offsets[:-1])}
    builds.take_lease(settings.index_dir, folder.resolve())
    return LoadedIndex(manifest, articles, passages, vectors, sentence_vectors, rows, tuple(articles),
                       title_vectors, bm25, terms, folder.resolve(), types, frozenset(concept_articles),
                       concept_articles, load_pack(settings.corpus_dir),
                       TypedSentences.of([len(p.sentences) for p in passages], types))


def build_index(settings: Settings, encoder: EncoderProvider, identity: dict, *, progress: bool = False,
                still_needed: Callable[[], bool] = lambda: True) -> None:
    """Build from the corpus and publish atomically. Skips the work if another process just did it.

    `encoder.encode` embeds passages, sentences and titles; `encoder.install(folder)` writes extra files
    (the query encoder) into the build folder and returns manifest entries describing them; faiss may use
    `encoder.build_threads` threads while building (serving uses one).
    Raises CorpusError (unreadable corpus), IndexNotWritable, ModelError.
    """
    index_dir = settings.index_dir
    builds.ensure_writable(index_dir)
    with builds.exclusive_lock(index_dir):
        builds.remove_stale_temporaries(index_dir)
        if not still_needed():
            return
        started = time.perf_counter()
        # Per-text results (articles' passages, tokens, types, concepts) come from caches where the text is unchanged.
        derived = Derivations(index_dir, load_pack(settings.corpus_dir), settings.chunking)
        corpus = derived.read_corpus(settings.corpus_dir)
        articles, passages = corpus.articles, corpus.passages
        sentences = [s for p in passages for s in p.sentence_texts()]
        cache = EmbeddingCache(index_dir, encoder.identity())     # only texts not embedded before are encoded
        vectors = cache.embed(lambda t: encoder.encode(t, progress=progress), [p.embedding_text() for p in passages])
        sentence_vectors = cache.embed(lambda t: encoder.encode(t, progress=progress), sentences)
        title_vectors = cache.embed(encoder.encode, [a.title for a in articles])
        dense, dense_info = vector_index.build(vectors, threads=encoder.build_threads, tuning_queries=sentence_vectors)
        tmp = index_dir / f".tmp-build-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            tmp.mkdir()
            vector_index.write(dense, tmp / VECTORS)
            extra = encoder.install(tmp)
            np.save(tmp / SENTENCE_VECTORS, sentence_vectors, allow_pickle=False)
            np.save(tmp / TITLE_VECTORS, title_vectors, allow_pickle=False)
            write_lines(tmp / PASSAGES, corpus.passage_lines)
            write_lines(tmp / ARTICLES, corpus.article_lines)
            bm25, terms = derived.bm25(passages, sentences)
            bm25.save(tmp / BM25_DIR)
            write_synced(tmp / TERMS, json.dumps(terms.to_json(), ensure_ascii=False, sort_keys=True).encode())
            write_synced(tmp / SENTENCE_TYPES, json.dumps(derived.sentence_types(passages)).encode())
            covered = derived.coverage(passages, COVERAGE_MIN_PASSAGES)
            write_synced(tmp / COVERAGE, json.dumps(covered, sort_keys=True).encode())
            files = checksums(tmp, skip=MANIFEST, known=_installed_checksums(extra))
            # Only what the index is made of: two builds of the same corpus get the same fingerprint.
            fingerprint = hashlib.sha256(json.dumps([identity, files], sort_keys=True).encode()).hexdigest()[:16]
            manifest = {
                **identity,
                "fingerprint": fingerprint,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "counts": {"articles": len(articles), "passages": len(passages), "sentences": len(sentences)},
                "embedding": {"dim": int(vectors.shape[1]), "normalized": True},
                "faiss": dense_info,
                **extra,
                "files": files,
            }
            write_synced(tmp / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
            builds.fsync_dir(tmp)
            final = index_dir / f"build-{fingerprint}-{uuid.uuid4().hex[:6]}"
            os.rename(tmp, final)
            builds.publish(index_dir, final.name)
        except OSError as err:          # disk full, quota, I/O error: the previous build stays published
            raise IndexNotWritable(f"cannot write the index in {index_dir}: {err.strerror or err} "
                                   "(the previous index, if any, stays in service)") from None
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        builds.remove_old_builds(index_dir, keep=final.name)
        cache.save()
        derived.save()
        log.info("built index %s: %d passages in %.1fs (%d texts embedded, %d reused; %d per-text results "
                 "computed, %d reused)", fingerprint, len(passages), time.perf_counter() - started, cache.embedded,
                 cache.reused, *derived.counts())


def _installed_checksums(extra: dict) -> dict[str, str]:
    """{file: SHA-256} of files `encoder.install` copied in from a verified source and names with a checksum
    (the 90 MB query model: hashing it again cost each rebuild about 0.05 s; loading still checks it)."""
    return {b["file"]: b["sha256"] for b in extra.values()
            if isinstance(b, dict) and isinstance(b.get("file"), str) and isinstance(b.get("sha256"), str)}


def _passage_from_json(line: str) -> Passage:
    data = json.loads(line)
    data["sentences"] = tuple(tuple(s) for s in data["sentences"])
    return Passage(**data)
