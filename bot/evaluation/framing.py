"""Frame support: is the heading an answer opens with backed by the sentences it quotes? (approximate)

An answer's heading is the bot's own lead line before its quotes ("Food sources of iron named in the
articles:"). It is a claim: that the quotes below are of a kind (foods, tests, treatment, ...) and about a
topic (iron). This module checks that claim on the answer dict alone, with no model:

1. heading = the last non-empty line before the first line carrying a citation marker `[n]`, in the text
   without the urgent notice and the disclaimer. No such line (an answer that starts with a quote), or a
   line that is itself article text (it stands in a cited passage): no heading, nothing to check
   (`frame_check` returns None).
2. kind = the first entry of `KINDS` whose cue pattern matches the heading (None when none does: a
   definition or general heading, where only the topic is checked).
3. topic = the heading's words left after removing frame words (articles, say, named, ...), the kind's cue
   words and deficiency qualifiers (deficiency, low, lack, ...); no word left = no topic named.
4. supported = at least one quote contains a word of the kind's class (when a kind was found) AND names
   the topic (when one was named): the topic's words appear in the quote in order, each word matching a
   quote word that starts with it (so "fracture" matches "fractures"); "vitamin X" also counts as named
   by "X" alone ("low B12 ..." names vitamin B12).

The word classes are general consumer-health vocabulary for each kind of answer, not sentences of any
corpus. The check is approximate: a quote can name a food without saying it is a source of the topic, and
a supported topic can be named in passing. "Exercise" is a prevention word, not a treatment word: "reluctant
to exercise" says nothing about treating anything. It catches the plain failures: a heading about iron over quotes
that never mention iron; "On treating X" over sentences with no word of treatment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

_MARKER = re.compile(r"\[\d+\]")
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")

# (kind, cue pattern in the heading, word class a quote must use). Patterns match lower-case text; a word
# class entry matches a quote word that starts with it, so "diagnos" covers diagnosis/diagnosed/diagnose.
KINDS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("foods", r"\bfoods?\b|\bdiet(?:ary)?\b|\beat(?:ing)?\b|\bfood sources?\b", frozenset(
        "food foods diet dietary eat eating meal meals fish seafood shellfish oyster salmon tuna sardine mackerel "
        "meat beef pork poultry chicken turkey liver organ egg eggs milk dairy cheese yogurt yoghurt nut nuts "
        "almond seed seeds bean beans legume lentil pea peas grain grains cereal bread rice oat oats fruit fruits "
        "vegetable vegetables greens leafy spinach kale broccoli cabbage carrot potato potatoes tomato banana "
        "avocado orange juice tofu soy fortified chocolate animal plant-based".split())),
    ("tests", r"\btests?\b|\btested\b|\btesting\b|\bdiagnos|\bchecked\b|\bmeasur|\bscreen", frozenset(
        "test tests tested testing diagnos scan scans x-ray x-rays xray mri ct dxa dexa imaging ultrasound "
        "biopsy measur screen exam examination blood-test assay serum density".split())),
    ("treatment", r"\btreat|\btherap|\bmanag|\bremed|\bcure", frozenset(
        "treat therap medication medicine medicines drug drugs supplement supplementation injection injections "
        "infusion surgery surgical physiotherap physical dose doses dosage prescri manag "
        "relie remed rehabilita replac correct cure cures pill pills tablet tablets capsule".split())),
    ("symptoms", r"\bsymptoms?\b|\bsigns?\b", frozenset(
        "symptom sign signs pain pains painful ache aches aching cramp spasm weak fatigue tired numb tingl "
        "stiff nausea vomit dizz fracture swell headache seizure rhythm heartbeat palpitation appetite sore "
        "tender breath pale depress confus tremor restless twitch burning balance".split())),
    # "On who is at risk of X": a quote names a group of people or a likelihood.
    ("risk", r"\bat risk\b", frozenset(
        "risk factor factors likely common commonly often age aged ages older old elderly younger young women men "
        "female male children child adults people person group groups family history smok heredit inherit gene "
        "genetic ethnic white black race population".split())),
    ("causes", r"\bcauses?\b|\bcaused\b|\brisk factors?\b|\bwhy\b", frozenset(
        "cause causes caused causing lead leads leading result results due because risk factor factors "
        "contribut trigger link linked associated responsible develop deficien lack shortage insufficien "
        "poor low".split())),
    ("prevention", r"\bprevent", frozenset(
        "prevent avoid protect reduc lower maintain keep regular healthy exercise diet sunlight sun "
        "supplement screen".split())),
    ("doctor", r"\bdoctor\b|\bmedical (?:advice|help|attention)\b|\bsee a\b", frozenset(
        "doctor doctors physician gp clinician healthcare health-care medical emergency urgent seek consult "
        "provider specialist hospital professional".split())),
)

# Words of the heading that frame the quotes rather than name a topic.
FRAME_WORDS = frozenset(
    "the a an this that these those it its in on of and or with to about for from by as at is are was "
    "be what how why when which who articles article say says said named name names mention mentions "
    "mentioned describe describes described link links linked according involved works work general "
    "sources source here information tool they them there some more other get should can do you your".split())
# Words that qualify a topic without naming it ("vitamin D deficiency" is about vitamin D).
QUALIFIERS = frozenset("deficiency deficiencies deficient low lack levels level insufficiency shortage "
                       "too much high".split())


@dataclass(frozen=True)
class FrameCheck:
    """One answer's heading, what it claims, and whether a quote backs the claim."""

    heading: str
    kind: str | None          # a KINDS name, None for headings of no recognised kind
    topic: str | None         # the topic words, space-separated, None when no topic is named
    supported: bool


