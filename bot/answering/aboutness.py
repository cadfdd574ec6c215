"""Whether a quote is about the asked topic.

A sentence names its topic, or stands under a title or heading that does: under the Shingles article's
"Treatment" heading, "Antiviral medicines such as aciclovir can shorten the illness" is about treating shingles
though it never says "shingles". Articles written for a site rarely repeat their subject in every sentence,
so requiring the name in the sentence made "How is shingles treated?" say the articles don't describe
treatment. A sentence that names another topic of the same kind (another nutrient, another condition) is
about that one, whatever its article's title.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.intent import Understanding
from bot.domain.vocabulary import competing_topics
from bot.types import Passage


@dataclass(frozen=True)
class Aboutness:
    """The asked topics' passage terms and those of the other topics of the same kinds (lower case), the latter
    also one group per topic (`rivals`)."""

    terms: tuple[str, ...]
    competing: tuple[str, ...]
    rivals: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of_question(cls, understanding: Understanding) -> "Aboutness":
        """For `understanding`'s topics on its site."""
        terms = understanding.topic_terms
        rivals = tuple(t.passage_terms for t in competing_topics(understanding.site, understanding.topics)) \
            if terms else ()
        return cls(terms, tuple(term for group in rivals for term in group), rivals)

    def rivals_named(self, lowered: str) -> int:
        """How many other topics of the asked kinds lower-case `lowered` names ("Foods rich in vitamin D…, B12…
        and magnesium…" names two besides B12): a sentence shared among many topics says less of the asked one."""
        return sum(any(t in lowered for t in group) for group in self.rivals)

    def names(self, lowered: str) -> bool:
        """Whether lower-case text names an asked topic."""
        return any(t in lowered for t in self.terms)

    def about(self, lowered: str, passage: Passage) -> bool:
        """Whether the lower-case sentence (or quote) `lowered` of `passage` is about an asked topic: it names
        one, or its article's title or its section heading does and it names no competing topic."""
        if self.names(lowered):
            return True
        context = f"{passage.title} {passage.section or ''}".casefold()
        return self.names(context) and not any(c in lowered for c in self.competing)
