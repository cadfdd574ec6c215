"""Crisis mentions stood down in safety round fifty-one (session 31), for `bot.safety.crisis_resolved.stood_down`
(one import, one call): each such mention, like a denied or a story's one, is no crisis by itself, and the message
is stood down only when nothing else of a crisis is left (the answer then opens with the support line).

- A recovery told as a span free of the act ("ten years free of self-harm this month", "two years clean from
  cutting", "self-harm free for 18 months"): a milestone of recovery (NHS "Self-harm": recovery; ConText, Harkema et
  al. 2009: a negated and historical mention). Months or years only: "3 days clean from self-harm" is early
  recovery, a time of high risk (NICE NG225), and stays a crisis; a relapse word anywhere keeps it (`RELAPSE`).
- A fear of poisoning or overdosing oneself by mistake told beside a dose question ("if I forget my calcium and take
  two the next day, is that dangerous? Don't want to poison myself lol"): the writer asks how to stay safe (NHS
  medicines pages, "if you take too much"). Only poison, overdose or OD, never "kill / hurt myself" (the module
  docstring of `crisis_resolved`: "I don't want to kill myself" is not a denial), and a dose word must be there.
"""

from __future__ import annotations

import re

_SPAN = (r"(?:[1-9]\d*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
         r"thirty|a|a full|over a|more than a|nearly|almost|over|more than) (?:full )?(?:years?|months?)")
_FREE_BEFORE = re.compile(r"\b" + _SPAN + r" (?:free|clean) (?:of|from) (?:my |the )?$")
_FREE_AFTER = re.compile(r"^(?:\w+ ){0,2}?(?:free|clean) (?:for|of it for) (?:over |more than |nearly |almost )?"
                         + _SPAN + r"\b")
_ACT = re.compile(r"^(?:self harm\w*|self injur\w*|cutting|harming myself|hurting myself)\b")

_NOT_WANTING = re.compile(r"\b(?:do not|never|would not|will not) (?:want|wanna|mean|intend) to (?:accidentally |by "
                          r"accident |end up |go and )?$")
_MISTAKE = re.compile(r"^(?:poison\w*|overdos\w*|od) myself\b")
_DOSE = re.compile(r"\b(?:dangerous|safe|too much|too many|how much|how many|double|extra|two|twice|forget|forgot|"
                   r"missed|dose|doses|by accident|accidentally|upper limit|maximum)\b")


def stood_down_mention(sentence: str, start: int, end: int, folded: str) -> bool:
    """Whether the crisis mention `sentence[start:end]` (matching form) is one of the module docstring's kinds."""
    before, mention, after = sentence[:start], sentence[start:end], sentence[end:].strip()
    if _ACT.match(mention) and (_FREE_BEFORE.search(before) or _FREE_AFTER.match(after)):
        return True
    return bool(_MISTAKE.match(mention) and _NOT_WANTING.search(before) and _DOSE.search(folded))
