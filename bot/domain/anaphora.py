"""What a pro-form in a message points to: an earlier turn of the conversation, or something the message itself
names first.

A message continues the conversation only when its pro-form ("it", "that", "they") has no antecedent of its own:
"which foods have it?" after a vitamin question does; "my daughter has eczema, which cream works best for it?"
does not — "it" is the eczema, named earlier in the same message (the nearest preceding noun phrase is the usual
antecedent). A message that announces a change of subject ("different question:", "unrelated, but…") continues
nothing either."""

from __future__ import annotations

import re

from bot.domain.asked import GENERAL_WORDS, STOP_WORDS
from bot.domain.question_kinds import classify_intent
from bot.domain.vocabulary import Topic
from bot.ingest.concepts import health_vocabulary

# A pro-form that refers back to something said before ("where do I get it from?", "how does that happen"). Not
# the empty "it" of "what time is it" or "is it safe to…", which refers to nothing.
_REFERRING = re.compile(r"\b(it|that|this|those|these|them|they)\b")
# "and my car, how do I fix that?": a noun phrase put first, then picked up by the pro-form in the same message.
_DISLOCATED = re.compile(r"^(?:(?:and|but|also|what about|how about)\s+)?(?:my|your|his|her|our|their|the|a|an)\s+"
                         r"\w+(?:\s+\w+)?\s*,")
_EMPTY_IT = re.compile(r"\bwhat time is it\b|\b(?:is|was|will|would) it (?:\w+ )?(?:to|if|that)\b"
                       r"|\bit(?:'s| is) \w+ to\b"
                       # relative "that" after a noun: "a rash near my eye that is blistering" (a newcomer, session 33)
                       r"|\b(?!(?:is|was|are|were|do|does|did|about|of|with|for|to|on|in|from|like|and|but|so|if|how|"
                       r"what|why|when|where|can|could|would|should|will|cause[sd]?|means?|meant|at|by|all|just|after|"
                       r"before|than|be|been|stop|fix|treat|help|get|got|take|try|know|think|said|say|read|heard|see|"
                       r"hear|makes?|made|mean|hope)\b)[a-z]{3,} that (?=(?:is|are|was|were|has|have|had|keeps|kept|"
                       r"came|comes|started|starts|goes|went|looks|feels|hurts|spreads|spread|appeared|showed|won't|"
                       r"will not|never|always|just)\b)")
# Discourse markers that announce a new subject: what follows them is no follow-up, whatever pro-forms it holds.
_NEW_SUBJECT = re.compile(r"\b(?:(?:a |on a )?(?:different|separate|unrelated|new) (?:thing|question|q|qn|topic|"
                          r"subject|note|matter)|unrelated(?: question)?\s*[,:;-]|chang(?:e|ing) (?:of |the )?subject|"
                          r"off[- ]topic)\b")
# What a pro-form in the same message stands for: a condition named before it ("my daughter has eczema…, which
# cream works best for it?"). Not a medicine, test or supplement: "I'm on metformin, does that affect it?" still
# asks about the earlier nutrient (with tests and procedures too, an unread check set lost a follow-up), nor people
# and habits ("I'm pregnant, can I take it?").
_ANTECEDENT_KINDS = frozenset({"condition"})


# What a question says of a subject it does not name: how it is ("is that reversible?", "is it serious?") or what
# to do about it ("how do I fix it?", "so what should I do then?"). English predicates, not any article's words.
_PREDICATES = frozenset("""
serious dangerous worse worst normal common rare reversible permanent curable treatable preventable contagious
hereditary genetic painful harmful possible likely true fixable temporary chronic fix cure treat reverse prevent stop
happen last start go away get rid improve heal recover test check diagnose need know mean cause feel tell see worry
else then ok okay apart besides except otherwise anyway there here now long often why really sure come tho though
never ever always still just even also much enough
""".split())
# Pro-nouns that stand for a thing named before ("which ones?", "the second one"), as "it" does.
_PRO_NOUNS = frozenset({"one", "ones"})
# A yes/no question whose subject is the earlier thing ("does it run in families?", "is that serious?", "can it
# come back?") asks about it as plainly as "how is it treated?" does (a newcomer's follow-ups were refused, session
# 27); "can you translate that?" and "tell me a joke about it" have another subject.
_PRONOUN_SUBJECT = re.compile(r"^(?:(?:and|so|but|ok|okay|also|then|hmm|oh)\W+)*(?:does|do|did|is|was|are|were|can|"
                              r"could|will|would|should|might|may|has|have)\s+(?:it|that|this|they|these|those)\b")
_WORD = re.compile(r"[a-z]+")


def says_nothing_new(question: str) -> bool:
    """Whether `question` holds no word of its own beyond grammar, pro-forms and predicates ("so what should I do
    then?", "is that reversible?", "how do I fix it?", "which ones tho?"): it can only be about what was said
    before. A message naming anything ("tell me a joke", "how do I fix my car?", "what time is it") does not qualify."""
    words = _WORD.findall(question.casefold())
    return bool(words) and all(w in STOP_WORDS or w in GENERAL_WORDS or w in _PREDICATES or w in _PRO_NOUNS
                               for w in words)


