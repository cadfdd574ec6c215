"""Someone else's suicidal talk or self-harm, told by the writer: the crisis lexicon read in that person's own voice
(newcomer test, session 12).

"My friend says she wants to kill herself", "my son told me he's been cutting himself", "my husband keeps saying
everyone would be better off without him": the crisis lexicon is written in the first person (the writer's own
words), so these went unanswered. Rather than a second, third-person copy of every phrase, a clause whose subject is
a person the writer tells about is *transposed* into that person's voice ("she wants to kill herself" -> "i want to
kill myself") and judged by the same lexicon (`triage.py`). What a person would be in crisis for saying of
themselves, they are in crisis for when the writer reports it; what is an idiom in the first person ("my back is
killing me", "I'd kill for a coffee", "I'd rather die than eat liver") stays an idiom in the third.

The grammar, over the matching form (`bot.safety.matching`), clause by clause (a clause ends at , ; : "but", or
"and" before a new subject):

- the **subject** is a person: a relative, friend or other person word (`someone_else.PERSON`, "my best mate", "our
  son 16", "me mate") or he / she (they only when a person word is in the message);
- it opens the clause, after the writer's own framing ("i think", "i found out", "worried that", "and", "so"), or
  follows a **reporting verb** ("tom says she ...", "got a text saying he ..."); a first person of the writer's own
  before it ("i wish he was dead") leaves the clause the writer's;
- from the subject on, the subject becomes "i" and only the pronouns that **agree** with it become first person
  (he/him/his/himself for a husband, she/her/herself for a mother, any for a friend, they/them for "the kids"):
  "the kids would be better off without him" is the writer's opinion of someone, not a burden said of oneself;
  the verb after it agrees ("i wants" -> "i want", "i is been" -> "i have been");
- a clause told of a character in a story or a film (`bot.safety.fiction`) is left as it is.

`reported(text)` gives the transposed clauses ("told") and the writer's own clauses ("own") as two texts. Sources
for the notice that follows: NHS "Help for suicidal thoughts" (if you're worried about someone: if their life is at
risk call 999 or go to A&E; talk to them, listen), Samaritans "If you're worried about someone else" (asking
directly about suicide does not put the idea in their head; support for the person and for you); docs/SAFETY.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.crisis_resolved import PAST, PRESENT
from bot.safety.fiction import owned_story, story_mention
from bot.safety.matching import prepare
from bot.safety.someone_else import PERSON

_MALE = (r"(?:husband|hubby|dad|daddy|father|son|boyfriend|bf|grandad|granddad|grandpa|grandfather|brother|bro|uncle|"
         r"stepdad|fiance|nephew)")
_FEMALE = (r"(?:wife|mum|mom|mummy|mommy|mother|daughter|girlfriend|gf|grandma|granny|grandmother|gran|nan|nana|nanna|"
           r"sister|sis|aunt|auntie|stepmum|stepmom|fiancee|niece)")
# A person word: the relatives and others of `someone_else.PERSON`, with the family words typed short.
_WHO = (r"(?:" + PERSON + r"|" + _MALE + r"s?|" + _FEMALE + r"s?|teens?|\d+ ?(?:yo|y o|yr old|year old)s?)")
# The subject: "my best mate", "our son 16", "me mate" (dialect "my"), "flatmate", or a pronoun.
_SUBJECT = re.compile(r"\b(?:(?:my|our|me|a|the|this) (?:\w+ ){0,2}?)?(?P<who>" + _WHO + r")(?: (?:aged? )?\d+)?\b"
                      r"|\b(?P<pron>he|she|they|hes|shes|theyre|hed|shed(?= (?:rather|sooner|be|never|kill|want|like|"
                      r"just|not|have|go|end|do|die|said|told|been|tried|taken|take|wish|better)\b))\b")
# The writer's framing before the subject: fillers, and "i think / found out / am worried (that)".
_LEAD = re.compile(
    r"^(?:(?:and|so|but|also|plus|now|then|because|cos|coz|as|that|honestly|apparently|basically|lately|recently|"
    r"today|yesterday|tonight|last night|this (?:morning|week)|ok|okay|hi|hey|hello|um|well|please|help|sorry|"
    r"i (?:just |recently |also )?(?:think|thought|found out|find out|noticed|heard|know|knew|believe|suspect|reckon|"
    r"guess|fear|saw|learned|learnt|discovered|realised|realized|feel like|am (?:really |so |very )?(?:worried|"
    r"scared|afraid|concerned|terrified|frightened))|(?:really |so |very )?(?:worried|scared|afraid|concerned|"
    r"terrified) (?:that|about|for)) )*")
# "Tom says", "got a text from jess saying", "she told me that": a reporting verb just before the subject.
_REPORT = re.compile(r"\b(?:says?|said|saying|tells?|told|telling|texted|texts|messaged|posted|posts|wrote|writes|"
                     r"mentioned|admitted|confessed|reckons|thinks|screamed|cried|sobbed|whispered|shouted|keeps "
                     r"saying|kept saying)(?: (?:me|us|to me|to us|everyone|people))?(?: that)?$")
_FIRST = re.compile(r"\b(?:i|me|my|mine|myself)\b")
_SENTENCE = re.compile(r"[.!?\n]+")
_CLAUSE = re.compile(r"[,;:]+| but | and (?=(?:i|he|she|they|my|our|it|there|this|that|everything|nothing|life|"
                     r"no one|nobody|everyone|hes|shes) )")
_FORMS = {"m": {"he": "i", "him": "me", "his": "my", "himself": "myself", "hes": "i am", "hed": "i would"},
          "f": {"she": "i", "her": "me", "herself": "myself", "shes": "i am", "shed": "i would"},
          "p": {"they": "i", "them": "me", "their": "my", "theirs": "mine", "themselves": "myself",
                "themself": "myself", "theyre": "i am"}}
_WRITER = {"i": "you", "me": "you", "my": "your", "myself": "yourself", "mine": "yours"}
# "her" is "my" before a noun ("her life", "her arms") and "me" before these or at the end ("without her").
_NOT_NOUN = frozenset("to and or that if so but because as when again anymore any a an the up down off out in on at "
                      "with about for from alone too is was would will know feel".split())
_OBJECT_VERBS = frozenset("help helping helped let letting make making watch watching see seeing".split())
_IRREGULAR = {"is": "am", "has": "have", "does": "do", "goes": "go", "was": "was"}
_NOT_VERBS = frozenset("this its as us yes plus always sometimes perhaps thus less unless across".split())
_ADVERB = r"(?:(?:just|still|always|never|really|even|also|now|only|actually|literally|apparently|constantly) )?"
_AGREE = re.compile(r"\bi (" + _ADVERB + r")(\w+)\b")
_AND = re.compile(r"\band (\w+s) (?=(?:to|my|me|myself|about|on|of|at)\b)")
# "He's been", "she's given": "has", not "is", before a past participle.
_HAS = re.compile(r"\bi am (been|got|given|taken|gone|done|had|tried|started|stopped|written|saved|bought|made|left|"
                  r"decided|attempted)\b")


# Past times the crisis_resolved markers lack, for a relative's story ("tried to end his life last year", "in the
# 1970s"); an accidental double dose is the poisoning notice's, not a crisis.
_PAST_MORE = re.compile(r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|fall|christmas|time)|in the (?:\d{2}"
                        r"|\d{4})s|\d{4}s|before i was born|as a (?:teen\w*|kid|child)|(?:years|months) back)\b")
ACCIDENT = re.compile(r"\b(?:by mistake|by accident|accidental\w*|mixed up|forgot (?:i|he|she) had)\b")


@dataclass(frozen=True)
class Reported:
    """A message split by whose voice it is in: `told`, the clauses about someone else, transposed into their own
    voice; `own`, the writer's own clauses as written. Both are in the matching form, sentences joined by ". "."""

    told: str
    own: str
    clauses: tuple[str, ...]    # the transposed clauses, one by one
    # The transposed clauses of each voice, joined: the people told about ("he", "my wife") and, apart, a plural
    # subject ("the kids"), so that two people's words are never read as one person's warning signs.
    voices: tuple[str, ...] = ()


