"""What a question asks (its intent) and what about (its topics), with follow-ups resolved from history.

Topics, lay words and cue words are the served site's (bot.domain.site), passed in by the caller."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.domain.anaphora import carried_referents, earlier_referent, refers_back, says_nothing_new, stands_alone
from bot.domain.exclusion import excluded_kind, excluded_topics, without_excluded
from bot.domain.other_side import compared_earlier, compared_with_earlier, other_topics
from bot.domain.question_kinds import FRAME_TYPES, INTENT_WORDS, INTENTS, asked_sentences, classify_intent
from bot.domain.site import Site
from bot.domain.vocabulary import Topic, american_spelling, competing_terms, expand_lay_terms, find_topics
from bot.domain.vocabulary import without_topic_names as _unnamed
from bot.ingest.concepts import health_vocabulary
from bot.ingest.sentence_types import sentence_types

_NO_KIND_OF_ITS_OWN = ("general", "yes_no", "mechanism")   # "is that serious?", "really?", "why?"
# …but "how would they check that?" asks for tests, "can you fix it?" for treatment: the topic is enough there.
_ASKS_A_KIND = re.compile(r"\b(check\w*|test\w*|diagnos\w*|tell|know|find out|fix\w*|cure\w*|treat\w*|prevent\w*|"
                          r"stop\w*|avoid\w*|eat\w*|take|taking|need)\b")
_TOPIC_SWITCH = re.compile(r"^(?:(?:and|what about|how about|also|same|what of)\b[\s,]*)+")   # "and how about…"
# What is left of "what about calcium, can that do it too?" once the switch and the topic are taken out: only
# pro-forms (auxiliaries, pronouns, "the same", "too"), so the message asks the earlier question of a new topic.
_PRO_FORMS = re.compile(r"^(?:[\s,.?!]|\b(?:can|could|does|do|did|is|are|was|will|would|might|may|that|it|this|they|"
                        r"them|the same|same|too|also|as well|either|then|though|tho|so|one|ones|for|with|then)\b)*$")
# "Can magnesium supplements give me back pain?" then "So what usually causes it then?": "it" is what was
# caused (back pain), not the nutrient the first question asked about.
_ASKS_CAUSE_OF_IT = re.compile(r"\bwhat\b.*\b(causes?|gives?|triggers?|leads? to)\b (it|that|this)\b")
_CAUSE_AND_EFFECT = re.compile(r"\b((cause|give|trigger)s?|leads? to) (me |you |people |my )?"
                               r"(?P<effect>[a-z][a-z ]*?)\s*\??$")
# Two named things set against each other: "A or B … worse", "A vs B", "between A and B".
_COMPARISON_WORDS = re.compile(r"\b(vs\.?|v\.?|versus|difference between|compare|compared|which is worse|or is it|"
                               r"what(?:'?s| is) the difference)\b")
_COMPARATIVE = re.compile(r"\b(worse|better|more|less|bigger|smaller|riskier|safer|different|difference|same)\b")
_FOLLOWUP_CUES = re.compile(r"\b(it|that|this|those|these|them|they|its|same|other|else|another)\b")
# A message opening "and…", "also…", "what about…" asks the earlier question again, of what it names next; but one
# that names a subject of its own and asks something of it is a new question ("also she has cataracts, should she
# still be driving?").
_SWITCH_CUE = re.compile(r"^(?:(?:ok(?:ay)?|right|cool|thanks|yeah|yes)\b[\s,.!]*)?(and|what about|how about|also)\b")
_ELLIPSIS_WORDS = 5     # "and what about ibuprofen?", "and when pregnant?": the switch and a phrase, nothing asked
# "so what do i do, just stop?", "ok so…", "…a different sort then?": discourse markers that continue an earlier
# turn, when the message names no subject of its own ("So what usually causes lower back pain then?" is new).
_CONTINUES = re.compile(r"^(?:(?:ok(?:ay)?|right|grand|cool)\b[\s,.!]*)?so\b|\bthen\s*[?.!]*$")
# "Is vitamin D better than magnesium…": two topics set against each other by a comparative and "than".
_THAN = re.compile(r"\b(better|worse|safer|stronger|weaker|more \w+|less \w+) than\b"
                   # "How is back pain from A different from back pain from B?", "tell A apart from B",
                   # "is A the same as B" (a newcomer's "is vitamin K the same as potassium" answered vitamin K only)
                   r"|\b(?:different|differs?|apart|distinguish\w*) (?:from|to|than)\b|\bsame (?:thing )?(?:as|like)\b"
                   r"|\b(?:are|is)\b[^?]*\band\b[^?]*\bthe same\b")

# "How do I tell if it's a slipped disc or a vitamin thing?", "pulled muscle or stenosis, how do I know?"
_TELL_APART = re.compile(r"\b(?:tell|know)\b[^?]*\bor\b|\bor\b[^?]*\b(?:tell|know)\b|\btell (?:\w+ ){1,6}from\b")


@dataclass(frozen=True)
class Understanding:
    """A question made ready for retrieval."""

    question: str                   # as the user asked it (normalised)
    intent: str                     # one of INTENTS' names, or "general"
    topics: tuple[Topic, ...]       # named in the question, or carried over from the conversation
    from_history: bool              # carried over from an earlier question: its topics, or for a message with no
                                    # word of its own ("which ones?") the earlier question itself
    query: str                      # the text sent to BM25: question, carried-over topic, article words for lay terms
    dense_query: str                # the text embedded: the question and any carried-over topic
    excluded: tuple[Topic, ...] = ()  # "apart from X, what else…": topics the answer must not be about
    excluded_kind: str | None = None  # "apart from diet, how else…": the kind of answer set aside ("foods")
    site: Site = field(kw_only=True, compare=False, repr=False)   # whose topics and cue words these are

    @property
    def topic_terms(self) -> tuple[str, ...]:
        """Lower-case strings a passage about the question's topics contains (for the topic boost)."""
        return tuple(term for t in self.topics for term in t.passage_terms)

    @property
    def cue(self) -> re.Pattern | None:
        """The cue-word pattern of the question's kind (words an answering sentence tends to contain), with the
        site's own cue words for that kind (domain pack [intent_cues]), or None."""
        return _cue(self.intent, self.site.intent_cues.get(self.intent, ""))

    @property
    def excluded_terms(self) -> tuple[str, ...]:
        """Lower-case strings a passage about an excluded topic contains ("apart from magnesium…")."""
        return tuple(term for t in self.excluded for term in t.passage_terms)

    @property
    def alternative_terms(self) -> tuple[str, ...]:
        """Passage terms of the other topics of the excluded topics' kinds: "what else" is answered by these."""
        return competing_terms(self.site, self.excluded) if self.excluded else ()

    @property
    def topic_name(self) -> str | None:
        """How answers name the first topic ("vitamin D"), or None."""
        return self.topics[0].name if self.topics else None