def refers_back(question: str) -> bool:
    """Whether `question` holds a pro-form that points back to an earlier turn ("where do I get it from?"), not
    the empty "it" of "what time is it?" or "is it safe to dye my hair?", nor one whose antecedent the message
    itself puts first ("and my car, how do I fix that?")."""
    lowered = question.casefold().strip()
    return not _DISLOCATED.match(lowered) and bool(_REFERRING.search(_EMPTY_IT.sub(" ", lowered)))


def asks_back(question: str) -> bool:
    """Whether `question` asks a kind of question the articles answer (foods, causes, treatment…, not "general"
    or a bare yes/no) of something an earlier turn named: "where do I get it from?" does; "tell me a joke about
    it" and "can you translate that?" refer back too, but ask for nothing of the kind."""
    lowered = question.casefold().strip()
    return refers_back(question) and (classify_intent(lowered) not in ("general", "yes_no")
                                      or bool(_PRONOUN_SUBJECT.match(lowered)))


def stands_alone(question: str) -> bool:
    """Whether `question` says, by its own words, that it continues no earlier turn: it announces a new subject
    ("Different thing - which cream works best for eczema?"), or its first referring pro-form comes after a
    condition of the health vocabulary, which it stands for ("my daughter has eczema, which cream works best for
    it?"). Whether the articles cover that thing does not matter here (scope decides that later)."""
    lowered = question.casefold()
    if _NEW_SUBJECT.search(lowered):
        return True
    pro_form = _REFERRING.search(_EMPTY_IT.sub(lambda m: " " * len(m.group(0)), lowered))
    if pro_form is None:
        return False
    return any(start < pro_form.start() and concept.kind in _ANTECEDENT_KINDS
               for start, _, concept in health_vocabulary().mentions(lowered))


# A vitamin named by its letter alone after a topic switch ("what about K?", "and B12?"): only in a conversation.
_BARE_VITAMIN = re.compile(r"^(?P<switch>and|what about|how about)\s+(?P<letter>[a-ek]|b ?\d{1,2})\s*(?P<end>[?.!]*)$")


def with_vitamin_named(question: str) -> str:
    """`question` with a vitamin it names by its letter alone spelt out ("what about K?" → "what about vitamin
    K?"); unchanged otherwise. For a message that follows an earlier turn: a bare letter names nothing alone."""
    found = _BARE_VITAMIN.match(question.strip().casefold())
    if found is None:
        return question
    return f"{found['switch']} vitamin {found['letter'].upper()}{found['end'] or '?'}"


# Whose attribute a kind of question asks for: food sources are a nutrient's. "what should I eat to get more of it?"
# after "can low magnesium give you back spasms?" asks of magnesium; carrying the spasms too pulls the search to
# sentences about cramps that name no food.
_ASKED_OF_KIND = {"foods": "nutrient"}


def carried_referents(topics: tuple[Topic, ...], intent: str, carried: str) -> tuple[tuple[Topic, ...], str]:
    """Of the topics a follow-up carries from an earlier question (`carried`: their names, or the earlier text
    when it carries that), those its kind of question (`intent`) can be asked of, and what is carried for them.
    Unchanged when none or all of them fit, or when more than the topics' names is carried."""
    kind = _ASKED_OF_KIND.get(intent)
    fitting = tuple(t for t in topics if t.kind == kind)
    if not fitting or len(fitting) == len(topics) or carried != " ".join(t.name for t in topics):
        return topics, carried
    return fitting, " ".join(t.name for t in fitting)


# "what is post-herpetic neuralgia?", "what's a cpap machine", "what does hypocalcaemia mean?": a definition
# question's term is what a later "how is it treated?" refers to, whether or not the site names it as a topic.
_DEFINED = re.compile(r"^\W*(?:so\s+|and\s+|ok\s+)?(?:what(?:'s|s| is| are)|what does)\s+(?:an?\s+|the\s+)?"
                      r"(?P<term>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s*(?:\bmean\b)?\s*[?.!]*\s*$")
_NOT_A_TERM = frozenset({"it", "that", "this", "they", "them", "those", "these", "there", "wrong", "up", "best",
                         "happening", "going on", "the matter"})


def defined_term(question: str) -> str:
    """The term a definition question asks about ("what is post-herpetic neuralgia?" → "post-herpetic neuralgia"),
    else "". At most four words, not a pro-form ("what is it?") nor a stock phrase ("what's wrong?"): the antecedent
    of the next turn's pro-form when the site's topics do not name it (a newcomer's "what is post-herpetic neuralgia
    and how is it treated" quoted gout medicines for its second part, session 34)."""
    lowered = question.casefold().strip()
    match = _DEFINED.match(lowered) if classify_intent(lowered) == "definition" else None
    term = match.group("term").strip() if match else ""
    return "" if term in _NOT_A_TERM or term.split(" ")[0] in _NOT_A_TERM else term


def earlier_referent(earlier: str, asks_a_kind: bool) -> str:
    """What a follow-up's pro-form stands for when no earlier turn names a topic: the whole earlier question; when
    the follow-up asks a kind of its own (`asks_a_kind`), only the term `earlier` defines, or "" ("and foods?" after
    "could it be a vitamin thing?" searches for the kind, not the earlier story: a newcomer, session 30)."""
    return defined_term(earlier) if asks_a_kind else earlier
