"""One reply to a message that asks two things (bot.domain.parts): each part answered by the whole answer path.

The reply keeps what opens every answer to the message once (the urgent notice, an earlier red flag's reminder,
the advice notices: the message was screened as a whole), then each part's heading and cited quotes, then the
disclaimer once. Citations are renumbered so that [n] still counts by first appearance and a sentence quoted for
both parts keeps one number. A part the articles do not answer is said to be unanswered, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.domain.parts import asked_parts
from bot.domain.wording import NOT_COVERED_OPENING, REST_ANSWERED
from bot.safety.notices import GENERAL_FOLLOWS
from bot.safety.screening import Screening
from bot.types import Answer, Citation

# The [n] markers that close a quote's line ("… bones can soften. [2][3]"); corpus text holds none (cleaning).
_MARKERS = re.compile(r"(?:\[\d+\])+$", re.M)
_NUMBER = re.compile(r"\[(\d+)\]")
UNANSWERED = "The articles don't answer this part of your question: “{part}”."


def answer_parts(decide: Callable[[Screening, Sequence[str]], Answer], screening: Screening,
                 earlier: Sequence[str], respell: Callable[[str], str] = str) -> Answer | None:
    """The joined answer to a message (`screening.question`) that asks two things (bot.domain.parts), each part
    decided by `decide(screening, earlier questions)`; the second part reads as a follow-up of the first. None
    when the message is one question, when it is not an ordinary English one (a red flag or a crisis is answered
    as a whole), or when neither part is answered with a citation: the caller answers the message as a whole.
    Asked only when the whole message was answered with citations: a message refused as a whole (out of scope)
    stays refused (held-out operator sets: splitting refused ones answered 5 more out-of-scope questions)."""
    english = screening.status == "ok" and screening.language == "en"      # `respell`: typos, for reading kinds
    parts = asked_parts(screening.question, respell) if english else ()
    if not parts:
        return None
    first_part, second_part = parts[:2]
    first = decide(replace(screening, question=first_part), list(earlier))
    second = decide(replace(screening, question=second_part), [*earlier, first_part])
    if not (first.citations or second.citations):
        return None
    advice = (screening.advice_notice or "").replace(GENERAL_FOLLOWS, "")     # as every answer shows it (composer)
    opening = "\n\n".join(p for p in (screening.urgent_notice, screening.reminder, advice) if p)
    return joined(first, second, opening, question=screening.question, parts=(first_part, second_part))


def joined(first: Answer, second: Answer, opening: str, *, question: str, parts: tuple[str, str]) -> Answer:
    """`first` and `second` (the answers to a message's two `parts`) as one answer to `question`, the whole
    message. `opening` is the text both answers start with (notices; "" when none); each ends with the
    disclaimer. A part answered with no citation is named as unanswered after the other part's quotes."""
    if not (first.citations and second.citations):
        kept, (unanswered, part) = (first, (second, parts[1])) if first.citations else (second, (first, parts[0]))
        # "The articles don't cover bananas." said of a refused part reads, beside the answered one, as any partly
        # covered question's statement does: "…bananas, so this answer can't say anything about that part."
        said = [p[:-1] + REST_ANSWERED if p.endswith(".") and not p.endswith(REST_ANSWERED) else p
                for p in unanswered.text.split("\n\n") if p.startswith(NOT_COVERED_OPENING)]
        if said:    # what the other part names that no article covers, said first as for any partly covered question
            rest = kept.text[len(opening):].lstrip("\n")
            return replace(kept, question=question, text="\n\n".join(p for p in (opening, *said, rest) if p))
        head = _without_disclaimer(kept)
        return replace(kept, question=question, text=f"{head}\n\n{UNANSWERED.format(part=part)}\n\n{kept.disclaimer}")
    numbers: dict[int, int] = {}
    citations = list(first.citations)
    known = {(c.passage.passage_id, c.quote): c.n for c in first.citations}
    for citation in second.citations:
        again = known.get((citation.passage.passage_id, citation.quote))
        numbers[citation.n] = again or len(citations) + 1
        if again is None:
            citations.append(Citation(numbers[citation.n], citation.passage, citation.quote, citation.score))
    if len(citations) == len(first.citations):     # every quote of the second part is already shown above
        return replace(first, question=question)
    body = second.text[len(opening):].lstrip("\n") if opening and second.text.startswith(opening) else second.text
    body = _without_repeats(body, {c.n: c.quote for c in second.citations}, numbers, len(first.citations))
    body = _MARKERS.sub(lambda m: "".join(dict.fromkeys(
        f"[{numbers[int(n)]}]" for n in _NUMBER.findall(m.group(0)))), body)
    return replace(first, question=question, kind="urgent" if "urgent" in (first.kind, second.kind) else first.kind,
                   text=f"{_without_disclaimer(first)}\n\n{body}", citations=tuple(citations),
                   suggestions=second.suggestions or first.suggestions)


def _without_repeats(body: str, quotes: dict[int, str], numbers: dict[int, int], shown: int) -> str:
    """`body` (the second part's text) without the paragraphs quoting only what the first part quoted (its
    citations are numbers up to `shown` once renumbered by `numbers`), nor the paragraphs of those quotes before
    their markers: a list's lead-in ("You are more likely to get gout if you:") is a paragraph of its quote."""
    paragraphs = body.split("\n\n")
    keep = [True] * len(paragraphs)
    for i, paragraph in enumerate(paragraphs):
        marks = _MARKERS.search(paragraph)
        if marks is None or any(numbers[int(n)] > shown for n in _NUMBER.findall(marks.group(0))):
            continue
        keep[i] = False
        quoted = " ".join(quotes.get(int(n), "") for n in _NUMBER.findall(marks.group(0)))
        j = i - 1
        while j >= 0 and keep[j] and not _MARKERS.search(paragraphs[j]) and paragraphs[j].strip() in quoted:
            keep[j] = False
            j -= 1
    return "\n\n".join(p for p, kept in zip(paragraphs, keep) if kept)


def _without_disclaimer(answer: Answer) -> str:
    text = answer.text
    return text[: -len(answer.disclaimer)].rstrip("\n") if text.endswith(answer.disclaimer) else text
