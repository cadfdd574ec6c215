"""Where a quote ends (bot/answering/quote_bounds.py): a reported belief comes with the sentence that corrects it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("first", "second", "both"), [
    ("Some people believe eating certain foods or stress can cause colitis.",
     "Stress does not seem to cause colitis.", True),
    ("It is a common myth that cracking your back causes arthritis.", "In fact, studies find no link.", True),
    ("Some people believe eating certain foods or stress can cause colitis.",
     "A few studies suggest that stress may bring on a flare-up.", False),       # no correction: the belief alone
    ("Stress can make the symptoms of colitis worse.", "It does not cause the disease.", False),   # no belief
])
def test_a_reported_belief_is_quoted_with_the_sentence_that_corrects_it(first, second, both):
    # A newcomer's colitis page (session 25): "Some people believe … can cause ulcerative colitis." was quoted without
    # "Emotional distress does not seem to cause ulcerative colitis.", reading as the article's own claim.
    from bot.answering.quote_bounds import corrected_end
    from bot.types import Passage
    text = f"{first} {second}"
    passage = Passage("p#0", "p", "P", None, text, 0, len(text), ((0, len(first)), (len(first) + 1, len(text))))
    assert corrected_end(passage, 0) == (len(text) if both else len(first))
