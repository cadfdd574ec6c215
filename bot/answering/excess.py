""""Too much X": a question about taking too much of a nutrient, which the articles may never discuss.

Asking whether too much vitamin D is harmful is not answered by sentences about vitamin D deficiency. When
the question speaks of excess (too much, overdose, toxicity, megadoses, high doses) and no passage naming the
nutrient speaks of excess in any of those words, the answer must say the articles don't cover that part
(issue "Say only what the articles support": partial coverage is said out loud). The words are English, not
knowledge of any article; whether a corpus covers excess is read from its passages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain.vocabulary import Topic
from bot.types import Passage

EXCESS = re.compile(r"\b(?:too (?:much|many)|excess\w*|overdos\w*|toxic\w*|megados\w*|high(?:er)? dos\w*"
                    r"|large dos\w*)\b")
# Lay words of quantity count only after a verb of taking ("is it bad to take loads of vitamin d", "i've been
# popping lots of magnesium"; a newcomer's question, session 27): "lots of it from food" asks no excess.
LAY_EXCESS = re.compile(r"\b(?:take|takes|taking|took|taken|having|popping|pop|swallowing|swallow|on) "
                        r"(?:(?:really|so|way|far) )?(?:loads|lots|tons|heaps|masses|shedloads|a lot|a load|a ton|"
                        r"(?:big|huge|massive|mega|very high|really high) dos\w*)(?: of)?(?= )")


def uncovered_excess(question: str, topics: Sequence[Topic], passages: Sequence[Passage],
                     titles: dict[str, str]) -> tuple[str, ...]:
    """("too much <nutrient>",) when `question` asks about excess of its first topic, a nutrient (a word of
    excess within a few words of the nutrient's name, or of "it" / "them" in a follow-up), and no passage
    about that nutrient (naming it, or in an article whose title names it; `titles`: {doc_id: title}) uses a
    word of excess; () otherwise."""
    asked = _asked_excess(question, topics)
    if asked is None:
        return ()
    topic = topics[0]
    for passage in passages:
        text = passage.text.casefold()
        title = titles.get(passage.doc_id, "").casefold()
        if any(term in text or term in title for term in topic.passage_terms) and EXCESS.search(text):
            return ()
    return (_named(asked.group(0), topic.name),)


def excess_pattern(question: str, topics: Sequence[Topic]) -> re.Pattern[str] | None:
    """EXCESS when `question` asks about too much of its first topic, a nutrient (what a quote must then say to
    answer it: "excessive osmotic activity, especially with high dosages…"); None otherwise."""
    return EXCESS if _asked_excess(question, topics) is not None else None


def _asked_excess(question: str, topics: Sequence[Topic]) -> re.Match[str] | None:
    if not topics or topics[0].kind != "nutrient":
        return None
    lowered = question.casefold()
    found = [*EXCESS.finditer(lowered), *LAY_EXCESS.finditer(lowered)]
    return next((excess for excess in found if _near(lowered, excess.start(), excess.end(), topics[0])), None)


def _named(word: str, nutrient: str) -> str:
    """How the statement names the excess, in the question's own word ("vitamin D toxicity", "too much iron")."""
    if word.startswith("toxic"):
        return f"{nutrient} toxicity"
    if word.startswith("overdos"):
        return f"{nutrient} overdose"
    if word.startswith(("megados", "high", "large")):
        return f"high doses of {nutrient}"
    return f"excess {nutrient}" if word.startswith("excess") else f"too much {nutrient}"


_POINTER = ("it", "them", "that", "this", "those", "these")
_CLAUSE_END = re.compile(r"[,.;:!?]")
# Words that may stand between the word of excess and the nutrient: "too much of my vitamin D", "overdose on iron".
_FILLERS = frozenset("of on my the your his her their our this that extra supplemental".split())


_COPULA_END = re.compile(r"\s+(?:is|are|was|would be|will be|could be|can be|counts as|becomes?)$")


def _near(lowered: str, start: int, end: int, topic: Topic) -> bool:
    """The nutrient (or a pronoun) right after the word of excess, past filler words only, or right before it
    ("vitamin D toxicity"), or before it with a copula between ("how much vitamin D is too much")."""
    after = _CLAUSE_END.split(lowered[end:], maxsplit=1)[0].split()
    while after and after[0] in _FILLERS and after[0] not in _POINTER:
        after = after[1:]
    following = " ".join(after) + " "
    # "how much vitamin D is too much": the nutrient, then a copula, then the word of excess
    preceding = _COPULA_END.sub("", " " + _CLAUSE_END.split(lowered[:start])[-1].strip())
    terms = [term.strip() for term in topic.passage_terms]
    return (any(following.startswith(t + " ") or following.startswith(t) for t in terms)
            or (bool(after) and after[0] in _POINTER)
            or any(preceding.endswith(" " + t) for t in terms))