# Session 14: what keeps a told clause present although its reporting verb is past. A school year right after the
# subject describes the person now ("my friend in year 10" -> "i in year 10"), it sets no time; and a reported verb
# left in the present ("said she wants to die" -> "said i want to die") tells a state that still holds (reported
# speech not backshifted keeps its present reference: Quirk et al., A Comprehensive Grammar of the English
# Language, 1985, §14.32).
_DESCRIBED = re.compile(r"^i (?:in|from) (?:year|grade|form) \d+\b")
_REPORTED_PRESENT = re.compile(r"\b(?:said|told you|texted you|messaged you|wrote|admitted|sent you) (?:\w+ ){0,2}"
                               r"(?:that )?i (?:want|wanna|do not want|feel|have|need|wish|plan|mean)\b")


_YOUNG = re.compile(r"(?:toddlers?|infants?|newborns?)$")   # not "baby": also a partner


def told_as_past(clause: str) -> bool:
    """Whether a transposed clause is set in the past with nothing present in it ("i tried to end my life last year";
    not "i have been cutting again", not "i in year 10 ... said i want to die")."""
    clause = _DESCRIBED.sub("i", clause)
    return bool((PAST.search(clause) or _PAST_MORE.search(clause)) and not PRESENT.search(clause)
                and not _REPORTED_PRESENT.search(clause))


def _genders(who: str | None, pron: str | None) -> str:
    """Which pronoun sets agree with the subject: "m", "f", "p" (they), or all three for a friend, a partner."""
    if pron:
        return {"he": "m", "hes": "m", "hed": "m", "she": "f", "shes": "f", "shed": "f"}.get(pron, "p")
    if who.endswith("s") and re.fullmatch(_WHO, who[:-1]):   # "the kids", "my parents": they, them
        return "p"
    if re.fullmatch(_MALE, who):
        return "m"
    return "f" if re.fullmatch(_FEMALE, who) else "mfp"


