"""What a build derives from each article file, passage or sentence on its own: an article's cleaned text and
passages, BM25 tokens, word keys, sentence types, the health concepts a passage names. Each is computed through a text
cache (bot/search/text_cache.py), so a rebuild after a one-article edit computes them only for the texts that
changed; the corpus-wide parts (the BM25 index, term statistics, coverage counts) are then put together from
the per-text results, exactly as from fresh ones.

Each cache's identity is what its results depend on besides the text: the source of the modules computing
them, their data (word classes, health vocabulary, the pack's cleaning patterns and tokenisation rule, the
chunking settings), library versions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from importlib import metadata
from pathlib import Path

from bot import types as types_of_records
from bot.config import ChunkingSettings
from bot.files import shown
from bot.ingest import articles as articles_module
from bot.ingest import bare_lists as bare_lists_module
from bot.ingest import chunking as chunking_module
from bot.ingest import cleaning as cleaning_module
from bot.ingest import concepts as concepts_module
from bot.ingest import decoding as decoding_module
from bot.ingest import headings as headings_module
from bot.ingest import sentence_types as types_module
from bot.ingest import sentences as sentences_module
from bot.ingest import statistics as statistics_module
from bot.ingest import tables as tables_module
from bot.ingest.articles import article_files, parse_article
from bot.ingest.chunking import chunk_article
from bot.ingest.cleaning import Cleaning
from bot.ingest.concepts import VOCABULARY_FILE, concept_ids, coverage_counts
from bot.ingest.corpus_files import each_file
from bot.ingest.english import zipf
from bot.ingest.metadata import load_metadata
from bot.ingest.pack import DomainPack
from bot.ingest.sentence_types import sentence_types
from bot.ingest.statistics import article_words, distinctive_keys, word_keys
from bot.search import bm25 as bm25_module
from bot.search.bm25 import Bm25, TermStatistics, tokenize
from bot.search.text_cache import TextCache, source_checksum
from bot.types import Article, Passage


@dataclass(frozen=True)
class CorpusRecords:
    """The corpus as a build stores it: articles and passages in order, and each as its line of articles.jsonl
    and passages.jsonl (JSON of `record`, as the cache keeps them: not encoded a second time)."""

    articles: list[Article]
    passages: list[Passage]
    article_lines: list[str]
    passage_lines: list[str]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


class Derivations:
    """The per-text results of one build, through the caches in `index_dir`; `save` keeps them for the next."""

    def __init__(self, index_dir: Path, pack: DomainPack, chunking: ChunkingSettings) -> None:
        self.letter_names = tuple(pack.letter_names)
        self._pack, self._chunking = pack, chunking
        self._articles = TextCache(index_dir, "articles", {
            "code": source_checksum(*(m.__file__ for m in (articles_module, decoding_module, headings_module,
                                                          tables_module, chunking_module, sentences_module,
                                                          types_of_records, cleaning_module, bare_lists_module))),
            "cleaning": [list(pack.chrome_lines), list(pack.product_nouns)], "chunking": asdict(chunking)})
        self._tokens = TextCache(index_dir, "bm25-tokens", {
            "code": source_checksum(bm25_module.__file__), "letter_names": list(self.letter_names),
            "bm25s": _version("bm25s"), "PyStemmer": _version("PyStemmer")})
        self._types = TextCache(index_dir, "sentence-types", {
            "code": source_checksum(types_module.__file__), "classes": types_module.classes_checksum()})
        self._words = TextCache(index_dir, "word-keys", {"code": source_checksum(statistics_module.__file__)})
        self._concepts = TextCache(index_dir, "concepts", {
            "code": source_checksum(concepts_module.__file__), "vocabulary": source_checksum(VOCABULARY_FILE)})
        self.caches = (self._articles, self._tokens, self._words, self._types, self._concepts)

    def read_corpus(self, corpus_dir: Path) -> CorpusRecords:
        """The articles of `corpus_dir` in file order and their passages, as bot.ingest.articles.load_corpus
        and bot.ingest.chunking.chunk_corpus give them; a file whose bytes and sources.json entry are unchanged
        is not parsed or chunked again. Raises CorpusError as they do."""
        entries = load_metadata(corpus_dir)
        files = [(path, path.read_bytes(), entries.get(path.stem, {})) for path in article_files(corpus_dir)]
        rows = self._articles.map(self._parse, files, key=lambda f: json.dumps(
            [f[0].name, hashlib.sha256(f[1]).hexdigest(), f[2]], sort_keys=True))
        articles = [Article(**json.loads(row[0])) for row in rows]
        passages = [Passage(**{**data, "sentences": tuple(map(tuple, data["sentences"]))})
                    for row in rows for data in map(json.loads, row[1:])]
        return CorpusRecords(articles, passages, [row[0] for row in rows], [line for row in rows for line in row[1:]])

    def _parse(self, files: list[tuple[Path, bytes, dict]]) -> list[list[str]]:
        cleaning = Cleaning(self._pack)

        def one(file: tuple[Path, bytes, dict]) -> list[str]:
            path, raw, entry = file
            parsed = parse_article(path.stem, path.name, raw, entry, cleaning, folder=shown(path.parent))
            return [json.dumps(record(x), ensure_ascii=False) for x in (parsed.article, *chunk_article(parsed,
                                                                                                    self._chunking))]
        return each_file(files, one)                 # every unreadable file named in one error

    def bm25(self, passages: Sequence[Passage], sentences: Sequence[str]) -> tuple[Bm25, TermStatistics]:
        """The BM25 index over the passages' embedding texts and the term statistics (sentence rows in order)."""
        texts = [p.embedding_text() for p in passages]
        passage_tokens = self._tokens.map(self._tokenize, texts)
        sentence_tokens = self._tokens.map(self._tokenize, sentences)
        bm25 = Bm25.from_tokens(passage_tokens, self.letter_names)
        distinctive = distinctive_keys(self._words.map(lambda batch: [sorted(word_keys(t)) for t in batch], texts))
        own = article_words(texts, [p.doc_id for p in passages], zipf)
        return bm25, TermStatistics.from_tokens(bm25, passage_tokens, sentence_tokens, distinctive, own)

    def sentence_types(self, passages: Sequence[Passage]) -> list[list[str]]:
        """Per sentence row (passages in order, their sentences in order): its sorted type names. A table cell's
        column heading, or else the passage's section heading, adds the type it names ("Treatment")."""
        # A heading counts by the types it names ("Treatment" → "treatment"), so a heading reworded or an article
        # retitled without changing them types nothing again.
        names = {p.aspect or p.section or "" for p in passages}
        headings = {h: " ".join(sorted(types_module.sentence_types("", h))) for h in names}
        rows = [(p.text[a:b], headings[p.aspect or p.section or ""]) for p in passages for a, b in p.sentences]
        return self._types.map(lambda batch: [sorted(sentence_types(s, aspect or None)) for s, aspect in batch],
                               rows, key=json.dumps)

    def coverage(self, passages: Sequence[Passage], min_passages: int) -> dict[str, dict[str, int]]:
        """bot.ingest.concepts.covered_concepts of the passages' embedding texts."""
        found = self._concepts.map(concept_ids, [p.embedding_text() for p in passages])
        return coverage_counts([p.doc_id for p in passages], found, min_passages)

    def _tokenize(self, texts: list[str]) -> list[list[str]]:
        return tokenize(texts, self.letter_names)

    def save(self) -> None:
        """Keep this build's results for the next build (best effort, see TextCache.save)."""
        for cache in self.caches:
            cache.save()

    def counts(self) -> tuple[int, int]:
        """(results computed, results reused) over all caches, for the build log."""
        return sum(c.computed for c in self.caches), sum(c.reused for c in self.caches)


def record(item: Passage | Article) -> dict:
    """The fields of a passage or article, for JSON: what `dataclasses.asdict` gives for these flat records
    (tuples are written as lists either way), without its deep copy, which costs a rebuild a tenth of a second."""
    return {f.name: getattr(item, f.name) for f in fields(item)}
