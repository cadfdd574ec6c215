"""Messages in a language the tool has no lexicon for: told apart from English by their letters and by the
full language-identification model, so that they get the English-only notice with the emergency numbers
instead of a plain English refusal (bot/safety/languages.py decides; this module only measures).

Three signals, each general:

- the writing system: the share of a message's letters (Unicode category L*) whose Unicode name does not begin
  with LATIN. Devanagari, Arabic, Cyrillic, Han, Hangul, Hebrew, Thai, Greek... all count, with no list of
  scripts; a message mostly in such letters is not English whatever its words;
- `py3langid`'s full model (97 languages, not restricted to the ones with notices): a Latin-script message it
  gives at least `MIN_OTHER_PROBABILITY` to languages other than English and the supported ones (Swedish,
  Indonesian, Tagalog, Swahili...), and `MIN_TOP_PROBABILITY` to the likeliest of them, is in that one. On the
  3,087 English texts of the test sets only gibberish ("asdkjh qwe zzzz lol": "zxx", no language), markup and a
  homoglyph attack came near, each with its mass spread thinly;
- romanised Hindi, which the model has no class for (it scores "yaar ab jeene ka mann hi nahi karta" as
  Somali): a message of which at least a third of the words are common Hindi function words and pronouns
  as they are usually romanised (hai, nahi, mujhe, kya, aur...), at least three of them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MIN_LETTERS = 2                 # "我不想活了" has no spaces, so letters are counted, not words
MIN_NON_LATIN_SHARE = 0.5
MIN_OTHER_PROBABILITY = 0.9     # on all languages but English and the supported ones together
MIN_TOP_PROBABILITY = 0.5       # on the likeliest of them (Indonesian 0.68, Malay 0.32 is Indonesian)
NOT_A_LANGUAGE = frozenset({"zxx", "und"})     # the model's "no linguistic content" class
# English-lexified creoles and pidgins (Nigerian Pidgin; Jamaican and other Caribbean creoles the model files under
# it): their words are English words, read by the English lexicons with bot/safety/dialects.py, and answered in
# English. "Mi doctor seh mi B12 low…" had been given the "English only" notice.
ENGLISH_LEXIFIED = frozenset({"pcm", "jam", "tpi", "bi"})
MIN_ROMANISED_WORDS = 3

# Words that romanised Hindi (and Urdu) uses all the time and English never: copula, negation, pronouns,
# postpositions, question words, common verbs' inflections. Left out on purpose: words that are also English
# ("main", "me", "hi", "the", "to", "ab", "so").
ROMANISED_HINDI = frozenset(
    "hai hain hoon hun hu tha thi nahi nahin nhi apna apni apne mujhe mujhko mera meri mere tera teri tere hum "
    "humko hamara "
    "kya kyun kyu kyon kaise kab aur bhi raha rahi rahe karta karti karte karna kuch sab bahut bohot ka ki ke ko "
    "se mein mai yaar jab tab abhi woh wo yeh ye unka unki usko isko hota hoti chahiye chahta chahti lagta lagti "
    "gaya gayi gaye diya liya kar".split())
# Session 19: Vietnamese typed without its diacritics (phones without a Vietnamese keyboard; "khong" for "không"),
# which the restricted model took for Italian or English. Function words and common verbs of Vietnamese that are words
# in none of the other supported languages nor English ("em", "nao", "co", "va", "la", "moi", "song", "sang" left
# out). Nguyen Dinh-Hoa, Vietnamese (1997), on the unmarked spelling; counted as romanised Hindi is.
PLAIN_VIETNAMESE = frozenset(
    "khong duoc nhung cua voi hoi toi anh bi thi roi lam gi nay minh uong nhieu bao nhe vay dau giup ngu buoi ngay "
    "vien chet muon nhu thuoc khoe benh bac si "
    # Session 25 (round forty-three: "ba toi 70 tuoi bi te het hai chan"): age, legs, passing water, sitting.
    "tuoi chan tieu ngoi".split())
# Session 23 (round forty): Greek typed in Latin letters ("Greeklish": Chalamandaris et al., "All Greek to me!", LREC
# 2006; ELOT 743 transliteration), its function words and commonest verbs as people type them (ω as w or o, χ as x or
# h), none of them an English word: a message of them gets the English-only notice, not an answer in English.
PLAIN_GREEK = frozenset(
    "kai tou tis einai exw exo ehw exei ehei exoun mou sou pou gia poia poio poies pws giati oti stin ston sti polu "
    "poly tipota thelw thelo mporw mporo apopse simera ola afto kati".split())
_WORD_RE = re.compile(r"[^\W\d_]+")


def non_latin_share(text: str) -> tuple[int, float]:
    """(number of letters, share of them not in the Latin script: 0.0 to 1.0)."""
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    if not letters:
        return 0, 0.0
    other = sum(not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in letters)
    return len(letters), other / len(letters)


def mostly_non_latin(text: str) -> bool:
    """True when at least half of the message's letters (two or more) are not Latin."""
    count, share = non_latin_share(text)
    return count >= MIN_LETTERS and share >= MIN_NON_LATIN_SHARE


@lru_cache(maxsize=1)
def _full_identifier():
    """py3langid over its whole model, probabilities normalised (~0.6 s cold, once)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def full_model_ranking(text: str) -> list[tuple[str, float]]:
    """[(ISO 639 code, probability)], likeliest first, over all the model's languages."""
    return [(lang, float(p)) for lang, p in _full_identifier().rank(text)]


def likeliest_language(text: str) -> str:
    """The full model's likeliest language for `text` ("und" when it has no letters)."""
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        return "und"
    return full_model_ranking(text)[0][0]


def other_language(text: str, known: tuple[str, ...]) -> str | None:
    """The language of a Latin-script message when the full model puts at least `MIN_OTHER_PROBABILITY` on
    languages outside `known` (English and the supported ones), else None."""
    ranking = full_model_ranking(text)
    outside = [(lang, p) for lang, p in ranking if lang not in known]
    if not outside or outside[0][0] in NOT_A_LANGUAGE | ENGLISH_LEXIFIED or outside[0][1] < MIN_TOP_PROBABILITY:
        return None     # gibberish, markup, homoglyphs ("I hаve сhest pаin") spread their mass thinly
    return outside[0][0] if sum(p for _, p in outside) >= MIN_OTHER_PROBABILITY else None


def romanised_hindi(text: str, vocabulary: frozenset[str] = ROMANISED_HINDI) -> bool:
    """True when a third or more of the words (and at least three) are romanised Hindi function words (or the words
    of another `vocabulary`, such as PLAIN_VIETNAMESE)."""
    words = [w.casefold() for w in _WORD_RE.findall(text)]
    hits = sum(w in vocabulary for w in words)
    return hits >= MIN_ROMANISED_WORDS and hits * 3 >= len(words)
