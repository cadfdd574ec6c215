"""A stand-in engine that quotes a long article, and a server around it, for the tests of the whole-article view.

Every question gets the same answer: two sentences quoted from two passages near the start of an article whose
tail (a few KB to several MB of numbered, unique sentences) is never cited. The serving code (ui.build_app, the
real Gradio app and HTTP shell) is what the tests measure; the engine only supplies the answer and the article.

Run as a server (what the soak test does, so that its memory is measured alone):
    cd <project> && PYTHONPATH=tests python -m support.long_article --port P --tail-bytes 5000000
"""

from __future__ import annotations

import argparse
from types import SimpleNamespace

from bot.safety.notices import DISCLAIMER
from bot.types import Answer, Article, Citation, Passage

HEAD = "Long article\n\nIntro line.\n\n"
PASSAGES = ("Magnesium helps muscles relax. Nuts and seeds are rich in magnesium.",
            "Vitamin D helps the body absorb calcium. Sunlight helps the skin make vitamin D.")
QUOTES = ("Nuts and seeds are rich in magnesium.", "Vitamin D helps the body absorb calcium.")
TAIL_SENTENCE = "Unique tail sentence number {n} of the appendix. "


def article_text(tail_bytes: int) -> str:
    """The article: a short head, the two cited passages, then about `tail_bytes` of never-cited sentences."""
    tail, size, n = [], 0, 0
    while size < tail_bytes:
        sentence = TAIL_SENTENCE.format(n=n)
        tail.append(sentence + ("\n\n" if n % 8 == 7 else ""))
        size += len(tail[-1])
        n += 1
    return HEAD + "\n\n".join(PASSAGES) + "\n\n" + "".join(tail)


class LongArticleBot:
    """Answers every question by quoting the two passages; `article(doc_id)` gives the whole article."""

    fingerprint = "fp-long"

    def __init__(self, tail_bytes: int = 250_000) -> None:
        self.text = article_text(tail_bytes)
        self.articles = {"long": Article("long", "Long article", "test", "long.txt", "0" * 64, self.text)}
        self.citations = []
        for n, (passage_text, quote) in enumerate(zip(PASSAGES, QUOTES), start=1):
            start = self.text.index(passage_text)
            cut = passage_text.index(". ") + 1
            passage = Passage(f"long#{n}", "long", "Long article", None, passage_text, start,
                              start + len(passage_text), ((0, cut), (cut + 1, len(passage_text))))
            self.citations.append(Citation(n, passage, quote, 0.9))
        self.index = SimpleNamespace(passages=[c.passage for c in self.citations], manifest={})

    def ask(self, question, history=()):
        text = f"What the articles say:\n\n{QUOTES[0]} [1] {QUOTES[1]} [2]\n\n{DISCLAIMER}"
        return Answer(str(question), "answer", text, tuple(self.citations), (("long#1", 0.9), ("long#2", 0.8)),
                      DISCLAIMER, None, self.fingerprint)

    @property
    def site(self):
        from support.fakes import project_site

        return project_site()

    def article(self, doc_id):
        return self.articles.get(doc_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tail-bytes", type=int, default=5_000_000)
    args = parser.parse_args()
    import ui
    from bot.serving.connections import serve

    serve(ui.build_app(LongArticleBot(args.tail_bytes), args.port), "127.0.0.1", args.port)


if __name__ == "__main__":
    main()
