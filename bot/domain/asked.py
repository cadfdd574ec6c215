"""What a question asks about, when its grammar names it: the remedy in "Can X help Y?", the thing in "Is it safe
to eat X?", both sides of "X vs Y", the place in "which clinic in X", the product in "what's the best X for Y".
When that asked-about thing is made only of words the articles never use, nothing in them can answer the
question: "Can tart cherry juice get rid of gout?" on a site with a gout article, "Is Synthroid better than
Levoxyl?", "What's the best mattress for a bad back?".

The vocabulary (bot/ingest/data/concepts.tsv) knows hundreds of health concepts but not every food, brand,
product or place; this catches those from the corpus itself: a word is known when its BM25 stem occurs in
some passage, or a stem of the corpus is a close spelling of it (a typo). The slots are English question
grammar, not knowledge of any article; general words ("pills", "supplements", "foods", "best") never decide.
Measured on every seen question set (docs/EVALUATION.md): no in-scope question of the development, blind,
fresh or operator sets has an unknown asked-about thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.domain.corpus_words import CorpusWords
from bot.domain.focus import FOCUS_SLOTS as _FOCUS_SLOTS
from bot.domain.rarity import is_rare

# Where the asked-about thing sits: matched on the case-folded question; named groups are slots. Patterns with
# two slots are comparisons: only when no side is answerable is the question out of scope (one unknown side is
# said, and the other answered: bot.answering.comparison).
_COMPARATIVE = (r"(?:better|worse|safer|easier|gentler|kinder|harder|stronger|weaker|healthier|cheaper|faster|"
                r"quicker|(?:more|less) \w+)")
_SLOTS = tuple(re.compile(p) for p in (
    # "is X better than Y", "is X easier on the stomach than Y"
    r"^(?:so |and |but |also |ok |okay )?(?:is|are|would|will|does|do)\s+(?:taking |using |having )?(?P<x>.+?)\s+"
    rf"(?:any |much |a lot |far )?{_COMPARATIVE}\s+(?:on (?:\w+ ){{0,3}})?than\s+"
    r"(?P<y>[^,.?!]+?)(?= for | to | at |[,.?!]|$)",
    # "can/does/is X help/treat/cure/… Y", "is X a safe alternative …"
    r"^(?:so |and |but |also |ok |okay )?(?:can|could|does|do|will|would|should|might|is|are)\s+"
    r"(?:taking |eating |drinking |using |having |trying )?(?P<x>.+?)\s+(?:really |actually |ever |even |also )?"
    r"(?:help|helps|helping|treat|cure|fix|relieve|ease|improve|prevent|stop|reduce|get rid of|work|works|dissolve|"
    r"dissolves|shrink|flush|flush out|clear|clear up|reverse|heal|melt|break up|"
    r"a safe|a good|an alternative|a substitute|"
    # an adjective is the predicate only at the end or before what it is good or bad for ("bad chronic pain" is not)
    r"(?:good|bad|safe|worth(?: it)?)(?= for| to| with| if| when| idea| or not|[,.?!]|$))\b",
    # "should I eat X", "is it safe to take X"
    r"\b(?:should i|can i|could i|is it (?:safe|ok|okay|good|bad|fine|wise) to|is it (?:safe|ok|okay|fine) if i)\s+"
    r"(?:be |start |try |keep )?(?:eat|eating|drink|drinking|take|taking|try|trying|use|using|have|having|avoid|"
    r"avoiding|cut out|give up|switch to|start)\s+(?P<x>[^,.?!]+?)"
    # the thing ends where the condition or the reason starts ("coffee if I have hemochromatosis"), or where what
    # it would replace starts ("berberine instead of metformin")
    r"(?= if | when | while | because | since | with my | for my | as i | instead of | rather than |[,.?!]|$)",
    # "is X or Y better (for Z)", "X or Y, which is better", "which is better, X or Y"
    rf"^(?:so |and |but |ok |okay )?(?:is|are|would|will|does|do) (?P<x>[^,.?!]+?) or (?P<y>[^,.?!]+?)\s+"
    rf"(?:helps? |works? )?{_COMPARATIVE}\b",
    rf"^(?:so |and |but |ok |okay )?(?P<x>[^,.?!]+?) or (?P<y>[^,.?!]+?),? (?:which|what'?s|whats|what is)\s+"
    rf"(?:one |one's |ones |is |would be |works )?(?:the )?{_COMPARATIVE}\b",
    rf"\b(?:which|what)(?: one)?(?: is|'s|s| would be| works)? {_COMPARATIVE}(?:(?: for| on| to) [^,.?!:]+?)?"
    r"\s*[,:-]?\s+(?P<x>[^,.?!:]+?) or (?P<y>[^,.?!]+)",
    # "X vs Y", "X compared with Y", "the difference between X and Y", "tell X apart from Y"
    # (a side ends where an unpunctuated question clause starts: "day vs at night whats the difference")
    r"(?P<x>[^,.?!]+?)\s+(?:vs\.?|versus|compared to|compared with)\s+(?P<y>[^,.?!]+?)"
    r"(?=\s+(?:what|whats|what's|which|how|why|is it|are they)\b|\s*[,.?!]|\s*$)",
    r"\bdifference between (?P<x>[^,.?!]+?) and (?P<y>[^,.?!]+)",
    r"\btell (?P<x>[^,.?!]+?) apart from (?P<y>[^,.?!]+)",
    # "which hospital in X", "a clinic near X": a place
    r"\b(?:hospitals?|clinics?|doctors?|specialists?|surgeons?|physio\w*|chiropractors?|practitioners?)\s+"
    r"(?:in|near|around)\s+(?P<x>[a-z]+(?: [a-z]+)?)",
    # "what's the best X for Y", "recommend a good X"
    r"\b(?:best|recommend(?: me)?(?: a| an| some)?(?: good)?)\s+(?P<x>[a-z]+(?: [a-z]+)?)\s+(?:for|to|in|near|that)\b",
    # "what kind of X is best", "which type of X should I get", "which X is best"
    r"\b(?:what|which) (?:kind|type|sort|brand|make) of (?P<x>[a-z]+(?: [a-z]+)?) (?:is|are|would|should|do|does)\b",
    r"\bwhich (?P<x>[a-z]+(?: [a-z]+)?) (?:is|are|would be) (?:the )?(?:best|better|good)\b",
    # "what about X?", "how about X": a new thing in the same kind of question
    r"^(?:and |so |ok |okay )?(?:what|how) about (?P<x>[^,.?!]+)",
    # "how many people … end up needing X"
    r"\bend up (?:needing|in|with|on|using) (?:a |an )?(?P<x>[a-z]+(?: [a-z]+)?)",
))

# Words that say how or how much rather than what, and verbs of wanting or getting: never an asked-about thing.
GENERAL_WORDS = frozenset("""
pill pills tablet tablets supplement supplements gummy gummies capsule capsules drop drops spray sprays shot shots
injection injections dose doses food foods diet diets stuff thing things extra more daily natural remedy remedies
home best good bad safe safer better worse help helps taking take eating eat drinking drink using use having have
some any kind kinds type types sort sorts form forms high low level levels amount amounts lot lots really actually
also just even still much many every each other another something anything everything someone anyone people person
body whole same different right wrong okay fine brand brands option options product products way ways want need get
got catch
""".split())
# Who a question is for ("what about for my dad?"): never the thing asked about, whether or not the articles use it.
PEOPLE_WORDS = frozenset("""
dad dads mum mums mom moms mother father parent parents son sons daughter daughters wife husband partner kid kids
child children baby babies toddler teen teens teenager grandma grandmother grandad granddad grandpa grandfather nan
nana gran granny friend friends brother sister uncle aunt auntie boyfriend girlfriend family
""".split())
STOP_WORDS = frozenset("""
a an the and or but if of to in on at for with from by about as into like than then so that this these those it
its is are was were be been being am do does did doing can could will would should might may must shall i me my
mine you your he him his she her we us our they them their what which who whom whose when where why how not no
yes too very has had
""".split())
_WORD = re.compile(r"[a-z]+")
_DEGREE = frozenset("any much really actually very that so even ever also".split())


def asked_slots(question: str, slots: Sequence[re.Pattern[str]] = _SLOTS) -> list[tuple[str, ...]]:
    """The phrases `question` asks about by its grammar, one group per matching pattern of `slots` (a comparison's
    group holds its sides), lower case, in pattern order; [] when none."""
    lowered = question.casefold().strip()
    out: list[tuple[str, ...]] = []
    for pattern in slots:
        found = pattern.search(lowered)
        if found:
            sides = tuple(trimmed for value in found.groupdict().values() if value and (trimmed := _trim(value)))
            if sides:
                out.append(sides)
    return out




def unknown_asked(question: str, known: CorpusWords, is_covered: Callable[[str], bool]) -> tuple[str, ...]:
    """The asked-about phrases of `question` that the articles cannot speak to: no covered concept or topic in
    them (`is_covered(phrase)`), and at least one content word (three letters or more, not a stop word or a
    general word) that the corpus never uses. A comparison counts only when every side is such a phrase.
    () when the question names none, or something it asks about is answerable."""
    out: list[str] = []
    for sides in asked_slots(question):
        if len(sides) == 1:
            unknown = [p for p in sides if not is_covered(p) and _has_unknown_word(p, known)]
        else:   # "X vs Y or Z": each of X, Y, Z; a brand next to a covered word ("armour thyroid") is still unknown
            options = _options(sides)
            unknown = [o for o in options if _has_unknown_word(o, known)]
            sides = tuple(options)
        if len(unknown) == len(sides):
            out += unknown
    for (phrase, *_) in asked_slots(question, _FOCUS_SLOTS):
        if not is_covered(phrase) and _has_unknown_word(phrase, known, rare_only=True):
            out.append(phrase)
    # Two slots may catch the same thing with a word more ("acupuncture or chiropractor" and "acupuncture or
    # chiropractor help"): the shorter one names it.
    out = list(dict.fromkeys(out))
    return tuple(p for p in out if not any(q != p and re.search(rf"\b{re.escape(q)}\b", p) for q in out))


# A named condition, procedure or test: one or two words before a medical head noun ("psoriatic arthritis", "ramsay
# hunt syndrome", "vena cava filter"). General English medical head nouns, not words of any article.
_NAMED = re.compile(r"\b((?:[a-z]{3,}(?:-[a-z]+)* ){1,2})(syndrome|disease|disorder|arthritis|degeneration|"
                    r"insufficiency|palsy|filter|surgery|replacement|infection|cancer|tumou?r|virus|vaccine|procedure|operation|implant|"
                    r"stent|shunt|scan|test)\b")


def unknown_named(question: str, known: CorpusWords,
                  is_named: Callable[[str], bool]) -> tuple[tuple[int, int, str], ...]:
    """Named conditions, procedures and tests in `question` (lower case) that the articles cannot speak to: a word
    before the head noun is a content word the corpus never uses ("psoriatic arthritis"; "knee arthritis" is
    known when the articles use "knee"), and the phrase is no concept of the health vocabulary (`is_named`:
    those have their own coverage). (start, end, phrase) each, in order; () when none."""
    out = []
    for found in _NAMED.finditer(question):
        modifiers = [w for w in found.group(1).split() if w not in STOP_WORDS and w not in GENERAL_WORDS]
        phrase = " ".join([*modifiers, found.group(2)])
        if modifiers and _has_unknown_word(" ".join(modifiers), known) and not is_named(phrase):
            start = found.start() + found.group(1).index(modifiers[0])
            out.append((start, found.end(), phrase))
    return tuple(out)


def unknown_sides(question: str, known: CorpusWords, is_covered: Callable[[str], bool]) -> tuple[str, ...]:
    """The sides of a comparison in `question` that the articles cannot speak to, when another side is answerable
    ("is ropinirole better than other Parkinson's pills?"): said up front, the rest answered. () otherwise."""
    out: list[str] = []
    for sides in asked_slots(question):
        options = _options(sides)
        if len(sides) < 2:
            continue
        unknown = [o for o in options if not is_covered(o) and _has_unknown_word(o, known)]
        if 0 < len(unknown) < len(options):
            out += unknown
    return tuple(dict.fromkeys(out))


def _options(sides: Sequence[str]) -> list[str]:  # each thing compared: "X vs Y or Z" is X, Y and Z
    return [o for side in sides for o in re.split(r" or |, ", side) if o.strip()]


def _has_unknown_word(phrase: str, known: CorpusWords, rare_only: bool = False) -> bool:
    """Whether a content word of `phrase` (three letters or more, not a stop or general word) is not in `known`
    (and, with `rare_only`, is rare in English: bot.domain.rarity)."""
    return any(w not in known and (not rare_only or is_rare(w)) for w in _WORD.findall(phrase)
               if len(w) >= 3 and w not in STOP_WORDS and w not in GENERAL_WORDS and w not in PEOPLE_WORDS)


def _trim(phrase: str) -> str:   # without leading or trailing stop words: "a goat milk" → "goat milk"
    # nor a trailing word of degree ("is acupuncture any good": "acupuncture", not "acupuncture any"; session 27)
    words = phrase.split()
    start = next((i for i, w in enumerate(words) if w not in STOP_WORDS), len(words))
    end = next((i for i in range(len(words), start, -1) if words[i - 1] not in STOP_WORDS | _DEGREE), start)
    return " ".join(words[start:end])
