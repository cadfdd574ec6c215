"""Clauses the learned English crisis check misread in safety round fifty-two (session 31), set aside from it
(`semantic.idiom_free`, one line), as `crisis_ordinary_round51` does: the gate read both messages right, and the
learned check brought the support line on its own.

- The most of a medicine one can safely take in a day, and not wanting to overdo it or overdose by accident ("What's
  the most paracetamol I can safely take in a day if I'm also using ibuprofen …? Don't want to overdo it by
  accident."): a dosing question (NHS "Paracetamol for adults": the maximum in 24 hours), answered with the dose
  notice, as `crisis_resolved_round51` stands down "don't want to poison myself" with a dose word.
- A title quoted after reading, a book club, a novel, a memoir, a film or a podcast ("Our book club is reading Matt
  Haig's 'Reasons to Stay Alive'"): the title is the work's, not the writer's words (ConText: a non-patient
  experiencer; `fiction.in_quoted_title` does this at the gate).

Neither is set aside beside tablets gathered, "all at once", "enough to", "on purpose", or when a word of a crisis
(`crisis_words.holds_crisis_word`) is left once the phrase or the title is out ("the most paracetamol I can take
before it kills me", "reading 'Reasons to Stay Alive' because I want to die").
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word
from bot.safety.matching import prepare

_MOST_SAFE = re.compile(r"\b(?:the )?(?:most|maximum|max|upper limit of|limit of) (?:\w+ ){0,3}(?:i|you|one|a person|"
                        r"an adult|we) (?:can|could|should|am allowed to|are allowed to) (?:\w+ )?(?:safely )?"
                        r"(?:take|have|use)\b(?= (?:\w+ ){0,3}(?:safely|safe|in a day|a day|per day|daily|in 24 hours|"
                        r"in twenty four hours)\b)|\bsafely take\b")
_BY_ACCIDENT = re.compile(r"\b(?:do not|does not|never|would not) (?:want|wanna|mean) to (?:overdo|overdose|od)"
                          r"(?: it| on (?:it|them|\w+))? (?:\w+ )?(?:by (?:accident|mistake)|accidentally)\b")
_GATHERED = re.compile(r"\b(?:all at once|at once|in one go|enough to|on purpose|before it kills|to die|stock\w*|"
                       r"stash\w*|hoard\w*|sav\w* (?:\w+ )?up)\b")
_TITLE = re.compile(r"\b(?:reading|read|book club|novel|memoir|book|author|film|movie|documentary|podcast|series|"
                    r"watched|watching|listening to)\b(?:[^'\"‘“\n]|'(?=[A-Za-z])){0,40}"
                    r"(?:(?<![A-Za-z])'((?:[^']|'(?=[A-Za-z]))+)'"
                    r"(?![A-Za-z])|[\"“‘]([^\"”’]+)[\"”’])", re.IGNORECASE)


def states_a_dose_or_a_title(folded: str, unit: str) -> bool:
    """Whether `unit` (its matching form `folded`) holds one of the module docstring's kinds with nothing of a crisis
    left once it is taken out."""
    if _GATHERED.search(folded):
        return False
    if _MOST_SAFE.search(folded) or _BY_ACCIDENT.search(folded):
        return not holds_crisis_word(_BY_ACCIDENT.sub(" ", _MOST_SAFE.sub(" ", folded)))
    titles = [m.group(1) or m.group(2) for m in _TITLE.finditer(unit)]
    if not titles:
        return False
    rest = unit
    for title in titles:
        rest = rest.replace(title, " ")
    return not holds_crisis_word(prepare(rest).text)
