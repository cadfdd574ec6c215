"""Whether a word or phrase occurs in the corpus, allowing for typos: the corpus's own vocabulary, for the checks
that tell a thing the articles never speak of from one they name in other spellings (bot.domain.asked,
bot.domain.scope). Built once per loaded index (bot.answering.engine)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Sequence

_WORD = re.compile(r"[a-z]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


class CorpusWords:
    """Whether a word occurs in the corpus: its stem among the corpus's BM25 stems, or a close spelling of one
    (difflib ratio at least `cutoff`, same first letter: a typo such as "magnesuim"), unless the word is one of
    `spelt_right` (the health vocabulary's words: "mobic" is a brand, not a typo of "mobile"). `texts`: the
    passages' lower-case texts, for `together`."""

    def __init__(self, stems: Collection[str], stem: Callable[[str], list[str]], cutoff: float = 0.8,
                 texts: Sequence[str] = (), spelt_right: Collection[str] = ()) -> None:
        self._stems, self._spelt_right = frozenset(stems), frozenset(spelt_right)
        self._stem = stem
        self._cutoff = cutoff
        self._texts = texts
        self._squashed: tuple[str, ...] | None = None     # the texts without spaces or punctuation, made when asked
        self._by_letter: dict[str, list[str]] = {}
        for s in sorted(self._stems):
            self._by_letter.setdefault(s[:1], []).append(s)

    def __contains__(self, word: str) -> bool:
        stems = self._stem(word)
        if not stems:                     # a stop word: nothing to look up
            return True
        return all(s in self._stems or word not in self._spelt_right and difflib.get_close_matches(
            s, self._by_letter.get(s[:1], ()), n=1, cutoff=self._cutoff) for s in stems)

    def uses(self, word: str) -> bool:
        """Whether some passage uses `word` itself (its stem, no spelling tolerance: "price" is not "prime")."""
        return any(s in self._stems for s in self._stem(word))

    def speaks_of(self, word: str) -> bool:
        """Whether some passage uses lower-case `word` (or its plural) as a word standing alone: not joined to
        others by hyphens, as syllables of a pronunciation guide are ("to-MOG-rah-fee" is not a fee)."""
        alone = re.compile(rf"(?<![\w-]){re.escape(word)}(?:s|es)?(?![\w-])")
        return any(alone.search(text) for text in self._texts)

    def together(self, phrase: str) -> bool:
        """Whether the words of a phrase of two or more ("neck pain") occur in a passage in order with at most
        three words between them, as in "neck and back pain": the phrase is spoken of where its words are not
        adjacent."""
        words = _WORD.findall(phrase.casefold())
        if len(words) < 2:
            return False
        # Words may stand apart, but a one- or two-letter word stays next to its neighbour ("vitamin a").
        body = re.escape(words[0])
        for before, word in zip(words, words[1:]):
            gap = r"\W+" if min(len(before), len(word)) <= 2 else r"(?:\W+\w+){0,3}?\W+"
            body += gap + re.escape(word)
        pattern = re.compile(rf"\b{body}(?:e?s)?\b")
        return any(pattern.search(text) for text in self._texts)

    def in_one_sentence(self, phrase: str) -> bool:
        """Whether every word of a phrase of two or more words of four letters or more ("shingles vaccine") occurs
        in one sentence of a passage, in any order and as whole words (or plurals): "You can get the vaccine even if
        you have already had shingles." speaks of the shingles vaccine (a newcomer's page, session 28)."""
        words = _WORD.findall(phrase.casefold())
        if len(words) < 2 or min(map(len, words)) < 4:
            return False
        patterns = [re.compile(rf"\b{re.escape(w)}(?:e?s)?\b") for w in words]
        return any(all(p.search(sentence) for p in patterns)
                   for text in self._texts if patterns[0].search(text) for sentence in _SENTENCE_END.split(text))

    def names_code(self, code: str) -> bool:
        """Whether some passage writes the letter-and-digit name `code` ("g6pd", "hba1c", "mk-7"), with or without
        its hyphens and spaces ("omega3" is the articles' "omega-3")."""
        if self._squashed is None:
            self._squashed = tuple(re.sub(r"[\W_]+", "", text) for text in self._texts)
        squashed = re.sub(r"[\W_]+", "", code.casefold())
        return any(squashed in text for text in self._squashed)

    def lacking(self, nutrient: str) -> bool:
        """Whether a passage speaks of too little of `nutrient` ("a lack of potassium", "low potassium",
        "potassium deficiency", "deficient in potassium"), so the deficiency is covered under other words."""
        name = re.escape(nutrient.casefold())
        pattern = re.compile(rf"\b(?:lack|lacking|low|deficien\w*|shortage|insufficien\w*|not enough|too little|"
                             rf"inadequate)\s+(?:of\s+|in\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){{0,3}}{name}\b|"
                             rf"\b{name}\s+(?:deficien\w*|"
                             rf"shortage|insufficien\w*)")
        return any(pattern.search(text) for text in self._texts)

    def begins(self, word: str) -> bool:
        """Whether `word` (five letters or more) begins a stem of the corpus: a name cut short ("sarcoid" for
        sarcoidosis, "thalass" for thalassemia)."""
        stems = self._stem(word)
        return len(word) >= 5 and bool(stems) and any(
            s.startswith(stems[0]) for s in self._by_letter.get(stems[0][:1], ()))
