"""Referral found missing in safety round fifty-four (session 33), one term in `populations.special_populations`:
a bare amount asked of a nutrient beside a population ("Pregnant. How much vitamin D?"), with no verb of taking and no
"supplement" (the list wanted "how much … should I take" or a product word; session 34, round 55: with a closing
"then" or "please" too). NHS "Vitamins, supplements and nutrition in pregnancy" (10 micrograms of vitamin D, 400
micrograms of folic acid: amounts for a midwife or GP to confirm) and NHS "Vitamins for children". The amount must be
asked as the question, or a day's, for someone: not "how much iron is in one", "how much calcium you get in
childhood", nor a food ("how much spinach?").
"""

from __future__ import annotations

import re

_AMOUNT = re.compile(r"\bhow (?:much|many) (?:\w+ )?(?:vitamin (?:[a-k]|b ?\d+)|vit [a-k]|iron|magnesium|calcium|zinc|"
                     r"b ?12|folic acid|folate|iodine|omega 3|fish oil|cod liver oil|potassium|selenium)"
                     # the amount asked for the writer or the person named, not what a food or product holds
                     # round 55: a closing word after it ("How much vitamin D then?")
                     r"(?= *$| (?:then|please|pls|plz|tho|though|exactly|roughly) *$| (?:a day|per day|daily|each day|"
                     r"should|do (?:i|we|they|she|he) need|is (?:safe|ok|okay|"
                     r"recommended|right|enough)|to (?:take|give)|for (?:me|her|him|them|the baby|my baby|a baby|"
                     r"pregnancy)|in pregnancy|when pregnant|while pregnant)\b)")


def asks_amount(text: str) -> bool:
    """Whether `text` (the matching form, persons folded) asks how much of a nutrient, as the docstring says."""
    return bool(_AMOUNT.search(text))
