"""What the other-language red-flag lexicons are made of: the folded matching form, a concept, and the
notice labels (English plain words, as in `bot.safety.lexicon`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_NON_LETTERS = re.compile(r"[^a-z0-9]+")
# Letters NFKD does not decompose: Polish ł, German ß, Nordic ø/æ, French œ, Turkish dotless ı (İ decomposes).
_EXTRA = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})


def fold_words(text: str) -> str:
    """Lower-case, accent-free words of `text` (how the other-language lexicons are matched)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Me"))
    return " " + _NON_LETTERS.sub(" ", plain).strip() + " "


@dataclass(frozen=True)
class LangConcept:
    """A red-flag or crisis concept in one other language: tier, label and patterns over folded words."""
    name: str
    tier: str
    label: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None


def near(a: str, b: str, window: int = 8) -> str:
    """Pattern: a within `window` words of b, in either order."""
    return rf"(?:{a})(?: \w+){{0,{window}}} (?:{b})|(?:{b})(?: \w+){{0,{window}}} (?:{a})"


def concept(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    """A concept whose pattern (and optional required pattern) must match whole folded words."""
    return LangConcept(name, tier, label, re.compile(r"\b(?:" + pattern + r")\b"),
                       re.compile(r"\b(?:" + requires + r")\b") if requires else None)


def crisis_pairs(strong: str, weak: dict[str, str], others: dict[str, str],
                 one_sign: tuple[frozenset[str], ...] = ()) -> tuple[LangConcept, ...]:
    """Crisis concepts: `strong` alone, and each class of `weak` with any other class of `others` (which holds
    `weak`), except a pair named in `one_sign` (two words for the same sign are not two signs)."""
    out = [concept("crisis", "C", CRISIS, strong)]
    for name, pattern in weak.items():
        partners = [p for n, p in others.items() if n != name and frozenset({n, name}) not in one_sign]
        out.append(concept("crisis", "C", CRISIS, pattern, "|".join(partners)))
    return tuple(out)


GI = "vomiting blood, or black, tarry stools"   # the label of a bleeding-from-the-gut concept, every language
BLADDER = "new problems peeing or controlling your bladder"
BOWEL = "loss of bowel control"
SADDLE = "numbness around the bottom, groin or genitals"
LEGS = "symptoms in both legs, or leg weakness that is getting worse"
TRAUMA = "a fall, accident or injury"
FEVER = "a fever or infection risk with back pain"
CRISIS = "thoughts of suicide or self-harm"

CHEST = "chest pain, or a tearing or throbbing pain"
BREATHING = "difficulty breathing"
SWELLING = "swelling of the lips, tongue or throat"
POISONING = "tablets swallowed by a child, or too many taken"


# Tier and label of each concept a language lexicon names; the fever needs the language's back words.
_KINDS = {"saddle_numbness": ("E", SADDLE), "bladder_problem": ("E", BLADDER), "bowel_problem": ("E", BOWEL),
          "leg_weakness_or_numbness": ("E", LEGS), "significant_trauma": ("E", TRAUMA), "chest_pain": ("E", CHEST),
          "fever_with_back_pain": ("U", FEVER), "crisis": ("C", CRISIS)}


def lexicon_of(back: str, patterns: dict[str, str]) -> tuple[LangConcept, ...]:
    """One language's concepts from its pattern per concept name (keys of _KINDS); the fever is a flag only beside
    the language's `back` words."""
    return tuple(concept(name, *_KINDS[name], pattern, back if name == "fever_with_back_pain" else None)
                 for name, pattern in patterns.items())
