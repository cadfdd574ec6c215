"""Sentences that point elsewhere instead of informing: "(For more information, go to …)", "See also …", and the
lists of other sites' pages some publishers append ("These resources address the diagnosis or management of
ankylosing spondylitis:" / "• Genetic Testing Registry: …" / "• MedlinePlus Encyclopedia: …"). They are never
quoted: a newcomer's operator page (MedQuAD, session 29) answered "What is ankylosing spondylitis?" with its
resource list, and "what are the treatments…" with nothing else.
"""

from __future__ import annotations

import re

from bot.answering.quote_bounds import is_item, sentence_at
from bot.types import Passage

CROSS_REFERENCE = re.compile(r"^[(\[]?\s*(?:for (?:more|further) (?:information|info|details)|see also|to learn more|"
                             r"(?:see|go to|read|visit) [\"“'‘])", re.I)
# A list of resources, wherever it starts in the sentence (MedQuAD glues a second lead-in to the last item before it).
RESOURCES = re.compile(r"\b(?:these|the following|the) (?:resources|links|websites|web sites) (?:address|from|offer|"
                       r"provide|below|listed)\b", re.I)
MAX_ITEMS_BACK = 12     # items a list may have between one of its items and its lead-in


def points_elsewhere(passage: Passage, i: int) -> bool:
    """Whether sentence `i` of `passage` is a cross-reference, a list of resources, or an item of such a list (the
    sentence ending in ':' that its bulleted lines follow names resources)."""
    sentence = sentence_at(passage, i)
    if CROSS_REFERENCE.match(sentence) or RESOURCES.search(sentence):
        return True
    for j in range(i, max(0, i - MAX_ITEMS_BACK), -1):
        if not is_item(passage, j):
            return False
        lead = sentence_at(passage, j - 1)
        if lead.endswith(":"):
            return bool(RESOURCES.search(lead))
    return False

