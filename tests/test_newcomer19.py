"""A newcomer's findings of session 19 (a helper who had seen neither the code nor the question sets), each fixed as
a kind and tested in our own wording: a bare "which ones?" after a question with no topic of its own, a thing asked
about named twice in the "not covered" line, a choice between two ways ("is it better to … or …") read as a request
for a diagnosis, and a level asked about read as low mood (tests/test_safety_mood.py)."""

from __future__ import annotations

import pytest
from support.fakes import project_site

from bot.domain.asked import CorpusWords, asked_slots, unknown_asked
from bot.domain.intent import understand
from bot.safety.advice import asks_diagnosis
from bot.safety.matching import prepare


@pytest.mark.parametrize("history, question", [
    (["what vitamins can cause back pain"], "which ones?"),
    (["can deficiencies give you a bad back"], "which ones tho"),
])
def test_a_bare_which_ones_continues_a_question_that_named_no_topic(history, question):
    understood = understand(project_site(), question, history)
    assert understood.from_history and history[0] in understood.query


def test_a_message_that_names_something_does_not_borrow_a_topicless_question():
    assert not understand(project_site(), "which one won the world cup", ["what vitamins can cause back pain"]
                          ).from_history


def test_two_options_compared_for_what_they_do_are_the_two_options():
    assert ("acupuncture", "chiropractor") in asked_slots("does acupuncture or chiropractor help more than vitamins")
    words = CorpusWords({"vitamin", "back", "pain"}, lambda t: [w.rstrip("s") for w in t.split() if len(w) >= 3])
    assert unknown_asked("does acupuncture or chiropractor help more than vitamins", words, lambda p: False) == (
        "acupuncture", "chiropractor")


@pytest.mark.parametrize("question", ["is it better to get b12 from meat or from tablets",
                                      "is it safer to get vitamin d from the sun or from pills?"])
def test_a_choice_between_two_ways_is_no_request_for_a_diagnosis(question):
    assert not asks_diagnosis(prepare(question))


@pytest.mark.parametrize("question", ["is my back pain from low vitamin d", "could it be from my b12?"])
def test_a_cause_asked_of_ones_own_pain_still_is(question):
    assert asks_diagnosis(prepare(question))


def _words(*stems: str) -> CorpusWords:
    return CorpusWords(set(stems), lambda t: [w.rstrip("s") for w in t.casefold().split() if len(w) >= 3])


def test_a_condition_the_site_speaks_of_in_its_own_words_is_covered():
    """corpus/domain.toml's lay terms translate "diarrhea" into "laxative bowel stool": where the articles use
    those words, "can magnesium oxide give me diarrhea?" is not told that diarrhea is not covered."""
    from bot.domain.scope import check_scope

    question = "can magnesium oxide give me diarrhea and back ache"
    spoken = check_scope(project_site(), question, frozenset(), corpus_words=_words("magnesium", "laxative", "back"))
    assert "diarrhea" not in spoken.uncovered
    silent = check_scope(project_site(), question, frozenset(), corpus_words=_words("magnesium", "back"))
    assert "diarrhea" in silent.uncovered
