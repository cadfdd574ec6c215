"""Whether a domain pack's own words still describe the corpus (for `python -m bot check`).

An operator who copies a pack and adds articles, or swaps in articles on another subject, easily leaves the
pack's [site] coverage sentence and subject describing the old articles: refusals then tell readers the
site covers what it no longer covers, and the page header names the old subject. Each article's topics are
the nutrients, supplements and conditions of the health vocabulary its title names (bot/ingest/concepts.py),
less the site's general subject (what the pack's subject names: "back pain" on a back-pain site). The
coverage sentence leaves an article out when it names one of those topics nowhere; a title naming no topic
is judged by its words instead (a word of four letters or more, compared by its first five letters:
"thyroid" ~ "thyroidism"). A word-only test missed new articles whose titles share a common word with the
sentence ("Vitamin A" beside "vitamin D", "Zinc and back pain" beside "back pain").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.concepts import Concept, health_vocabulary
from bot.safety.site_subject import SiteSubject, about_the_back

TOPIC_KINDS = ("nutrient", "supplement", "condition")
_FILLER = frozenset("what which does cause causes your with from that this about when where their there have "
                    "much more fact sheet consumers adults health".split())


@dataclass(frozen=True)
class Unmentioned:
    """An article the coverage sentence leaves out: its title, and the topics of the title it does not name
    (empty when the title names no topic and none of its words is in the sentence)."""
    title: str
    topics: tuple[str, ...] = ()

    def shown(self) -> str:
        return f"{self.title} ({', '.join(self.topics)})" if self.topics else self.title


def title_topics(title: str) -> tuple[Concept, ...]:
    """The nutrients, supplements and conditions a title names, in order."""
    return tuple(c for c in health_vocabulary().find(title) if c.kind in TOPIC_KINDS)


def _names(text: str, concept: Concept) -> bool:
    """Whether `text` names `concept`, or a concept whose name is part of its name ("back pain" names
    "upper back pain")."""
    padded = f" {concept.name.casefold()} "
    return any(c.id == concept.id or f" {c.name.casefold()} " in padded for c in health_vocabulary().find(text))


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in _FILLER}


def unmentioned(coverage: str, subject: str, titles: list[str]) -> tuple[Unmentioned, ...]:
    """The articles (by title) the pack's hand-written coverage sentence leaves out; () when it has none."""
    if not coverage:
        return ()
    said = _stems(coverage)
    out = []
    for title in titles:
        topics = title_topics(title)
        own = [c for c in topics if not _names(subject, c)]      # the site's general subject is no topic
        if own:
            missing = tuple(c.name for c in own if not _names(coverage, c))
            if missing:
                out.append(Unmentioned(title, missing))
        elif not topics and not _stems(title) & said:
            out.append(Unmentioned(title))
    return tuple(out)


# A subject speaking of nutrients in general ("Back pain & nutrient deficiencies") describes an article on any
# one nutrient or supplement ("Zinc", "Omega-3 Supplements").
_NUTRITION = re.compile(r"\b(?:nutri\w*|vitamins?|minerals?|supplements?|diet\w*)\b", re.I)


def _describes(subject: str, title: str) -> bool:
    """Whether the subject names a topic of the title (or its class), or shares a word with it."""
    topics = title_topics(title)
    return (any(_names(subject, c) for c in topics) or bool(_stems(title) & _stems(subject))
            or bool(_NUTRITION.search(subject)) and any(c.kind in ("nutrient", "supplement") for c in topics)
            or SiteSubject.of(subject).back_pain and about_the_back(title))


def subject_fits(subject: str, titles: list[str]) -> bool:
    """Whether the pack's subject (the page header) names a topic, or shares a word, with any article title."""
    return not titles or any(_describes(subject, t) for t in titles)


def off_subject(subject: str, titles: list[str]) -> tuple[str, ...]:
    """The titles the pack's subject does not describe (no topic named, no word shared), when the subject
    describes some of them: the articles an operator added on another subject beside the site's own."""
    if not subject or not subject_fits(subject, titles):
        return ()
    return tuple(t for t in titles if not _describes(subject, t))
