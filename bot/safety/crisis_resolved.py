"""Crisis wording told as past and resolved, or denied by the writer: the soft net instead of the crisis text.

"My brother used to self-harm when he was a teenager. He's 35 now and doing brilliantly" and "I'm not suicidal
or anything, just fed up with the rain" name self-harm or suicide without being a crisis. Crisis wording is
never simply dropped (a miss costs far more than a false alarm, and people in crisis do minimise), so such a
message is not answered as if nothing had been said: it loses the crisis tier but the answer opens with the
support line and the helplines (`notices.SUPPORT_CHECK`, the same line the crisis check shows).

A message is stood down only when *every* crisis mention in it is one of:

- past and resolved: a past-time marker in its sentence ("years ago", "used to", "when he was a teenager", "in
  my early twenties"), nothing present in its clause ("now", "still", "since", "these days"), and somewhere in
  the message a recovery statement that is not negated ("happy now", "doing well", "recovered", "in a good
  place"; session 20: "been well for nearly a decade", a span of recovery told with an approximator, ConText
  temporal qualifiers);
- denied by the writer: "I'm not suicidal", "I have never self-harmed", "I've had no suicidal thoughts"
  (first person, the state itself; "I don't want to kill myself" is not taken as a denial);
- told of a character in a story or screen drama ("Reading a novel where the main character self-harms",
  `bot.safety.fiction`: no first-person word between the work and the mention);

and, with those mentions masked, nothing of a crisis is left: no crisis phrase, no warning-sign class
(`bot.safety.crisis_cues`: ending, intent, means, hopelessness, farewell, self-harm as coping) in any word
of the message, no crisis wording of the other-language lexicons, and no word of a relapse ("again",
"started" unless a treatment or a new thing is started, "lately", "urges", "it's come back"). "I used to self-harm
and I've started again" and "I'm not suicidal but I've saved my pills" stay crisis.

Sources: NHS "Self-harm" (https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/self-harm/)
and the 988 Lifeline warning signs: current thoughts, plans and preparations are what make a crisis; ConText
(Harkema et al., J Biomed Inform 2009, https://doi.org/10.1016/j.jbi.2009.05.002) for historical and negated
mentions told by their surrounding words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.safety.crisis_cues import _CLASSES, warning_signs
from bot.safety.crisis_cues_session23 import asks_lethality
from bot.safety.crisis_resolved_round51 import stood_down_mention
from bot.safety.crisis_resolved_round52 import scars_lately
from bot.safety.crisis_resolved_round52 import stood_down_mention as stood_down_52
from bot.safety.crisis_resolved_round53 import stood_down_mention as stood_down_53
from bot.safety.fiction import in_quoted_title, owned_story, story_mention
from bot.safety.languages import triage_other_languages
from bot.safety.matching import prepare
from bot.safety.study import OTHERS_AT_RISK, framed_as_study

# A past time in the mention's sentence (matching form: lower case, contractions expanded).
PAST = re.compile(
    r"\b(?:(?:(?:\w+|a few|a couple of) )?(?:years?|decades?) ago|in (?:year|grade|form) \d+|"
    r"(?:a )?(?:long time|while|decade) ago|(?<!am )(?<!is )(?<!are )(?<!get )(?<!got )used to|"
    r"when (?:i|he|she|they|we|you) (?:was|were) (?:a |an |at |in |still |much |really )?(?:\w+)|"
    r"as a (?:teen\w*|kid|child|student|young \w+)|"
    r"in (?:my|his|her|their) (?:early |late |mid )?(?:teens|twenties|thirties|20s|30s|teenage years|youth|"
    r"school days)|"
    r"(?:at|during|in) (?:school|uni|university|college|sixth form)|back (?:then|in the day|in \d{4})|in the past|"
    r"(?:a |an )?(?:history|past) of|previously|in \d{4}|(?:at|aged?) \d+)\b")
# Something present or ongoing in the mention's own clause: not a past mention.
PRESENT = re.compile(r"\b(?:now|currently|at the moment|these days|today|tonight|this (?:week|month|year)|still|"
                     r"since|keep|keeps|am|is|are|again|lately|recently)\b")
# A relapse anywhere in the message keeps the crisis ("I've started again", "the urges are back").
RELAPSE = re.compile(
    r"\b(?:again|relaps\w*|slipped up|slip up|(?:started|starting)\b(?! (?:on |taking )?(?:a |an |the |my |some |new )?"
    r"(?:vitamin|supplement|iron|magnesium|zinc|calcium|folic|b12|tablets?|pills?|medication|medicine|treatment|"
    r"course|physio\w*|therapy|hrt|statins?|a family|a new job|work|school|uni|college)\b)|lately|recently|"
    r"these days(?! i (?:just |only |mostly )?(?:want to know|wonder|am wondering|am asking|ask|am (?:fine|well|"
    r"happy|good|great|ok|okay)|feel (?:fine|well|good|great)))|urges?|tempt\w*|"
    r"(?:it|they|the thoughts|the feelings) (?:is|are|has|have) (?:\w+ )?(?:back|returned)|(?:came|come|coming) "
    r"back|doing it|still|(?:thinking|think|thought) (?:about|of) (?:it|doing it|that)|miss (?:it|doing it)|"
    r"(?:feel|felt|feeling) like doing it|crav\w*|"
    # The writer joins a story's character ("... and I do it too", "same here").
    r"i (?:do|am doing|still do) (?:it|that|this|the same)|me too|same here|i (?:can )?relate|like me)\b")
# A recovery statement, said about now; "not doing well" is not one.
RECOVERED = re.compile(
    r"\b(?<!not )(?<!never )(?:"
    r"(?:happy|fine|well|good|great|ok|okay|stable|better|healthy|thriving|brilliant|settled|content) now|"
    r"(?:doing|done|been doing|is doing|am doing|are doing) (?:really |very |so |pretty |genuinely |absolutely |much |"
    r"a lot )?(?:well|great|brilliantly|brilliant|fine|good|ok|okay|amazing\w*|fantastic|better)|"
    r"(?:fully )?recovered|recovery|"
    r"in (?:a |such a )?(?:really |very |much )?(?:good|great|better|happy|healthy) place|"
    r"now and (?:really |very |genuinely )?(?:happy|content|settled|thriving|well)|"
    r"(?:am|is|are) (?:genuinely |really |very |so |now )?(?:happy|thriving|well|content)|"
    r"(?:behind|past) (?:me|him|her|them|us)|(?:free|clean) (?:of it |from it )?for|"
    # "I've been well for years now", "fine for ages" (round thirteen).
    r"(?:been|am|feel|felt|feeling) (?:really |very |absolutely |perfectly )?(?:well|fine|good|great|ok|okay|stable|"
    r"happy|better) (?:for|since) (?:\w+ )?(?:years|ages|a long time|a while|months|then)|"
    # Session 20: the span told with an approximator and "a decade" ("been well for nearly a decade, over a year").
    r"(?:been|felt|feeling) (?:really |very )?(?:well|fine|good|great|ok|okay|stable|happy|better) for (?:nearly|"
    r"almost|over|more than|about|around|well over|the (?:past|last)) (?:a |an |\w+ )?(?:decades?|years?)|"
    # "Well for a long while now", "well for many years now" (round fourteen), said of now.
    r"(?<!not )(?<!not been )(?<!never been )(?:well|fine|stable|better|ok|okay) for (?:a |many |so many |a good |"
    r"a long |a very long |quite a |some )?(?:\w+ )?(?:years|while|time|decades?) now)\b")
# The writer denies the state itself ("i am not suicidal", "i have never self harmed", "had no suicidal thoughts",
# "not suicidal at all" opening a sentence: the subject left out is the writer).
DENIAL = re.compile(r"(?:^|\bi (?:am |was |have |had |have ever |have had |have never )?)(?:not|never|no longer|no)"
                    r"(?: (?:been|ever|feeling|felt|even|really|actually|at all|remotely|once|had|any|in any way))*$")
DENIED = re.compile(r"^(?:suicid\w*|self harm\w*|self injur\w*)(?: thoughts?)?$")
# Right after a denial, these words take it back ("not suicidal yet", "not suicidal right now").
NOT_YET = re.compile(r"^(?:yet|exactly|as such|per se|right now|at the moment|currently|today|tonight|most days)\b")
_SENTENCE_RE = re.compile(r"[.!?\n]+")
# Session 19 (second helper): a dash between spaces ("as a teenager - I'm 34 now") parts clauses as a comma does.
_CLAUSE_RE = re.compile(r"[,;:()]+|\s[-\u2013\u2014]+\s|(?=\s(?:but|and|though|although|however)\s)", re.IGNORECASE)
# Old scars that "still bug me" are what is left of the past, not a relapse (NHS "Self-harm": scars fade, and
# there are treatments for them); "still" about anything else keeps the crisis.
_SCARS_STILL = re.compile(r"\b((?:scars?|scarring|marks)(?: (?!i\b|me\b|cut\w*|harm\w*)\w+){0,4}) still\b")
# Round thirty-two: scars one "still has" are the same remnant told verb first; care one "still" keeps up (seeing a
# therapist, taking the medication) is recovery being kept, not a relapse (NICE NG225 and NHS "Self-harm" advise
# continuing support). "Still" about anything else keeps the crisis.
_STILL_KEPT = re.compile(r"\bstill (?=(?:have|has|got|bear|carry|see) (?:\w+ ){0,2}(?:scars?|scarring|marks)\b|"
                         r"(?:see|seeing|go to|going to|talk to|talking to|have|attend\w*|in|on|taking|take) "
                         r"(?:my |a |the |some )?"
                         r"(?:therapist|counsell?or|psychiatrist|psychologist|therapy|counselling|support group|cpn|"
                         r"antidepressants|medication|meds)\b)")
# A past told as long ago (ten years or more) whose only remnant named is scars: ConText historical, with what is
# left said to be old marks (NHS "Self-harm": scars fade); it stands for a recovery statement.
_LONG_PAST = re.compile(r"\b(?:(?:over|more than|about|nearly|almost) )?(?:ten|eleven|twelve|fifteen|twenty|"
                        r"thirty|forty|[1-9]\d|many|several) (?:\w+ )?years ago|decades ago\b")
_SCARS = re.compile(r"\b(?:scars?|scarring)\b")
# Round twenty-eight: the topic of questions someone asked the writer ("the nurse asked me screening questions about
# self-harm"), answered no ("I said no to all of them"): a screening told, not a disclosure (ConText: a mention that
# is the subject of a question is not asserted; NICE NG225 and the PHQ-9 ask these of everyone at check-ups).
_ASKED_ABOUT = re.compile(r"\b(?:questions?|questionnaire|screening|screened|survey|form|checklist|asked (?:me )?"
                          r"(?:\w+ )?(?:about|if i|whether i))(?: \w+){0,2} (?:about|on|for|regarding|had|have|was|"
                          r"ever)?(?: \w+){0,2} $")
_ANSWERED_NO = re.compile(r"\bi (?:said|answered|ticked|put|told (?:her|him|them)) (?:no|never)\b")
_MASK = "zz"
_OTHERS_AT_RISK = re.compile(r"\b(?:" + OTHERS_AT_RISK + r")\b")
# The self-harm-as-coping class is a mention too (judged like a phrase); the other classes must be absent.
_SELF_HARM = re.compile(rf"\b(?:{_CLASSES['self_harm']})")


def stood_down(text: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    """True when `text` (a normalised message) has at least one crisis mention (`patterns`: the crisis
    phrases, over the matching form) and every one is past and resolved or denied by the writer, with
    nothing else of a crisis left (see the module docstring)."""
    patterns = tuple(patterns) + (_SELF_HARM,)
    folded = prepare(text).text
    if RELAPSE.search(_STILL_KEPT.sub("", _SCARS_STILL.sub(r"\1", scars_lately(folded)))):   # round 52
        return False
    masked, past, found = [], False, False
    # A professional's or student's question (bot.safety.study), never a lethality question (session 23).
    studied = framed_as_study(folded) and not asks_lethality(folded)
    owned = owned_story(folded)         # "it's basically me" (bot.safety.fiction): the frame takes nothing back
    for original, clauses in _sentences(text):
        sentence = " ".join(clauses)
        spans = sorted({m.span() for p in patterns for m in p.finditer(sentence) if m.end() > m.start()})
        others = [m.span() for m in _OTHERS_AT_RISK.finditer(sentence)]    # a patient's risk asked about
        for start, end in spans:
            found = True
            told_of_other = ((story_mention(original, sentence, start, end) or in_quoted_title(
                original, start, end)) and not owned) or any(a <= start and end <= b for a, b in others) or (
                _ASKED_ABOUT.search(sentence[:start]) and _ANSWERED_NO.search(folded))
            if studied or _denied(sentence, start, end) or told_of_other or stood_down_mention(  # round 51
                    sentence, start, end, folded) or stood_down_52(original, sentence, start, end, folded) or (
                    stood_down_53(sentence, start, end, folded)):   # session 32, round 53
                continue
            if not PAST.search(sentence) or PRESENT.search(_clause(clauses, start, end)):
                return False
            past = True
        masked.append(_mask(sentence, spans))
    rest = " ".join(masked)
    if not found or (past and not RECOVERED.search(folded)
                     and not (_LONG_PAST.search(folded) and _SCARS.search(folded))):
        return False
    return not (any(p.search(rest) for p in patterns) or warning_signs(rest)
                or any(f.tier == "C" for f in triage_other_languages(rest)))


def _denied(sentence: str, start: int, end: int) -> bool:
    return bool(DENIED.match(sentence[start:end]) and DENIAL.search(sentence[:start].rstrip())
                and not NOT_YET.match(sentence[end:].strip()))


def _sentences(text: str) -> list[tuple[str, list[str]]]:
    """Each sentence of `text`, as written and as its clauses (split at commas, semicolons and "but", "and",
    "though"), each clause in the matching form."""
    out = []
    for sentence in _SENTENCE_RE.split(text):
        clauses = [c for c in (prepare(part).text for part in _CLAUSE_RE.split(f" {sentence} ")) if c]
        if clauses:
            out.append((sentence, clauses))
    return out


def _clause(clauses: list[str], start: int, end: int) -> str:
    """The clauses that the span [start, end) of `" ".join(clauses)` touches."""
    out, offset = [], 0
    for clause in clauses:
        if offset < end and start < offset + len(clause):
            out.append(clause)
        offset += len(clause) + 1
    return " ".join(out)


def _mask(sentence: str, spans: list[tuple[int, int]]) -> str:
    for start, end in reversed(spans):
        sentence = sentence[:start] + _MASK + sentence[end:]
    return sentence
