"""Corpus statistics computed at build time from the passages alone (no model, no domain knowledge; how common a
word is in everyday English is passed in)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

_WORD = re.compile(r"[a-z]{6,}")
PREFIX = 7          # words are compared by their first seven letters: "deficiency" ~ "deficient"


def word_keys(text: str) -> set[str]:
    """The comparison keys of the long words (six letters or more) of `text`: their first PREFIX letters."""
    return {w[:PREFIX] for w in _WORD.findall(text.casefold())}


def distinctive_terms(texts: Sequence[str], max_share: float = 0.05) -> frozenset[str]:
    """Keys (see `word_keys`) of words found in few passages (at most `max_share` of them, and at least 2):
    names of things ("osteomalacia", "myelin"), not filler. A question sharing one is about the corpus."""
    return distinctive_keys([word_keys(t) for t in texts], max_share)


def distinctive_keys(passage_keys: Sequence[Iterable[str]], max_share: float = 0.05) -> frozenset[str]:
    """`distinctive_terms` from each passage's `word_keys`."""
    counts: dict[str, int] = {}
    for keys in passage_keys:
        for word in keys:
            counts[word] = counts.get(word, 0) + 1
    limit = max(2, int(len(passage_keys) * max_share))
    return frozenset(w for w, n in counts.items() if n <= limit)


# An article's own words: what one article keeps talking about and the rest of the corpus hardly mentions
# ("clot" in an article on deep vein thrombosis, "bladder", "IC"). Short everyday words ("scan", "leg", "eye") are
# too common to make a question about the corpus, and `distinctive_keys` misses any word an article uses often.
_TOKEN = re.compile(r"[A-Za-z]+")
MIN_PASSAGES = 3        # in its own article: a word an article mentions once or twice is not what it is about
CONCENTRATION = 0.75    # share of the passages holding the word that belong to that one article
COMMON_ZIPF = 4.0       # everyday English (Zipf ≥ 4: "disease", "signs", "pressure") never counts


def word_forms(text: str, *, acronyms: bool = True) -> set[str]:
    """The comparison forms of `text`'s words: lower case, three letters or more, a final plural "s" dropped
    ("veins" ~ "vein"); two-letter words too when written in capitals as acronyms are ("IC"), or in any case with
    `acronyms` False (a question's "w/ ic?")."""
    return {_form(w) for w in _TOKEN.findall(text) if len(w) >= 3 or (len(w) == 2 and (w.isupper() or not acronyms))}


def article_words(texts: Sequence[str], doc_ids: Sequence[str], zipf: Callable[[str], float]) -> frozenset[str]:
    """`word_forms` that belong to one article: in at least MIN_PASSAGES of its passages, with at least
    CONCENTRATION of all passages holding the form in that article, and rare in everyday English (`zipf(word)`,
    bot.ingest.english, below COMMON_ZIPF for the form and its plural). Empty for a corpus of one article
    (every word would belong to it). `texts` and `doc_ids` are the passages' texts and articles, in order."""
    if len(set(doc_ids)) < 2:
        return frozenset()
    per_article: dict[str, Counter[str]] = {}
    for text, doc in zip(texts, doc_ids, strict=True):
        for form in word_forms(text):
            per_article.setdefault(form, Counter())[doc] += 1
    out = set()
    for form, counts in per_article.items():
        top = max(counts.values())
        if top >= MIN_PASSAGES and top >= CONCENTRATION * sum(counts.values()) \
                and max(zipf(form.casefold()), zipf(form.casefold() + "s")) < COMMON_ZIPF:
            out.add(form)
    return frozenset(out)


def _form(word: str) -> str:
    lowered = word.casefold()
    return lowered[:-1] if len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith("ss") else lowered
