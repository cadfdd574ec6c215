"""Grammatical number of a topic's name, so that a question made from a template agrees with it: "How are gallstones
diagnosed?", not "How is gallstones diagnosed?" (a newcomer's operator page, session 30).

A name is plural when it is an initialism's plural ("UTIs"), or when its last word ends in "s" (not "ss", "us" or
"is": "stenosis", "lupus") and what is left without the "s" is an English word (wordfreq Zipf ≥ SINGULAR_ZIPF:
"gallstone" 1.9, "vein" 3.8); names that only look plural are not ("measles": "measle" 1.1, "rickets", "mumps",
"herpes", "diabetes").
"""

from __future__ import annotations

import re

from bot.domain.rarity import zipf

SINGULAR_ZIPF = 1.5
_VERB = re.compile(r"\b(is|Is|does|Does|has|Has) \{name\}")
_PLURAL_OF = {"is": "are", "Is": "Are", "does": "do", "Does": "Do", "has": "have", "Has": "Have"}


def plural_name(name: str) -> bool:
    """Whether the topic name `name` ("gallstones", "varicose veins", "UTIs") is grammatically plural."""
    words = name.split()
    if words and re.fullmatch(r"[A-Z]{2,}s", words[-1]):     # an initialism's plural: "UTIs", "STIs"
        return True
    last = words[-1].casefold() if words else ""
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    return zipf(last[:-1]) >= SINGULAR_ZIPF


def agreeing(template: str, name: str) -> str:
    """`template` ("How is {name} diagnosed?") filled with `name`, its verb before the name made plural when the
    name is."""
    if plural_name(name):
        template = _VERB.sub(lambda m: f"{_PLURAL_OF[m.group(1)]} {{name}}", template)
    return template.format(name=name)
