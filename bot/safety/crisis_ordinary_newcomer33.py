"""A clause the learned English crisis check misread on an operator's kidney-stone page (session 33), set aside from
it (`semantic.idiom_free`, one line), as `crisis_ordinary_newcomer32` does: the gate read the message right (no red
flag), and the learned check alone opened the answer with the support line.

- "Pass" with an object ("how long does it take to pass a stone" 0.89, "will I pass the stone on my own" 0.96, "how
  long until I pass it" 0.93): to pass a stone, urine, wind, blood or a test is to get it out or through it. The
  dying sense of "pass" takes no object: "pass away", "pass on", "just pass", "pass in my sleep" (Oxford English
  Dictionary, "pass", v., senses of dying are intransitive; reference §2.5 lists "pass away" among the euphemisms).
  Over the matching form (`bot.safety.matching`).

Not set aside when "pass" is followed by "away", "on" or "over" (the intransitive phrasal verbs of dying), when its
object is the writer ("let me pass"), nor when a word of a crisis (`crisis_words.holds_crisis_word`) is left once the
frame is taken out ("how long to pass a stone, i just want to die").
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word

# An object after "pass": a determiner, a pronoun that is not the writer, or a bodily thing passed.
_OBJECT = (r"(?:a|an|the|my|your|his|her|their|our|this|that|these|those|one|another|any|some|more|it|them|"
           r"urine|water|wind|gas|stool|stools|blood|clots?|mucus|stones?|gallstones?|grit|gravel|exams?|tests?)")
_PASS = re.compile(r"\bpass(?:es|ed|ing)? (?!(?:away|on|over)\b)" + _OBJECT + r"\b(?: \w+){0,3}")


def passes_a_thing(folded: str) -> bool:
    """Whether the matching form `folded` of a unit passes a thing ("pass a stone", "pass it": the module
    docstring's frame) with nothing of a crisis left once the frame is taken out."""
    if not _PASS.search(folded):
        return False
    return not holds_crisis_word(_PASS.sub(" ", folded))
