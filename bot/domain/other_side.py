""""The other one" and "which is worse?": follow-ups about topics that earlier turns set side by side.

"Is vitamin D or B12 more important?", then "What does vitamin D do?", then "And the other one?": the other one is
B12, the topic of the same kind that an earlier question named and the latest one left aside. "Other" with the
definite article picks the remaining member of a set already in the discourse (Quirk et al., A Comprehensive
Grammar of the English Language, 1985, §6.54 on "the other"); without such a set, or when the latest question
itself names two topics, nothing is picked and the usual follow-up rule applies. "Which is worse?" with no topic of its
own, after turns about vitamin D and then B12, compares the two (the ellipsis of a comparison whose sides the
conversation has named).
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


# "which is worse?", "so which one's more important", "which of them is better for my back?"
_WHICH = re.compile(r"^(?:so |ok |okay |and |but )?which(?: one| ones| of them| of the two| of those)?(?: is|'s|s| are|"
                    r" would be| matters)? (?:worse|better|worst|best|safer|more \w+|less \w+)\b")


def compared_earlier(site: Site, question: str, history: Sequence[str]) -> tuple[Topic, ...]:
    """The topics "which is worse?" in `question` compares: those of the latest two earlier questions in `history`
    (oldest first) that name topics, when together they name two or more; () otherwise."""
    if not _WHICH.search(question.casefold().strip()):
        return ()
    found: list[Topic] = []
    turns = 0
    for earlier in reversed(history):
        topics = find_topics(site, earlier)
        if topics:
            found += [t for t in topics if t not in found]
            turns += 1
        if turns == 2:
            break
    return tuple(reversed(found)) if len(found) >= 2 else ()


# "is it the same as osteoporosis?", "how is that different from osteomalacia?", "is this like sciatica?"
_SAME_AS = re.compile(r"\b(?:is|are|isn'?t|aren'?t) (?:it|that|this|they|those)(?: \w+)? (?:the same|similar|like|"
                      r"any different|different)\b|\bhow (?:is|are|does|do) (?:it|that|this|they) (?:differ|compare|"
                      r"different)\b|\b(?:it|that|this) (?:vs\.?|versus)\b")


def compared_with_earlier(site: Site, question: str, topics: tuple[Topic, ...],
                          history: Sequence[str]) -> tuple[Topic, ...]:
    """(the latest earlier topic, the one topic of `question`) when `question` sets a pro-form beside that topic ("is
    it the same as osteoporosis?" after "what is osteomalacia?": the pronoun is the earlier topic; a newcomer got
    osteoporosis quotes alone, session 31); () otherwise. `history`: earlier questions, oldest first."""
    if len(topics) != 1 or not history or not _SAME_AS.search(question.casefold()):
        return ()
    for earlier in reversed(history):
        found = [t for t in find_topics(site, earlier) if t != topics[0]]
        if found:
            return found[0], topics[0]
    return ()
