"""Crisis mentions stood down in safety round fifty-two (session 31), for `crisis_resolved.stood_down` (one call in
its loop, beside round 51's): the crisis tier goes; as for every stood-down mention the support line still opens the
answer. Over the matching form (`bot.safety.matching`); the sung quotation over the sentence as written.

- Words sung, inside the quotation marks that follow singing, humming or "lyrics" ("Caught myself singing 'mama, I
  don't wanna die, I sometimes wish I'd never been born at all'"): the singer's words, not the writer's (ConText:
  a non-patient experiencer, as `fiction.in_quoted_title` does for a quoted title after a work word). Words outside
  the quotation are judged as before ("singing 'I don't wanna die' and honestly I do want to die" stays a crisis).
- Self-harm told in youth and not since, in years or a decade ("I self-harmed as a teenager but … haven't in over a
  decade"): NHS "Self-harm" (recovery); ConText (historical). Kept with again, urges, tempted, relapse, last night,
  this week or tonight (NICE NG225: a past episode is a risk, so any present word keeps the crisis).
- An old scar's change told as recent ("the old scars on my forearms have gone itchy lately"): `scars_lately` takes
  "lately", "recently" or "these days" off a clause about scars, as `crisis_resolved._SCARS_STILL` takes "still"
  off ("my scars are still red"), so `crisis_resolved.RELAPSE` reads no relapse in the skin's change. Not with a cut,
  harm or urge word in the same clause ("scars … and I've cut again lately").
- Suicide asked about as rates, statistics, risk or a link, in a study framed by a headline, an article, an essay or
  a module ("any link between low vitamin D and suicide rates? … writing an essay for my psychology module"):
  `study.framed_as_study` missed "I'm writing an essay" (the "I am" before the task left a first person). Not a
  question of lethality (`crisis_cues_session23.asks_lethality`).
"""

from __future__ import annotations

import re

from bot.safety.crisis_cues_session23 import asks_lethality
from bot.safety.matching import prepare
from bot.safety.study import _FIRST_PERSON, _TASK_OWNED, ROLE, TASK

_SUNG = re.compile(r"\b(?:singing|sang|sing|sings|humming|hummed|belting out|belted out|lyrics?|song goes|chorus)\b"
                   r"(?:[^'\"‘“]|'(?=[A-Za-z])){0,20}(?:(?<![A-Za-z])'((?:[^']|'(?=[A-Za-z]))+)'(?![A-Za-z])|[\"“‘]([^\"”’]+)[\"”’])",
                   re.IGNORECASE)

_ACT = re.compile(r"^(?:self harm\w*|self injur\w*|cut\w* myself|harm\w* myself|hurt\w* myself|cutting)\b")
_YOUTH = re.compile(r"\b(?:as a (?:teenager|teen|kid|child|student|young \w+)|when i was (?:younger|a teenager|a teen|"
                    r"a kid|at school|at uni|in my teens|\d+)|in my teens|(?:\d+|\w+|many|a few|several) years ago)\b")
_NOT_SINCE = re.compile(r"\b(?:have not|has not|had not|not) (?:\w+ ){0,2}(?:in|for|since) (?:over |more than |nearly "
                        r"|almost |well over )?(?:a decade|decades|\w+ years|years|a long time|ages)\b|\b(?:none|not "
                        r"once|never) since\b")
_KEPT = re.compile(r"\b(?:again|urges?|relapse\w*|tempted|last night|this week|tonight|today|started (?:cutting|"
                   r"harming)|(?:want|wanting|need) to (?:cut|harm|hurt))\b")

_SUICIDE = re.compile(r"^suicid\w*")
_ASKED_AS_DATA = re.compile(r"^(?:\w+ ){0,1}(?:rates?|statistics|figures|risk|numbers|data|research|prevention)\b")
_LINK = re.compile(r"\b(?:link|links|linked|association|correlation|connection) (?:\w+ ){0,2}between (?:\w+ ){0,5}$")
_FRAMED = re.compile(r"\b(?:headline|article|study|paper|news|essay|assignment|module|dissertation|lecture|report)\b")
_TASK_SUBJECT = re.compile(r"\b(?:i am|i have been|i was|we are|am|i m) (?=(?:preparing|writing|doing|working|"
                           r"revising|planning)\b)")


_SCARS_LATELY = re.compile(r"\b((?:scars?|scarring|marks)(?: (?!i\b|me\b|cut\w*|harm\w*|urge\w*|again\b)\w+){0,6}) "
                           r"(?:lately|recently|these days)\b")


def scars_lately(folded: str) -> str:
    """`folded` with "lately" / "recently" / "these days" taken off a clause about scars (see the docstring)."""
    return _SCARS_LATELY.sub(r"\1", folded)


def _studied(folded: str) -> bool:
    """`study.framed_as_study`, with "I am" before the task set aside too."""
    if not (ROLE.search(folded) or TASK.search(folded)):
        return False
    rest = _TASK_OWNED.sub(" ", TASK.sub(" ", ROLE.sub(" ", _TASK_SUBJECT.sub(" ", folded))))
    return not _FIRST_PERSON.search(rest)


def sung(original: str, start: int, end: int) -> bool:
    """Whether [start, end) of the matching form of `original` lies inside a sung quotation (offsets as in
    `fiction.in_quoted_title`)."""
    for m in _SUNG.finditer(original):
        group = 1 if m.group(1) is not None else 2
        before = prepare(original[:m.start(group)]).text
        offset = len(before) + 1 if before else 0
        if offset <= start and end <= offset + len(prepare(m.group(group)).text):
            return True
    return False


def stood_down_mention(original: str, sentence: str, start: int, end: int, folded: str) -> bool:
    """Whether the crisis mention `sentence[start:end]` is one of the module docstring's kinds."""
    before, mention, after = sentence[:start], sentence[start:end], sentence[end:].strip()
    if sung(original, start, end):
        return True
    if _ACT.match(mention) and _YOUTH.search(folded) and _NOT_SINCE.search(folded) and not _KEPT.search(folded):
        return True
    return bool(_SUICIDE.match(mention) and (_ASKED_AS_DATA.match(after) or _LINK.search(before))
                and (_studied(folded) or _FRAMED.search(folded)) and not asks_lethality(folded))
