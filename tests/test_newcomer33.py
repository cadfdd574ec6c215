"""Session 33, a newcomer's findings on an operator's shingles, gout and chickenpox pages (answers; the safety ones
are in test_newcomer33_safety.py): a new message with a relative "that" ("a rash near my eye that is blistering")
was read as a follow-up and refused with the earlier question's "the articles don't cover allopurinol"; "scratching
the spots" was refused as a question about acne. Every message is our own wording."""

from __future__ import annotations

import pytest

from bot.answering.sentence_features import META
from bot.domain.anaphora import refers_back
from bot.domain.question_kinds import classify_intent
from bot.domain.scope import check_scope
from bot.domain.site import Site
from bot.ingest.pack import default_pack


@pytest.mark.parametrize(("message", "refers"), [
    ("I have a rash near my eye that is blistering and my vision is blurry", False),
    ("the lump that came up last week keeps growing", False),
    ("my knee has a swelling that never goes down", False),
    ("is that bad?", True),
    ("how does that happen", True),
    ("does that mean I need more iron?", True),
    ("what causes that", True),
])
def test_a_relative_that_after_a_noun_refers_to_nothing_earlier(message: str, refers: bool) -> None:
    assert refers_back(message) is refers


def test_a_new_message_with_a_relative_that_is_not_refused_for_the_earlier_uncovered_subject() -> None:
    site = Site(default_pack(), titles=("Shingles",), covered=frozenset({"shingles"}),
                concept_articles={"shingles": 1})
    verdict = check_scope(site, "I have a rash near my eye that is blistering", frozenset(),
                          earlier="how much allopurinol should I take?")
    assert "allopurinol" not in verdict.uncovered


@pytest.mark.parametrize(("question", "acne"), [
    ("how do I stop my kid scratching the spots", False),       # an everyday word: spots of a rash
    ("what is the best cream for acne", True),                  # the name itself
    ("are zits worse when you are stressed", True),             # a lay word with no other meaning
])
def test_an_everyday_word_alone_names_no_uncovered_condition(question: str, acne: bool) -> None:
    site = Site(default_pack(), titles=("Chickenpox",), covered=frozenset({"chickenpox"}),
                concept_articles={"chickenpox": 1})
    assert any("acne" in name for name in check_scope(site, question, frozenset()).uncovered) is acne


@pytest.mark.parametrize("question", ["and how long does it take to work?", "how long till the b12 shots work"])
def test_how_long_something_takes_to_work_is_no_question_of_how_it_works(question: str) -> None:
    """"and how long does it take to work?" after a magnesium question was answered "How it works, according to the
    articles:" (the newcomer)."""
    assert classify_intent(question) != "mechanism"
    assert classify_intent("how does magnesium work in the muscles?") == "mechanism"


def test_a_pages_pointer_to_its_video_is_no_answer() -> None:
    """"(Watch the video to learn more about shingles." was quoted as an answer (the newcomer's shingles page)."""
    assert META.search("(Watch the video to learn more about shingles.")
    assert META.search("To enlarge the video, click the brackets in the lower right-hand corner.")
    assert not META.search("A video capsule camera can look inside the small bowel.")


def test_the_same_sentence_punctuated_apart_is_not_shown_again_as_corroboration() -> None:
    """"…most common in 60- to 80-year-olds" was corroborated by "…60-to 80-year-olds" from the same page."""
    from bot.answering.corroboration import _words

    assert _words("It is most common in 60- to 80-year-olds.") == _words("It is most common in 60-to 80-year-olds")
    assert _words("It is most common in 60- to 80-year-olds.") != _words("It is most common in 50- to 70-year-olds.")
