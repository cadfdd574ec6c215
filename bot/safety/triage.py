"""Red-flag triage: which lexicon concepts a message matches, and the highest tier among them.

The lexicon lives in `bot.safety.lexicon` and `lexicon_urgent` (back pain), `lexicon_crisis` (crisis) and
`bot.safety.lexicon_general` (poisoning, general and nutrient emergencies), the matching form in
`bot.safety.matching`. This module adds the one judgement the lexicon cannot make alone: whether a symptom is *the
writer's* ("I have back pain and a fever") or a general question about it ("Can a fever cause back pain?"). General
questions about a symptom are not emergencies (safety notes §2.1 and DESIGN.md "Medical safety rules"); crisis
wording and a child swallowing tablets fire whatever the form. A concept every mention of which is negated,
historical or hypothetical ("no trouble with my bladder", "had a fall ten years ago") is dropped
(`bot.safety.context`, NegEx); crisis and poisoning are never taken back, and any plain mention keeps the flag: a
miss costs more than a false alarm (Semigran et al., BMJ 2015, https://pmc.ncbi.nlm.nih.gov/articles/PMC4496786).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.safety import context, crisis_others, fiction, hearsay, resolved, resolved_denied
from bot.safety.crisis_cues import signs_crisis, without_life_idioms
from bot.safety.crisis_resolved import stood_down
from bot.safety.lexicon import BACK_PAIN_CONCEPTS, TIER_ORDER, Concept
from bot.safety.lexicon_crisis_wishes import RECEIVED_GOODBYE
from bot.safety.lexicon_faint_confused import FAINT_CONFUSED_CONCEPTS
from bot.safety.lexicon_falls import FALL_CONCEPTS
from bot.safety.lexicon_falls_fragile import FRAGILE_FALL_CONCEPTS
from bot.safety.lexicon_general import GENERAL_CONCEPTS
from bot.safety.lexicon_jaundice import JAUNDICE_CONCEPTS
from bot.safety.lexicon_round41 import ROUND41_CONCEPTS
from bot.safety.lexicon_round47 import ROUND47_CONCEPTS
from bot.safety.lexicon_round48 import ROUND48_CONCEPTS
from bot.safety.lexicon_round49 import ROUND49_CONCEPTS
from bot.safety.lexicon_told import TOLD_BACK_PAIN_CONCEPTS
from bot.safety.lexicon_urgent import URGENT_BACK_PAIN_CONCEPTS
from bot.safety.matching import Folded, near, prepare
from bot.safety.someone_else import about_someone_else
from bot.safety.study import framed_as_study, without_role

CONCEPTS: tuple[Concept, ...] = (GENERAL_CONCEPTS + BACK_PAIN_CONCEPTS + URGENT_BACK_PAIN_CONCEPTS
                                  + TOLD_BACK_PAIN_CONCEPTS + FAINT_CONFUSED_CONCEPTS + FALL_CONCEPTS
                                  + FRAGILE_FALL_CONCEPTS + ROUND41_CONCEPTS + ROUND47_CONCEPTS   # 47-49: s28-30
                                  + ROUND48_CONCEPTS + ROUND49_CONCEPTS + JAUNDICE_CONCEPTS)   # jaundice: s30
# The crisis found by warning-sign classes rather than by a phrase (same tier and label as the phrases).
WARNING_SIGNS = Concept("crisis_warning_signs", "C", "thoughts of suicide or self-harm", gated=False)

# First-person words and named relatives: the writer is describing someone's symptoms. "he/she/they/we"
# are left out because general questions use them ("Can she get chest pain if she is anaemic?"); a
# statement about a third person is caught by not being phrased as a general question.
_PERSONAL = re.compile(
    r"\b(?:i|me|my|mine|myself|husband|wife|partner|mum|mom|mother|dad|father|son|daughter|boyfriend|"
    r"girlfriend|grandma|granny|grandad|grandpa|nan|brother|sister)\b")
# Stock phrases where "me" is not about the writer's body.
_NOT_PERSONAL = re.compile(r"\b(?:tell|show|give|let|remind|explain to|excuse) me\b|\bhelp me understand\b")
# Words that make a question situational even without "I": time (session 19: a duration told as "for the past two
# days", the onset and duration asked in any history, NICE CKS "Back pain - low"), worry, where to go.
_SITUATIONAL = re.compile(
    r"\b(?:right now|now|today|tonight|yesterday|this (?:morning|evening|afternoon)|last night|since (?:yesterday|"
    r"this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|\d+)|for (?:\d+|two|three|four|"
    r"five|a few|several) (?:days|weeks|hours)|(?:for|over|in) the (?:past|last) (?:\w+ )?(?:days?|weeks?|hours?|"
    r"nights?)|worried|scared|frightened|please help|help me|need help)\b")
# How serious, or where to go: situational too, except in a question framed as study ("doing a first aid course: how do
# they decide if an injury is serious?", session 19), where severity is the topic learned (ConText: generic mentions).
_SEVERITY = re.compile(r"\b(?:emergency|serious|urgent|a and e|hospital|ambulance|999|911|112)\b")
# Words quoted after a space (a message received): the sender's first person, not the writer's (session 19); an
# apostrophe between letters inside is a contraction ("'tell mum i'm sorry'"), not the closing quote (session 23).
_QUOTED = re.compile(r"(?:(?<=\s)|^)['\"‘“](?:[^'\"‘’“”]|(?<=\w)['’](?=\w))+['\"’”](?=[\s.,;:!?]|$)")
# A general question opens with one of these words.
_GENERAL_OPENING = re.compile(
    r"^(?:can|could|does|do|did|is|are|was|were|what|why|how|which|when|where|will|would|should|may|might|who|"
    r"explain|describe|define|list|tell|any|difference|symptoms|signs|causes)\b")


@dataclass(frozen=True)
class _Compiled:
    concept: Concept
    phrases: tuple[re.Pattern[str], ...]
    near: tuple[tuple[re.Pattern[str], ...], ...]
    requires: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + pattern + r")\b")


@lru_cache(maxsize=1)
def _compiled() -> tuple[_Compiled, ...]:
    return tuple(
        _Compiled(c, tuple(_word(p) for p in c.phrases), tuple(tuple(_word(p) for p in g) for g in c.near),
                  tuple(_word(p) for p in c.requires), _word(c.unless) if c.unless else None)
        for c in CONCEPTS)


@dataclass(frozen=True)
class Triage:
    """What the lexicon found: the highest tier and the concepts of that tier and below, highest first."""

    tier: str | None                 # "C", "P", "E", "U" or None
    concepts: tuple[str, ...]        # concept names, highest tier first, no duplicates
    labels: tuple[str, ...]          # plain-words labels of the top-tier concepts, for the notice
    personal: bool                   # the message describes someone's own situation
    # Crisis wording that is all past and resolved, or denied ("I'm not suicidal"), and nothing else of a
    # crisis: no crisis tier, but the answer opens with the support line (bot.safety.crisis_resolved).
    support: bool = False
    # The crisis is someone else's, told by the writer ("my son says he wants to die": bot.safety.crisis_others):
    # the crisis notice is worded for helping them.
    someone_else: bool = False


def is_personal(f: Folded) -> bool:
    """True unless the message reads as a general question with no first-person or situational words."""
    text = _NOT_PERSONAL.sub(" ", without_role(f.text))   # "Medical student question: ..." (bot.safety.study)
    if _PERSONAL.search(text) or _SITUATIONAL.search(text) or (_SEVERITY.search(text) and not framed_as_study(f.text)):
        return True
    return not _GENERAL_OPENING.search(text.lstrip())


def _matches(c: _Compiled, f: Folded) -> bool:
    hit = any(p.search(f.text) for p in c.phrases) or any(near(g, f, c.concept.window) for g in c.near)
    if not hit or not all(r.search(f.text) for r in c.requires):
        return False
    return not (c.unless and c.unless.search(f.text))


# Never taken back by context: crisis wording and poisoning fire whatever the grammar around them.
_ALWAYS = frozenset({"C", "P"})
# The writer claims a listed or reported sign as their own ("... a numb groin as a warning sign, and I have that
# now"): context words elsewhere in the message (a leaflet, a TV drama) then take nothing back.
_OWN_EXPERIENCE = re.compile(
    r"\b(?:(?:which|that) (?:i|he|she) (?:have|has|am having|is having|have had|has had|had|got|have got)|i have "
    r"(?:got |had )?(?:that|this|these|those|both|them|all of them|some of them)(?! (?:checked|looked at|seen|ruled "
    r"out|tested))|(?:happened|happening) to (?:me|him|her|my))\b")
# Concepts whose past is the flag itself (reference: G-care, Verhagen 2016: a history of cancer).
_PAST_IS_FLAG = frozenset({"cancer_history"})


def _mention_patterns(matched: list[_Compiled], f: Folded) -> tuple[re.Pattern[str], ...]:
    """The symptom words whose context decides: every phrase, and the first (anchor) pattern of each near
    group ("numb" in numb + bum, "fell" in fell + ladder) that met its partner in `f`; the body site or place is not
    the symptom. Session 25: an anchor whose group did not match ("pee" in "not incontinent, I just pee a lot") is
    no mention of the sign, so it cannot keep a negated one (NegEx judges the mentions that matched)."""
    return tuple(p for c in matched for p in c.phrases + tuple(g[0] for g in c.near if near(g, f, c.concept.window)))


def _without_life_idioms(f: Folded) -> Folded:
    """`f` with the idioms of one's own death that are not a wish to die set aside ("killing himself with junk
    food", "wants to die in her own bed": bot.safety.crisis_cues.without_life_idioms), for the crisis phrases."""
    stripped = without_life_idioms(f.text)
    return f if stripped == f.text else prepare(stripped)


