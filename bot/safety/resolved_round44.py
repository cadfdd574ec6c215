"""Red flags the message itself takes back (safety round forty-four, session 26), judged after the lexicon has
matched, like `bot.safety.resolved_round43` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- A fever told as over ("gave me a fever, gone now", "temperature back to normal") with the back pain of that
  illness told as eased too ("my back ached while I was ill but that's eased too"): the flag is a fever *with* back
  pain now (NHS "Back pain": a high temperature; G-care infection flags). Kept when the back still hurts, is worse,
  or anything says now, still, again or since a recent day (ConText, Harkema et al. 2009: historical mentions).
- An infection with fever and back pain told as long ago and treated ("once, ages ago, … sorted with antibiotics"),
  asked about to prevent it coming back: a history, not a present finding (ConText). Kept as above.
- Night pain told as a few days' change explained and over ("worse at night for a couple of days after I bought a
  new mattress. Back to normal since"): NICE CKS "Back pain - low" (night pain that persists, unrelenting). Kept
  with now, still, again, every night, weeks or months.
"""

from __future__ import annotations

import re

from bot.safety.resolved_round43 import _NOW, _PREVENTION

_FEVER_OVER = re.compile(r"\b(?:fever|temperature|temp)\b(?: \w+){0,6} (?:(?:is |has |s |has now |is now )?(?:gone|"
                         r"went|broke|broken|passed|cleared)(?: now| away| down)?|back to normal|normal again)\b")
_BACK_EASED = re.compile(r"\b(?:back|pain|ache|aches|aching|that|it|which)\b(?: \w+){0,3} (?:is |has |s |have )?"
                         r"(?:eased|settled|gone|cleared|better|fine|improved)(?: off| up| now| too| as well| since)*"
                         r"\b")
_LONG_AGO = re.compile(r"\b(?:ages|years|decades|a long time|long) ago\b|\bas a (?:child|kid|teenager|student)\b|"
                       r"\bin (?:19|20)\d\d\b")
_TREATED = re.compile(r"\b(?:sorted|treated|cleared|cured|fixed|resolved|got rid of it)\b(?: \w+){0,2}(?: with| by| "
                      r"after)? (?:antibiotics|a course|tablets|a drip|hospital|rest)\b|\b(?:sorted|cleared up|"
                      r"cured|resolved)\b")
_SHORT_SPELL = re.compile(r"\bfor (?:a|one|two|three|a couple of|a few) (?:days?|nights?)\b")
_NORMAL_AGAIN = re.compile(r"\b(?:back to normal|fine again|normal again|settled|gone|been fine|fine since|went away)"
                           r"\b")
_STILL_BAD = re.compile(r"\b(?:still|(?:getting|got|is|gets) worse|worse (?:now|and worse)|worsening|agony|every night|"
                        r"for (?:weeks|months)|keeps?|again)\b")
_OVER_WORDS = re.compile(r"\b(?:gone now|fine now|normal now|better now|eased now|ok now|okay now)\b")


def _nothing_now(folded: str) -> bool:
    rest = _NORMAL_AGAIN.sub(" ", _OVER_WORDS.sub(" ", _PREVENTION.sub(" ", folded)))
    return not _NOW.search(rest) and not _STILL_BAD.search(rest)


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name == "fever_with_back_pain":
        over = (_FEVER_OVER.search(folded) and _BACK_EASED.search(folded)) or (
            _LONG_AGO.search(folded) and _TREATED.search(folded))
        return bool(over) and _nothing_now(folded)
    if name == "night_or_rest_pain":
        return bool(_SHORT_SPELL.search(folded) and _NORMAL_AGAIN.search(folded)) and _nothing_now(folded)
    return False
