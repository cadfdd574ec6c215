"""The matching form of a question: folded, tokenised, typo-corrected words, and proximity search over them.

Only the safety gate uses this form; retrieval sees the display form from `safety.normalise`. Rules follow
the safety notes §2.1 ("normalise before matching", "match concepts, not exact strings"):
strip combining marks (zalgo), map look-alike Cyrillic/Greek letters to Latin, casefold, curly quotes to
ASCII, expand contractions, read the spellings of English varieties as the standard word (`bot.safety.dialects`:
"meself", "cannae", "walkin"), fix common misspellings. Everything is linear in the input length.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.dialects import DYED, VARIETY_WORDS, read_in_context, respell

# Look-alike letters seen in spoofed text (Unicode confusables, the common subset). After casefold.
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ї": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ɡ": "g", "ո": "n", "ս": "u", "к": "k", "м": "m",
    "т": "t", "в": "b", "н": "h", "ԛ": "q", "ԝ": "w", "ү": "y",
    "α": "a", "ε": "e", "ο": "o", "ρ": "p", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x",
    "ϲ": "c", "ѵ": "v", "ß": "ss", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "ʼ": "'", "ʹ": "'",
    "“": '"', "”": '"', "„": '"', "″": '"',
})

# Apostrophe-less contractions people type. Forms with apostrophes are handled by rule below.
_CONTRACTIONS = {
    "cant": "cannot", "carnt": "cannot", "cnt": "cannot", "cannae": "cannot", "cudnt": "could not",
    "dont": "do not", "dnt": "do not", "doesnt": "does not", "didnt": "did not", "wont": "will not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "couldnt": "could not", "wouldnt": "would not",
    "shouldnt": "should not", "havent": "have not", "hasnt": "has not", "aint": "is not",
    "im": "i am", "ive": "i have", "i'm": "i am", "i've": "i have",
    "i'll": "i will", "i'd": "i would", "it's": "it is", "he's": "he is", "she's": "she is",
    "that's": "that is", "thats": "that is", "what's": "what is", "whats": "what is", "there's": "there is",
    "can't": "cannot", "won't": "will not", "shan't": "shall not", "wanna": "want to", "od'd": "overdosed",
    "oded": "overdosed", "gonna": "going to", "it'd": "it would", "itd": "it would",
    "u": "you", "ur": "your", "r": "are", "n": "and", "b4": "before", "w": "with", "pls": "please",
    # Text-speak modals ("im 15 shud i take iron pills": a second newcomer test).
    "shud": "should", "shld": "should", "shuld": "should", "wud": "would", "cud": "could", "cld": "could",
}

# Common misspellings and spelling variants of lexicon words (reference §2.1 names several).
_TYPOS = {
    "numbess": "numbness", "numbnes": "numbness", "numness": "numbness", "numbnss": "numbness",
    "numbiness": "numbness", "numbeness": "numbness", "numm": "numb", "numbb": "numb", "num": "numb",
    "tingly": "tingling", "tinglin": "tingling", "tingeling": "tingling", "tinglng": "tingling",
    "tinglying": "tingling", "tingleing": "tingling",
    "incontinant": "incontinent", "incontenent": "incontinent", "incontinance": "incontinence",
    "controll": "control", "contol": "control", "bladdder": "bladder", "blader": "bladder", "bladdar": "bladder",
    "bowls": "bowels", "bowles": "bowels",
    "bowl": "bowel", "pian": "pain", "pains": "pain", "paine": "pain", "painn": "pain",
    "fevre": "fever", "feaver": "fever", "fevor": "fever", "feever": "fever", "temprature": "temperature",
    "temperture": "temperature", "tempreture": "temperature", "temp": "temperature",
    "sucide": "suicide", "suiside": "suicide", "suicde": "suicide", "sucidal": "suicidal",
    "suicidel": "suicidal", "suisidal": "suicidal", "suacidal": "suicidal",
    "siezure": "seizure", "seizur": "seizure", "seisure": "seizure", "siezures": "seizures",
    "vommit": "vomit", "vommiting": "vomiting", "vomitting": "vomiting", "vomitted": "vomited",
    "grion": "groin", "swalowed": "swallowed", "swallowd": "swallowed", "swalloed": "swallowed",
    "tablits": "tablets", "tabs": "tablets", "pils": "pills", "urinat": "urinate", "peeing": "peeing",
    "weeing": "peeing", "weed": "peed", "wetted": "wet", "chesst": "chest", "chets": "chest",
    "brest": "breast", "cancor": "cancer", "canser": "cancer", "tumor": "tumour", "tumors": "tumours",
    "colapsed": "collapsed", "collasped": "collapsed", "unconcious": "unconscious", "breth": "breath",
    "legz": "legs", "leggs": "legs", "feets": "feet", "toddlr": "toddler",
    "stairz": "stairs", "accidant": "accident", "acident": "accident",
    "paralized": "paralysed", "paralyzed": "paralysed", "paralised": "paralysed",
    "anemic": "anaemic", "anemia": "anaemia", "diarrhea": "diarrhoea", "feces": "faeces", "fecal": "faecal",
    "poop": "poo", "pooped": "pooed", "pood": "pooed", "pooping": "pooing", "poos": "poo",
    "stools": "stool", "bum's": "bum", "bums": "bum", "butt": "bum", "butts": "bum", "arse": "bum",
    "ass": "bum", "cming": "coming", "comming": "coming", "comin": "coming",
    "weakk": "weak", "weeak": "weak", "wek": "weak", "agonny": "agony",
    # Round fifteen, crisis typed in a hurry ("i wnat to kil myslef"): transposed and dropped letters of the crisis
    # verbs; "myself" is also corrected by one edit below.
    "wnat": "want", "wnt": "want", "whant": "want", "kil": "kill", "kll": "kill", "kiil": "kill", "slef": "self",
    # Round sixteen, text-speak goodbyes ("gonna say gbye to every1 tonite. tell my mum i luv her. sry") and "lfe".
    "gbye": "goodbye", "gdbye": "goodbye", "goodby": "goodbye", "byee": "bye", "every1": "everyone",
    "evry1": "everyone", "some1": "someone", "any1": "anyone", "no1": "no one", "tonite": "tonight",
    "2nite": "tonight", "2night": "tonight", "luv": "love", "sry": "sorry", "soz": "sorry", "lfe": "life",
    "lyf": "life", "liife": "life", "lyfe": "life",
    # Session 12, someone else's crisis typed in a hurry ("my frend sed she wants to kil herself").
    "frend": "friend", "freind": "friend", "frnd": "friend", "sed": "said", "sayd": "said", "hersef": "herself",
    "himslef": "himself", "herslef": "herself",
    # Round twenty-six, text-speak ("i dont wanna b alive anymor ... evry day").
    "anymor": "anymore", "enymore": "anymore", "evry": "every", "evryday": "everyday", "alyve": "alive",
}
# Text-speak "b" for the verb "be", read only in the verb's place: after "to", a modal or "not" ("wanna b alive",
# "will b gone"), never before a vitamin or a group word ("switch to b vitamins", "vitamin b", "group b strep").
_BE_BEFORE = frozenset({"to", "will", "would", "could", "should", "might", "may", "must", "cannot", "not", "never"})
_B_VITAMIN_NEXT = frozenset({"vitamin", "vitamins", "complex", "group", "strep", "12", "6", "1", "2", "3", "9",
                             "and", "or", "positive", "negative"})
# Scots "o" for "of" (round twenty-eight: "thinkin o endin it"), read only after a verb in -ing or a word that
# takes "of" ("sick o", "a lot o"), never in "y/o" (years old), "w/o" or "c/o".
_OF_AFTER = frozenset({"sick", "tired", "full", "lot", "lots", "kind", "sort", "bit", "out", "all", "end", "one"})
# Scots "no" for "not" after a form of "be" ("I'm no able to feel ma feet": DSL "no", adv.), only before words that
# never follow the determiner "no" in a symptom ("there is no feeling" stays the symptom's own "no").
_NOT_AFTER_BE = (frozenset({"am", "is", "are", "was", "were", "be", "been"}), frozenset({"able", "coping", "managing"}))
# Digits typed for letters in crisis words ("k1lling myself", "su1c1de", "d1e"): read only when the result is one
# of these words, so "b12", "d3" and "50mg" stay as they are.
_LEET = str.maketrans({"1": "i", "3": "e", "0": "o", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_WORDS = frozenset({"kill", "killing", "kms", "die", "dying", "dead", "death", "suicide", "suicidal", "myself",
                         "self", "harm", "cut", "cutting", "overdose", "hang", "end", "life", "alive", "unalive"})

# Lexicon words long and distinctive enough to accept one typo (edit distance 1). Words that sit one edit
# from an ordinary word are left out on purpose (bladder/ladder, fever/fewer, cancer/cancel, bowel/vowel).
_FUZZY_WORDS = (
    "numbness", "tingling", "incontinent", "incontinence", "suicide", "suicidal", "seizure", "seizures",
    "swallowed", "temperature", "vomiting", "unconscious", "collapsed", "overdose", "overdosed",
    "paralysed", "buttocks", "testicles", "perineum", "convulsion", "convulsions", "palpitations",
    "tablets", "control", "shivering", "breathing", "bleeding", "metastases", "chemotherapy", "accident",
    "pregnant", "pregnancy", "breastfeeding", "privates", "trimester", "myself",
    # Round thirty, despair typed in a hurry ("cant do this anymroe", "unbearabel").
    "anymore", "unbearable", "everyone", "everybody",   # session 23, round 41: "evryone wud be beter off"
    # Medicine names (the interaction notice): long and unlike any everyday word.
    "warfarin", "levothyroxine", "doxycycline", "ciprofloxacin", "alendronate", "omeprazole", "lansoprazole",
    "digoxin", "furosemide", "tetracycline", "thyroxine", "clopidogrel", "apixaban", "rivaroxaban",
    "metformin", "phenytoin", "carbamazepine",
)
# Ordinary words one edit from a fuzzy lexicon word, never corrected to it ("the private MRI" is not "privates").
_NOT_TYPOS = frozenset({"private"})
# Short crisis words read through one swap of two neighbouring letters ("cnat", "wnat", "lfie": round thirty), the
# commonest slip of fast typing on a phone (Damerau 1964). Only a swap, never a substituted letter: "dye" is no
# "die", "lift" no "life". "lief" is left out (an old word); no other swap of these words is an English word.
_SWAPPED_SHORT = {w[:i] + w[i + 1] + w[i] + w[i + 2:]: w for w in ("cant", "want", "life", "kill", "dead", "pills",
                                                                     "feel")   # session 23: "cant fele my bum"
                  for i in range(len(w) - 1) if w[i] != w[i + 1]}
_SWAPPED_SHORT.pop("lief", None)
_FUZZY_BY_LEN: dict[int, tuple[str, ...]] = {}
for _w in _FUZZY_WORDS:
    _FUZZY_BY_LEN[len(_w)] = _FUZZY_BY_LEN.get(len(_w), ()) + (_w,)

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_REPEAT_RE = re.compile(r"([a-z])\1{2,}")   # "sooo numbbb" -> "soo numbb" (then the typo table)


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 1 (substitution, insertion, deletion or one transposition)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    if la > lb:
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


@lru_cache(maxsize=4096)
def _correct(token: str) -> str:
    token = _REPEAT_RE.sub(r"\1\1", token)
    if token in _CONTRACTIONS:
        return _CONTRACTIONS[token]
    if token in VARIETY_WORDS:
        return VARIETY_WORDS[token]
    if token.endswith("n't"):
        return token[:-3] + " not"
    if token.endswith("'s"):
        token = token[:-2]
    token = token.replace("'", "")
    if token in _TYPOS:
        return _TYPOS[token]
    if token in _SWAPPED_SHORT:
        return _correct(_SWAPPED_SHORT[token])
    if not token.isalpha() and not token.isdigit() and token.translate(_LEET) in _LEET_WORDS:
        return token.translate(_LEET)
    if len(token) >= 6 and token not in _FUZZY_WORDS and token not in _NOT_TYPOS:
        for n in (len(token) - 1, len(token), len(token) + 1):
            for word in _FUZZY_BY_LEN.get(n, ()):
                if _within_one_edit(token, word):
                    return word
    return token


def fold(text: str) -> str:
    """Case- and look-alike-folded text with combining marks removed (zalgo, accents)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Me"))
    return stripped.casefold().translate(_CONFUSABLES)


