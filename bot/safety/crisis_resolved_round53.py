"""Crisis mentions stood down in safety round fifty-three (session 32): one call in `crisis_resolved.stood_down`'s
loop, beside round 51's and 52's. Over the matching form; the support line stays, the crisis tier goes.

- A fear of overdosing by accident or by mistake told without "myself" ("how much vitamin D is too much? Don't want
  to overdose by accident, my tablets are 4000 IU"): `crisis_resolved_round51` knew "poison / overdose myself" only.
  The same conditions: "do not / never / would not want to" before it, "by accident", "by mistake" or
  "accidentally" beside it, and a dose word in the message (too much, how much, IU, mg, a day, upper limit); NHS
  medicines pages ("if you take too much"); ConText (negated). Every other crisis word of the message is judged as
  before, so "don't want to overdose by accident, I want to do it on purpose" is still a crisis.
"""

from __future__ import annotations

import re

_NOT_WANTING = (r"\b(?:do not|dont|never|would not|will not|does not|did not) (?:want|wanna|mean|intend|plan) to "
                r"(?:go and |end up )?")
_ACCIDENTAL = re.compile(_NOT_WANTING + r"(?:accidentally (?:overdos\w*|od|poison\w*)(?: myself)?|(?:overdos\w*|od|"
                         r"poison\w*)(?: myself)? (?:\w+ ){0,2}?(?:by accident|by mistake|accidentally|without "
                         r"reali[sz]ing))\b")
_DOSE = re.compile(r"\b(?:too much|too many|how much|how many|iu|mg|mcg|micrograms?|a day|per day|daily|dose|doses|"
                   r"upper limit|maximum|safe limit)\b")
_ON_PURPOSE = re.compile(r"\b(?:on purpose|deliberately|want to die|end it|kill myself)\b")


def stood_down_mention(sentence: str, start: int, end: int, folded: str) -> bool:
    """Whether the crisis mention `sentence[start:end]` (matching form) begins inside the module docstring's kind."""
    inside = any(m.start() <= start < m.end() for m in _ACCIDENTAL.finditer(sentence))
    return bool(inside and _DOSE.search(folded) and not _ON_PURPOSE.search(folded))