def triage(text: str, own_part: bool = False) -> Triage:
    """Triage one normalised question (the display form from `safety.normalise`); `own_part`: `text` is already the
    writer's own part of a message (`hearsay`)."""
    text = context.answered_no(text)     # "Chest pain? No." is "no chest pain."
    f = prepare(text)
    free = _without_life_idioms(f)
    personal = is_personal(f)
    matched: dict[str, list[_Compiled]] = {}
    for c in _compiled():
        if c.concept.gated and not personal:
            continue
        if _matches(c, free if c.concept.tier == "C" else f):
            matched.setdefault(c.concept.name, []).append(c)
    found: dict[str, Concept] = {}
    own = bool(_OWN_EXPERIENCE.search(f.text))
    for name, variants in matched.items():
        concept = variants[0].concept
        mentions = _mention_patterns(variants, f)
        if concept.tier not in _ALWAYS and not own and (
                context.all_taken_back(mentions, text, historical=name not in _PAST_IS_FLAG
                                       and not resolved_denied.returned(f.text))   # come back now (round 41)
                or fiction.all_in_stories(text, mentions)):   # a character's symptom (bot.safety.fiction)
            continue
        if resolved.told_over(name, f.text) or resolved.asked_in_general_only(name, text):   # (rounds 12, 26)
            continue
        if resolved_denied.taken_back(name, f.text):   # back pain denied, a chest episode long over (round 40)
            continue
        found[name] = concept
    rest = None if own_part or not any(c.tier in "EU" for c in found.values()) else hearsay.writer_rest(text)
    if rest is not None:   # red flags named only in what was read or heard, the writer's own differing (round 27)
        kept = set(triage(rest, own_part=True).concepts)
        found = {name: c for name, c in found.items() if c.tier not in "EU" or name in kept}
    if "C" not in {c.tier for c in found.values()} and signs_crisis(f.text):
        # Warning signs the crisis phrases missed, met together (bot.safety.crisis_cues): crisis wins.
        found["crisis_warning_signs"] = WARNING_SIGNS
    support = False
    if any(c.tier == "C" for c in found.values()) and stood_down(text, _crisis_phrases()):
        found = {name: c for name, c in found.items() if c.tier != "C"}
        support = True
    # An overdose told as past and resolved ("Back in 2016 I took an overdose ... doing well now", round nine) is
    # judged like crisis wording: the support line instead of the poisoning notice. Not a child swallowing tablets.
    others, support = _someone_elses_crisis(text, f, found, support)
    over = matched.get("poisoning", [])
    if "poisoning" in found and not any(c.near for c in over) and stood_down(
            text, [p for c in over for p in c.phrases]):
        found.pop("poisoning")
        support = True
    if "poisoning" in found and (resolved.none_missing(f.text)     # counted, and none gone (bot.safety.resolved)
                                 or resolved.long_past(f.text)):  # swallowed years ago (round sixteen)
        found.pop("poisoning")
    if not found:
        return Triage(None, (), (), personal, support)
    ordered = sorted(found.values(), key=lambda c: -TIER_ORDER[c.tier])
    top = ordered[0].tier
    labels = tuple(dict.fromkeys(c.label for c in ordered if c.tier == top))
    return Triage(top, tuple(c.name for c in ordered), labels, personal, support, others and top == "C")


