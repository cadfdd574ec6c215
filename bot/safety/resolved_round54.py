"""Flags taken back in safety round fifty-four (session 33), called from `resolved_denied.taken_back` (one line):

- Chest pain asked about for a quiz, an exam, an essay or homework with the writer saying they are fine ("is chest
  pain ever a symptom of low magnesium? asking for a quiz at work, I'm fine"): the general-question form
  (`resolved_round46` took back numbness asked in general). Kept with a sign of the writer's own now ("I have",
  "my chest", "right now", "today", tight, crushing, breathless, sweating).
- Chest pain told as a scare "two years back" or "years ago" that "turned out to be" a strained muscle or indigestion,
  with normal tests since (NHS "Chest pain": most chest pain is not a heart problem; a past episode explained is
  history, not a present sign). Kept with "again", "since yesterday", "this week", "now", "today", "came back".
- The bladder named only as fine ("bladder fine", "bladder and bowels are fine", "no bladder problems"): ConText's
  negated mention, said after the noun as people say it; NHS "Cauda equina syndrome" asks about new bladder
  problems. Kept with a bladder sign told anywhere (cannot pee, leaking, wet myself, lost control, numb, no feeling).
"""

from __future__ import annotations

import re

_CHEST = frozenset({"chest_pain"})
_BLADDER = frozenset({"bladder_problem"})
_ASKED_FOR = re.compile(r"\b(?:asking|asked|it is|its|this is) (?:\w+ ){0,2}for (?:a |an |my |our |the )?(?:\w+ )?"
                        r"(?:quiz|exam|essay|assignment|homework|project|class|course|dissertation|trivia)\b")
_FINE = re.compile(r"\b(?:i am|im) (?:fine|ok|okay|well|alright|all right|grand|perfectly fine|absolutely fine)\b")
_OWN_NOW = re.compile(r"\b(?:i have|i ve got|i have got|i am having|my chest|right now|today|tonight|at the moment|"
                      r"tight\w*|crushing|breathless|short of breath|sweat\w*|spreading|arm|jaw)\b")
_PAST_SCARE = re.compile(r"\b(?:\w+ )?(?:years?|months?) (?:back|ago)\b|\blast year\b|\bin (?:19|20)\d\d\b")
_EXPLAINED = re.compile(r"\b(?:turned out (?:to be )?|was (?:just |only )?(?:a |an )?|diagnosed as )(?:\w+ )?"
                        r"(?:strain\w*|muscle|muscular|pulled|indigestion|heartburn|reflux|anxiety|panic|costochondritis|"
                        r"nothing)\b|\b(?:all )?(?:tests?|checks?|ecgs?|bloods?) (?:\w+ ){0,2}(?:normal|clear|fine)\b")
_AGAIN_NOW = re.compile(r"\b(?:again|since (?:yesterday|last night|this morning)|this week|right now|today|tonight|"
                        r"came back|come back|coming back|back again|now i have|now it is|now its)\b")
_BLADDER_FINE = re.compile(r"\b(?:bladder|bladders|bladder and bowels?|bowels? and bladder|waterworks|peeing|weeing) "
                           r"(?:is |are |s |both |all |still |seem |seems )*(?:fine|ok|okay|normal|grand|good|working|"
                           r"working fine|no problem|unaffected)\b|\bno (?:bladder|waterworks) (?:problems?|issues?|"
                           r"trouble|changes?)\b")
_BLADDER_SIGN = re.compile(r"\b(?:cannot|can not|could not|unable to|struggling to) (?:pee|wee|urinate|go)|leak\w*|"
                           r"wet (?:myself|the bed)|lost control|no control|(?:pee|wee|urine) (?:will not|would not) "
                           r"come|retention\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in _CHEST and _ASKED_FOR.search(folded) and _FINE.search(folded):
        return not _OWN_NOW.search(folded)
    if name in _CHEST and _PAST_SCARE.search(folded) and _EXPLAINED.search(folded):
        return not _AGAIN_NOW.search(folded)
    if name in _BLADDER and _BLADDER_FINE.search(folded):
        return not _BLADDER_SIGN.search(_BLADDER_FINE.sub(" ", folded))
    return False
