"""A group of people the question names ("I'm pregnant, which lice shampoo is safe?", "can kids take it?"): when
the articles say something of that group, a sentence that does is among the quotes.

A question about a treatment's safety in pregnancy was answered with four sentences on the treatment's safety in
general, while the article's sentence saying it "should not be used to treat … women who are pregnant" went
unquoted (a newcomer's head-lice page, session 32): the group is what makes the question the asker's own. The
groups are the health vocabulary's population concepts (pregnancy, breastfeeding, children, older adults: data,
bot/ingest/data/concepts.tsv), not knowledge of any article; whether the articles speak of the group is read from
the retrieved sentences.
"""

from __future__ import annotations

import re

from bot.ingest.concepts import health_vocabulary


def population_pattern(question: str) -> re.Pattern[str] | None:
    """A lower-case pattern for the groups of people `question` names (any of each group's name and terms, whole
    words, a plural "s" allowed: "pregnant" also finds "pregnancy", the name), or None when it names none."""
    terms = [re.escape(term) for concept in health_vocabulary().find(question.casefold())
             if concept.kind == "population" for term in (concept.name.casefold(), *concept.terms)]
    if not terms:
        return None
    return re.compile(r"\b(?:" + "|".join(dict.fromkeys(terms)) + r")s?\b")
