"""Whether the articles, all of them, say nothing of the asked kind about the asked topic.

"The articles don't name food sources of vitamin B12." is a claim about the whole corpus, not about the ten
passages one search returned: before the answer makes it, every sentence of the index is looked at. Sentence
types (bot.ingest.sentence_types) are generous, so a loose type can only keep the statement from being made,
never make it false."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.aboutness import Aboutness
from bot.answering.quotes import FRAME_TYPES
from bot.domain.intent import Understanding
from bot.ingest.sentence_types import backs_heading
from bot.search.store import LoadedIndex


def said_nowhere(index: LoadedIndex, understanding: Understanding) -> bool:
    """True when no sentence of `index` is of the sentence type that backs the question's heading (FRAME_TYPES:
    a food sentence for "foods", a test sentence for "diagnosis"…) and about the question's topic (it names the
    topic, or its article title or section heading does). False for kinds whose heading claims nothing, and
    when the index carries no sentence types (an index built before they existed)."""
    wanted = FRAME_TYPES.get(understanding.intent)
    if wanted is None or not index.sentence_types:
        return False
    about = Aboutness.of_question(understanding)
    row = 0
    for passage in index.passages:
        for start, end in passage.sentences:
            text = passage.text[start:end]
            if backs_heading(wanted, index.sentence_types[row], text) and (
                    not about.terms or about.about(text.casefold(), passage)):
                return False
            row += 1
    return True


_REMEDY_VERB = (r"\b(?:cure[sd]?|treat(?:s|ed)?|prevent(?:s|ed)?|heal(?:s|ed)?|fix(?:es|ed)?|help(?:s|ed)? with"
                r"|stop(?:s|ped)?)")


def remedy_for_uncovered(question: str, missing: Sequence[str]) -> bool:
    """Whether `question` asks if something cures, treats or prevents a thing the articles don't cover ("can it
    cure cancer?" after vitamin D): then the answer's treatment heading would be about that thing, and the quotes
    on treating low vitamin D would read as a yes; the heading stays neutral."""
    lowered = question.casefold()
    return any(re.search(rf"{_REMEDY_VERB}\s+(?:\w+\s+){{0,2}}{re.escape(name.casefold())}", lowered)
               for name in missing)
