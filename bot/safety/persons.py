"""The person a question is about, told with an age: "my 15 year old son", "my son, 15,", "my daughter (13)",
"my husband aged 70", "a 10yo".

Two uses. The age decides the population (under 18: children; 65 and over: older people, the threshold
`bot.safety.populations` uses), whatever the words around it. And the dose and "is it safe?" patterns read
the question with each such phrase folded to its head noun ("how much iron should my 10 year old son have"
-> "how much iron should my son have"): those patterns allow a few words between the modal and the verb, and
an age plus a relative ("my 15 year old son", five words) used to run past them, so the question slipped past
both the dose notice and the referral (newcomer test, session 12; docs/SAFETY.md).

All matching is over the folded words of `bot.safety.matching` (lower case, punctuation dropped, so "my son,
15," reads "my son 15" and "15-year-old" reads "15 year old").
"""

from __future__ import annotations

import re

from bot.safety.matching import Folded

# People a question is asked for: family, carers' charges, a patient. Plural forms are rare with one age.
RELATIVE = (r"(?:son|daughter|boy|girl|lad|lass|kid|child|teen|teenager|baby|toddler|grandson|granddaughter|"
            r"grandchild|grandkid|nephew|niece|stepson|stepdaughter|step son|step daughter|brother|sister|"
            r"husband|hubby|wife|partner|mum|mom|mother|mam|ma|dad|father|papa|nan|nana|gran|granny|grandma|"
            r"grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie|aunty|uncle|patient|client|"
            r"friend|neighbour|neighbor|mother in law|father in law|in law|mil|fil)")
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
         if w != "_"}
_NUMBER = (r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?: (?:" + "|".join(list(_WORDS)[1:10]) + r"))?|"
           + "|".join(_WORDS) + r")")
_DESCRIBED = r"(?:(?:little|teenage|teen|young|eldest|oldest|youngest|elderly|old|adult|grown up) )?"
# "15 year old", "15 yr old", "15yo", "15 years of age", "8 month old" (under one year: age 0).
_OLD = r"(?: ?(?P<unit>year|yr|y|month|week)s? old| ?(?:yo|y o|yrs|yr)\b| years? of age)"
_NOT_AGE = (r"(?! ?(?:of|in|more|less|too|day|hundred|thousand|another|stone|st|kg|kgs|kilos?|lbs?|pounds|cm|ft|"
            r"feet|foot|inches|mg|mcg|ug|iu|units?|times|days|"
            r"hours|minutes|mins|percent|nmol|ng|pills|tablets|capsules|drops)\b)")
_PHRASES = tuple(re.compile(p) for p in (
    # "my 15 year old son", "a 10yo", "our 8 month old", "my 70 year old husband"
    r"\b(?P<det>my|our|his|her|their|your|a|an|the) " + _DESCRIBED + r"(?P<age>" + _NUMBER + r")" + _OLD
    + r"(?: " + _DESCRIBED + r"(?P<rel>" + RELATIVE + r")\b)?",
    # "my son who is 15", "my husband aged 70", "my wife is sixty seven"
    r"\b(?P<det>my|our) " + _DESCRIBED + r"(?P<rel>" + RELATIVE + r") (?:who is|who turned|who has just turned|"
    r"is|turned|just turned|aged|age|of) (?P<age>" + _NUMBER + r")\b" + _NOT_AGE + r"(?:" + _OLD + r")?",
    # "my son 15" ("my son, 15," / "my son (15)" in the matching form): digits only ("my son one day" is no age)
    r"\b(?P<det>my|our) " + _DESCRIBED + r"(?P<rel>" + RELATIVE + r") (?P<age>\d{1,3})\b" + _NOT_AGE
    + r"(?:" + _OLD + r")?",
    # "aged 15", "age 70", said of whoever the question is about
    r"\b(?:aged|age) (?P<age>" + _NUMBER + r")\b" + _NOT_AGE + r"(?:" + _OLD + r")?",
))

ADULT_AGE = 18          # under this: a child (NHS "Vitamins for children" covers up to the teens)
OLDER_AGE = 65          # this or more: an older person (the older_polypharmacy pattern's threshold)


def _value(number: str) -> int | None:
    if number.isdigit():
        return int(number)
    words = number.split()
    if words[0] in _TENS:
        return _TENS[words[0]] + (_WORDS[words[1]] if len(words) > 1 else 0)
    return _WORDS.get(number)


def ages(f: Folded) -> tuple[int, ...]:
    """Ages in years of the people a question tells of (0 for "8 month old"), in order; none when no person phrase
    carries an age. Ages over 120 are not read as ages."""
    found: list[tuple[int, int]] = []      # (offset, age); a phrase two patterns match counts once
    seen: list[range] = []
    for pattern in _PHRASES:
        for m in pattern.finditer(f.text):
            value = _value(m.group("age"))
            if value is None or value > 120 or any(m.start("age") in span for span in seen):
                continue
            seen.append(range(m.start(), m.end()))
            unit = m.groupdict().get("unit")
            found.append((m.start(), 0 if unit in ("month", "week") else value))
    return tuple(age for _, age in sorted(found))


def age_populations(f: Folded) -> tuple[str, ...]:
    """The populations the told ages place someone in: "child" under ADULT_AGE, "older_polypharmacy" from
    OLDER_AGE (bot.safety.populations names)."""
    told = ages(f)
    named = []
    if any(a < ADULT_AGE for a in told):
        named.append("child")
    if any(a >= OLDER_AGE for a in told):
        named.append("older_polypharmacy")
    return tuple(named)


def _head(m: re.Match[str]) -> str:
    groups = m.groupdict()
    if "det" not in groups:           # "aged 15": dropped
        return ""
    noun = groups.get("rel") or "person"
    return f"{groups['det']} {noun}"


def plain(f: Folded) -> Folded:
    """`f` with every person phrase that carries an age folded to its determiner and head noun ("my 15 year old
    son" -> "my son", "my son aged 15" -> "my son", "a 10yo" -> "a person", "aged 15" dropped)."""
    text = f.text
    for pattern in _PHRASES:
        text = pattern.sub(_head, text)
    if text == f.text:
        return f
    words = text.split()
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return Folded(" ".join(words), tuple(starts))
