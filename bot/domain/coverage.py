"""Which concepts a question names, and which of them the articles cover. For the scope check and for
answers that say what the articles do not cover ("The articles don't cover zinc.").

The API other modules use:

    concepts_in(question) -> list[Concept]
        Every concept of the general health vocabulary (bot/ingest/data/concepts.tsv: nutrients,
        supplements, conditions, symptoms, body parts, medicines, tests, procedures) the question names, in
        order of first mention. `Concept` has `id` ("vitamin-b12"), `kind`, `name` ("vitamin B12": how to
        name it in a sentence), `terms`, and `is_subject` (False for body parts and symptoms, which are
        context rather than what a question is about).

    coverage_of(question, covered) -> QuestionCoverage
        `covered` is the index's set of covered concept ids, `Bot.index.covered_concepts` (frozenset[str]:
        the concepts at least one passage names, computed at build time, stored in coverage.json).
        Returns the named concepts split into `.covered` and `.uncovered` (tuples of Concept, in question
        order); `.uncovered_subjects` are the uncovered ones a question can be about (what an answer should
        say the articles don't cover); `.names_covered_subject` whether it names a covered one.

Nothing here knows which articles exist: the same question is out of scope on one corpus and answered on
another that has an article about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.ingest.concepts import Concept, health_vocabulary

__all__ = ["Concept", "QuestionCoverage", "concepts_in", "coverage_of", "made_of_covered_condition"]


def concepts_in(question: str) -> list[Concept]:
    """Concepts of the health vocabulary that `question` names, in order of first mention, each once."""
    return health_vocabulary().find(question)


@dataclass(frozen=True)
class QuestionCoverage:
    """The concepts a question names, split by whether the corpus covers them."""

    covered: tuple[Concept, ...]
    uncovered: tuple[Concept, ...]

    @property
    def uncovered_subjects(self) -> tuple[Concept, ...]:
        """Uncovered concepts that can be what the question asks about (not body parts or symptoms)."""
        return tuple(c for c in self.uncovered if c.is_subject)

    @property
    def names_covered_subject(self) -> bool:
        """Whether the question names a covered concept other than a body part (a symptom counts)."""
        return any(c.kind != "body_part" for c in self.covered)


def coverage_of(question: str, covered: frozenset[str]) -> QuestionCoverage:
    """Split the concepts `question` names by `covered` (the index's covered concept ids)."""
    named = concepts_in(question)
    return QuestionCoverage(tuple(c for c in named if c.id in covered),
                            tuple(c for c in named if c.id not in covered))


# What is given, done or measured for a condition: a vaccine, a test or an operation named after it.
_FOR_A_CONDITION = ("medicine", "procedure", "test")


def made_of_covered_condition(concept: Concept, covered: frozenset[str], in_one_sentence: Callable[[str], bool]
                              ) -> bool:
    """Whether `concept` is a medicine, procedure or test named after a covered condition ("shingles vaccine") whose
    words some sentence of the articles holds together (`in_one_sentence`: bot.domain.corpus_words): the shingles
    article's "You can get the vaccine even if you have already had shingles" covers the shingles vaccine, which the
    scope check called uncovered (a newcomer's page, session 28)."""
    if concept.kind not in _FOR_A_CONDITION:
        return False
    words = re.findall(r"[a-z]+", concept.name.casefold())
    named = [c for w in words for c in health_vocabulary().find(w) if c.id != concept.id]
    return any(c.kind == "condition" and c.id in covered for c in named) and in_one_sentence(concept.name)