def body_lines(answer: Mapping) -> list[str]:
    """The answer's own text lines: without the urgent notice and the disclaimer."""
    text = answer.get("text") if isinstance(answer.get("text"), str) else ""
    for part in (answer.get("urgent"), answer.get("disclaimer")):
        if isinstance(part, str) and part:
            text = text.replace(part, "\n")
    return [line.strip() for line in text.splitlines() if line.strip()]


def heading_of(answer: Mapping) -> str | None:
    """The bot's own line before the first quote: the line before the first quoted (marker-carrying) line, going
    back over lines that are article text (they stand in a cited passage: a lead-in and the list items quoted
    with it, a quote spanning lines); None when no line of the bot's own precedes the first quote."""
    lines = body_lines(answer)
    cits = answer.get("citations") if isinstance(answer.get("citations"), list) else []
    passages = [str(c.get("passage", "")) for c in cits if isinstance(c, Mapping)]
    first = next((i for i, line in enumerate(lines) if _MARKER.search(line)), None)
    for heading in reversed(lines[:first] if first is not None else []):
        if not any(heading.lstrip("•*-– ") in p for p in passages):
            return heading
    return None


def words(text: str) -> list[str]:
    """Lower-case words of `text` (letters, digits, hyphens)."""
    return _WORD.findall(text.casefold().replace("\u2019", "'"))


_BACKGROUND = "background from the articles"
# "The articles don't name food sources of iron. What they do say about iron:": the first sentence says what
# the quotes are NOT; only the rest of the line makes a claim about them.
_ABSENCE_STATEMENT = re.compile(r"^(?:the articles don't (?:name|describe|say)|none of the passages closest to your "
                                r"question mentions)\b[^.]*\.\s*")
_EXCLUSION_HEADING = re.compile(r"^(?:besides|apart from|aside from|other than)\s+(?P<what>[^,:]+)[,:]")


def heading_kind(heading: str) -> str | None:
    """The kind a heading claims (foods, tests, treatment, …) by its cue words, or None."""
    low = heading.casefold()
    return next((kind for kind, cue, _ in KINDS if re.search(cue, low)), None)


def heading_topic(heading: str, kind: str | None) -> tuple[str, ...]:
    """The heading's topic words: its words minus frame words, the kind's cue words and qualifiers."""
    cue = dict((k, c) for k, c, _ in KINDS).get(kind)
    low = heading.casefold()
    if cue:
        low = re.sub(rf"(?:{cue})[\w-]*", " ", low)
    return tuple(w for w in words(low) if w not in FRAME_WORDS and w not in QUALIFIERS
                 and not any(re.match(c, w) for _, c, _ in KINDS))


def _matches(term: str, word: str) -> bool:
    return word == term if len(term) <= 2 else word.startswith(term)


def uses_class(quote: str, kind: str) -> bool:
    """Whether the quote uses a word of the kind's class (prefix match)."""
    vocabulary = dict((k, v) for k, _, v in KINDS)[kind]
    return any(_matches(entry, w) for w in words(quote) for entry in vocabulary)


def names_topic(quote: str, topic: tuple[str, ...]) -> bool:
    """The topic words in order in the quote (each a prefix of a quote word); "vitamin X" also as "X"."""
    qwords = words(quote)
    variants = [topic] + ([topic[1:]] if len(topic) > 1 and topic[0] in ("vitamin", "vitamins") else [])
    return any(_in_order(v, qwords) for v in variants)


def _in_order(topic: tuple[str, ...], qwords: list[str]) -> bool:
    n = len(topic)
    return any(all(_matches(t, w) for t, w in zip(topic, qwords[i:i + n])) for i in range(len(qwords) - n + 1))


def frame_check(answer: Mapping) -> FrameCheck | None:
    """The frame verdict for an answer or urgent answer with a heading; None otherwise (nothing to check)."""
    if answer.get("kind") not in ("answer", "urgent"):
        return None
    heading = heading_of(answer)
    if heading is None:
        return None
    cits = answer.get("citations") if isinstance(answer.get("citations"), list) else []
    quotes = [str(c.get("quote", "")) for c in cits if isinstance(c, Mapping)]
    if heading.casefold().startswith(_BACKGROUND):   # after a red-flag notice: names no kind and no topic
        return FrameCheck(heading, None, None, True)
    excluding = _EXCLUSION_HEADING.match(heading.casefold())
    if excluding:   # "Besides X, the articles say:" claims something beyond X: a quote not about X backs it
        set_aside = tuple(words(excluding["what"]))
        return FrameCheck(heading, None, " ".join(set_aside) or None,
                          any(not names_topic(q, set_aside) for q in quotes))
    claim = _ABSENCE_STATEMENT.sub("", heading.casefold())
    kind = heading_kind(claim)
    topic = heading_topic(claim, kind)
    supported = any((kind is None or uses_class(q, kind)) and (not topic or names_topic(q, topic)) for q in quotes)
    return FrameCheck(heading, kind, " ".join(topic) or None, supported)
