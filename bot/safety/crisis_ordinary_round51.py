"""Clauses the learned crisis check misread in safety round fifty-one (session 31), set aside like the idioms of
`crisis_cues.IDIOMS` (`semantic.idiom_free`, one line), as `crisis_ordinary_round50` sets aside "I'd sell my soul for a
new spine": such a clause never brings the support line by itself, while a crisis sentence beside it still does. Each
is kept for the check when a word of a crisis (`crisis_words.holds_crisis_word`) is left once the phrase is taken
out. Over the matching form (`bot.safety.matching`).

- Pain or a body part told as wanting the writer dead, with a laugh or "jokes aside" beside it ("my sciatica
  genuinely wants me dead haha", 0.88 on the check): hyperbole, the kin of "this pain is killing me" (`IDIOMS`).
  Without the laugh it stays judged.
- A sale limit or an overdose-prevention rule asked about ("why won't the chemist sell me more than two packs of
  paracetamol?", "is that an overdose-prevention rule?", 0.81 and 0.92): the UK limit on pack sizes of paracetamol
  (MHRA, 1998; 2 packs per sale) is a public-health rule (ConText: not the writer's experience).
- Tablets kept, stored or locked away out of children's reach, or a label's "keep out of reach of children" asked
  about ("so they know to keep tablets locked away", 0.87; "why do iron tablets always say keep out of reach of
  children?", 0.81 with its message): safe storage (NHS "Medicines safety": keep medicines out of the reach and sight
  of children), not a means kept. Not when kept "from myself" or "so I can't", which stay judged.

None is set aside beside words of tablets gathered ("save them up", "stockpile", "from different shops", "all at
once", "enough to").
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word

_LAUGH = re.compile(r"\b(?:haha\w*|hah|lol|lmao|rofl|jokes aside|joking aside|only joking|joking|kidding)\b")
_PAIN_WANTS = re.compile(r"\b(?:my )?(?:back|sciatica|spine|pain|disc|discs|neck|knee|knees|hip|hips|body|nerves?|"
                         r"legs?|joints?|coccyx|tailbone) (?:\w+ ){0,2}(?:wants|want|is trying|is out|has it in for) "
                         r"(?:me dead|to kill me|to finish me off|to end me|to murder me)\b")
_SALE_LIMIT = re.compile(r"\b(?:(?:sell|sold|selling|buy|bought|buying|get) (?:me |you |us |people )?(?:more than|over|"
                         r"only|just) (?:\w+ ){0,2}(?:packs?|packets?|boxes) (?:of (?:\w+ ){0,2})?|(?:overdose|od) "
                         r"prevention (?:rule|law|limit|policy|measure|thing)|(?:rule|law|limit|policy|restriction) "
                         r"(?:\w+ ){0,3}(?:to prevent|preventing|against|on) (?:\w+ )?(?:overdoses?|packs?|pack "
                         r"sizes?))")
_SAFE_STORAGE = re.compile(r"\b(?:(?:keep|keeps|kept|store|stored|storing|lock|locked|locking|put) (?:\w+ ){0,2}"
                           r"(?:tablets|pills|medicines?|meds|medication|supplements|vitamins|them|it) (?:\w+ )?"
                           r"(?:locked (?:away|up)|out of (?:the )?(?:\w+ )?reach|in a (?:locked|high) \w+|up high|"
                           r"childproof)|keep (?:\w+ )?out of (?:the )?reach of (?:children|kids))\b"
                           r"(?! (?:from (?:me|myself)|so (?:that )?i))")
_TIMES = re.compile(r"\b(?:at this point|at that point|last (?:year|month|week|night|time))\b")
# Kept for the check: tablets gathered round a limit ("buying them from different shops to save them up").
_GATHERED = re.compile(r"\b(?:sav\w* (?:\w+ )?up|stock\w*|stash\w*|hoard\w*|collect\w*|different (?:shops|chemists|"
                       r"pharmacies|supermarkets)|all at once|at once|in one go|enough to)\b")


def states_an_ordinary_joke_rule_or_store(folded: str) -> bool:
    """Whether `folded` (a clause's matching form) holds one of the module docstring's phrases with nothing of a
    crisis left once it is taken out."""
    if _PAIN_WANTS.search(folded) and _LAUGH.search(folded):
        patterns: tuple[re.Pattern[str], ...] = (_PAIN_WANTS, _LAUGH)
    elif _SALE_LIMIT.search(folded):
        patterns = (_SALE_LIMIT,)
    elif _SAFE_STORAGE.search(folded):
        patterns = (_SAFE_STORAGE,)
    else:
        return False
    if _GATHERED.search(folded):
        return False
    for pattern in patterns:
        folded = pattern.sub(" ", folded)
    return not holds_crisis_word(_TIMES.sub(" ", folded))
