"""Words English at large hardly knows: a question naming one that the articles never use names something they
cannot speak to ("luspatercept", "shingrix", "thrombocythemia"), even when the health vocabulary and the medical
word shapes (bot.ingest.term_shapes) do not know it.

Lay words ("phlegm", "tingly", "achy", Zipf 2-3) are common enough to stay out; a typo is told apart by the
spelling checker (a close spelling of a common English word) and by the corpus (a close spelling, or the start, of
one of its words: "magnisium", "sarcoid"). Measured on the operator sets (docs/EVALUATION.md, session 21).
"""

from __future__ import annotations

from functools import lru_cache

from bot.domain.corpus_words import CorpusWords
from bot.domain.rarity import zipf
from bot.ingest.english import spell_checker

UNKNOWN_ZIPF = 1.5      # wordfreq Zipf below this: "tetanus" 2.9 and "phlegm" 2.9 are known, "deferiprone" 0 is not
MIN_LETTERS = 5


def unfamiliar(word: str, corpus_words: CorpusWords) -> bool:
    """Whether lower-case `word` is a name English hardly knows that the corpus neither uses, spells close to nor
    begins, and that is no typo of a common English word."""
    if len(word) < MIN_LETTERS or zipf(word) >= UNKNOWN_ZIPF or word in corpus_words or corpus_words.begins(word):
        return False
    return not _typo_of_a_known_word(word)


@lru_cache(maxsize=4096)
def _typo_of_a_known_word(word: str) -> bool:
    """Whether the spelling checker corrects `word` to a word English knows (its edit-distance search is the slow
    part, so each word is looked up once)."""
    correction = spell_checker().correction(word)
    return bool(correction) and correction != word and zipf(correction) >= UNKNOWN_ZIPF
