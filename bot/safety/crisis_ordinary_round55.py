"""Clauses the learned English crisis check misread in safety round fifty-five (session 34), set aside from it
(`semantic.idiom_free`, one line), as `crisis_ordinary_round53` does: the gate read these messages right, and the
learned check brought the support line on its own.

- A song's chorus, lyric, verse or line quoted "stuck in my head" or "on repeat" (an earworm; `crisis_cues.IDIOMS`
  had song, tune, track and jingle only).
- Hyperbole of the day: a test, an exam, a shift or a workout that "killed me", "I'm literally dead" (OED "dead",
  sense of utter exhaustion or laughter), and the Caribbean progressive "di heat a kill mi" ("is killing me").
- A care term: end-of-life care, palliative care, a hospice (NHS "End of life care": a stage of care, not a wish).
- A carer's task: doing, sorting or giving all of someone's tablets for them (a dosette, a carer's round).
- A symptom's course: gone by the time one has slept or rested; bruises or marks slow to fade (NHS "Bruises").

None is set aside when a word of a crisis (`crisis_words.holds_crisis_word`) is left once the phrases are out ("last"
told as a time, "at the last test", is no such word). Not set aside: "magnesium for sleep", which the check scored
0.84 on its own beside a quoted lyric (left for the check's own review).
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word

_ORDINARY = re.compile(
    r"\b(?:chorus|lyrics?|verse|song|line|hook|tune|refrain)\b(?: \w+){0,10}? (?:stuck in my head|on repeat|going "
    r"round my head|in my head all day)\b|"
    r"\b(?:test|exam|exams|quiz|workout|shift|shifts|lecture|class|lesson|match|run|gym|leg day|session|homework|"
    r"commute|week|day) (?:\w+ ){0,2}(?:killed|destroyed|murdered) me\b|\b(?:i am|im) (?:literally |actually |so )?"
    r"(?:dead|deceased)\b(?! (?:serious|inside))|"
    r"\b(?:a|da|deh) (?:kill|killin|killing) (?:mi|me)\b|"
    r"\b(?:end of life|palliative|hospice) (?:care|nurse|team|doctor|unit|plan)\b|\bhospice\b|"
    r"\b(?:i|we) (?:do|sort|sort out|manage|give|organise|organize|handle|put out|set out|fill) (?:all )?(?:of )?"
    r"(?:my )?(?:his|her|their|mums?|moms?|dads?|nans?|grans?) (?:tablets|pills|meds|medication|medicines|dosette)\b"
    r"(?: for (?:him|her|them))?|"
    r"\b(?:gone|goes|go|went|settles?|better|fine|eases?) (?:away )?(?:by the time|once|after|when) (?:i have |i "
    r"|i ve )?(?:slept|sleep|rested|rest|had a rest|had a sleep|sat down|put my feet up)\b|"
    r"\b(?:bruises?|marks?|scars?|rash|spots?|swelling) (?:\w+ ){0,4}(?:fade|fading|faded)\b")
_LAUGH = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|rofl|jk)\b")
# "last" as a time ("my iron was low at the last test"), not a last message or a last night alive.
_LAST_TIME = re.compile(r"\blast (?:test|blood test|check|check up|week|month|year|time|visit|appointment|results?|"
                        r"reading|scan)\b")


def states_an_ordinary_hyperbole_or_task(folded: str) -> bool:
    """Whether `folded` (a unit's matching form) holds one of the module docstring's kinds and nothing of a crisis
    once they are taken out. "Literally dead" counts only beside a laugh or a killing test or shift."""
    found = _ORDINARY.findall(folded)
    if not found:
        return False
    rest = _ORDINARY.sub(" ", folded)
    if any(re.match(r"(?:i am|im) ", f) for f in found) and not (_LAUGH.search(folded) or len(found) > 1):
        return False
    return not holds_crisis_word(_LAST_TIME.sub(" ", _LAUGH.sub(" ", rest)))
