"""Whether the articles, all of them, say nothing of the asked kind about the asked topic.

"The articles don't name food sources of vitamin B12." is a claim about the whole corpus, not about the ten
passages one search returned: before the answer makes it, every sentence of the index is looked at. Sentence
types (bot.ingest.sentence_types) are generous, so a loose type can only keep the statement from being made,
never make it false."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator, Sequence

from bot.answering.aboutness import Aboutness
from bot.answering.quote_bounds import quote_start
from bot.answering.quotes import FRAME_TYPES
from bot.domain.intent import Understanding, understand
from bot.domain.site import Site
from bot.ingest.sentence_types import backs_heading
from bot.search.store import LoadedIndex
from bot.types import Passage


def said_nowhere(index: LoadedIndex, understanding: Understanding) -> bool:
    """True when no sentence of `index` is of the sentence type that backs the question's heading (FRAME_TYPES:
    a food sentence for "foods", a test sentence for "diagnosis"…) and about the question's topic (it names the
    topic, or its article title or section heading does). False for kinds whose heading claims nothing, and
    when the index carries no sentence types (an index built before they existed)."""
    wanted = FRAME_TYPES.get(understanding.intent)
    if wanted is None or not index.sentence_types:
        return False
    about = Aboutness.of_question(understanding)
    # "…which foods matter for osteoporosis" is a claim that no food sentence speaks of it: foods to skip count, and
    # a sentence may say "foods" without naming one ("acid-forming, pro-inflammatory foods"); a nutrient's statement,
    # "…don't name food sources of iron", needs a food named.
    matter = bool(understanding.topics) and not any(t.kind == "nutrient" for t in understanding.topics)
    for passage, i in _of_type(index, wanted):
        start, end = passage.sentences[i]
        text = passage.text[start:end]
        if (matter or backs_heading(wanted, index.sentence_types[index.sentence_rows[passage.passage_id] + i], text)) \
                and (not about.terms or about.about(text.casefold(), passage) or _named_next(passage, i, about)):
            return False
    return True


def _of_type(index: LoadedIndex, wanted: str) -> Iterator[tuple[Passage, int]]:
    """(passage, sentence number) of every sentence of type `wanted`: from the index's rows per type when it has
    them (a corpus of a thousand articles is not read whole for each suggestion), else every sentence."""
    if index.typed is not None:
        rows = index.typed.rows.get(wanted, ())
        for row, owner in zip(rows, index.typed.owner[rows] if len(rows) else ()):
            passage = index.passages[int(owner)]
            yield passage, int(row) - index.sentence_rows[passage.passage_id]
        return
    for passage in index.passages:
        yield from ((passage, i) for i in range(len(passage.sentences)))


# Per loaded index (a weak reference tells a new index from one at a reused address, and lets a replaced index and
# its verdicts go): suggestion -> whether it is answerable.
_OFFERABLE: dict[int, tuple[weakref.ref, dict[str, bool]]] = {}


def answerable(index: LoadedIndex, site: Site, question: str) -> bool:
    """Whether a suggestion (a follow-up or example question) is one the articles can answer: one whose kind makes a
    claim ("Which foods are rich in iron?") only when some sentence of `index` backs it (`said_nowhere`). A newcomer
    clicked "Which foods are rich in iron?" and read "The articles don't name food sources of iron". Each question
    is judged once per loaded index."""
    held = _OFFERABLE.get(id(index))
    if held is None or held[0]() is not index:
        for key in [k for k, (ref, _) in _OFFERABLE.items() if ref() is None]:
            del _OFFERABLE[key]
        held = _OFFERABLE[id(index)] = (weakref.ref(index), {})
    if question not in held[1]:
        held[1][question] = not said_nowhere(index, understand(site, question))
    return held[1][question]


def _named_next(passage: Passage, i: int, about: Aboutness) -> bool:
    """Whether the sentence after sentence i refers back to it and names the topic: "Skip the animal proteins,
    sugar and sweeteners…" is about bone density because "Over time, this may lead to poor bone density" follows
    (a newcomer saw "The articles don't say which foods matter for bone density" above that very quote)."""
    if i + 1 >= len(passage.sentences) or quote_start(passage, i + 1) > i:
        return False
    start, end = passage.sentences[i + 1]
    return about.names(passage.text[start:end].casefold())


_REMEDY_VERB = (r"\b(?:cure[sd]?|treat(?:s|ed)?|prevent(?:s|ed)?|heal(?:s|ed)?|fix(?:es|ed)?|help(?:s|ed)? with"
                r"|stop(?:s|ped)?)")


def remedy_for_uncovered(question: str, missing: Sequence[str]) -> bool:
    """Whether `question` asks if something cures, treats or prevents a thing the articles don't cover ("can it
    cure cancer?" after vitamin D): then the answer's treatment heading would be about that thing, and the quotes
    on treating low vitamin D would read as a yes; the heading stays neutral."""
    lowered = question.casefold()
    return any(re.search(rf"{_REMEDY_VERB}\s+(?:\w+\s+){{0,2}}{re.escape(name.casefold())}", lowered)
               for name in missing)
