"""A quoted fact is cited also where another article states it in its own words (bot/answering/corroboration.py),
and never where a close sentence is about another nutrient, off the asked topic, or about what was set aside.
Fast tests build the hits by hand (vectors chosen to give the cosines wanted); the slow one asks the real bot: the
facts come first, then, under a line saying so, the other passages' wordings of them."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
from support.fakes import project_site

from bot.answering.corroboration import corroborated
from bot.answering.quotes import Quote
from bot.config import QuoteSettings
from bot.domain.intent import understand
from bot.domain.wording import SAID_ELSEWHERE
from bot.types import Hit, Passage

DIM = 8
QUESTION = "Can vitamin D deficiency cause back pain?"
FACT = "A vitamin D deficiency can cause back pain by weakening the bones."


def _unit(*weights: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[:len(weights)] = weights
    return v / np.linalg.norm(v)


MAIN_VECTOR = _unit(1.0)
CLOSE = _unit(1.0, 0.3)        # cosine 0.96 with the main quote
FAR = _unit(1.0, 1.5)          # cosine 0.55


def _hit(doc: str, sentence: str, vector: np.ndarray, title: str = "Bones and back pain") -> Hit:
    passage = Passage(f"{doc}#0", doc, title, None, sentence, 0, len(sentence), ((0, len(sentence)),))
    return Hit(passage, 0.5, 0.5, 1.0, vector.reshape(1, -1), (frozenset(),), (frozenset(),))


def _groups(main: Hit) -> list[list[Quote]]:
    p = main.passage
    return [[Quote(p, 0, len(p.text), 1.0, MAIN_VECTOR, main.score)]]


def _cited(groups) -> list[str]:
    return [q.passage.doc_id for g in groups for q in g]


@pytest.fixture(scope="module")
def understanding():
    return understand(project_site(), QUESTION, [])


def test_the_same_fact_in_another_article_is_cited_beside_the_quote(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", "Low vitamin D can lead to back pain because bones grow weak.", CLOSE)
    groups = corroborated(_groups(main), [main, other], understanding, QuoteSettings())
    assert _cited(groups) == ["one", "two"]
    assert groups[0][1].text == other.passage.text       # verbatim, the whole sentence


def test_the_same_sentence_repeated_in_the_same_article_is_not_shown_twice(understanding):
    # A newcomer's article answered one question in two of its sections with the same sentence; the answer quoted it
    # once as the fact and again as "much the same points elsewhere".
    main = _hit("one", FACT, MAIN_VECTOR)
    text = "  " + FACT.upper()
    passage = Passage("one#5", "one", "Bones and back pain", "Key points", text, 0, len(text), ((2, len(text)),))
    repeat = Hit(passage, 0.5, 0.5, 1.0, MAIN_VECTOR.reshape(1, -1), (frozenset(),), (frozenset(),))
    assert _cited(corroborated(_groups(main), [main, repeat], understanding, QuoteSettings())) == ["one"]
    # The same words in another article are another source saying it: cited beside the quote.
    elsewhere = _hit("two", FACT, MAIN_VECTOR)
    assert _cited(corroborated(_groups(main), [main, elsewhere], understanding, QuoteSettings())) == ["one", "two"]


def test_a_merely_related_sentence_is_not_a_corroboration(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", "Vitamin D is made in the skin when it is exposed to sunlight.", FAR)
    assert _cited(corroborated(_groups(main), [main, other], understanding, QuoteSettings())) == ["one"]


def test_a_close_sentence_about_another_nutrient_is_not_a_corroboration(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", "A magnesium deficiency can cause back pain by tightening the muscles.", CLOSE)
    assert _cited(corroborated(_groups(main), [main, other], understanding, QuoteSettings())) == ["one"]


@pytest.mark.parametrize("lead_in", ["Other ways a vitamin D deficiency can cause back pain include",
                                     "A vitamin D deficiency can cause back pain in these ways:"])
def test_a_lists_lead_in_is_no_corroboration(understanding, lead_in):
    # A newcomer's own articles (session 24): "Other causes of cirrhosis may include [4]" stood alone under "The
    # articles make much the same points elsewhere", its items nowhere.
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", lead_in, CLOSE)
    assert _cited(corroborated(_groups(main), [main, other], understanding, QuoteSettings())) == ["one"]


def test_at_most_the_set_number_per_fact_and_in_all(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    others = [_hit(d, f"Vitamin D deficiency can cause back pain ({d}).", CLOSE) for d in ("two", "three", "four")]
    assert _cited(corroborated(_groups(main), [main, *others], understanding, QuoteSettings())) == ["one", "two"]
    two = QuoteSettings(corroborations=2)
    assert len(_cited(corroborated(_groups(main), [main, *others], understanding, two))) == 3
    capped = QuoteSettings(corroborations=3, max_citations=2)
    assert len(_cited(corroborated(_groups(main), [main, *others], understanding, capped))) == 2
    off = QuoteSettings(corroborations=0)
    assert _cited(corroborated(_groups(main), [main, *others], understanding, off)) == ["one"]


def test_a_passage_already_cited_is_not_cited_again(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", "Low vitamin D can lead to back pain because bones grow weak.", CLOSE)
    groups = [*_groups(main), [Quote(other.passage, 0, len(other.passage.text), 0.9, FAR, 0.4)]]
    assert _cited(corroborated(groups, [main, other], understanding, QuoteSettings())) == ["one", "two"]


def test_what_the_question_sets_aside_is_not_brought_back():
    asked = understand(project_site(), "Apart from magnesium, what deficiency causes back pain?", [])
    assert asked.excluded_terms, "the question sets magnesium aside"
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", "A lack of vitamin D or magnesium can cause back pain by weakening the bones.", CLOSE)
    assert _cited(corroborated(_groups(main), [main, other], asked, QuoteSettings())) == ["one"]


def test_corroborations_carry_the_fact_score_and_their_own_place(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    other = _hit("two", "Low vitamin D can lead to back pain because bones grow weak.", CLOSE)
    extra = corroborated(_groups(main), [main, other], understanding, QuoteSettings())[0][1]
    assert extra == replace(extra, score=1.0, lead=0.0, corroborates=True)
    assert extra.start == 0 and extra.end == len(other.passage.text)


@pytest.mark.slow
def test_the_real_bot_shows_where_else_the_articles_say_what_it_quotes():
    from bot.answering.engine import Bot

    bot = Bot.load()
    # Whether a fact has another wording depends on which facts the answer quotes (a fourth fact may be that other
    # wording itself), so the behaviour is asked of several questions whose facts the articles repeat.
    questions = ("Can a lack of vitamin D give you back pain?", "Does low vitamin D cause back pain?",
                 "Can magnesium deficiency cause muscle cramps?", "Can B12 deficiency damage nerves?")
    answers = [bot.ask(q) for q in questions]
    shown_elsewhere = [a for a in answers if a.kind == "answer" and SAID_ELSEWHERE in a.text]
    assert len(shown_elsewhere) >= 2, [a.text for a in answers]
    for answer in shown_elsewhere:
        facts, elsewhere = answer.text.split(SAID_ELSEWHERE)
        shown = re.findall(r"\[(\d+)\]", facts), re.findall(r"\[(\d+)\]", elsewhere)
        assert shown[0] and shown[1], answer.text
        # The facts keep the first numbers; the other wordings follow them, each opening its own sentence verbatim.
        assert max(map(int, shown[0])) < min(map(int, shown[1]))
        assert len(answer.citations) <= QuoteSettings().max_citations
        for citation in answer.citations:
            assert citation.quote in citation.passage.text and citation.quote in answer.text
        passage = {str(c.n): c.passage.passage_id for c in answer.citations}
        assert not {passage[n] for n in shown[0]} & {passage[n] for n in shown[1]}   # other passages than the facts'


def test_a_table_cell_is_quoted_whole_and_a_pointer_never(understanding):
    main = _hit("one", FACT, MAIN_VECTOR)
    text = "Vitamin D Deficiency: Effect on Back — Pain from weak bones. The pain is worse when standing."
    cut = text.index(" The pain")
    cell = Passage("two#0", "two", "Table", None, text, 0, len(text), ((0, cut), (cut + 1, len(text))),
                   kind="table_cell")
    hit = Hit(cell, 0.5, 0.5, 1.0, np.vstack([CLOSE, FAR]), (frozenset(), frozenset()), (frozenset(), frozenset()))
    extra = corroborated(_groups(main), [main, hit], understanding, QuoteSettings())[0][1]
    assert extra.text == text
    pointer = _hit("three", "For more information on vitamin D and back pain, see the NIH.", CLOSE)
    assert _cited(corroborated(_groups(main), [main, pointer], understanding, QuoteSettings())) == ["one"]
