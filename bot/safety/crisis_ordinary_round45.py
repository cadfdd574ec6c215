"""Ordinary clauses the learned crisis check misread in safety round forty-five (session 27), set aside like an idiom
(`semantic.idiom_free`), as `crisis_ordinary` sets aside stopping a treatment: such a clause never brings the support
line by itself, while a crisis sentence beside it still does. Each is kept for the check when it holds a warning sign
of `crisis_cues` or turns towards a life (`crisis_ordinary._TOWARDS_A_LIFE`: "me", "myself", "living", "for good").

- A worry about taking too much by accident ("I don't want to take too much by accident", 0.87): the question of a
  safe upper limit that supplement pages answer (NHS "Vitamins and minerals": taking too much can be harmful), said
  as an accident to avoid, the opposite of intent.
- A clause that tells what a character does in a work of fiction ("watched a thriller last night where the heroine
  fakes her own death", 0.82): a story's plot with no first-person word after the work is named (ConText, Harkema et
  al. 2009: a non-patient experiencer; `fiction` reads the crisis phrases the same way).
- "Am I overthinking it?" asked bare (0.98): reassurance sought about a worry (NHS "Health anxiety"), a question with
  nothing of its own.
Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

import re

from bot.safety.crisis_cues import warning_signs
from bot.safety.crisis_ordinary import _TOWARDS_A_LIFE
from bot.safety.fiction import _CHARACTER, _FIRST_PERSON, _WORK

_ACCIDENT = re.compile(r"\b(?:do not|did not|would not|never) want to (?:\w+ )?(?:take|have|give (?:him|her|them|my "
                       r"\w+)|overdo it) (?:\w+ ){0,3}(?:too (?:much|many)|more than (?:i should|is safe|the limit))\b"
                       r"(?: \w+){0,3} (?:by accident|by mistake|accidentally)\b|\b(?:accidentally|by accident|by "
                       r"mistake) (?:take|took|taking|have|had|overdo\w*) (?:\w+ ){0,2}too (?:much|many)\b")
_PLOT = re.compile(r"^(?: \w+){0,2} (?:where|in which|about|when|and)\b")
_COPIED = re.compile(r"\b(?:same|too|also|as well|like (?:her|him|them|that|this)|copy\w*|wish\w*|want\w*)\b")
_OVERTHINKING = re.compile(r"^(?:(?:so|and|but|ok|okay|or|honestly) )*(?:am i|are we|is (?:she|he)|is it just me) "
                           r"(?:just |being )?(?:overthinking|overreacting|paranoid|worrying too much|silly|being "
                           r"silly|dramatic|a hypochondriac)(?: (?:it|this|things|about it|here|again))?$")


def _a_plot(text: str) -> bool:
    """A work named, then where or about whom, a character and nothing of the writer's after it. A warning sign in the
    plot is the character's (as `fiction.story_mention` reads the crisis phrases): only the words before the work
    are looked at for one."""
    work = _WORK.search(text)
    if not work:
        return False
    rest = text[work.end():]
    return bool(_PLOT.match(rest) and _CHARACTER.search(rest) and not _FIRST_PERSON.search(rest)
                and not _COPIED.search(rest) and not warning_signs(text[:work.start()]))


def states_an_ordinary_worry(folded: str) -> bool:
    """Whether `folded` (one clause, matching form) only worries about taking too much by accident, tells a
    character's deeds in a story, or asks "am I overthinking it", holding nothing of a crisis. "i do not want to take
    too much by accident" → True; "i want to take too much" → False."""
    text = folded.strip()
    if not text or _TOWARDS_A_LIFE.search(text):
        return False
    if _a_plot(text):
        return True
    return not warning_signs(text) and bool(_OVERTHINKING.search(text) or _ACCIDENT.search(text))
