"""Red flags the message itself takes back (safety round forty-nine, session 30), judged after the lexicon has
matched, like `bot.safety.resolved_round48` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- Skipped or fluttering beats with caffeine named and told as brief ("the odd skipped beat after my third espresso,
  settles within a minute"): NHS "Heart palpitations" (often harmless; caffeine is a common trigger; see a GP if they
  last a long time or keep getting worse). Round 47 (`resolved_round47`) took them back only with a heart test told
  normal; a passing told in seconds or a minute is the other half. Kept with `resolved_round47._HEART_KEPT` (chest
  pain, fainting, dizziness, breathlessness, a supplement started, getting worse, every day, hours).
- One faint long ago at the sight of a needle or blood ("I fainted once at a blood test years ago when I saw the
  needle"): a vasovagal faint (NHS "Fainting": common causes include the sight of blood or needles), told as history.
  Kept with a faint now or lately ("again", "last week", "since", "keep fainting"), breathlessness, chest pain,
  palpitations or heavy periods.
- The mouth or lips tingling on eating a raw fruit, told as lifelong or with swelling denied ("my mouth tingles when I
  eat pineapple, always has, no swelling"): oral allergy syndrome or the fruit's own enzyme (NHS "Food allergy": an
  itchy or tingling mouth after raw fruit; pineapple bromelain), not the low-calcium sign the concept is for (NHS
  "Hypocalcaemia"). Kept with swelling not denied, the throat, breathing, hives, a rash, cramps, spasms, twitching,
  numb or tingling hands or fingers.
- A near fall, caught before it happened ("almost slipped off the step ladder but caught myself", "nearly fell down
  the stairs but grabbed the rail"): no fall took place (reference §2.2 names a fall from a height, not one avoided).
  Kept with a fall or landing told after the catch, a blow to the head, "can't walk / stand", numbness, weakness,
  bladder or bowel signs, fragile bones (osteoporosis, steroids).
- An accident told as years ago in the abbreviation of notes ("in a car crash 6 yrs ago … fine ever since"):
  `lexicon.OLD_INJURY` reads "years ago" but not "yrs ago"; the same long-over injury, with the back told fine or
  recovered since. Kept with anything new ("now", "again", "this week", "since yesterday") and the same signs as the
  near fall.
"""

from __future__ import annotations

import re

from bot.safety.resolved_round47 import _HEART_KEPT, _TRIGGER

_BRIEF = re.compile(r"\b(?:settles?|settled|settling|passes|passed|goes|went|stops?|stopped|gone|over|fine|lasts?|"
                    r"lasted|only lasts) (?:\w+ ){0,2}(?:within|in|after|for) (?:about |only |just )?(?:a|one|a few|"
                    r"few|a couple of|\d+) (?:seconds?|secs?|minutes?|mins?|moments?)\b|(?:for|lasts?|lasted) (?:just "
                    r")?(?:a|one) (?:second|split second|moment|beat)\b")

_VASOVAGAL = re.compile(r"\b(?:needles?|blood tests?|blood (?:test|draw|donation)|giving blood|injections?|jabs?|"
                        r"vaccin\w*|the sight of blood|saw (?:the )?blood|having blood taken|ear piercing|"
                        r"(?:my )?bloods (?:done|taken))\b")
_LONG_AGO = re.compile(r"\b(?:(?:\w+ )?years? ago|as a (?:child|kid|teenager|teen|student)|when i was (?:a |younger|"
                       r"little|\d+)|at school|in my (?:teens|twenties))\b")
_FAINT_KEPT = re.compile(r"\b(?:again|lately|recently|last (?:week|night|month)|yesterday|today|this "
                         r"(?:week|morning)|since|keep (?:fainting|passing out)|kept fainting|breath\w*|chest|"
                         r"palpitat\w*|heart (?:\w+ )?(?:racing|pounding)|heavy periods?|flooding|collaps\w*)\b")
_FAINTING = frozenset({"anaemia_alarm", "faint_with_back_pain", "palpitations_with_faint", "collapse"})

_FRUIT = re.compile(r"\b(?:eat|eating|ate|have|having|had|bite into|biting into) (?:\w+ ){0,3}(?:pineapple|kiwis?|"
                    r"kiwi fruit|apples?|peach(?:es)?|cherr(?:y|ies)|plums?|pears?|melon|mango(?:es)?|tomato(?:es)?|"
                    r"raw (?:fruit|carrots?|veg\w*)|strawberr(?:y|ies)|citrus|oranges?|grapefruit)\b")
_LIFELONG = re.compile(r"\b(?:always (?:has|have|does|do|did|had)|always been (?:like (?:that|this)|the case)|"
                       r"for years|since (?:i was|childhood)|every time|ever since)\b|\bno (?:swelling|swollen)")
_MOUTH_KEPT = re.compile(r"\b(?:(?<!no )swell\w*|(?<!no )swollen|throat|breath\w*|wheez\w*|hives|rash|cramp\w*|"
                         r"spasm\w*|twitch\w*|claw\w*|(?:hands?|fingers?|feet|toes) (?:\w+ )?(?:tingl\w*|numb\w*)|"
                         r"dizz\w*|faint\w*|vomit\w*)\b")

_CAUGHT = re.compile(r"\b(?:almost|nearly|very nearly|just about) (?:\w+ )?(?:slipped|fell|fallen|tripped|came off|"
                     r"went over|lost my footing|toppled) (?:\w+ ){0,10}?(?:but|and|then|until) (?:i )?(?:caught "
                     r"myself|grabbed|steadied myself|managed (?:not to fall|to stay|to catch)|did not (?:fall|go "
                     r"down)|stayed (?:on|up)|held on|kept my (?:balance|footing)|regained my (?:balance|footing)|"
                     r"saved myself)\b")
_FALL_KEPT = re.compile(r"\b(?:then fell|still fell|fell anyway|landed|hit my (?:head|back)|banged my head|cannot "
                        r"(?:walk|stand|move|get up)|numb\w*|tingl\w*|weak\w*|bladder|bowel|incontinen\w*|wet myself|"
                        r"osteopor\w*|steroids?|prednisolone|brittle)\b")

_YRS_AGO = re.compile(r"\b(?:\d+|a few|few|a couple of|several|many) (?:yrs?|yr s) (?:ago|back)\b")
_FINE_SINCE = re.compile(r"\b(?:fine|ok|okay|good|no (?:problems?|trouble|issues)|recovered|healed) (?:\w+ ){0,2}"
                         r"(?:ever since|since then|since)\b|\b(?:fully )?(?:recovered|healed)\b")
_NEW_NOW = re.compile(r"\b(?:now|again|this (?:week|morning)|today|yesterday|last (?:night|week)|since yesterday|"
                      r"flared|came back|come back)\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in ("heart_rhythm", "palpitations_with_faint") and _TRIGGER.search(folded) and _BRIEF.search(folded):
        return not _HEART_KEPT.search(_BRIEF.sub(" ", folded))
    if name in _FAINTING and _VASOVAGAL.search(folded) and _LONG_AGO.search(folded):
        return not _FAINT_KEPT.search(folded)
    if name == "perioral_tingling" and _FRUIT.search(folded) and _LIFELONG.search(folded):
        return not _MOUTH_KEPT.search(folded)
    if name == "significant_trauma" and _YRS_AGO.search(folded) and _FINE_SINCE.search(folded):
        return not (_NEW_NOW.search(folded) or _FALL_KEPT.search(folded))
    return bool(name == "significant_trauma" and _CAUGHT.search(folded) and not _FALL_KEPT.search(folded))
