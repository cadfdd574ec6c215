"""Three naive baselines, run beside the bot by `python -m bot eval` so every change shows its gain.

- dense-500: the tutorial pipeline: fixed 500-character chunks of each article, MiniLM, top 3 by cosine
  (exact inner product, the same ranking FAISS IndexFlatIP gives), answer text = the top chunk.
- bm25: BM25 over the bot's own passages, top 3, answer text = the top passage.
- sentence-fusion: plain sentence-level retrieval: BM25 over the index's sentences and cosine over its
  sentence vectors (the bot's query encoder), fused by reciprocal rank fusion (k=60); the top 3 sentences
  are quoted, each cited with its passage, answer text = the three sentences. None of the bot's rules
  (intent, topics, boosts, scope): it shows what the hand-tuned rules add on questions nobody tuned for.
None abstains, triages or refers dosing questions: they show what retrieval alone does.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from bot.encoders.provider import Encoder
from bot.safety.notices import DISCLAIMER
from bot.search.bm25 import Bm25
from bot.search.store import LoadedIndex

CHUNK_CHARS = 500
TOP_K = 3
RRF_K = 60            # the constant of reciprocal rank fusion: 1 / (k + rank)


def _answer(question: str, chunks: list[dict], fingerprint: str) -> dict:
    citations = [dict(c, n=n, quote=c["passage"]) for n, c in enumerate(chunks, 1)]
    markers = "".join(f"[{c['n']}]" for c in citations)
    text = f"{chunks[0]['passage']} {markers}\n\n{DISCLAIMER}" if chunks else DISCLAIMER
    return {"question": question, "kind": "answer" if chunks else "no_answer", "text": text, "citations": citations,
            "retrieved": [{"passage_id": c["passage_id"], "score": c["score"]} for c in citations],
            "disclaimer": DISCLAIMER, "urgent": None, "index": fingerprint}


def dense_500(index: LoadedIndex, encoder: Encoder) -> Callable[[str, list], dict]:
    """Baseline: 500-character chunks of each article, MiniLM cosine, top 3 cited; the answer is the top chunk.
    Returns an answer function (question, history) -> answer dict."""
    chunks = []
    for article in index.articles.values():
        for n, start in enumerate(range(0, len(article.text), CHUNK_CHARS)):
            end = min(start + CHUNK_CHARS, len(article.text))
            chunks.append({"passage_id": f"{article.doc_id}@{n}", "doc_id": article.doc_id, "title": article.title,
                           "section": None, "passage": article.text[start:end], "start": start, "end": end})
    vectors = encoder.encode([c["passage"] for c in chunks])

    def ask(question: str, history: list) -> dict:
        scores = vectors @ encoder.encode([question])[0]
        top = np.argsort(-scores)[:TOP_K]
        return _answer(question, [dict(chunks[i], score=float(scores[i])) for i in top], "dense-500")

    return ask


def bm25_only(index: LoadedIndex) -> Callable[[str, list], dict]:
    """Baseline: BM25 over the bot's passages, top 3 cited (no abstention, no rules). Returns an answer function."""
    bm25 = Bm25.build([p.embedding_text() for p in index.passages], index.bm25.letter_names)

    def ask(question: str, history: list) -> dict:
        scores = bm25.scores(question)
        top = [i for i in np.argsort(-scores)[:TOP_K] if scores[i] > 0]
        chunks = [{"passage_id": p.passage_id, "doc_id": p.doc_id, "title": p.title, "section": p.section,
                   "passage": p.text, "start": p.start, "end": p.end, "score": float(scores[i])}
                  for i, p in ((i, index.passages[i]) for i in top)]
        return _answer(question, chunks, "bm25")

    return ask


def sentence_fusion(index: LoadedIndex, encoder: Encoder) -> Callable[[str, list], dict]:
    # (passage, sentence) per row of index.sentence_vectors: passages in order, their sentences in order.
    """Baseline: sentence-level BM25 and dense retrieval fused by reciprocal rank fusion (k = 60), top 3 sentences
    quoted with their passages, none of the bot's rules. Returns an answer function."""
    rows = [(p, a, b) for p in index.passages for a, b in p.sentences]
    bm25 = Bm25.build([p.text[a:b] for p, a, b in rows], index.bm25.letter_names)

    def ask(question: str, history: list) -> dict:
        dense = index.sentence_vectors @ encoder.encode([question])[0]
        lexical = bm25.scores(question)
        fused = np.zeros(len(rows))
        for scores, keep in ((dense, np.ones(len(rows), bool)), (lexical, lexical > 0)):
            order = [i for i in np.argsort(-scores, kind="stable") if keep[i]]
            fused[order] += 1.0 / (RRF_K + np.arange(1, len(order) + 1))
        top = np.argsort(-fused, kind="stable")[:TOP_K]
        citations = []
        for n, i in enumerate(top, 1):
            p, a, b = rows[i]
            citations.append({"n": n, "passage_id": p.passage_id, "doc_id": p.doc_id, "title": p.title,
                              "section": p.section, "passage": p.text, "start": p.start, "end": p.end,
                              "quote": p.text[a:b], "score": float(fused[i])})
        body = "\n\n".join(f"{c['quote']} [{c['n']}]" for c in citations)
        return {"question": question, "kind": "answer", "text": f"{body}\n\n{DISCLAIMER}", "citations": citations,
                "retrieved": [{"passage_id": c["passage_id"], "score": c["score"]} for c in citations],
                "disclaimer": DISCLAIMER, "urgent": None, "index": "sentence-fusion"}

    return ask
