"""`Bot`: loads (or builds) the index once, then answers questions. The public API of the package."""

from __future__ import annotations

import logging
import time
from typing import Sequence

from bot.answering import composer
from bot.config import MODEL_ID, Settings
from bot.encoders.reference import Encoder, SentenceTransformerEncoder, model_fingerprint
from bot.errors import IndexCorrupt, IndexStale
from bot.search.store import LoadedIndex, build_index, expected_identity, load_index
from bot.domain.intent import understand
from bot.search.fusion import retrieve
from bot.safety.screening import screen
from bot.domain.scope import check_scope, distinctive_terms
from bot.types import Answer, Article

log = logging.getLogger(__name__)


class Bot:
    def __init__(self, index: LoadedIndex, encoder: Encoder, settings: Settings) -> None:
        self.index = index
        self.encoder = encoder
        self.settings = settings
        self._corpus_terms = distinctive_terms([p.embedding_text() for p in index.passages])
        self._doc_ids = list(index.articles)
        # Article headlines are often the very question a reader asks ("Can Magnesium Cause Back Pain?").
        self._title_vectors = encoder.encode([index.articles[d].title for d in self._doc_ids])

    @classmethod
    def load(cls, settings: Settings | None = None, *, encoder: Encoder | None = None,
             progress: bool = False, force_rebuild: bool = False) -> "Bot":
        """Load the index, building or rebuilding it first when it is missing, stale or damaged.

        Without `encoder`, questions are embedded by the ONNX export of the packaged model that the index
        folder holds (onnxruntime, one thread): a current index loads without importing torch. A given
        `encoder` (tests, the reference) embeds both passages and questions.
        """
        settings = settings or Settings.from_env()
        if encoder is None:
            return cls._load_onnx(settings, progress, force_rebuild)
        fingerprint = model_fingerprint() if isinstance(encoder, SentenceTransformerEncoder) else encoder.model_id
        identity = expected_identity(settings, encoder.model_id, fingerprint)
        index = _load_or_build(settings, identity, encoder, progress, force_rebuild)
        return cls(index, encoder, settings)

    @classmethod
    def _load_onnx(cls, settings: Settings, progress: bool, force_rebuild: bool) -> "Bot":
        from bot.encoders.export import OnnxBuild, query_encoder
        from bot.encoders.onnx import EncoderSettings

        encoder_settings = EncoderSettings.from_env()
        identity = expected_identity(settings, MODEL_ID, model_fingerprint(), encoder=encoder_settings.identity())
        builder = OnnxBuild(settings.index_dir, encoder_settings)
        index = _load_or_build(settings, identity, builder, progress, force_rebuild, install=builder.install,
                               threads=encoder_settings.build_threads)
        return cls(index, query_encoder(index.path, encoder_settings), settings)

    @property
    def fingerprint(self) -> str:
        return self.index.fingerprint

    def article(self, doc_id: str) -> Article | None:
        return self.index.articles.get(doc_id)

    def ask(self, question: object, history: Sequence[object] = ()) -> Answer:
        started = time.perf_counter()
        screening = screen(question, self.settings.max_question_chars)
        if screening.status == "invalid":
            result = composer.invalid_answer(screening, self.fingerprint)
        elif not screening.allow_retrieval:
            result = composer.crisis_answer(screening, self.fingerprint)
        else:
            result = self._answer(screening, history)
        log.info("answered kind=%s ms=%.1f index=%s passages=%s", result.kind, (time.perf_counter() - started) * 1000,
                 self.fingerprint, ",".join(c.passage.passage_id for c in result.citations) or "-")
        return result

    def _answer(self, screening, history: Sequence[object]) -> Answer:
        earlier = [h for h in (screen(h, self.settings.max_question_chars) for h in history or ()) if h.status != "invalid"]
        understanding = understand(screening.question, [h.question for h in earlier])
        urgent = screening.message if screening.status in ("emergency", "urgent") else None
        scope = check_scope(screening.question, self._corpus_terms, has_history_topic=understanding.from_history)
        if not scope.in_scope:
            return composer.no_answer(screening.question, self.fingerprint, (), urgent, screening.advice_notice)
        vector = self.encoder.encode([understanding.dense_query])[0]
        title_match = dict(zip(self._doc_ids, (self._title_vectors @ vector).tolist()))
        found = retrieve(self.index, understanding.query, vector, understanding.topics, self.settings.retrieval,
                         title_match)
        if found.best_dense < self.settings.retrieval.relevance_floor:
            retrieved = tuple((h.passage.passage_id, h.score) for h in found.hits[:10])
            return composer.no_answer(screening.question, self.fingerprint, retrieved, urgent, screening.advice_notice)
        return composer.compose(screening, understanding, found, self.index, vector)


def _load_or_build(settings: Settings, identity: dict, encoder: Encoder, progress: bool, force_rebuild: bool,
                   **build_options) -> LoadedIndex:
    index = None if force_rebuild else _try_load(settings, identity, encoder.dim)
    if index is None:
        build_index(settings, encoder, identity, progress=progress,
                    still_needed=lambda: force_rebuild or _try_load(settings, identity, encoder.dim) is None,
                    **build_options)
        index = load_index(settings, identity, encoder.dim)
    return index


def _try_load(settings: Settings, identity: dict, dim: int) -> LoadedIndex | None:
    try:
        return load_index(settings, identity, dim)
    except (IndexStale, IndexCorrupt) as err:
        log.warning("index needs a rebuild: %s", err)
        return None
