"""What a question sets aside: "apart from magnesium, what else…" (a topic), "apart from diet, how else…" (a kind of
answer). What is set aside must not be searched for, nor quoted."""

from __future__ import annotations

import re

from bot.domain.question_kinds import classify_intent
from bot.domain.site import Site
from bot.domain.vocabulary import Topic, find_topics

# "apart from magnesium, what else…", "besides vitamin D", "other than cramps": the named thing is excluded.
_EXCLUSION = re.compile(r"\b(apart from|aside from|other than|besides|except( for)?|not counting|excluding)"
                        r"\s+(?P<rest>.+)")
# "how do I tell X apart from Y": sets X against Y (a comparison), it excludes nothing.
_TELL_APART = re.compile(r"\b(?:tell|distinguish)\s+(?!me\b|us\b)[^?.,;]*\bapart from\b")
_EXCLUSION_ENDS = re.compile(r"[,;?.]|\b(?:what|which|how|why|can|could|does|do|is|are|will|would|should)\b")


def _set_aside(question: str) -> tuple[re.Match[str], str] | None:
    """The exclusion phrase's match in the case-folded `question` and what it names, up to the end of its phrase:
    "besides tiredness what else can low iron cause" names tiredness, not iron. None without an exclusion."""
    lowered = question.casefold()
    found = None if _TELL_APART.search(lowered) else _EXCLUSION.search(lowered)
    return (found, _EXCLUSION_ENDS.split(found["rest"][:40], maxsplit=1)[0]) if found else None


def excluded_topics(site: Site, question: str) -> tuple[Topic, ...]:
    """Topics of `site` the question sets aside ("apart from magnesium, what else…"): the topics named right after
    an exclusion phrase ("other than vitamin D and magnesium": both)."""
    aside = _set_aside(question)
    return find_topics(site, aside[1]) if aside else ()


# Kinds of answer an exclusion can set aside ("apart from diet", "besides supplements"): those with a sentence type,
# named by a general word for the kind, not an instance of it ("apart from eating fish" still wants other foods).
_EXCLUDABLE_KINDS = frozenset({"foods", "treatment", "diagnosis", "prevention"})
_KIND_WORDS = frozenset("""diet diets food foods eating eat meals nutrition dietary supplement supplements tablets pills
medicine medicines medication medications treatment treatments tests testing more the a my your what i""".split())


def excluded_kind(question: str) -> tuple[str | None, str]:
    """The kind of answer the question sets aside ("apart from diet, how else can I get vitamin D?" → "foods"), and
    the question less its exclusion phrase (what its own kind is read from); (None, question) when it sets none
    aside."""
    aside = _set_aside(question)
    if aside is None:
        return None, question
    found, named = aside
    kind = classify_intent(named)
    if kind not in _EXCLUDABLE_KINDS or not set(re.findall(r"[a-z]+", named)) <= _KIND_WORDS:
        return None, question
    return kind, question[:found.start()] + question[found.start("rest") + len(named):]


def without_excluded(question: str, excluded: tuple[Topic, ...]) -> str:
    """`question` less its exclusion phrase and the excluded topic's name ("Apart from cramps, what are the signs
    of low magnesium?" -> ", what are the signs of low magnesium?"): what is set aside must not pull retrieval
    towards itself. Unchanged when nothing is excluded."""
    lowered = question.casefold()
    found = None if _TELL_APART.search(lowered) else _EXCLUSION.search(lowered) if excluded else None
    if not found:
        return question
    rest = question[found.start("rest"):]
    named = [m for m in re.finditer("|".join(a for t in excluded for a in t.aliases), rest.casefold())
             if m.start() <= 40]
    if not named:
        return question
    return question[:found.start()] + rest[named[-1].end():]
