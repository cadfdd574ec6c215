"""An idiom the learned crisis check misread in safety round forty-nine (session 30), set aside like the idioms of
`crisis_cues.IDIOMS` (`semantic.idiom_free`), as `crisis_ordinary_round47` sets aside a wave's wipeout: such a clause
never brings the support line by itself, while a crisis sentence beside it still does.

- "I'd (literally) die for" something wanted ("I'd literally die for one decent night's sleep", "could die for a
  coffee"): hyperbole of wanting (Collins "die for": to want very much; OED "to be dying for"); `IDIOMS` had "dying
  for" and "kill for (a / some …)" but not the bare verb. Kept for the check when what is wanted is a life-word or a
  warning sign of `crisis_cues` remains once the idiom is out ("I'd die for it all to end").
- A clause typed in text-speak (two or more of the clipped spellings of SMS English: "wat", "shud", "frm", "otha",
  "probs", "4" for "for"; Crystal, Txtng: the gr8 db8, 2008) with no word of a crisis (`crisis_words`), no warning
  sign and no lethality question (`crisis_cues_session23.asks_lethality`: "wat dose wud stop ur heart" stays
  judged): "wat vit shud i tak 4 my bak pain" (0.83 on the check) and "no otha probs" (0.83) brought the support
  line; the check scores the spelling, not the words (session 29 made it abstain on messages mostly of such words,
  `bot/answering/readable.py`; a clause of them inside a readable message was still judged).
Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

import re

from bot.safety.crisis_cues import warning_signs
from bot.safety.crisis_cues_session23 import asks_lethality
from bot.safety.crisis_words import holds_crisis_word
from bot.safety.matching import prepare

_DIE_FOR = re.compile(
    r"\b(?:would|could|will|i|literally|honestly|actually|seriously) (?:literally |honestly |actually |seriously |"
    r"genuinely )?die for (?:a|an|one|some|just|the|another|more|any|decent|good|proper|real|that|those|this|\d+)\b"
    r"(?!(?: \w+){0,5} (?:to|and) (?:die|end|stop|be over|not wake)\b)")

_TEXT_SPEAK = frozenset({"wat", "wot", "shud", "shld", "cud", "wud", "sed", "frm", "otha", "probs", "prob", "plz",
                         "pls", "thx", "bak", "u", "ur", "b4", "tho", "wen", "hav", "abt", "4", "gd", "rly", "jst"})
_RAW_WORDS = re.compile(r"\w+")   # whole words in any script ("uống" is no "u")


def in_plain_text_speak(unit: str) -> bool:
    """Whether `unit` (a clause as typed) is in text-speak with no crisis word and no warning sign (the docstring)."""
    if sum(w in _TEXT_SPEAK for w in _RAW_WORDS.findall(unit.casefold())) < 2:
        return False
    # a word of death, harm, despair or farewell, a warning sign, or a lethality question ("wud stop ur heart")
    return not holds_crisis_word(unit) and not asks_lethality(prepare(unit).text)


def states_an_ordinary_longing(folded: str) -> bool:
    """Whether `folded` (a clause's matching form) holds "would die for" something wanted, with no warning sign left
    once it is taken out (the module docstring)."""
    return bool(_DIE_FOR.search(folded)) and not warning_signs(_DIE_FOR.sub(" ", folded))
