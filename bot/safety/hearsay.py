"""Red flags named only in what the writer read or heard, or asked in general or by a clinician (session 19), beside
the writer's own account that says theirs is different (round twenty-seven, session 15).

"People keep saying back pain that's worse at night is a bad sign. Mine is the opposite", "I've read that sciatica
down both legs is serious. Mine is only ever down the left leg", "Is it true low B12 can cause tingling in both
feet? Asking in general, I don't have any symptoms", "Read an article about spinal tumours ... No cancer history":
the warning sign is the *topic* of a report or a general question, not told of anyone (ConText: Harkema et al.,
J Biomed Inform 2009;42:839-851 — hypothetical and other-experiencer mentions are not findings of the patient;
reported speech keeps its own reference, Quirk et al. 1985, §14.32). The triage then judges the writer's own part
alone (`triage`): a flag still there keeps it ("People say both legs is serious. Mine is in both legs now").

`writer_rest(text)` gives that own part, or None when the message has no general part, or when the writer does not
say theirs differs (then every mention counts, as before). Works on the message as typed, sentence by sentence, a
sentence also split before "and / but" followed by the writer ("... spinal tumours and now I've frightened
myself").
"""

from __future__ import annotations

import re

from bot.safety.lexicon import BACK_PAIN
from bot.safety.matching import prepare

_SPLIT = re.compile(r"(?<=[.?!])\s+|\s+(?:-|–|—)\s+|,?\s+(?:and|but)\s+(?=(?:now\s+|then\s+)?(?:i|i'm|i've|im|ive|my|"
                    r"mine)\b)", re.IGNORECASE)
_WRITER = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|my|me|mine|myself)\b", re.IGNORECASE)
# A general question ("Is it true low B12 can cause ...?", "Does sciatica ever go down both legs?").
# Round thirty-eight (session 21): a question of what a term means ("What does 'saddle numbness' actually mean?",
# "What's the difference between sciatica and cauda equina?") is a general one too (ConText: a definitional mention).
_QUESTION = re.compile(r"^\s*(?:is it true|does|do|can|could|is|are|will|would|should|might|"
                       r"what(?: is|'s|s| are| does| do)?)\b[^?]*\?\s*$", re.IGNORECASE)
# A report: what the writer read or heard, or what people say (the frame itself may name the writer). Session 21: the
# same said in a class or course first ("In first aid training they said 'saddle numbness' is a big deal"): what a
# course teaches is a generic mention (ConText, Harkema et al. 2009), as study framing is (`bot.safety.study`).
_SETTING = (r"(?:(?:in|at|on|during) (?:a |an |my |our |the |some )?(?:\w+ ){0,3}(?:training|course|class|lecture|"
            r"lesson|seminar|workshop|session|module|video|talk|webinar|leaflet|article|podcast|programme),? )?")
_FRAME = re.compile(r"^\s*(?:(?:i|i have|i've|ive|i had|i just) )?(?:just )?(?:read|heard|saw|seen|was told|came "
                    r"across)\b|^\s*" + _SETTING + r"(?:people|everyone|everybody|they|doctors|the internet|articles?|"
                    r"websites?|"
                    r"(?:a|my) (?:\w+ )?(?:friend|mate|mum|mom|dad|sister|brother|colleague|gp|doctor|physio)) "
                    r"(?:\w+ )?(?:say|says|saying|said|claim|claims|reckon|warn|warns)\b", re.IGNORECASE)
# The writer says their own is different, or asks in general.
_DIFFERS = re.compile(
    r"\b(?:asking (?:in general|generally|for (?:general )?(?:interest|knowledge)|out of (?:interest|curiosity))|"
    r"just (?:curious|wondering|read it|heard it)|i (?:do not|don't|dont|did not|didn't) have (?:any|those|these|that|"
    r"this|it|them)\b|no (?:\w+ )?(?:symptoms|history)\b|mine(?: is| has| was| has been| are|'s|s) (?:\w+ )?(?:the "
    r"opposite|different|not|only|never|just|fine|nothing like)\b|"
    # Round thirty-two: the writer's own signs said to be normal ("bladder and bowels totally normal").
    r"(?:bladder|bowels?|waterworks|peeing|legs)(?: and (?:bladder|bowels?|waterworks|peeing|legs))? (?:are |is )?"
    r"(?:all |totally |completely |perfectly |absolutely )?(?:normal|fine|unaffected)\b|"
    # Session 17: "mine only hurts after lifting", "mine never wakes me": an adverb of limit before the verb.
    r"mine (?:only|just|never|only ever) (?:\w+s|\w+ed)\b|"
    # Session 19: a clinician's screening question answered no ("I said no to all of them").
    r"\bi (?:said|answered|ticked|told (?:her|him|them)) (?:no|never|none)\b)", re.IGNORECASE)
# Session 19: a clinician's screening question ("my physio asked me if I'd had any numbness down below"): the
# question's first person is the question's, not a finding (ConText: hypothetical mentions; the answer is judged in
# the writer's own part, `_DIFFERS`).
_ASKED_BY = re.compile(r"^\s*(?:my|the|a|our) (?:\w+ )?(?:gp|doctor|physio\w*|nurse|pharmacist|consultant|surgeon|"
                       r"chiropractor|osteopath|paramedic|midwife|receptionist|111) (?:\w+ )?(?:asked|asks|was asking|"
                       r"kept asking) (?:me |us )?(?:if|whether|about)\b", re.IGNORECASE)


_MINE = re.compile(r"\bmine\b", re.IGNORECASE)
_BACK = re.compile(r"\b(?:" + BACK_PAIN + r")")


def _general(part: str) -> bool:
    if _ASKED_BY.match(part):
        return True
    if _QUESTION.match(part):
        return not _WRITER.search(part)
    frame = _FRAME.match(part)
    return bool(frame) and not _WRITER.search(part[frame.end():])


def writer_rest(text: str) -> str | None:
    """The writer's own part of `text` (the message as typed) without its general sentences, when it has some and
    the writer says theirs differs; else None."""
    parts = [p for p in _SPLIT.split(text.strip()) if p and p.strip()]
    general = [p for p in parts if _general(p)]
    if not general or len(general) == len(parts):
        return None
    rest = ". ".join(p.rstrip(" .") for p in parts if p not in general)   # each its own sentence: negation ends
    if not _DIFFERS.search(rest):
        return None
    # "Mine" points back to the general part's topic (Quirk et al. 1985, §6.29: possessive pronouns stand for a
    # noun phrase already named): when that topic is back pain, the writer's own part is judged as about their back
    # ("Is back pain at night serious? Mine only aches at night and I had cancer" keeps the history of cancer).
    if _MINE.search(rest) and any(_BACK.search(prepare(p).text) for p in general):
        rest = "My back hurts. " + rest
    return rest
