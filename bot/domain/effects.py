"""What a question asks a thing to cause, help or prevent: "can low vitamin D make your **hair fall out**?", "is B12
good for **depression**?", "does vitamin D protect you from **covid**?". When that effect is only things the articles
never speak of, what they say about the cause alone does not answer the question: it is out of scope, said as what
they don't cover. When the effect also names something they do cover ("could low vitamin D be causing my
fibromyalgia and back ache?") the uncovered part is only said and the rest answered (bot.domain.scope).

English question grammar (verbs of causing, helping and preventing), not knowledge of any article."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.ingest.concepts import Concept, health_vocabulary

# Matched on the case-folded question; the group is the effect, up to the end of its clause.
_EFFECT = tuple(re.compile(p) for p in (
    # "make your hair fall out", "cause depression", "give me migraines", "lead to kidney problems"
    r"\b(?:cause[sd]?|causing|make[s]?|making|give[s]?|giving|lead(?:s|ing)? to|trigger(?:s|ed|ing)?|"
    r"result(?:s|ing)? in|contribute[sd]? to|contributing to)\s+(?P<y>[^,.?!;:]+)",
    # "good for depression", "protect you from covid", "help with eczema", "prevent colds"
    r"\b(?:good|bad|great|helpful) (?:for|against)\s+(?P<y>[^,.?!;:]+)",
    r"\b(?:help(?:s|ing)?(?: with| against| fight| prevent| treat)?|protect(?:s|ing)?(?: \w+)? (?:from|against)|"
    r"prevent(?:s|ing)?|treat(?:s|ing)?|cure[sd]?|curing|fight(?:s|ing)?(?: off)?|ward(?:s|ing)? off|"
    r"(?:lower|reduce)(?:s|ing)? (?:the |your |my )?(?:risk|chance)s? of)\s+(?P<y>[^,.?!;:]+)",
    # "can fibromyalgia be caused by low B12"
    r"(?:\b(?:can|could|is|are|was|were) |^)(?P<y>[^,.?!;:]+?)\s+(?:be |is |are |being )?(?:caused|triggered) by\b",
))

# Kinds an effect can be: what a thing causes or eases is a condition, a symptom or a part of the body.
_EFFECT_KINDS = frozenset({"condition", "symptom", "body_part"})


def effects_asked(question: str) -> list[str]:
    """The effect phrases `question` (lower case) asks about, in pattern order; [] when none."""
    out = []
    for pattern in _EFFECT:
        for found in pattern.finditer(question):
            phrase = found.group("y").strip()
            if phrase:
                out.append(phrase)
    return out


def uncovered_effect(question: str, is_covered: Callable[[Concept], bool],
                     names_covered: Callable[[str], bool]) -> tuple[str, ...]:
    """The names of the uncovered conditions, symptoms or body parts an effect phrase of `question` (lower case)
    consists of, when some effect phrase names such a thing and nothing the articles cover (`is_covered(concept)`;
    `names_covered(phrase)`: a topic, covered concept or lay term of the site). () otherwise."""
    for phrase in effects_asked(question):
        found = health_vocabulary().find(phrase)
        uncovered = [c for c in found if c.kind in _EFFECT_KINDS and not is_covered(c)]
        if uncovered and not any(is_covered(c) for c in found) and not names_covered(phrase):
            return tuple(c.name for c in uncovered)
    return ()
