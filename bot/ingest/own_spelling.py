"""A name spelt as the articles spell it: the bot's own lines (answer headings, example questions) name a topic in
lower case ("utis", "bell's palsy", "sleep apnoea") because that is how questions and the vocabulary hold it; the
articles write "UTIs", "Bell's palsy", "sleep apnea". A heading or an example written in the articles' own spelling
reads as theirs.

Only occurrences inside a sentence count: a sentence's first word is capitalised whatever it is ("Lactose
intolerance is…"), and a heading line may be in Title Case ("What Is Sleep Apnea?"), so neither says how the name
is spelt in running text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# What may stand before a sentence's first word: the start of the text or of a line, a sentence end, a bullet.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|[•*\-–]\s+|\n\s*)$")


def own_spelling(name: str, texts: Iterable[str], *, forms: Iterable[str] = ()) -> str:
    """`name` as the `texts` write it inside their sentences: the commonest whole-word, case-insensitive match of
    `name` (or of one of `forms`, other spellings of it such as "apnoea" for "apnea") that does not open a
    sentence or a line. `name` itself when no such occurrence exists, or when every occurrence is in capitals
    throughout but `name` is longer than a word of four letters (a shouted heading, "SLEEP APNEA", is no
    spelling). Matching is on whole words: "uti" does not match inside "utis"."""
    wanted = [name, *forms]
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True))
                         + r")(?![\w'’])", re.IGNORECASE)
    seen: Counter[str] = Counter()
    for text in texts:
        for match in pattern.finditer(text):
            if _SENTENCE_START.search(text[max(0, match.start() - 4):match.start()]) and not _mid_caps(match.group(0)):
                continue
            seen[match.group(0)] += 1
    if not seen:
        return name
    spelt = seen.most_common(1)[0][0]
    if spelt.isupper() and len(spelt) > 4 and not name.isupper():
        return name
    return spelt


def _mid_caps(word: str) -> bool:
    """A capital inside a word, after its first letter ("UTIs", "McArdle"): the spelling holds wherever the word
    stands, unlike a capital that opens a word ("Sleep Apnea" in Title Case)."""
    return any(c.isupper() for w in word.split() for c in w[1:])
