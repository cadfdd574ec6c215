""""The other one": a follow-up about the topic an earlier turn set beside the one the conversation went on with.

"Is vitamin D or B12 more important?", then "What does vitamin D do?", then "And the other one?": the other one is
B12, the topic of the same kind that an earlier question named and the latest one left aside. "Other" with the
definite article picks the remaining member of a set already in the discourse (Quirk et al., A Comprehensive
Grammar of the English Language, 1985, §6.54 on "the other"); without such a set, or when the latest question
itself names two topics, nothing is picked and the usual follow-up rule applies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain.site import Site
from bot.domain.vocabulary import Topic, find_topics

# "the other one(s)", "what about the other?", "…the other" at the end; not "the other day", "on the other hand"
_THE_OTHER = re.compile(r"\bthe other (?:one|ones)\b|\babout the other\b|\bthe other\s*[?.!]*\s*$")


def other_topics(site: Site, question: str, history: Sequence[str]) -> tuple[Topic, ...]:
    """The topics "the other (one)" in `question` stands for: those of an earlier question in `history` (oldest
    first) of the kind of the latest question's single topic, other than it; () when the question says no such
    thing, the latest topical question names more than one topic, or no earlier question names another."""
    if not _THE_OTHER.search(question.casefold()):
        return ()
    latest: tuple[Topic, ...] = ()
    for earlier in reversed(history):
        topics = find_topics(site, earlier)
        if not topics:
            continue
        if not latest:
            if len(topics) > 1:
                return ()
            latest = topics
            continue
        rest = tuple(t for t in topics if t not in latest and t.kind == latest[0].kind)
        if rest:
            return rest
    return ()
