"""Red flags whose sign the writer says is absent or long over (safety round forty, session 23), judged after the
lexicon has matched, like `bot.safety.resolved.told_over`. Over the matching form (`bot.safety.matching`).

- Back pain denied. A history of cancer is a red flag *with back pain* (NICE CKS "Back pain - low (without
  radiculopathy)": past history of cancer in a person with new back pain; NHS "Back pain"), and so is a minor fall
  (`lexicon_falls`: back pain after a slip or trip). When the message says the back does not hurt ("no back pain at
  all", "back's fine", "pain-free") and no pain, ache or soreness is told anywhere else, the back word it matched was
  the cancer's site ("spinal tumour removed 30 years ago") or the back said to be spared ("landed on my knees, back's
  fine"): "cancer_history" and "minor_fall" are dropped. Any pain told keeps them ("no back pain, but my hip hurts").
  A serious fall (tier E) and every other flag are never taken back this way.
- A chest symptom told as one episode months or years ago with nothing since ("felt tight during a panic attack two
  years ago, nothing since"): the emergency is chest pain now (NHS "Chest pain": call 999 for sudden chest pain that
  spreads, or with breathlessness, sweating or sickness); an episode long over, nothing since, is history (ConText,
  Harkema et al. 2009: historical mentions). Kept when the message says now, again, still, today or lately, or the
  time is days or weeks ago.
- A symptom that has come back (session 23, round 41): "my chest felt tight two years ago and it has come back again
  this morning". The past time word makes ConText (`bot.safety.context`) read the mention as historical, but a
  returned symptom is present (ConText, Harkema et al. 2009: a recurrence is not a historical mention; NHS "Chest
  pain": call 999 for chest pain now). `returned` tells triage not to take a mention back as history (negation and a
  hypothetical still take it back). Not a test result that "came back normal", not "came back from holiday", not a
  return itself told years ago.
"""

from __future__ import annotations

import re

from bot.safety import (
    resolved_round41,
    resolved_round43,
    resolved_round44,
    resolved_round45,
    resolved_round46,
    resolved_round47,
    resolved_round48,
    resolved_round49,
    resolved_round50,
    resolved_round51,
    resolved_round52,
    resolved_round53,
    resolved_round54,
)

_PAIN_NEEDED = frozenset({"cancer_history", "minor_fall"})
_DENIAL = re.compile(
    r"\b(?:(?:no|not any|without (?:any )?|free of|zero) (?:\w+ )?(?:back ?pain|pain|backache)(?: (?:at all|whatsoever|"
    r"now|since))?|(?:back|spine|backs?) (?:is |feels |seems |was |has been |been |have been )?(?:totally |"
    r"completely |perfectly |absolutely |all )?(?:fine|ok|okay|alright|all right|grand|good|unhurt|not hurt\w*|not "
    r"sore|pain ?free)|pain ?free)\b")
_PAIN = re.compile(r"\b(?:pains?|painful|hurt\w*|ache\w*|aching|achy|sore\w*|agony|killing|throbb\w*|twinge\w*|"
                   r"stiff\w*|spasm\w*|tender|bruis\w*)\b")

_LONG_AGO = re.compile(r"\b(?:(?:\w+|a few|a couple of) (?:years?|months?) ago|last year|in (?:19|20)\d\d|"
                       r"years back)\b")
_NOTHING_SINCE = re.compile(
    r"\b(?:nothing (?:like it |like that )?since|not since|none since|never since|not (?:once )?since|no (?:more |"
    r"further )?(?:problems?|issues?|symptoms?|pain|trouble|episodes?|attacks?) since|never (?:happened|had it|came "
    r"back) (?:again|since)|(?:has|have) not (?:happened|come back|returned) since|(?:been )?fine (?:ever )?since)\b")
_NOW = re.compile(r"\b(?:now(?! (?:and then|i know|that))|today|tonight|right now|again(?! since)|still|currently|"
                  r"lately|recently|at the moment|this (?:morning|evening|afternoon|week)|yesterday|last night|keeps?|"
                  r"came back|come back|coming back|since (?:yesterday|this|last|monday|tuesday|wednesday|thursday|"
                  r"friday|saturday|sunday))\b")


def pain_denied(name: str, folded: str) -> bool:
    """Whether the flag `name` rests on back pain that `folded` (the matching form) denies, with no pain told."""
    if name not in _PAIN_NEEDED or not _DENIAL.search(folded):
        return False
    return not _PAIN.search(_DENIAL.sub(" ", folded))


def episode_long_over(name: str, folded: str) -> bool:
    """Whether a chest symptom in `folded` is one episode months or years ago with nothing since."""
    if name != "chest_pain" or not (_LONG_AGO.search(folded) and _NOTHING_SINCE.search(folded)):
        return False
    return not _NOW.search(_NOTHING_SINCE.sub(" ", folded))


def taken_back(name: str, folded: str) -> bool:
    """Either of the above, or a flag the message explains (`resolved_round41`) or takes back as long over, a trip
    explained or a trip with the back fine (`resolved_round43`, session 25), a fever or night pain over
    (`resolved_round44`) or the round-45 and round-46 kinds (`resolved_round45`, `resolved_round46`, session 27) and
    the round-47 kinds (`resolved_round47`, session 28) and the round-48 and -49 kinds (`resolved_round48`,
    `resolved_round49`): the flag `name` is dropped."""
    denied = bool(_DENIAL.search(folded)) and not _PAIN.search(_DENIAL.sub(" ", folded))
    return (pain_denied(name, folded) or episode_long_over(name, folded) or resolved_round41.taken_back(name, folded)
            or resolved_round43.taken_back(name, folded, denied)
            or resolved_round44.taken_back(name, folded)   # a fever or night pain told as over (session 26)
            or resolved_round45.taken_back(name, folded)   # a short slip, a ride's numbness, a question answered no
            or resolved_round46.taken_back(name, folded)   # numb from sitting, shivering from cold, asked in general
            or resolved_round47.taken_back(name, folded)   # slumped on a sofa, coffee palpitations, a hot duvet (28)
            or resolved_round48.taken_back(name, folded)   # numb legs on a flight, a head rush from a hot bath (29)
            or resolved_round49.taken_back(name, folded)   # brief coffee beats, a needle faint, a near fall (30)
            or resolved_round50.taken_back(name, folded)   # both legs in 2019, sorted; kidney stones asked (31)
            or resolved_round51.taken_back(name, folded)   # numb legs back in minutes, a sofa bed's night pain
            or resolved_round52.taken_back(name, folded)   # a faint in 2021, never since; incontinence asked
            or resolved_round53.taken_back(name, folded)   # jelly legs after the gym, paralysis asked (32)
            or resolved_round54.taken_back(name, folded))   # a quiz's chest pain, a bladder fine (33)


_RETURNED = re.compile(
    r"\b(?:(?:has|have|it has|it is|is|it s|they have|they are|they s) (?:come|coming) back|came back (?:again|today|"
    r"this|yesterday|last night|now|tonight)|back again|started (?:up )?again|flared (?:up )?again|recurred|(?:has|"
    r"have) returned|it s back|it is back)\b(?! (?:from|negative|normal|clear|fine|ok|okay|positive|clean|home|to "
    r"(?:work|the|my)|with (?:the )?results?|in (?:19|20)\d\d|(?:\w+ )?(?:years?|months?) ago|last year)\b)")


def returned(folded: str) -> bool:
    """Whether `folded` (the matching form) says a symptom has come back: a past time in it is no history then."""
    return bool(_RETURNED.search(folded))
