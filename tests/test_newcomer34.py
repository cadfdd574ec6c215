"""Session 34, a newcomer's findings on an operator's shingles, gout and chickenpox pages: "what is post-herpetic
neuralgia and how is it treated" answered its second part with gout medicines, because the "it" of "how is it
treated?" had no topic of the site to stand for (the site's topics are the three conditions) and the earlier
question was dropped from the search as a story. Every message is our own wording."""

from __future__ import annotations

import pytest

from bot.domain.anaphora import defined_term
from bot.domain.intent import understand
from bot.domain.site import Site
from bot.ingest.pack import default_pack


@pytest.mark.parametrize(("question", "term"), [
    ("what is post-herpetic neuralgia", "post-herpetic neuralgia"),
    ("What does hypocalcaemia mean?", "hypocalcaemia"),
    ("what are kidney stones?", "kidney stones"),
    ("what is it?", ""),                         # a pro-form: it refers on, it names nothing
    ("what's wrong with me", ""),                # a stock phrase
    ("what are the symptoms", ""),               # a kind of answer, not a term
    ("what is the best way to get more calcium from food in winter", ""),    # no definition question
])
def test_a_definition_questions_term(question: str, term: str) -> None:
    assert defined_term(question) == term


def _site() -> Site:
    return Site(default_pack(), titles=("Shingles", "Gout"), covered=frozenset({"shingles", "gout"}),
                concept_articles={"shingles": 1, "gout": 1})


def test_a_follow_up_after_a_definition_question_searches_for_the_defined_term() -> None:
    understood = understand(_site(), "how is it treated?", ["what is post-herpetic neuralgia"])
    assert understood.from_history
    assert "post-herpetic neuralgia" in understood.dense_query
    assert understood.intent == "treatment"


def test_a_kind_asked_after_a_story_still_searches_for_the_kind_alone() -> None:
    """The session-30 rule stays: "and foods?" after a story with no term searches for foods, not the story."""
    understood = understand(_site(), "and which foods?", ["I get cramps at night and I'm always tired, why?"])
    assert "cramps" not in understood.dense_query


@pytest.mark.parametrize(("message", "kind"), [
    ("my mum was just diagnosed with anaemia whats the treatment, tablets or injections?", "treatment"),
    ("i got diagnosed with osteoporosis last month how do i treat it", "treatment"),
    ("they found low vitamin d on my bloods what foods should i eat", "foods"),
])
def test_a_run_on_message_is_read_from_its_question(message: str, kind: str) -> None:
    """"my dad just got diagnosed with ITP whats the treatment" was read as a diagnosis question (read operator
    16): a telling clause run into a wh-question with no stop between."""
    from bot.domain.question_kinds import asked_sentences, classify_intent
    assert classify_intent(asked_sentences(message)) == kind


@pytest.mark.parametrize(("caveat", "limits"), [
    ("These medicines are not recommended for children.", True),
    ("They should not be used in pregnancy.", True),
    ("This treatment is only suitable for adults.", True),
    ("Do not give them to babies.", True),
    ("These foods are also rich in fibre.", False),
    ("It is not clear why this happens.", False),
    ("They include nausea, headache and tiredness.", False),
])
def test_a_caveat_that_limits_the_sentence_before(caveat: str, limits: bool) -> None:
    from bot.answering.caveats import limits_previous
    assert limits_previous(caveat) is limits


def test_a_quote_ends_with_the_caveat_that_follows_it_on_the_same_line() -> None:
    """"can i give my toddler imodium…" quoted "…can help relieve symptoms in adults." without the article's next
    words, "These medicines are not recommended for children." (the newcomer's stomach-bug page)."""
    from bot.answering.quote_bounds import corrected_end
    from bot.types import Passage
    first = "Pharmacy remedies such as oral antidiarrhoeals can ease the symptoms in adults."
    text = first + " These remedies are not recommended for young children. Most people recover in a few days."
    second_end = text.index(" Most")
    passage = Passage("p#0", "p", "Stomach bugs", None, text, 0, len(text),
                      ((0, len(first)), (len(first) + 1, second_end), (second_end + 1, len(text))))
    assert corrected_end(passage, 0) == second_end
    assert corrected_end(passage, 1) == second_end      # the next sentence limits nothing
