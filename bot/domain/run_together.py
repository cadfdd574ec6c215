"""Words that look like two or three words run together ("stomachliningknown", "erosionsshallow"): a space or a
dash lost when a page was copied or flattened (a newcomer's operator site, session 27). Quoted verbatim, they read as
typos, so the build report lists them for the operator to fix in the source file. English word frequencies come from
bot.domain.rarity (wordfreq)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.domain.rarity import zipf

MIN_LETTERS = 9        # shorter unknown words are mostly names and terms, not run-together words
PART_ZIPF = 2.5        # each part must be an English word ("stomach" 4.3, "lining" 3.5, "known" 5.0, "edema" 2.7)
SHORT_ZIPF = 4.5       # …and a part of under five letters a common one ("the", "have", "such"; not "endo", "dis")
_WORD = re.compile(r"\b[a-z]{%d,}\b" % MIN_LETTERS)
# English prefixes that are also words: "nonpersistence", "overproduction", "selfcare" are one word, not two (a
# newcomer's build report listed "nonpersistence (non persistence)", session 30).
PREFIXES = frozenset("non anti over under out self multi semi post pre sub super inter counter co mis un re "
                     "micro macro hyper hypo cross extra ultra".split())


def split_run_together(word: str, parts: int = 3) -> tuple[str, ...] | None:
    """`word` (lower case) as two or three everyday words written together, when English has never seen it whole;
    None otherwise."""
    if zipf(word) > 0:
        return None
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not _word(head) or head in PREFIXES:
            continue
        if _word(tail):
            return head, tail
        rest = split_run_together(tail, parts - 1) if parts > 2 and len(tail) >= 6 else None
        if rest is not None:
            return (head, *rest)
    return None


def _word(part: str) -> bool:
    return zipf(part) >= (SHORT_ZIPF if len(part) < 5 else PART_ZIPF)


def run_together_words(sentences: Iterable[str]) -> tuple[str, ...]:
    """The run-together words of `sentences` (each once, in order), shown as "word (word1 word2)"."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for word in _WORD.findall(sentence):
            if word not in found and (split := split_run_together(word)) is not None:
                found[word] = f"{word} ({' '.join(split)})"
        for match in _GLUED.finditer(sentence.casefold()):
            parts = [p for p in match.groups() if p]
            if match.group(0) not in found and all(p.isdigit() or zipf(p) >= GLUED_ZIPF for p in parts):
                found[match.group(0)] = f"{match.group(0)} ({' '.join(parts)})"
    return tuple(found.values())


# A number glued to the words around it ("longer than5days", "younger than 5years": a newcomer's operator page,
# session 31); "5mg", "b12", "d3" are not, their letters being no everyday word of four letters or more.
_GLUED = re.compile(r"\b([a-z]{3,})(\d+)([a-z]{4,})?\b|\b(\d+)([a-z]{4,})\b")
GLUED_ZIPF = 4.0       # each word part an everyday word: "than" 6.2, "days" 5.1, "years" 5.6; "grams" 3.6 is not
