"""Red-flag lexicon, the passive wish told conditional first (safety round forty-five, session 27), strong (a crisis
alone), in the form of `bot.safety.lexicon_crisis_round44` (joined in `bot.safety.lexicon_general`).

- "If I didn't wake up (tomorrow) I wouldn't mind / I'd be glad": the C-SSRS screener's first question, "Have you
  wished you were dead or wished you could go to sleep and not wake up?", answered in the writer's words. The order
  "I wouldn't mind if I didn't wake up" was already a phrase (`lexicon_crisis`, `lexicon_crisis_wishes`); this is the
  same wish with the condition first. Not a morning or a lie-in ("if I didn't wake up till noon I wouldn't mind":
  `NOT_MORNING`, which now leaves out a lie-in for the older order too). A denial of a plan beside it ("not going to
  do anything") does not take it back: C-SSRS counts a passive wish on its own, and the crisis text is written for it.
Patterns over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import NOT_MORNING
from bot.safety.lexicon_crisis_asked import NOT_OURS

_LABEL = "thoughts of suicide or self-harm"
_GLAD = (r"(?:i (?:would not|do not|would never|will not|really would not|honestly would not) (?:\w+ )?(?:mind|care)|"
         r"i (?:would|will|d) (?:\w+ )?(?:be )?(?:glad|happy|relieved|grateful|at peace|fine with it|ok with it|"
         r"okay with it)|(?:that|it) would (?:\w+ )?be (?:fine|ok|okay|a relief|a blessing|for the best))")

ROUND45_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=NOT_OURS, phrases=(
        r"if i (?:just |simply |only |quietly )?(?:did not|never|do not|would not|were not to|was not to|could not) "
        r"(?:ever )?(?:wake|woke) up" + NOT_MORNING + r"(?: \w+){0,4} " + _GLAD + r"\b",
    )),
)