@lru_cache(maxsize=64)
def _cue(intent: str, extra: str) -> re.Pattern | None:
    generic = next((cue for name, _, cue in INTENTS if name == intent), None)
    if generic is None:
        return None
    return re.compile(rf"{generic}|\b({extra})\b") if extra else re.compile(generic)


def _other_type(text: str, wanted: str) -> bool:
    """Whether `text` names something of a sentence type, and not of type `wanted` ("sunlight" is no food)."""
    types = sentence_types(text)
    return bool(types) and wanted not in types


def is_comparison(question: str, topics: tuple[Topic, ...]) -> bool:
    """Two or more named topics set against each other: the comparison pattern, or "A or B" with a
    comparative word ("is low B12 or low vitamin D worse for your back?")."""
    if len(topics) < 2:
        return False
    lowered = question.casefold()
    return (classify_intent(lowered) == "comparison" or (" or " in lowered and bool(_COMPARATIVE.search(lowered)))
            or bool(_THAN.search(lowered)) or bool(_TELL_APART.search(lowered)))


def _effect_asked_about(question: str, earlier: str) -> str | None:
    """What "it" stands for in "what causes it?" when the earlier question asked whether something causes
    it: the effect ("back pain"), or None."""
    if not _ASKS_CAUSE_OF_IT.search(question.casefold()):
        return None
    found = _CAUSE_AND_EFFECT.search(earlier.casefold().strip())
    return found["effect"] if found else None


def _only_pro_forms(question: str, topics: tuple[Topic, ...]) -> bool:
    """Whether the question, less its topic switch ("and", "what about…") and its topics' names, holds nothing
    but pro-forms: it has no predicate of its own."""
    return bool(_PRO_FORMS.match(_unnamed(_TOPIC_SWITCH.sub(" ", question.casefold().strip(), count=1), topics)))


def _without_topics(site: Site, question: str, kinds: set[str]) -> str:
    """`question` (lower case) with the names of the topics of `kinds` it names taken out: the nutrient that the
    new one replaces goes, the cramps it was asked about stay."""
    rest = question.casefold()
    return re.sub(r"\s+", " ", _unnamed(rest, tuple(t for t in find_topics(site, rest) if t.kind in kinds))).strip()


def _own_subject(question: str) -> bool:
    """Whether the question names a subject of its own from the general health vocabulary ("do statins make your
    muscles ache"): such a message is not an ellipsis of the earlier question, whether or not the articles cover
    its subject."""
    return any(concept.is_subject for _, _, concept in health_vocabulary().mentions(question.casefold()))


