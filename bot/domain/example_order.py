"""Which of a site's example questions to offer after a refusal: those sharing words with what was asked first.

An operator's site lists its example questions in one order (the shipped pack starts with back pain); a refused
question about gout on a site that also covers gout was offered "Can vitamin D deficiency cause back pain?" first (a
newcomer, session 28). The examples that share a content word with the question come first, the rest keep their
order. English words only; nothing about any article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-z]{4,}")
# Question words and fillers of four letters or more that say nothing of what a question is about.
_PLAIN = frozenset("""
what when where which whom whose does have with that this these those there their they them then than your about
from into should would could will shall might must been being were some much many more most very really just also
help good best know tell like want need take taking make does doing done cause causes caused
""".split())


def nearest_first(examples: Sequence[str], question: str) -> list[str]:
    """`examples` with those sharing more content words (four letters or more, not question words) with `question`
    first; ties keep their order."""
    asked = set(_WORD.findall(question.casefold())) - _PLAIN
    return sorted(examples, key=lambda q: -len(asked & set(_WORD.findall(q.casefold()))))