def _verb(word: str) -> str:
    """The first-person form of a verb that followed a third-person subject: "wants" -> "want", "tries" -> "try"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in _NOT_VERBS or len(word) < 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "xes", "zes", "sses", "oes")):
        return word[:-2]
    return word[:-1]


def _transpose(rest: str, genders: str) -> str:
    """`rest` (the clause from just after its subject) with the agreeing pronouns in the first person and the
    writer's own in the second."""
    words = rest.split()
    out = []
    for i, w in enumerate(words):
        # The writer, seen from the person told about: "she is going to end it with me" -> "... with you".
        form = _WRITER.get(w) or next((_FORMS[g][w] for g in genders if w in _FORMS[g]), None)
        if w == "her" and "f" in genders:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1] if i else ""
            # After a verb that takes an object and a bare verb ("help her end it", "let her die"): the object.
            form = "me" if not nxt or nxt in _NOT_NOUN or before in _OBJECT_VERBS else "my"
        out.append(form or w)
    return " ".join(out)


def _agree(text: str) -> str:
    """Verbs agreeing with the new subject: after "i" and after "and" with the subject left out ("... and wants
    to disappear"); "i am been" (from "he's been") is "i have been"."""
    text = _AGREE.sub(lambda m: f"i {m.group(1)}{_verb(m.group(2))}", text)
    text = _AND.sub(lambda m: f"and {_verb(m.group(1))} ", text)
    return _HAS.sub(r"i have \1", text)


def _subject(clause: str, plural_ok: bool) -> re.Match[str] | None:
    """The clause's subject when it is a person told about (see the module docstring), else None. A toddler or an
    infant is never read in the writer's voice: what they swallow is an accident (the poisoning notice)."""
    for m in _SUBJECT.finditer(clause):
        if _YOUNG.match(m.group("who") or ""):
            return None
        if m.group("pron") in ("they", "theyre") and not plural_ok:
            continue
        before = _LEAD.sub("", clause[:m.start()]).strip()
        if not before:
            return m
        if _REPORT.search(before) and not _FIRST.search(_REPORT.sub("", before)):
            return m
        return None
    return None


def reported(text: str) -> Reported | None:
    """The message split into someone else's clauses (transposed) and the writer's own; None when no clause has a
    person told about as its subject. `text` is the normalised message (display form)."""
    whole = prepare(text).text
    plural_ok = bool(re.search(r"\b" + _WHO + r"\b", whole))
    owned = owned_story(whole)
    told_sentences, own_sentences, clauses, voices = [], [], [], {"s": [], "p": []}
    for sentence in _SENTENCE.split(text):
        told, own = [], []
        for part in _CLAUSE.split(f" {sentence} "):
            clause = prepare(part).text
            if not clause:
                continue
            m = _subject(clause, plural_ok)
            if m is None or (not owned and story_mention(part, clause, m.start(), m.end())):
                own.append(clause)
                continue
            genders = _genders(m.group("who"), m.group("pron"))
            subject = _FORMS[genders[0]].get(m.group("pron") or "", "i")   # "he's" -> "i am", "he'd" -> "i would"
            told.append(_agree(clause[:m.start()] + subject + " " + _transpose(clause[m.end():], genders)))
            clauses.append(told[-1])
            voices["p" if genders == "p" else "s"].append(told[-1])
        told_sentences.append(", ".join(told))
        own_sentences.append(", ".join(own))
    if not clauses:
        return None
    return Reported(". ".join(s for s in told_sentences if s), ". ".join(s for s in own_sentences if s),
                    tuple(clauses), tuple(", ".join(v) for v in voices.values() if v))


# Session 24 (round forty-two): self-harm marks a parent or friend finds on someone's body ("found fresh cuts on my
# daughter's thighs"): NHS "Self-harm" (signs in someone else: unexplained cuts, burns or scratches, often on the
# wrists, arms, thighs and chest). Not old scars, not a pet, thorns, a fall, sport or shaving named in the message.
_MARKS = re.compile(r"\b(?:found|find|noticed|notice|saw|seen|spotted|discovered) (?:some |fresh |new |more |deep |"
                    r"lots of |loads of |several )*(?:cuts|cut marks|scratches|slashes|burns|burn marks|razor cuts) "
                    r"(?:\w+ ){0,2}(?:on|across|all over|up) (?:my|our) (?:\w+ ){0,4}?" + PERSON
                    + r"s? (?:s )?(?:\w+ )?(?:arms?|forearms?|wrists?|thighs?|legs?|stomach|tummy|hips?|chest)\b")
_MARKS_EXPLAINED = re.compile(r"\b(?:cats?|kittens?|dogs?|puppy|brambles?|thorns?|roses?|fell|fall|bike|football|"
                              r"rugby|hockey|shaving|climbing|barbed wire|hamster|rabbit|scars?)\b")


def marks_found(folded: str) -> bool:
    """Whether `folded` tells of fresh self-harm marks found on someone the writer names (session 24)."""
    return bool(_MARKS.search(folded)) and not _MARKS_EXPLAINED.search(folded)

