"""The answer contract of DESIGN.md, checked on one answer dict: the invariants every answer keeps.

Pure functions over `Answer.to_dict()` output (or anything a client received): no model, no I/O.
"""

from __future__ import annotations

import re
from typing import Mapping

ANSWER_KINDS = ("answer", "no_answer", "urgent", "invalid")
_MARKER = re.compile(r"\[(\d+)\]")


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check_invariants(answer: object, article_texts: Mapping[str, str] | None = None) -> list[str]:
    """Contract violations of one answer dict (empty list when it keeps every invariant of DESIGN.md).

    `article_texts` maps doc_id to the article text the engine's offsets point into; without it the
    passage-offset check is skipped.
    """
    if not isinstance(answer, Mapping):
        return ["answer is not a JSON object"]
    v: list[str] = []
    kind = answer.get("kind")
    if kind not in ANSWER_KINDS:
        v.append(f"kind {kind!r} is not one of {', '.join(ANSWER_KINDS)}")
    text, disclaimer = answer.get("text"), answer.get("disclaimer")
    if not isinstance(text, str):
        v.append("text is not a string")
        text = ""
    if not isinstance(disclaimer, str) or not disclaimer.strip():
        v.append("disclaimer is missing or empty")
    elif disclaimer not in text:
        v.append("text does not contain the disclaimer")
    urgent = answer.get("urgent")
    if kind == "urgent":
        if not isinstance(urgent, str) or not urgent.strip():
            v.append("kind is urgent but the urgent notice is missing")
        elif not text.startswith(urgent):
            v.append("text does not open with the urgent notice")
    elif urgent is not None:
        v.append(f"urgent notice set on a {kind!r} answer")
    raw = answer.get("citations")
    if not isinstance(raw, list):
        v.append("citations is not a list")
        raw = []
    if kind == "no_answer" and raw:
        v.append("no_answer carries citations")
    numbers: list[object] = []
    for i, c in enumerate(raw, 1):
        if not isinstance(c, Mapping):
            v.append(f"citation #{i} is not an object")
            continue
        numbers.append(c.get("n"))
        v.extend(f"citation [{c.get('n')}]: {p}" for p in _citation_problems(c, article_texts))
    used = [int(n) for n in _MARKER.findall(text)]
    first_seen = list(dict.fromkeys(used))
    v.extend(f"[{n}] in text has no citation" for n in first_seen if n not in numbers)
    v.extend(f"citation [{n}] is not used in text" for n in numbers if n not in used)
    if numbers != list(range(1, len(numbers) + 1)):
        v.append(f"citations are numbered {numbers}, not 1..{len(numbers)}")
    if first_seen != sorted(first_seen):
        v.append(f"markers first appear in the order {first_seen}, not by number")
    return v


def _citation_problems(c: Mapping, article_texts: Mapping[str, str] | None) -> list[str]:
    passage, quote = c.get("passage"), c.get("quote")
    if not isinstance(passage, str) or not isinstance(quote, str):
        return ["passage or quote is not a string"]
    problems = []
    if not quote.strip():
        problems.append("quote is empty")
    elif quote not in passage:
        problems.append("quote is not a substring of passage")
    if article_texts is not None:
        doc, start, end = c.get("doc_id"), c.get("start"), c.get("end")
        article = article_texts.get(doc) if isinstance(doc, str) else None
        if article is None:
            problems.append(f"unknown doc_id {doc!r}")
        elif not (_is_int(start) and _is_int(end) and 0 <= start <= end <= len(article)):
            problems.append(f"offsets {start!r}..{end!r} are not valid in {doc}")
        elif article[start:end] != passage:
            problems.append(f"passage is not the text of {doc}[{start}:{end}]")
    return problems
