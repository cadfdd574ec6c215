"""The sentence that opens a section headed by a question answers that question.

FAQ-style articles put each answer under a question line ("How to diagnose gastroparesis?", "What is (are)
sarcoidosis ?"); the answer's first sentence is the direct reply ("Gastroparesis is diagnosed through a
physical exam, …") while the sentences after it go into detail and often share more of a user's words. So
when a user's question is of the kind a question heading asks (both read by bot.domain.intent.classify_intent:
"how do doctors test for it" and "How to diagnose X ?" are both diagnosis), the first sentence under that
heading is put first in the answer, before the quotes chosen on their merits, unless one of them already says
the same (bot.answering.quotes; it must score, with `QuoteSettings.lead` added, within the margin of the best).

Measured (development operator set 13, MedQuAD pages): the embedding model's cosine between a question and
the headings is ruled by the topic word ("what is sarcoidosis?" is closer to "What causes sarcoidosis?" than to
"What is (are) sarcoidosis ?"), so the kind is read from the words instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain.intent import classify_intent
from bot.types import Passage

# "What is (are) X ?" asks what X is; "Who is at risk for X?" and "What is the outlook for X?" do not, though the
# question-kind reader calls them definitions.
_WHAT_IS = re.compile(r"^what (?:is|are)(?: \(are\))? (?!the\b|your\b|my\b)")
# The kinds a heading can ask whose first sentence is the direct reply; "general" and "yes_no" name none.
LEAD_KINDS = frozenset({"definition", "risk", "causes", "symptoms", "diagnosis", "treatment", "prevention"})


class SectionLeads:
    """The passages of an index that open a section headed by a question of a known kind."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        """`passages` in article order (as the index holds them)."""
        self._kinds: dict[str, str] = {}
        previous: Passage | None = None
        for passage in passages:
            opens = previous is None or previous.doc_id != passage.doc_id or previous.section != passage.section
            if opens and passage.kind != "table_cell" and asks(passage.section):
                heading = question_part(passage.section).casefold()
                kind = classify_intent(heading)
                if kind in LEAD_KINDS and (kind != "definition" or _WHAT_IS.match(heading)):
                    self._kinds[passage.passage_id] = kind
            previous = passage

    def answering(self, intent: str) -> frozenset[str]:
        """The ids of the passages whose first sentence replies to a heading asking a question of kind `intent`
        (a bot.domain.intent kind); empty for kinds no heading is read as."""
        if intent not in LEAD_KINDS:
            return frozenset()
        return frozenset(pid for pid, kind in self._kinds.items() if kind == intent)


def asks(section: str | None) -> bool:
    """Whether a section heading is a question ("What causes gout?", "What is (are) X ? — Overview")."""
    return bool(section) and "?" in section


def question_part(section: str) -> str:
    """The heading up to its first question mark (a heading stacked under it is left out)."""
    return section[:section.index("?") + 1] if "?" in section else section