@dataclass(frozen=True)
class Folded:
    """Tokens joined by single spaces, so lexicon regexes can be written as plain phrases."""

    text: str
    starts: tuple[int, ...]   # character offset of each token in `text`

    def token_at(self, offset: int) -> int:
        """Index of the token that contains character `offset` of the folded text."""
        return bisect_right(self.starts, offset) - 1


def prepare(text: str) -> Folded:
    """The matching form of `text`: folded (lower case, contractions expanded, common typos corrected) with token
    offsets."""
    folded = respell(fold(text)).replace("&", " and ").replace("+", " and ")
    words: list[str] = []
    for raw in _TOKEN_RE.findall(folded):
        words.extend(_correct(raw).split())
    for i, w in enumerate(words):
        if w == "o" and 0 < i and (words[i - 1].endswith("ing") or words[i - 1] in _OF_AFTER):
            words[i] = "of"
        if (w == "no" and 0 < i < len(words) - 1 and words[i - 1] in _NOT_AFTER_BE[0]
                and words[i + 1] in _NOT_AFTER_BE[1]):
            words[i] = "not"
        if (w == "b" and 0 < i and words[i - 1] in _BE_BEFORE
                and (i + 1 == len(words) or words[i + 1] not in _B_VITAMIN_NEXT)):
            words[i] = "be"
        if w == "dye" and 0 < i and words[i - 1] == "to" and not (set(words[i + 1:i + 2]) & DYED
                                                                   or words[i + 1:i + 3] == ["back", "to"]):
            words[i] = "die"    # a homophone with nothing dyed (`bot.safety.dialects.DYED`)
    read_in_context(words)      # "bowl of", "it al", Creole "a" for "of" (`bot.safety.dialects`, session 21)
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return Folded(" ".join(words), tuple(starts))


def positions(pattern: re.Pattern[str], f: Folded) -> list[int]:
    """Token indices where `pattern` matches (start of each match)."""
    return [f.token_at(m.start()) for m in pattern.finditer(f.text)]


def near(patterns: tuple[re.Pattern[str], ...], f: Folded, window: int) -> bool:
    """True when every pattern matches with all matches inside one span of `window` tokens around an anchor."""
    anchors = positions(patterns[0], f)
    if not anchors:
        return False
    others = [positions(p, f) for p in patterns[1:]]   # sorted, as finditer walks left to right
    if any(not o for o in others):
        return False
    return any(all(_has_within(o, a, window) for o in others) for a in anchors)


def _has_within(sorted_positions: list[int], anchor: int, window: int) -> bool:
    i = bisect_left(sorted_positions, anchor - window)
    return i < len(sorted_positions) and sorted_positions[i] <= anchor + window
