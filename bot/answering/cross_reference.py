"""Sentences that point elsewhere instead of informing: "(For more information, go to …)", "See also …", and the
lists of other sites' pages some publishers append ("These resources address the diagnosis or management of
ankylosing spondylitis:" / "• Genetic Testing Registry: …" / "• MedlinePlus Encyclopedia: …"). They are never
quoted: a newcomer's operator page (MedQuAD, session 29) answered "What is ankylosing spondylitis?" with its
resource list, and "what are the treatments…" with nothing else.
"""

from __future__ import annotations

import re

from bot.types import Passage

CROSS_REFERENCE = re.compile(r"^[(\[]?\s*(?:for (?:more|further) (?:information|info|details)|see also|to learn more|"
                             r"(?:see|go to|read|visit) [\"“'‘])", re.I)
# A list of resources, wherever it starts in the sentence (MedQuAD glues a second lead-in to the last item before it).
RESOURCES = re.compile(r"\b(?:these|the following|the) (?:resources|links|websites|web sites) (?:address|from|offer|"
                       r"provide|below|listed)\b", re.I)
_BULLETS = "•*-–"
MAX_ITEMS_BACK = 12     # items a list may have between one of its items and its lead-in


def points_elsewhere(passage: Passage, i: int) -> bool:
    """Whether sentence `i` of `passage` is a cross-reference, a list of resources, or an item of such a list (the
    sentence ending in ':' that its bulleted lines follow names resources)."""
    sentence = _sentence(passage, i)
    if CROSS_REFERENCE.match(sentence) or RESOURCES.search(sentence):
        return True
    for j in range(i, max(0, i - MAX_ITEMS_BACK), -1):
        if not _is_item(passage, j):
            return False
        lead = _sentence(passage, j - 1)
        if lead.endswith(":"):
            return bool(RESOURCES.search(lead))
    return False


def _sentence(passage: Passage, i: int) -> str:
    a, b = passage.sentences[i]
    return passage.text[a:b]


def _is_item(passage: Passage, i: int) -> bool:
    """Whether sentence `i` opens a bulleted line (the bullet stands before the sentence's span)."""
    if i == 0:
        return False
    before = passage.text[passage.sentences[i - 1][1]:passage.sentences[i][0]].strip()
    return "\n" in passage.text[passage.sentences[i - 1][1]:passage.sentences[i][0]] and before[-1:] in _BULLETS
