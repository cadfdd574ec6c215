"""The plain ranking's hedge (bot/answering/plain_pick.py): the sentence that comes first by cosine and by the
question's rare words together is quoted after the chosen facts when its passage is not cited yet; never a sentence
naming what the question sets aside, never when the answer is empty or full, and a sentence that refers back comes
with the one it refers to. Fast tests build the hits by hand (vectors chosen to give the cosines wanted); the slow
one asks the real bot."""

from __future__ import annotations

import numpy as np
import pytest

from bot.answering.plain_pick import with_plain_best
from bot.answering.quotes import Quote
from bot.config import QuoteSettings
from bot.search.fusion import Retrieval
from bot.types import Hit, Passage

DIM = 8
QUESTION_VECTOR = np.eye(DIM, dtype=np.float32)[0]


def _unit(*weights: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[:len(weights)] = weights
    return v / np.linalg.norm(v)


def _hit(doc: str, sentences: list[str], vectors: list[np.ndarray], terms: list[set[str]]) -> Hit:
    text = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append((at, at + len(s)))
        at += len(s) + 1
    passage = Passage(f"{doc}#0", doc, doc.title(), None, text, 0, len(text), tuple(spans))
    return Hit(passage, 0.5, 0.5, 1.0, np.vstack(vectors), tuple(map(frozenset, terms)),
               tuple(frozenset() for _ in sentences))


CHOSEN = _hit("chosen", ["Magnesium helps muscles relax after they contract."], [_unit(1.0, 1.0)], [{"magnesium"}])
PLAIN = _hit("plain", ["Night cramps in the calves are common in older adults.",
                       "They often come from low magnesium levels in the blood."],
             [_unit(1.0, 0.8), _unit(1.0, 0.2)], [{"cramp", "calv"}, {"magnesium", "level", "blood"}])
WEIGHTS = {"magnesium": 2.0, "level": 1.0, "cramp": 1.5}


def _groups() -> list[list[Quote]]:
    p = CHOSEN.passage
    return [[Quote(p, 0, len(p.text), 1.0, CHOSEN.sentence_vectors[0], CHOSEN.score)]]


def _retrieval(*hits: Hit) -> Retrieval:
    return Retrieval(list(hits), 0.9, WEIGHTS)


def test_the_plain_rankings_first_sentence_is_quoted_after_the_facts_with_the_sentence_it_refers_to():
    groups = with_plain_best(_groups(), _retrieval(CHOSEN, PLAIN), QUESTION_VECTOR, QuoteSettings())
    assert [g[0].passage.doc_id for g in groups] == ["chosen", "plain"]
    # "They often come from low magnesium…" ranks first in the plain passage, and "They" needs its referent.
    assert groups[1][0].text == PLAIN.passage.text
    assert not groups[1][0].corroborates


def test_nothing_is_added_when_its_passage_is_already_cited_or_the_answer_is_empty_or_full():
    assert len(with_plain_best(_groups(), _retrieval(CHOSEN), QUESTION_VECTOR, QuoteSettings())) == 1
    assert with_plain_best([], _retrieval(CHOSEN, PLAIN), QUESTION_VECTOR, QuoteSettings()) == []
    full = with_plain_best(_groups(), _retrieval(CHOSEN, PLAIN), QUESTION_VECTOR, QuoteSettings(max_citations=1))
    assert len(full) == 1


def test_a_sentence_naming_what_the_question_sets_aside_or_contradicting_it_is_never_the_plain_pick():
    # The quote rules' vetoes hold for the hedge (fresh-clone CI, session 25: "does not having enough magnesium make
    # ur back hurt" got "The primary way magnesium intake can lead to…", "…lower back pain" an upper-back sentence).
    from support.fakes import project_site

    from bot.answering.aboutness import Aboutness
    from bot.answering.sentence_features import QuestionSignals
    from bot.domain.intent import understand
    for question, vetoed in (("apart from magnesium, what else causes night cramps?", "magnesium"),
                             ("what causes upper back cramps?", "lower back")):
        understanding = understand(project_site(), question, [])
        signals = QuestionSignals(understanding, QUESTION_VECTOR, WEIGHTS, Aboutness.of_question(understanding), 0.5)
        lower = _hit("lower", ["Lower back cramps at night often come from low magnesium levels."], [_unit(1.0, 0.1)],
                     [{"magnesium", "level", "cramp"}])
        groups = with_plain_best(_groups(), _retrieval(CHOSEN, lower, PLAIN), QUESTION_VECTOR, QuoteSettings(),
                                 signals)
        added = [q.text.casefold() for g in groups[1:] for q in g]
        assert added and all(vetoed not in t for t in added), (question, added)


def test_a_question_line_is_never_the_plain_pick():
    # A newcomer's FAQ pages (session 25): a question kept as text shares the asker's words and meaning best of all.
    faq = _hit("faq", ["What causes low magnesium levels in the blood?"], [_unit(1.0)], [{"magnesium", "level"}])
    groups = with_plain_best(_groups(), _retrieval(CHOSEN, faq, PLAIN), QUESTION_VECTOR, QuoteSettings())
    assert all(not q.text.endswith("?") for g in groups for q in g) and groups[-1][0].passage.doc_id == "plain"


def test_a_pool_of_none_turns_the_hedge_off():
    groups = with_plain_best(_groups(), _retrieval(CHOSEN, PLAIN), QUESTION_VECTOR, QuoteSettings(plain_pool=0))
    assert len(groups) == 1


@pytest.mark.slow
@pytest.mark.parametrize("question", ["how does not having enough vitamin d actually make your back hurt?",
                                      "my b12 came back really low, how do they normally sort that out",
                                      "why do magnesium supplements upset my stomach?"])
def test_on_the_real_index_the_hedge_only_adds_a_passage_after_the_chosen_facts(real_bot, question):
    from dataclasses import replace

    from bot.answering.engine import Bot
    off = Bot(real_bot.index, real_bot.encoder, replace(real_bot.settings, quotes=replace(
        real_bot.settings.quotes, plain_pool=0)))
    with_hedge, without = real_bot.ask(question), off.ask(question)
    kept = [c.passage.passage_id for c in with_hedge.citations]
    before = [c.passage.passage_id for c in without.citations]
    assert with_hedge.kind == without.kind == "answer"
    assert set(before) <= set(kept) and len(set(kept) - set(before)) <= 1
    for c in with_hedge.citations:      # every marker opens the sentence it marks
        assert c.quote in c.passage.text and f"[{c.n}]" in with_hedge.text
