"""A clause the learned English crisis check misread for a newcomer (session 32), set aside from it
(`semantic.idiom_free`, one line), as `crisis_ordinary_round52` does: the gate read the message right (no red flag),
and the learned check alone opened the answer with the support line.

- "For good" after getting rid of, clearing, curing, treating, killing, beating or stopping a thing ("how do you get
  rid of nits for good", "clear the lice for good", "cure my heartburn for good"): "for good" means "permanently"
  (Oxford English Dictionary, "for good": finally, permanently), and the thing ended is a pest, a symptom or a
  condition, not the writer (ConText: no self as the object; reference §2.5 lists "be gone for good", "end it for
  good"). Over the matching form (`bot.safety.matching`).

Not set aside when the thing ended is the writer, their life or everything ("get rid of myself for good", "end it
all for good"), for verbs of leaving or sleeping ("be gone for good", "sleep for good", "end it for good": "end" is
not in the verb class), nor when a word of a crisis (`crisis_words.holds_crisis_word`) is left once the frame is
taken out ("get rid of the lice for good, then I want to die").
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word

_RID = (r"(?:get|got|getting|gets|be|being) rid of|rid (?:\w+ ){1,3}of|get shot of|clear(?:s|ed|ing)?(?: up| out)?|"
        r"cur(?:e|es|ed|ing)|treat(?:s|ed|ing)?|kill(?:s|ed|ing)?|eliminat\w*|eradicat\w*|banish\w*|beat(?:s|ing)?|"
        r"stop(?:s|ped|ping)?|fix(?:es|ed|ing)?|shift(?:s|ed|ing)?|kick(?:s|ed|ing)?|zap(?:s|ped|ping)?|"
        r"remov(?:e|es|ed|ing)|sort(?:s|ed|ing)? out|deal(?:s|t|ing)? with|solv(?:e|es|ed|ing)")
_SELF = (r"(?:me|myself|my ?self|my life|this life|it all|everything|everyone|all of it|my own life|"
         r"him|her|them all|us|ourselves|themselves|himself|herself|breathing|living|existing|waking|being|eating|"
         r"drinking|trying|caring|feeling|hoping|talking|going on)")
_FOR_GOOD = re.compile(r"\b(?:" + _RID + r") (?!" + _SELF + r"\b)(?:\w+ ){1,5}for good\b")


def ends_a_thing_for_good(folded: str) -> bool:
    """Whether the matching form `folded` of a unit ends a thing "for good" (the module docstring's frame) with
    nothing of a crisis left once the frame is taken out."""
    if not _FOR_GOOD.search(folded):
        return False
    return not holds_crisis_word(_FOR_GOOD.sub(" ", folded))
