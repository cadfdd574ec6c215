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
from bot.domain.vocabulary import competing_terms
from bot.types import Passage


@dataclass(frozen=True)
class Aboutness:
    """The asked topics' passage terms and those of the other topics of the same kinds (lower case)."""

    terms: tuple[str, ...]
    competing: tuple[str, ...]

    @classmethod
    def of_question(cls, understanding: Understanding) -> "Aboutness":
        """For `understanding`'s topics on its site."""
        terms = understanding.topic_terms
        return cls(terms, competing_terms(understanding.site, understanding.topics) if terms else ())

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
