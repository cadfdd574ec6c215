"""A supplement product asked about for a population in a form `populations._SUPPLEMENT` did not read (safety round
fifty-three, session 32): one term in `populations.special_populations`.

- An adult's product named for someone ("an adult vitamin D gummy", "the adult dose", "grown-up tablets"; the list
  knew "gummies" and "tablets" only with a verb of taking), or a product cut, split, halved or crushed ("can I cut a
  gummy in half for my 2 year old?", "crush a tablet up"): NHS "Vitamins for children" (children's doses differ
  from adults'; ask a pharmacist); MHRA and NHS advice on splitting tablets (not every product may be cut, and a
  half is no child's dose). A food cut in half ("cut a banana in half for my son") is not it, nor a gummy named
  alone ("my toddler's gummy vitamins are locked away"): an adult's product or a cut product is required.
"""

from __future__ import annotations

import re

_FORM = r"(?:tablet|pill|capsule|caplet|gumm(?:y|ie)|chewable|soft ?gel|dose|version|supplement)s?|ones"
_PRODUCT = re.compile(r"\b(?:(?:adult|adults|grown up) (?:\w+ ){0,3}(?:" + _FORM + r")|(?:cut|cutting|split|splitting|"
                      r"halve|halving|crush|crushing|break|breaking) (?:\w+ ){0,4}(?:" + _FORM + r") (?:in half|in two|"
                      r"into (?:half|halves|quarters)|up))\b")


def asks_product(text: str) -> bool:
    """Whether `text` (the matching form, persons folded) asks about one of the module docstring's products."""
    return bool(_PRODUCT.search(text))
