"""Clauses the learned English crisis check misread in safety round fifty-three (session 32), set aside from it
(`semantic.idiom_free`, one line), as `crisis_ordinary_round52` does: the gate read these messages right, and the
learned check brought the support line on its own.

- A wish to give up, quit, stop or cut out something broken off by an ellipsis and completed by a self-correction
  ("Want to give up... sugar, that is!"): the object named after the break ("X, that is", "X I mean") is the
  clause's (ConText: the scope of a phrase runs to its object). Kept when the object is life, living, everything, it
  all, me, or holds a word of a crisis; a laugh ("lol", "haha") after the break is no correction.
- Pins and needles, tingling or numbness told with sleeping, lying or sitting on the arm, hand or leg ("I get pins and
  needles in my hand if I sleep on my arm"): NHS "Pins and needles" (pressure on a nerve, gone on moving).
- A medicine told as taken for someone's mood, depression, anxiety or bipolar disorder ("lithium for his mood"): a
  treatment named, answered with the pharmacist notice (`interactions_round52`), not a disclosure.
- A bare question whether something is fine, OK, safe or all right to do or take ("Fine to do?"), with no other word.

None is set aside when a word of a crisis (`crisis_words.holds_crisis_word`) is left once the phrase is out.
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word

_BROKEN_OFF = re.compile(r"^(?:i )?(?:really )?(?:want|wanna|need|going|gonna|trying|have) to (?:give up|quit|stop|cut "
                         r"out|cut down on|pack in|kick|ditch|get rid of|be done with)\s*(?:\.\.\.|…)\s*$",
                         re.IGNORECASE)
_CORRECTION = re.compile(r"^\s*((?:[\w'-]+\s*){1,3}),?\s*(?:that is|i mean|i meant)\b", re.IGNORECASE)
_LIFE = re.compile(r"\b(?:life|living|everything|it all|all of it|me|myself|on me)\b", re.IGNORECASE)
_POSITIONAL = re.compile(r"\b(?:pins and needles|tingl\w*|numb\w*|dead arm|dead leg|gone dead)\b(?:\s\w+){0,6}? "
                         r"(?:if|when|whenever|after|from) (?:i |you )?(?:sleep|sleeping|slept|lie|lying|lay|sit|"
                         r"sitting|sat|lean|leaning) on (?:my |the |your )?(?:arm|arms|hand|hands|leg|legs|side|elbow|"
                         r"it|them)\b")
_FOR_MOOD = re.compile(r"\b(?:on|takes?|taking|prescribed) (?:\w+ ){0,8}?(?:lithium|sertraline|citalopram|fluoxetine|"
                       r"mirtazapine|venlafaxine|quetiapine|lamotrigine|valproate|antidepressants?|an antidepressant) "
                       r"for (?:his|her|my|their|your) (?:mood|depression|anxiety|bipolar|nerves|mental health)\b")
_BARE_QUESTION = re.compile(r"^(?:is (?:it|that|this) )?(?:fine|ok|okay|safe|alright|all right) (?:to (?:do|take|try|"
                            r"have|give|use|start))?(?: (?:that|this|it|them|together))?$")


def states_a_correction_position_or_treatment(folded: str, unit: str, message: str) -> bool:
    """Whether `unit` (its matching form `folded`; `message` the whole text) is one of the module docstring's kinds
    with nothing of a crisis left once it is taken out."""
    if _BROKEN_OFF.match(unit.strip()) and unit in message:
        after = message[message.index(unit) + len(unit):]
        fix = _CORRECTION.match(after)
        return bool(fix) and not _LIFE.search(fix.group(1)) and not holds_crisis_word(fix.group(1))
    for kind in (_POSITIONAL, _FOR_MOOD):
        if kind.search(folded):
            return not holds_crisis_word(kind.sub(" ", folded))
    return bool(_BARE_QUESTION.match(folded.strip()))