def _crisis_in(text: str) -> bool:
    """Whether the crisis phrases or warning-sign classes find a crisis in `text` (any form)."""
    f = prepare(text)
    free = _without_life_idioms(f)
    return any(c.concept.tier == "C" and _matches(c, free) for c in _compiled()) or signs_crisis(f.text)


def _someone_elses_crisis(text: str, f: Folded, found: dict[str, Concept], support: bool) -> tuple[bool, bool]:
    """(the crisis is someone else's, support line): someone's suicidal talk or self-harm told by the writer,
    read in that person's own voice (bot.safety.crisis_others), adds the crisis to `found`. Told as past and
    resolved, it brings the support line as the writer's own would. A crisis in the writer's own clauses stays
    the writer's; one the lexicon already found is someone else's only when nothing of the writer is left."""
    already = any(c.tier == "C" for c in found.values())
    if not support and RECEIVED_GOODBYE in found and about_someone_else(prepare(_QUOTED.sub(" ", text)).text):
        return True, support     # a goodbye the writer received (bot.safety.lexicon_crisis_wishes)
    if support or (already and not about_someone_else(f.text)):
        return False, support
    if not already and crisis_others.marks_found(f.text):   # cuts found on a child's thighs (session 24)
        found["crisis_warning_signs"] = WARNING_SIGNS
        return True, support
    told = crisis_others.reported(text)
    if told is None or not any(_crisis_in(v) for v in told.voices) or (told.own and _crisis_in(told.own)):
        return False, support
    if already:
        return True, support
    # Someone else's crisis told as an accident (the poisoning notice's) or as all past: no crisis banner; the past
    # brings the support line, as the writer's own past would.
    crisis = [c for c in told.clauses if _crisis_in(c)]
    if any(crisis_others.ACCIDENT.search(c) for c in crisis):
        return False, support
    past = bool(crisis) and all(crisis_others.told_as_past(c) for c in crisis)
    if past or stood_down(f"{told.told}. {told.own}", _crisis_phrases()):
        return False, True
    found["crisis_warning_signs"] = WARNING_SIGNS
    return True, support


@lru_cache(maxsize=1)
def _crisis_phrases() -> tuple[re.Pattern[str], ...]:
    return tuple(p for c in _compiled() if c.concept.tier == "C" for p in c.phrases)
