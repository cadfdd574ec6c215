"""Which chosen quotes may be shown, given what the safety screening found in the question.

A dose, population or interaction question gets no quote recommending a supplement (nor, with kidney disease, one
urging more of a mineral or its foods): "take a supplement" reads as a yes (bot.safety.advice).

Under an emergency notice the articles are background only, and a quote offering a fix — a supplement, a diet, a
lifestyle change ("Supplements can help if a vitamin deficiency is the cause…") — reads as an alternative to going
now to someone who hopes it is "a vitamin thing" (a newcomer's "i cant feel my groin area and i cant pee. is this a
vitamin thing?", session 28). What the conditions are, their signs and causes stay; with nothing left, the notice
stands alone. Sentence types: bot.ingest.sentence_types.
"""

from __future__ import annotations

import re

from bot.answering.quotes import Quote
from bot.safety.advice import recommends_taking
from bot.safety.screening import Screening

_A_FIX = frozenset({"treatment", "foods", "prevention"})
# …and says so: a supplement, a diet or a habit that helps, relieves, improves or cures. A sign "relieved by sitting"
# is a treatment word but no fix offered (fresh F's spinal-stenosis signs stayed background).
_OFFERS = re.compile(r"\b(?:supplement\w*|diet\w*|foods?|vitamins?|minerals?|nutrients?|sunlight|sun exposure|"
                     r"exercise\w*|lifestyle)\b(?:\W+\w+){0,8}?\W+(?:can |may |might |will |could |often |usually )?"
                     r"(?:help\w*|reliev\w*|improv\w*|eas(?:e|es|ing)|resolv\w*|cur(?:e|es|ing)|fix\w*|allevia\w*)\b",
                     re.IGNORECASE)


def shown_quotes(screening: Screening, groups: list[list[Quote]]) -> list[list[Quote]]:
    """`groups` (each a fact's quotes, best first) without the quotes the screening rules out; a group left empty
    is dropped. May return []."""
    if not screening.quote_recommendations:
        kidney = "kidney" in screening.populations
        groups = [kept for g in groups if (kept := [q for q in g if not recommends_taking(q.text, kidney)])]
    if screening.status == "emergency":
        groups = [kept for g in groups if (kept := [q for q in g if not (q.types & _A_FIX and _OFFERS.search(q.text))])]
    return groups
