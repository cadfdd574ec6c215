"""Which parts of a question ask, and which only set the scene: a covered topic named only in the scene does not
make a question about an uncovered thing answerable.

"I have sarcoidosis, is it safe for me to get pregnant?", "Is it safe to get pregnant if I have mitral valve
prolapse?", "My son had Kawasaki disease two years ago. Should he be on a statin?": the articles speak of the
condition, but what is asked is pregnancy or a statin, which they never mention. Quotes about the condition answer
nothing asked; the honest reply is that the articles don't cover the asked thing (issue "Any health site's
articles": out-of-scope questions refused). The scene is

- a clause that tells rather than asks, before a clause that asks ("I have X," / "My son had X." / "my wife has X
  and we want a baby,"), and
- a condition inside an asking clause: "if/when/while/since/because" + a person + the rest of the clause ("… if I
  have X"), or "(people|someone|anyone|…) with X".

A question still counts as asked of a covered topic when an asking clause names it outside the scene ("is it safe
to take magnesium while I'm on warfarin?": magnesium is asked about) or when some asking clause holds no uncovered
thing at all ("my newborn has a hernia, why did this happen? was it something I did in pregnancy?": "why did this
happen" asks of the hernia). The words are English grammar, not knowledge of any article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Clause ends: a sentence end, a comma, a semicolon or a dash. "?" and "!" stay with the clause they end.
_CLAUSE = re.compile(r"[^,;.!?]+(?:[.!?]+|[,;]|$)")
_OPENS_ASKING = re.compile(r"\s*(?:(?:and|but|so|or|also|then|like|ok|okay|well)\s+)?(?:what|whats|what's|why|how|"
                           r"when|where|which|who|is|are|am|can|could|should|does|do|did|will|would|might|may|must|"
                           r"has|have|was|were)\b")
_PERSON = (r"(?:i|i'm|im|i’m|you|you're|he|he's|she|she's|they|they're|we|we're|someone|somebody|anyone|people|"
           r"a person|one|(?:my|your|his|her|their|our) \w+)")
_VERB = (r"(?:take|takes|taking|get|gets|getting|have|has|having|use|uses|using|eat|eats|eating|drink|drinks|be|"
         r"go|goes|do|does|need|needs|should|can|could|would|will|safely|ever|still|also|really)")
_CONDITION = re.compile(r"\b(?:if|when|whenever|while|whilst|since|because|as long as)\s+" + _PERSON + r"\b[^,;.!?]*"
                        # "people with X take …": the phrase ends where its verb starts
                        r"|\b(?:people|someone|somebody|anyone|patients|those|kids|children|adults|women|men|"
                        r"a person|person) (?:who (?:has|have|had)|with)(?: (?!" + _VERB + r"\b)[\w'’-]+){1,4}")


def scene_spans(lowered: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of `lowered` that set the scene rather than ask (the module docstring), in order;
    [] when no clause asks."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(lowered) if m.group(0).strip()]
    asking = [_asks(lowered[a:b]) for a, b in clauses]
    if not any(asking):
        return []
    last_asking = max(i for i, a in enumerate(asking) if a)
    spans = [span for i, span in enumerate(clauses) if not asking[i] and i < last_asking]
    for (a, b), asks in zip(clauses, asking):
        if asks:
            spans += [(a + m.start(), a + m.end()) for m in _CONDITION.finditer(lowered[a:b])]
    return sorted(spans)


def asking_clauses(lowered: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of `lowered` that ask."""
    return [(m.start(), m.end()) for m in _CLAUSE.finditer(lowered) if m.group(0).strip() and _asks(m.group(0))]


def asked_only_of_uncovered(lowered: str, uncovered: Sequence[tuple[int, int]],
                            names_covered: Callable[[str], bool]) -> bool:
    """Whether every clause of `lowered` that asks holds an uncovered thing (`uncovered`: (start, end) spans of
    what no article covers) outside the scene, and no asking clause names a covered topic outside the scene
    (`names_covered(text)`, over the text with the scene and the uncovered spans blanked out)."""
    if not uncovered:
        return False
    asking = asking_clauses(lowered)
    if not asking:
        return False
    scene = scene_spans(lowered)
    outside = [(a, b) for a, b in uncovered if not any(s <= a < e for s, e in scene)]
    if not all(any(c <= a < d for a, _ in outside) for c, d in asking):
        return False
    blanked = lowered
    for a, b in [*scene, *uncovered]:
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    return not any(names_covered(blanked[c:d]) for c, d in asking)


def _asks(clause: str) -> bool:
    return clause.rstrip().endswith("?") or bool(_OPENS_ASKING.match(clause))
