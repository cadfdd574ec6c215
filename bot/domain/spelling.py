"""Misspelt words of a question corrected towards the words of the articles: "vitamn d defiency symtoms" is read
as "vitamin d deficiency symptoms" (a newcomer's question that was refused).

A word is corrected only when it is not an English word (pyspellchecker's frequency list knows "router",
"sourdough" and "melatonin"), not a word of the articles or of the health vocabulary, and one of its spelling
candidates (edit distance up to 2) is a word the articles use; the most frequent such word in the articles wins.
A word the articles never use is never produced, so a question about something else ("bitcoin", "zofran") is
left as it was and the scope check sees it as asked. The checker comes from bot.ingest.english.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.domain.text_speak import plain_words
from bot.ingest.english import spell_checker

_WORD = re.compile(r"[a-z]+")
MIN_LENGTH = 5          # shorter words have too many near neighbours ("tho", "mag", "vit" are meant as they are)
SWAP_LENGTH = 4         # a four-letter word is corrected only by swapping two neighbouring letters ("iorn"),
                        # and only to a term of the health vocabulary
MAX_LENGTH = 24         # longer runs of letters are no misspelt words ("hydrochlorothiazide" is 19 letters)
ONE_EDIT_LENGTH = 12    # longer words get one-edit candidates only: two edits of a 19-letter word take 1.7 s to list
MAX_WORDS = 40          # distinct unknown words looked at in one question (a message is at most 1,000 characters)


class Respeller:
    """Corrects a question's misspelt words to words of the articles.

    `article_words`: every lower-case word of the passages, with its count; `known`: other words never to
    correct (the health vocabulary's single-word terms)."""

    def __init__(self, article_words: Counter[str], known: Iterable[str] = ()) -> None:
        self._counts = article_words
        self._terms = frozenset(known)
        self._known = self._terms | frozenset(article_words)

    @classmethod
    def of_texts(cls, texts: Iterable[str], known: Iterable[str] = ()) -> "Respeller":
        """From the passages' texts."""
        return cls(Counter(w for text in texts for w in _WORD.findall(text.casefold())), known)

    def respell(self, question: str) -> str:
        """`question` with its text-speak spelt out (bot.domain.text_speak) and each misspelt word replaced by
        the article word it most likely means; unchanged when nothing needs correcting. Never raises."""
        question = plain_words(question)
        words = sorted({w for w in _WORD.findall(question.casefold())
                        if SWAP_LENGTH <= len(w) <= MAX_LENGTH and w not in self._known})[:MAX_WORDS]
        if not words:
            return question
        checker = spell_checker()
        fixes = {}
        for word in words:
            if word in checker:
                continue
            # A four-letter word only becomes a health term ("iorn" → "iron", never "evry" → "very").
            if len(word) > ONE_EDIT_LENGTH:
                near = checker.edit_distance_1(word) & self._counts.keys()
            else:
                near = checker.candidates(word) if len(word) >= MIN_LENGTH else _swaps(word) & self._terms
            candidates = [c for c in (near or ()) if c in self._counts]
            if candidates:
                fixes[word] = max(candidates, key=lambda c: (self._counts[c], c))
        if not fixes:
            return question
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(fixes, key=len, reverse=True))) + r")\b", re.I)
        return pattern.sub(lambda m: fixes[m.group(0).casefold()], question)


def _swaps(word: str) -> set[str]:
    """`word` with two neighbouring letters swapped, every way ("iorn" → "oirn", "iron", "ionr")."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
