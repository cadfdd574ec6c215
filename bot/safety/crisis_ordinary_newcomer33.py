"""Clauses the learned English crisis check misread on operators' pages (kidney stones, shingles; session 33), set aside
from it (`semantic.idiom_free`, one line), as `crisis_ordinary_newcomer32` does: the gate read the message right (no red
flag), and the learned check alone opened the answer with the support line.

- "Pass" with an object ("how long does it take to pass a stone" 0.89, "will I pass the stone on my own" 0.96, "how
  long until I pass it" 0.93): to pass a stone, urine, wind, blood or a test is to get it out or through it. The
  dying sense of "pass" takes no object: "pass away", "pass on", "just pass", "pass in my sleep" (Oxford English
  Dictionary, "pass", v., senses of dying are intransitive; reference §2.5 lists "pass away" among the euphemisms).
  Over the matching form (`bot.safety.matching`).
- How long a pain or a sign takes to stop ("how long does it take to stop hurting?" scored as a crisis, on an
  operator's shingles page and on the back-pain articles): a question of duration (`how long … to stop hurting`,
  `… to heal`, `… to go away`) asks about recovery, the NHS pages' "how long it lasts". Not set aside when the one
  who would stop is the writer rather than the pain ("how long until I can stop living like this"): the frame's verb
  must be a symptom's (hurting, aching, itching, throbbing, bleeding, stinging, burning, swelling).

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


_SYMPTOM_STOPS = re.compile(r"\bhow long (?:\w+ ){0,6}?(?:to |till |until |before )?(?:it |this |that |they |the pain |"
                            r"my \w+ )?(?:stop|stops|stopped) (?:hurting|aching|itching|throbbing|bleeding|stinging|"
                            r"burning|swelling|being (?:sore|painful|itchy))\b")


def asks_how_long_a_symptom_lasts(folded: str) -> bool:
    """Whether the matching form `folded` of a unit asks how long a pain or a sign takes to stop (the module
    docstring's second frame) with nothing of a crisis left once the frame is taken out."""
    if not _SYMPTOM_STOPS.search(folded):
        return False
    return not holds_crisis_word(_SYMPTOM_STOPS.sub(" ", folded))


def passes_a_thing(folded: str) -> bool:
    """Whether the matching form `folded` of a unit passes a thing ("pass a stone", "pass it": the module
    docstring's frame) with nothing of a crisis left once the frame is taken out."""
    if not _PASS.search(folded):
        return False
    return not holds_crisis_word(_PASS.sub(" ", folded))
