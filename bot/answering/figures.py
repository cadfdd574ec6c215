"""Questions that ask for a figure (a rate, a share of people, odds, a duration, a cost, an outlook), and
whether the chosen quotes give any.

"What is the success rate of hip replacement surgery?" is not answered by sentences that describe the surgery.
When the question asks for a figure and no quoted sentence holds a number, a number word or a span of time,
the answer says so first (issue "Say only what the articles support": facts the articles lack are said to be
missing). The words are English question grammar, not knowledge of any article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# (how the statement names the figure, the question words that ask for it). How common or how often is not
# here: "very common" answers it without a figure.
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("{0} rates", r"\b(success|survival|failure|recovery|cure|death|mortality|complication) rates?\b"),
    ("how many people it affects", r"\bwhat (?:percent(?:age)?|proportion|fraction)\b|\bhow many (?:people|patients|"
                                   r"adults|children|of)\b"),
    ("the odds", r"\bhow likely\b|\b(?:odds|chances?) (?:of|that|are)\b"),
    ("how long it takes", r"\bhow long (?:does|do|will|would|is|until|before|for|till)\b|\bhow many (?:days|weeks|"
                          r"months|years) (?:\w+ )?(?:till|until|before|for|does|do|will|would|is|it)\b"),
    ("costs", r"\bhow much (?:does|do|will|would|is|are) (?:\w+ ){1,6}(?:cost|costs|priced)\b"
              r"|\bwhat (?:does|do|will) (?:\w+ ){1,3}cost\b"
              r"|\b(?:the|a) (?:price|cost) (?:of|for|to)\b|\bhow pricey\b"
              r"|\bhow expensive\b|\b(?:without|with|my|no|does) (?:health )?insurance\b|\binsurance (?:cover|pay)"
              # who pays: "does medicare pay for trientine?" (a newcomer's own articles never speak of money)
              r"|\b(?:medicare|medicaid|insurers?|health plan) (?:pay|pays|cover|covers)\b"
              r"|\bcovered by (?:medicare|medicaid|(?:my |health )?insurance)\b"),
    ("the outlook", r"\bprognosis\b|\blife expectancy\b"),
))
_NUMBER = (r"(?:(?<![a-z0-9])\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
           r"forty|fifty|hundred|thousand|million|dozen)")
# A number (not inside a name such as "B12"), a share, or a span of time with its quantity ("a few weeks").
_FIGURE = re.compile(rf"{_NUMBER}|\b(?:half|third|quarter|percent|per cent)\b|\b(?:{_NUMBER}|a few|several|a couple "
                     r"of|a|one) (?:days?|weeks?|months?|years?|hours?|minutes?)\b|\blifelong\b")


# An amount of money: a currency sign or word with a number.
_MONEY = re.compile(r"[$£€]\s?\d|\d[\d,.]*\s?(?:dollars?|pounds?|euros?|usd|gbp|eur)\b")


def asked_figure(question: str) -> str | None:
    """What figure `question` asks for, in words for "The articles don't cover …" ("success rates",
    "how long it takes"), or None."""
    lowered = question.casefold()
    for name, pattern in _ASKS:
        found = pattern.search(lowered)
        if found:
            return name.format(*found.groups())
    return None


def figure_pattern(question: str) -> re.Pattern[str] | None:
    """What a sentence must hold to give the figure `question` asks for: a span of time with its quantity for how
    long something takes ("within 3 to 6 months"), an amount of money for a cost, any figure otherwise; None when
    the question asks for no figure."""
    asked = asked_figure(question)
    if asked is None:
        return None
    return _SPAN if asked == "how long it takes" else _MONEY if asked == "costs" else _FIGURE


# A test result given with its unit ("my vitamin D came back at 15 ng/ml", "ferritin 9 ug/L").
_RESULT = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?) ?"
                     r"((?:ng|nmol|pmol|mmol|µg|μg|ug|mcg|mg|g|pg|iu|miu|u)/(?:ml|dl|l))\b")


def unread_result(question: str, quotes: Sequence[str]) -> tuple[str, ...]:
    """("what a result of 15 ng/ml means",) when `question` gives a test result with its unit and no quote
    uses that unit (so nothing quoted can say whether the value is low); () otherwise."""
    found = _RESULT.search(question.casefold())
    if found is None or any(found.group(2) in q.casefold() for q in quotes):
        return ()
    return (f"what a result of {found.group(1)} {found.group(2)} means",)


def missing_figure(question: str, quotes: Sequence[str], nearby: Sequence[str] = ()) -> tuple[str, ...]:
    """(the figure asked for,) when the question asks for one and neither a quote nor a `nearby` text (the
    retrieved passages: "The articles don't cover how long it takes" must not be said while the passage ranked
    below the quotes says "most recover within 3 to 6 months") holds one; () otherwise. A quote holds a figure when
    it has a number (not inside a name such as "B12"; "one" alone is too often not a number), a share ("half",
    "percent") or a span of time with its quantity ("a few weeks"); for how long something takes, only a span of
    time counts in a nearby text (any passage holds some number)."""
    asked = asked_figure(question)
    figure = _MONEY if asked == "costs" else _FIGURE     # "type 2 diabetes" holds a number, not a price
    if asked is None or any(figure.search(q.casefold()) for q in quotes):
        return ()
    if asked == "how long it takes" and any(_SPAN.search(text.casefold()) for text in nearby):
        return ()
    return (asked,)


_SPAN = re.compile(rf"\b(?:{_NUMBER}|a few|several|a couple of)(?: (?:to|or|-) {_NUMBER})? (?:days?|weeks?|months?|"
                   r"years?)\b")


# Words any article that speaks of money uses (stems as BM25 makes them: "costs" -> "cost").
_MONEY_WORDS = ("cost", "price", "insurance", "expensive", "afford", "fee", "dollar")


# Where to buy something: a shopping question, which articles that never speak of shops cannot answer.
_WHERE_TO_BUY = re.compile(r"\bwhere (?:can|do|should|could|would) (?:i|you|we|one) (?:\w+ )?(?:buy|order|purchase|"
                           r"get hold of|pick up)\b|\bwhere to (?:buy|order|purchase)\b|\bbest (?:place|shop|store|"
                           r"website|site) to (?:buy|order|get)\b")
_SHOP_WORDS = ("buy", "purchase", "shop", "store", "retailer", "supermarket")


def never_given(question: str, corpus_has: Callable[[str], bool]) -> str | None:
    """"costs" when `question` asks what something costs and the corpus never speaks of money at all, "where
    to buy it" when it asks where to buy something and the corpus never speaks of buying or shops
    (`corpus_has(word)`: whether some passage uses the word standing alone, not as a syllable of a
    pronunciation guide such as "to-MOG-rah-fee"): no part of the question can be answered.
    None otherwise. Other figures (rates, how long) may be answered in words ("most people recover"), so
    only the statement of `missing_figure` applies to them."""
    if asked_figure(question) == "costs" and not any(map(corpus_has, _MONEY_WORDS)):
        return "costs"
    if _WHERE_TO_BUY.search(question.casefold()) and not any(map(corpus_has, _SHOP_WORDS)):
        return "where to buy it"
    return None
