"""`make bench-scale` (second part): a one-article edit in a corpus of N articles against a full build.

1. Synthesise N articles (default 1,000) from the real corpus's sentences: a title and three sections of
   recombined sentences each, written as .md files into a temporary corpus folder.
2. Warm up: build a one-article corpus in the same index folder, so the ONNX export of the packaged model
   (done once per machine) is not counted.
3. Full build of the N articles (embedding cache cold for their texts): wall time.
4. Edit one article (one sentence appended) and load again: the index is stale, rebuilt, and only the
   texts whose content changed are embedded; the rest comes from the embedding cache. Wall time.
5. Add one new article and load again. Wall time.

Writes the "incremental" section of BENCHMARKS.md (goal: an edit costs at most 5% of a full build).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, machine, machine_markdown, write_section  # noqa: E402

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def log(message: str) -> None:
    print(f"[incremental {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def sentences() -> list[str]:
    from bot.config import Settings
    from bot.ingest.articles import load_corpus
    from bot.ingest.chunking import chunk_corpus

    settings = Settings()
    return [s for p in chunk_corpus(load_corpus(settings.corpus_dir), settings.chunking) for s in p.sentence_texts()]


def write_articles(folder: Path, n: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    pool = sentences()
    for i in range(n):
        parts = [f"# Article {i}: {pool[int(rng.integers(len(pool)))][:60]}"]
        for section in range(3):
            parts.append(f"\n## Section {section + 1}\n")
            parts.append(" ".join(pool[int(j)] for j in rng.integers(len(pool), size=4)))
        (folder / f"article-{i:04d}.md").write_text("\n".join(parts) + "\n", encoding="utf-8")


def timed_load(settings) -> tuple[float, object]:
    from bot.answering.engine import Bot

    started = time.perf_counter()
    bot = Bot.load(settings)
    return time.perf_counter() - started, bot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args(argv)
    from bot.config import Settings

    info = machine()
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        warm = Path(tmp) / "warm"
        warm.mkdir()
        shutil.copy2(ROOT / "corpus" / "magnesium-back-pain.txt", warm)
        log("warm-up build (ONNX export of the packaged model)")
        timed_load(Settings(corpus_dir=warm, index_dir=index))

        write_articles(corpus, args.articles)
        settings = Settings(corpus_dir=corpus, index_dir=index)
        log(f"full build of {args.articles} articles")
        full, bot = timed_load(settings)
        counts = bot.index.manifest["counts"]
        log(f"full build: {full:.1f}s, {counts['passages']} passages, {counts['sentences']} sentences")

        edited = corpus / "article-0500.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nMagnesium also matters for sleep.\n",
                          encoding="utf-8")
        edit, _ = timed_load(settings)
        log(f"one article edited: {edit:.1f}s ({edit / full:.1%} of a full build)")

        (corpus / "article-new.md").write_text("# A new article\n\nZinc supports the immune system. "
                                               "Oysters and beans are rich in zinc.\n", encoding="utf-8")
        added, _ = timed_load(settings)
        log(f"one article added: {added:.1f}s ({added / full:.1%} of a full build)")

    write_section("incremental", "\n".join([
        f"## Incremental rebuilds (`make bench-scale`, `benchmarks/incremental.py --articles {args.articles}`)",
        "",
        "Embeddings are cached by passage-text hash and encoder identity (`index/embedding-cache/`), so a",
        "rebuild embeds only texts that changed; chunking, BM25, term statistics, coverage and the faiss index",
        "are rebuilt in full (they take seconds). Goal: a one-article edit costs at most 5% of a full build.",
        "",
        "| corpus | passages | sentences | full build | one article edited | one article added |",
        "|---|---|---|---|---|---|",
        f"| {args.articles} synthetic articles | {counts['passages']} | {counts['sentences']} | {full:.1f} s "
        f"| {edit:.1f} s ({edit / full:.1%}) | {added:.1f} s ({added / full:.1%}) |",
        "",
        machine_markdown(info),
    ]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
