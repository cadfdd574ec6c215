"""A caveat that follows a quoted sentence and limits it: "Over-the-counter medicines such as loperamide … can help
relieve symptoms in adults. These medicines are not recommended for children." Quoted alone, the first sentence
reads as advice for anyone; the article's very next words take it back for a group, so they are quoted with it (a
newcomer asked "can i give my toddler imodium for the diarhea" and got the first sentence only, session 34).

A caveat is short, refers back to the sentence before it (a demonstrative or pronoun subject) or tells the reader
not to, and limits it: a negation or "only" beside a word of use or suitability. English grammar, not any article's
words.
"""

from __future__ import annotations

import re

CAVEAT_WORDS = 25       # a longer sentence is a point of its own, quoted only when it scores so
_REFERS_BACK = re.compile(r"^(?:(?:this|these|those|such|the same)(?: [a-z-]+){0,3}|they|it|neither|none of them)\s",
                          re.I)
_LIMITS = re.compile(r"\b(?:not|never|only|no longer|unsafe|avoid\w*)\b(?:\s+\w+){0,3}?\s+(?:be\s+)?"
                     r"(?:recommended|suitable|safe|advised|approved|used|given|taken|effective|appropriate|"
                     r"for (?:children|kids|babies|infants|adults|pregnant|women|men|older|people))\b", re.I)
_TELLS_NOT_TO = re.compile(r"^(?:do not|don't|never|avoid) (?:give|giving|use|using|take|taking|offer)\b", re.I)


def limits_previous(sentence: str) -> bool:
    """Whether `sentence`, the one right after a quoted sentence on the same line, is a caveat that limits it
    ("These medicines are not recommended for children.", "Do not give them to babies."): at most CAVEAT_WORDS
    words, referring back or telling the reader not to, with a limiting phrase."""
    if len(sentence.split()) > CAVEAT_WORDS:
        return False
    return bool(_TELLS_NOT_TO.match(sentence) or (_REFERS_BACK.match(sentence) and _LIMITS.search(sentence)))
