"""Clauses the learned English crisis check misread on an operator's insomnia page and on the back-pain articles
(session 34), set aside from it (`semantic.idiom_free`, one line), as `crisis_ordinary_newcomer33` does: the gate
read the message right (no red flag), and the learned check alone answered "i keep waking up at 3am every night",
"i keep waking up in the night" and "waking up too early, what can i do" with the helplines and no answer.

- Broken sleep told as a complaint: waking in the night, waking at an hour, waking too early, not getting back to
  sleep. These are the symptoms of insomnia the NHS page "Insomnia" lists ("wake up several times during the night",
  "wake up early and cannot go back to sleep"), a complaint a sleep site is built to answer. Early waking is also a
  sign of depression, which the low-mood notice and the crisis lexicon speak to when the message says more.

- A drink told by its measure: "i have a glass of wine most nights" (the support line and no answer), "two pints of
  beer at the weekend", "a cup of coffee every morning": an everyday habit, which the articles' pages on alcohol,
  caffeine and sleep speak to. The measure is a glass, cup, mug, pint, can or bottle of a drink named (not "a bottle
  of pills": a drink word must follow).

- A death of someone close told ("my nan passed away last month", "my dad died in march and i cant sleep"): the
  support line opened the reply before the condolence (a second newcomer, session 34); the condolence and where
  grief support is found are the reply's own (`mood.tells_bereavement`, NHS "Get help with grief after
  bereavement or loss").

Not set aside when a word of a crisis (`crisis_words.holds_crisis_word`) is left once the frame is taken out ("i keep
waking up at 3am wishing i was dead"), nor a wish not to wake, which the crisis lexicon reads ("i hope i don't wake
up"): the frame is waking *up*, *at* an hour, *in* the night or *too early*, never "not wake".
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word
from bot.safety.mood import BEREAVED

_HOUR = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o clock)?|(?:one|two|three|four|five|six) ?(?:am|o clock))"
_BROKEN_SLEEP = re.compile(
    r"\b(?<!not )(?<!never )(?<!dont )(?<!do not )(?:keep |kept |keeps |always |still |often )?"
    r"(?:wak(?:e|es|ing)|woke|woken)(?: up)?(?: (?:again|every night|each night|most nights|at night|"
    r"(?:in|during|through|thru|middle of) the (?:middle of the )?night|(?:at|around|about|by) " + _HOUR
    + r"|(?:too |really |very |so )?early(?: in the morning)?|(?:a )?(?:few|lot of|lots of|several|many) times|"
    r"all the time|with (?:a |my )?(?:back|neck|leg) (?:pain|ache)|and (?:cannot|cant|can not) "
    r"(?:get back to |go back to |fall back )?(?:sleep|asleep)))+"
    r"|\b(?:cannot|cant|can not|struggle to|struggling to) (?:get back to|go back to|fall back) ?(?:sleep|asleep)\b")


def tells_of_broken_sleep(folded: str) -> bool:
    """Whether the matching form `folded` of a unit tells of waking in the night, at an hour or too early (the module
    docstring's frame) with nothing of a crisis left once the frame is taken out."""
    if not _BROKEN_SLEEP.search(folded):
        return False
    return not holds_crisis_word(_BROKEN_SLEEP.sub(" ", folded))


_DRINK = re.compile(r"\b(?:a|an|one|two|three|four|five|a couple of|a few|\d{1,2}|half a|a large|a small|a big)\s+"
                    r"(?:large |small |big )?(?:glass|glasses|cup|cups|mug|mugs|pint|pints|can|cans|bottle|bottles|"
                    r"shot|shots|unit|units) of (?:\w+ )?(?:wine|beer|lager|cider|ale|whisky|whiskey|vodka|gin|rum|"
                    r"coffee|tea|milk|water|juice|cola|coke|squash|fizzy \w+|energy drink|hot chocolate|alcohol)\b")


def tells_of_a_drink(folded: str) -> bool:
    """Whether the matching form `folded` of a unit tells of a drink by its measure ("a glass of wine most nights":
    the module docstring's second frame) with nothing of a crisis left once the frame is taken out."""
    if not _DRINK.search(folded):
        return False
    return not holds_crisis_word(_DRINK.sub(" ", folded))


# When the death was: "last month" holds "last", a word of farewell to the crisis words.
_WHEN = re.compile(r"\b(?:last|this|that|the other) (?:week|month|year|night|weekend|spring|summer|autumn|fall|"
                   r"winter|christmas)\b|\b(?:\w+ )?(?:days?|weeks?|months?|years?) ago\b|\bin (?:january|february|"
                   r"march|april|may|june|july|august|september|october|november|december|the spring|the summer|"
                   r"the autumn|the winter)\b|\b(?:recently|yesterday|today|suddenly)\b")
# The writer telling what they want, feel or cannot do ("i want to be with her", "i cant sleep", "i dont see the
# point"): then the unit is not only a death told, and the learned check judges it. "will i get it?" asks a question.
_WRITER = re.compile(r"\b(?:i|im|we)\b(?: \w+){0,2} (?:want\w*|wanna|wish\w*|feel\w*|felt|cant|cannot|can not|"
                     r"dont|do not|just|miss\w*|hope\w*|need\w*|see no|am done|give up|going to|gonna|am not|"
                     r"have not|will not|would)\b")


def tells_of_a_death(folded: str) -> bool:
    """Whether the matching form `folded` of a unit tells of the death of someone close (the module docstring's third
    frame) and nothing else of the writer: once the frame and when it was are taken out, no word of a crisis and no
    wish, feeling or inability of the writer is left ("my nan passed away last month" is set aside; "my dad died in
    march and i cant sleep" and "my wife died and i want to be with her" are not: the writer speaks of themself)."""
    if not BEREAVED.search(folded):
        return False
    rest = _WHEN.sub(" ", BEREAVED.sub(" ", folded))
    return not holds_crisis_word(rest) and not _WRITER.search(rest)