def understand(site: Site, question: str, history: list[str] | tuple[str, ...] = (), *,
               familiar: bool = True) -> Understanding:
    """Intent, topics (of `site`: its pack's topics and covered concepts) and the two queries for `question`.

    With no topic of its own, a genuine follow-up takes the latest earlier question's topic from `history`
    (oldest first): one with a follow-up cue (a pronoun, "other", "what about…", "and…"), or a short
    elliptical question ("Which foods are good sources?") that is `familiar` (most of its words occur in the
    articles) and names no subject of its own ("do statins make your muscles ache?" is a new question). A
    message that is off-topic on its own ("tell me a joke", "how do I fix my car?") stays off-topic after any
    history.
    """
    excluded = excluded_topics(site, question)
    topics = tuple(t for t in find_topics(site, question) if t not in excluded)
    from_history = False
    carried = named = ""
    topics = (pair := compared_with_earlier(site, question, topics, history)) or topics    # "is it the same as X?"
    lowered = question.casefold()
    switch = _SWITCH_CUE.search(lowered)
    elliptical = _CONTINUES.search(lowered) or (len(question.split()) <= 6 and familiar)
    follows = (_FOLLOWUP_CUES.search(lowered) or says_nothing_new(question)
               or (switch and len(question.split()) <= _ELLIPSIS_WORDS)
               or ((switch or elliptical) and not _own_subject(question)))
    if not topics and history and not stands_alone(question) and follows:
        effect = _effect_asked_about(question, history[-1])
        # "and the other one?": the side the latest turn left aside; "which is worse?": the last two turns' topics
        pair = compared_earlier(site, question, history)
        other = other_topics(site, question, history) or pair
        if effect:
            topics, from_history, carried = find_topics(site, effect), True, effect
        elif other:
            topics, from_history, carried = other, True, " ".join(t.name for t in other)
        else:
            for earlier in reversed(history):
                topics = find_topics(site, earlier)
                if topics:
                    # "why?", "is that serious?": nothing of its own to search with but the earlier question
                    whole = (says_nothing_new(question) and classify_intent(lowered) in _NO_KIND_OF_ITS_OWN
                             and not _ASKS_A_KIND.search(lowered))
                    names = " ".join(t.name for t in topics)
                    from_history, carried = True, earlier if whole else names
                    named = names if whole else ""      # the topics' names: for the lexical query only
                    break
            if not from_history and (says_nothing_new(question) or refers_back(question)) and history[-1].strip():
                # "which ones?" after "what vitamins can cause back pain?", "does it have side effects?" after "what
                # is a cpap machine?": no earlier question names a topic, the latest is what this one is about.
                # A kind asked of its own ("and foods?" after "could it be a vitamin thing?"): the kind, not the
                # earlier story, is what to search for (a newcomer got six general lines and no food, session 30).
                from_history, carried = True, earlier_referent(history[-1], classify_intent(lowered) in FRAME_TYPES)
    if len(topics) < 2 and not from_history:
        # "a slipped disc or just low on vitamins?": a side the pack names only as a side of a comparison
        sides = tuple(t for t in find_topics(site, question, sides=True) if t not in excluded)
        topics = sides if len(sides) > len(topics) and is_comparison(question, sides) else topics
    kind_set_aside, rest = excluded_kind(question)
    intent = "comparison" if pair or is_comparison(question, topics) else classify_intent(
        asked_sentences(_unnamed(rest, topics)))     # "what is food poisoning?": no food question
    if intent == "comparison" and len(topics) < 2:
        intent = classify_intent(_COMPARISON_WORDS.sub(" ", question.casefold()))
    if intent == "foods" and not from_history and _other_type(question, FRAME_TYPES[intent]):
        intent = "general"      # "can I get enough vitamin D from sunlight?" asks of the sun, not of foods
    asked = without_excluded(question, excluded)     # what is set aside is not searched for
    parts = [american_spelling(asked)]
    if from_history:
        topics, carried = carried_referents(topics, intent, carried)    # "…get more of it?": the nutrient only
        parts.append(carried)
        if intent in ("general", "yes_no", "mechanism"):
            intent = classify_intent(history[-1]) if intent == "general" else intent
        if intent in FRAME_TYPES and _TOPIC_SWITCH.match(lowered) and _other_type(question, FRAME_TYPES[intent]):
            intent = "general"      # "what about sunlight?" after "what foods have vitamin D?": no food heading
    elif history and _TOPIC_SWITCH.match(question.casefold().strip()):
        # "And for B12?" after "How is low vitamin D treated?": a new topic, the same kind of question; not "what about
        # at night? the cramps wake me up" after a foods question, which says more than a topic (session 30).
        if intent == "general" and _only_pro_forms(question, topics):
            intent = classify_intent(history[-1])
        if topics and _only_pro_forms(question, topics):
            # "What about calcium, can that do it too?" after "why do I get spasms…, is it a magnesium thing?":
            # the earlier question, less its own topic, is what is asked of calcium.
            parts.append(_without_topics(site, history[-1], {t.kind for t in topics}))
    dense_query = " ".join(parts)
    if named:
        parts.append(named)
    lay = expand_lay_terms(site, asked)
    if lay:
        parts.append(lay)
    if intent in INTENT_WORDS:
        parts.append(INTENT_WORDS[intent])
    return Understanding(question, intent, topics, from_history, " ".join(parts), dense_query, excluded,
                         kind_set_aside, site=site)


def kinds_asked(site: Site, questions: list[str]) -> set[tuple[str, str]]:
    """(intent, topic name) of each of a conversation's questions (oldest first, respelt as the engine reads
    them), each read with the ones before it: "what foods have vitamin d" gives ("foods", "vitamin D")."""
    kinds = set()
    for i, question in enumerate(questions):
        understood = understand(site, question, questions[:i])
        kinds.update((understood.intent, t.name) for t in understood.topics)
    return kinds
