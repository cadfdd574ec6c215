"""Whose situation a red-flag message tells: the writer's, or someone they ask about (newcomer test, session 11).

The notices were all written to the writer ("don't drive yourself", "If you have ... taken something"). A carer who
writes "my husband took 30 tablets because he wanted to end it" needs the call for *him* first, as the poisoning
notice already says for a child; "my grandad ... he's been confused today" needs "get them help", not advice about
driving oneself. The tier never changes here: only the wording of its notice.

`about_someone_else` is grammar, not a list of messages: a person named (a relative, a friend, "he", "she") and no
first person left once the writer's own framing is set aside ("my mum", "I'm worried", "should I", "I think").
Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

import re

from bot.safety import notices
from bot.safety.collapse_notice import for_collapse

PERSON = (r"(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|boyfriend|girlfriend|grandma|granny|"
           r"grandad|granddad|grandpa|grandmother|grandfather|gran|nan|nana|nanna|brother|sister|friend|mate|aunt|"
           r"auntie|uncle|cousin|flatmate|roommate|housemate|colleague|coworker|co worker|workmate|classmate|teammate|"
           r"neighbou?r|child|kid|baby|toddler|teenager|"
           r"fiance|fiancee|stepdad|stepmum|stepmom)s?")
_NAMED = re.compile(r"\b(?:" + PERSON + r"|he|she)\b")
# The writer's own framing around someone else's story: "my mum", "I'm worried", "should I call", "I found him".
_FRAMING = re.compile(
    r"\b(?:my|our) (?:\w+ )?" + PERSON + r"\b|\bi (?:am|was) (?:really |so |very )?(?:worried|scared|concerned|"
    r"frightened|panicking|not sure|unsure)\b|\bi (?:think|thought|wonder|need|want to know|do not know|just|found|"
    r"called|noticed|saw|came home)\b|\b(?:should|can|do|shall|must) (?:i|we)\b|\bwhat (?:do|should|can) (?:i|we)\b|"
    r"\b(?:help|tell|let|told|texted|messaged|rang|phoned|called|wrote to|said to|sent|showed) (?:me|us)\b|"
    r"\bwith (?:me|us)\b|"
    # Session 26 (round 44): the helper's question, also in Caribbean word order ("how I could help she"; Winer).
    r"\bhow (?:could|can|should|do|shall|might) (?:i|we)\b|"
    r"\bhow (?:i|we) (?:could|can|should|might|go) (?:\w+ )?help\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine)\b")
# Someone else took the tablets: a person (or he/she/they) as the subject of taking or swallowing them.
_OTHER_TOOK = re.compile(r"\b(?:" + PERSON + r"|he|she) (?:\w+ ){0,3}(?:took|taken|swallowed|downed|necked|"
                         r"overdosed|od|ods|oded|had an overdose|has had an overdose)\b")
_I_TOOK = re.compile(r"\bi (?:\w+ ){0,3}(?:took|taken|swallowed|downed|necked|overdosed|od|oded)\b")


def about_someone_else(folded: str) -> bool:
    """Whether `folded` (matching form) tells someone else's situation and not the writer's. "my grandad has back
    pain and he is confused today" → True; "my mum and i both have back pain" → False; "i fainted" → False."""
    if not _NAMED.search(folded):
        return False
    return not _FIRST_PERSON.search(_FRAMING.sub(" ", folded))


def others_overdose(folded: str) -> bool:
    """Whether a crisis message tells that someone else took tablets or an overdose, and nothing of the writer's own:
    "my brother overdosed last year and I keep thinking of doing the same" is the writer's crisis (identification,
    `lexicon_crisis_rehearsed`) and keeps the crisis text."""
    return bool(_OTHER_TOOK.search(folded)) and not _I_TOOK.search(folded) and about_someone_else(folded)


def notice_for(tier: str, labels: list[str], folded: str, others_crisis: bool = False) -> str:
    """The notice of a crisis (C), emergency (E) or urgent (U) tier, worded for the person it is about;
    `others_crisis`: the crisis is someone else's suicidal talk or self-harm (`triage.Triage.someone_else`). Raises
    KeyError for any other tier."""
    if tier == "C":
        if others_overdose(folded):
            return notices.OTHERS_OVERDOSE_MESSAGE
        return notices.OTHERS_CRISIS_MESSAGE if others_crisis else notices.CRISIS_MESSAGE
    other = about_someone_else(folded)
    template = {"E": (notices.EMERGENCY_MESSAGE, notices.EMERGENCY_MESSAGE_OTHER),
                "U": (notices.URGENT_MESSAGE, notices.URGENT_MESSAGE_OTHER)}[tier][other]
    template = for_collapse(template, folded)   # session 32: collapsed, not breathing: CPR (`collapse_notice`)
    return notices.tier_message(template, labels)
