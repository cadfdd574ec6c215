"""A warning sign found missing in session 24 while writing the near misses of `crisis_complements`, for the classes
of `bot.safety.crisis_cues` (joined in `bot.safety.crisis_cues_amounts`); weak, a crisis only with a second class.

- INTENT: a jump off or into anything, with not / never coming back ("going to jump off the pier tonight and not come
  back", "jump into the sea and never come back"): C-SSRS 4-5 (intent, a method), told as a return refused (the
  ENDING class reads "not come back" itself, so the two make a crisis together). A swim into the sea with no such
  words is set aside by `crisis_complements`. Not "and not come back out / up / until dinner".

Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

SESSION24 = {
    "intent": (r"\b(?:jump|jumping|leap|leaping|throw myself|throwing myself) (?:off|from|in|into|out) (?:\w+ ){0,6}?"
               r"(?:and|an|n) (?:just )?(?:not|never|no) (?:\w+ )?come back\b(?! (?:out|up|in|inside|till|until|for|"
               r"before|with|after)\b)"),
}
