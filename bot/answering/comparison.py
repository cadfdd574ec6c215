"""Comparisons answer both sides: a side the answer's quotes do not name gets its own retrieval and its own
quotes, or an explicit statement that the articles say nothing about it.

"Is it worse to be low in magnesium or low in potassium?" retrieved as one question tends to fill the answer
from whichever side the articles discuss more. A missing side is asked on its own (the same question,
boosted towards that side's topic and away from the other's), and its quote must name it. Its dense query is
the question with the other side's name taken out: "how do low vit d and low b12 cause back pain" embedded whole
sits between the two sides, so for vitamin D it finds a sentence that merely names vitamin D beside back pain
rather than the one on how low vitamin D causes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from bot.answering.quotes import Quote, select_quotes
from bot.answering.sentence_features import META
from bot.config import Settings
from bot.domain.intent import Understanding, classify_intent
from bot.domain.vocabulary import Topic, competing_terms
from bot.domain.wording import no_ranking
from bot.domain.wording import side_not_covered as not_covered
from bot.search.fusion import retrieve
from bot.search.store import LoadedIndex
from bot.types import Passage

Encode = Callable[[str], np.ndarray]   # text → one query vector, shape (dim,)

SIDES = 2       # the first two topics named; a third is rare and would make the answer long
CANDIDATES = 10  # passages (one quote each) considered per side
# Quotes for a side the answer left unanswered: its best two, in case one is about the side without answering the
# question of it. 1 → 2 in session 26: held-out K–AP both sides 69 → 73 of 104 (4 batches +1, none down), cite
# 995 → 998, answer 925 → 928.
QUOTES_PER_SIDE = 2


def compared_sides(topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
    """The topics a comparison weighs against each other: the first two of one kind when the question names two
    of a kind ("Which is better for cramps, magnesium or potassium?": the nutrients, not the symptom they are
    compared for), else the first two named."""
    for topic in topics:
        same = tuple(t for t in topics if t.kind == topic.kind)
        if len(same) >= SIDES:
            return same[:SIDES]
    return topics[:SIDES]


@dataclass(frozen=True)
class Side:
    """One side of a comparison: its topic and its best quotes (at most QUOTES_PER_SIDE, one passage each; empty
    when the articles say nothing about it)."""

    topic: Topic
    quotes: tuple[Quote, ...]


def compare(index: LoadedIndex, understanding: Understanding, vector: np.ndarray, settings: Settings,
            asked: tuple[Topic, ...], encode: Encode, shown: frozenset[str] = frozenset()) -> list[Side]:
    """One Side per topic of `asked`, in order, each quote new (not in `shown`, not another side's).
    `vector` is the whole question's embedding; `encode` embeds a side's own query text."""
    sides: list[Side] = []
    topics = compared_sides(understanding.topics)
    # A few candidates per side (any score): the best one about this side alone is wanted, not the best overall; the
    # plain ranking's hedge (bot.answering.plain_pick) is for whole answers, not for a side's candidates.
    candidates = replace(settings.quotes, max_passages=CANDIDATES, candidate_passages=CANDIDATES,
                         margin=float("inf"), plain_pool=0)
    used: set[str] = set(shown)
    for topic in asked:
        others = tuple(t for t in topics if t is not topic)
        focus = replace(understanding, topics=(topic,), intent=_side_intent(understanding.question, topics))
        competing = competing_terms(understanding.site, (topic,)) + tuple(x for t in others for x in t.passage_terms)
        side_vector = encode(side_text(understanding.question, others)) if others else vector
        found = retrieve(index, f"{understanding.query} {topic.name}", side_vector, settings.retrieval,
                         asked_terms=topic.passage_terms, competing_terms=competing)
        quotes = [g[0] for g in select_quotes(focus, found, side_vector, candidates)]
        about = [q for q in quotes if names_topic(q.text, topic) and q.text not in used]
        alone = [q for q in about if not any(names_topic(q.text, other) for other in others)]
        cell = _table_cell(index, topic, others, focus.intent, side_vector, used)
        chosen = ([cell] if cell is not None else []) + [q for q in (alone or about)
                                                         if cell is None or q.text != cell.text]
        chosen = chosen[:QUOTES_PER_SIDE]
        used.update(q.text for q in chosen)
        sides.append(Side(topic, tuple(chosen)))
    return sides


def complete_sides(index: LoadedIndex, understanding: Understanding, vector: np.ndarray, settings: Settings,
                   groups: list[list[Quote]], encode: Encode) -> tuple[list[list[Quote]], list[str]]:
    """The answer's quote groups plus one for each compared topic none of them names, and a statement (the
    bot's words) for each side the articles say nothing about. `encode`: text → query vector (dim,)."""
    compared = compared_sides(understanding.topics)
    # A side counts as answered only by a quote about it alone: "People with osteoporosis or its
    # pre-condition, osteomalacia…" names both sides and says what neither is. A sentence about the article
    # ("This article explores how … B12 can contribute…") answers no side.
    missing = [t for t in compared if not any(_answers_side(g[0].text, t, compared) for g in groups)]
    side_intent = _side_intent(understanding.question, compared)
    if side_intent in ("definition", "symptoms"):
        missing = list(compared)   # "the difference between A and B": what each one is, asked of each
    elif all(_row_cells(index, t, tuple(o for o in compared if o is not t), side_intent) for t in compared):
        missing = list(compared)   # a table compares them already on what is asked: its cells answer each side
    original = groups
    if side_intent == "symptoms":  # each side's own symptoms, side by side: not a quote about one side first
        groups = [g for g in groups if not any(names_topic(g[0].text, t) for t in compared)]

    if not missing:
        return groups, _unranked(understanding, groups)
    # Room for each missing side's quotes: the answer keeps its best quote or quotes and stays short. Room for two a
    # side, not one (session 26): held-out comparisons' MRR 0.590 → 0.684 (the sides' quotes come sooner), both sides
    # 73 → 72 of 104. Keeping no quote of the answer's own when the sides are asked what they are (as for symptoms):
    # both sides 72 → 59; the best quote often answers a side in a sentence that names both.
    floor = 0 if side_intent == "symptoms" else 1
    limit = max(floor, settings.quotes.max_passages - QUOTES_PER_SIDE * len(missing))
    # The quote that answers a side already (about it alone) stays, wherever it ranked: cutting it would leave that
    # side unanswered, since only the missing sides are asked again.
    answering = {next(i for i, g in enumerate(groups) if _answers_side(g[0].text, t, compared))
                 for t in compared if t not in missing}
    groups, notes = [g for i, g in enumerate(groups) if i < limit or i in answering], []
    shown = frozenset(g[0].text for g in groups)    # what the answer still quotes (not what was cut)
    for side in compare(index, understanding, vector, settings, tuple(missing), encode, shown):
        if side.quotes:
            groups.extend([quote] for quote in side.quotes)
        else:
            notes.append(not_covered(side.topic.name))
    if not groups:      # neither side's symptoms found: the answer as it was
        return original, notes + _unranked(understanding, original)
    return groups, notes + _unranked(understanding, groups)


# Asking how to tell two things apart, or how they differ in how they feel.
_TELLS_APART = re.compile(r"\b(?:tell|know|distinguish\w*)\b|\bfeel differen\w*|\bsymptoms? wise\b"
                          r"|\bhow (?:the |your |my )?(?:\w+ )?feels?\b")
# "Which is better / worse / more important…": the question asks for a ranking. A quote ranks only when it names
# both sides and compares them ("… more frequently during the day, whereas …").
_RANKING = re.compile(r"\b(?:better|worse|best|worst|safer|stronger|weaker|preferable|more (?:important|effective|"
                      r"dangerous|serious|harmful|helpful|useful)|less (?:important|effective|dangerous|serious|"
                      r"harmful|helpful|useful))\b")
_COMPARES = re.compile(r"\b(?:than|better|worse|whereas|unlike|compared|more|less)\b")


def _unranked(understanding: Understanding, groups: list[list[Quote]]) -> list[str]:
    """The statement that the articles do not rank the compared sides, when the question asks which is better
    or worse and no quote names both sides and compares them; [] otherwise."""
    compared = compared_sides(understanding.topics)
    if not _RANKING.search(understanding.question.casefold()):
        return []
    ranks = any(all(names_topic(q.text, t) for t in compared) and _COMPARES.search(q.text.casefold())
                for g in groups for q in g)
    return [] if ranks else [no_ranking()]


def _side_intent(question: str, compared: tuple[Topic, ...] = ()) -> str:
    """What each side is asked: the kind of question left when the comparison words are taken out ("worse for
    your back" → general); "the difference between A and B" with nothing else asked: what each is. Telling two
    conditions apart ("how do I tell if it's a slipped disc or a pulled muscle?", "do they feel different?") asks
    how each shows itself: their symptoms ("what's the difference between A and B" still asks what each is)."""
    lowered = question.casefold()
    if _TELLS_APART.search(lowered) and compared and all(t.kind == "condition" for t in compared):
        return "symptoms"
    rest = classify_intent(re.sub(r"\b(vs?\.?|versus|compared?|or|differen\w*|differs?)\b", " ", lowered))
    # "How is back pain from A different from back pain from B?" asks how each causes it; "what's the
    # difference between A and B" asks nothing more of each than what it is.
    if "differen" in lowered and rest in ("general", "definition", "yes_no"):
        return "definition"
    return rest


def _table_cell(index: LoadedIndex, topic: Topic, others: tuple[Topic, ...], intent: str, vector: np.ndarray,
                used: set[str]) -> Quote | None:
    """A table with a row per side and a column per aspect is a comparison already made: the cell of `topic`'s row
    (naming it and no other side) in a column asking `intent`'s kind of question ("Primary Mechanism" for "how
    does each cause back pain"), the closest to `vector` when several; None when the index has none."""
    cells = _row_cells(index, topic, others, intent, used)
    if not cells:
        return None
    rows = [index.sentence_rows[p.passage_id] for p in cells]
    cosines = index.sentence_vectors[rows] @ vector
    best = int(np.argmax(cosines))
    passage = cells[best]
    return Quote(passage, 0, len(passage.text), float(cosines[best]), index.sentence_vectors[rows[best]], 0.0)


def _row_cells(index: LoadedIndex, topic: Topic, others: tuple[Topic, ...], intent: str,
               used: frozenset[str] | set[str] = frozenset()) -> list[Passage]:
    """The table cells of `topic`'s row (naming it and no other of `others`) in a column asking `intent`'s kind of
    question, leaving out the texts in `used`."""
    return [p for p in index.passages if p.kind == "table_cell" and p.text not in used
            and classify_intent((p.aspect or "").casefold()) == intent and names_topic(p.text, topic)
            and not any(names_topic(p.text, other) for other in others)]


def _answers_side(text: str, topic: Topic, compared: tuple[Topic, ...]) -> bool:
    """`text` answers `topic`'s side: it is about it alone and not about the article itself."""
    return _alone(text, topic, compared) and not META.search(text)


def _alone(text: str, topic: Topic, compared: tuple[Topic, ...]) -> bool:
    """`text` names `topic` and none of the other compared topics."""
    return names_topic(text, topic) and not any(names_topic(text, other) for other in compared if other is not topic)


def names_topic(text: str, topic: Topic) -> bool:
    """Whether `text` holds one of `topic`'s passage terms (case-insensitive)."""
    lowered = text.casefold()
    return any(term in lowered for term in topic.passage_terms)



def side_text(question: str, others: tuple[Topic, ...]) -> str:
    """`question` (lower case) with every name of the `others` sides taken out: one side's own question."""
    text = question.casefold()
    for other in others:
        if other.aliases:
            text = re.sub("|".join(other.aliases), " ", text)
    return re.sub(r"\s+", " ", text).strip()
