"""The asked nutrient is named by at least one quote.

"Can low potassium cause back spasms?" was answered under "On causes and links with potassium, the articles say:"
with four quotes about magnesium and calcium and spasms, although one sentence of the articles names potassium ("A
lack of potassium, calcium, or magnesium in the diet can contribute to leg cramps."): its passage ranked 13th,
below every passage about spasms (a newcomer, session 29). The heading names the topic, so the answer must quote
the articles on it when they have something close to the question: when no chosen quote names the question's one
nutrient, the sentence naming it that is closest to the question (cosine ≥ `NAMED_FLOOR`) opens the answer, in
place of the last quote when the answer is full. Nothing changes when a quote names it, when the question compares
or names several nutrients, or when no sentence of the index names it closely enough (the honesty statements say
what is missing then).
"""

from __future__ import annotations

import numpy as np

from bot.answering.comparison import names_topic
from bot.answering.quote_bounds import quote_start
from bot.answering.quotes import Quote
from bot.config import QuoteSettings
from bot.domain.intent import Understanding
from bot.domain.vocabulary import Topic
from bot.search.store import LoadedIndex

NAMED_FLOOR = 0.3   # cosine of the sentence to the question; MiniLM scores unrelated health sentences 0.1-0.3


def with_named_topic(index: LoadedIndex, understanding: Understanding, vector: np.ndarray,
                     groups: list[list[Quote]], settings: QuoteSettings) -> list[list[Quote]]:
    """`groups` (each a fact's quotes, best first) with a quote naming the question's one nutrient first when none
    does, the last group giving way when the answer has `settings.max_passages` already. `vector`: the (dim,)
    question embedding. Returns `groups` itself when unchanged."""
    nutrients = [t for t in understanding.topics if t.kind == "nutrient"]
    if understanding.intent == "comparison" or len(nutrients) != 1 or not groups:
        return groups
    topic = nutrients[0]
    if any(names_topic(q.text, topic) for group in groups for q in group):
        return groups
    best = _closest_naming(index, topic, vector, groups[0][0].hit_score)
    if best is None:
        return groups
    return [[best]] + groups[: max(settings.max_passages - 1, 0)]


def _closest_naming(index: LoadedIndex, topic: Topic, vector: np.ndarray, hit_score: float) -> Quote | None:
    """The sentence of `index` naming `topic` closest to `vector` (cosine ≥ NAMED_FLOOR), as a quote that starts
    where quote_start says (a pronoun sentence with the one it refers to); None when there is none."""
    best: tuple[float, int, int] | None = None      # (cosine, passage number, sentence number)
    for n, passage in enumerate(index.passages):
        row = index.sentence_rows[passage.passage_id]
        for i, sentence in enumerate(passage.sentence_texts()):
            if names_topic(sentence, topic):
                cosine = float(index.sentence_vectors[row + i] @ vector)
                if cosine >= NAMED_FLOOR and (best is None or cosine > best[0]):
                    best = (cosine, n, i)
    if best is None:
        return None
    cosine, n, i = best
    passage = index.passages[n]
    row = index.sentence_rows[passage.passage_id]
    first = quote_start(passage, i)
    types = frozenset().union(*index.sentence_types[row + first: row + i + 1]) if index.sentence_types else frozenset()
    return Quote(passage, passage.sentences[first][0], passage.sentences[i][1], cosine,
                 index.sentence_vectors[row + i], hit_score, types)
