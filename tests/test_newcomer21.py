"""Session 21: a newcomer's leftovers from session 20, each fixed as a kind and tested in our own wording: "is A the
same as B?" weighs both sides, and a follow-up made only of grammar and adverbs ("what if I never get any?",
"does it ever go away?") continues the earlier question."""

from __future__ import annotations

import pytest
from support.fakes import project_site

from bot.domain.anaphora import says_nothing_new
from bot.domain.intent import understand


@pytest.mark.parametrize("question", ["is vitamin k the same as potassium", "are magnesium and calcium the same thing",
                                      "is calcium the same thing as vitamin d?"])
def test_is_a_the_same_as_b_is_a_comparison_of_both(question):
    understood = understand(project_site(), question, [])
    assert understood.intent == "comparison" and len(understood.topics) == 2


def test_the_same_is_no_comparison_when_one_thing_is_named():
    assert understand(project_site(), "does magnesium stay the same in cooked food", []).intent != "comparison"


@pytest.mark.parametrize("history, question", [
    (["where do i get b12 from"], "what if i never get any"),
    (["can low vitamin d cause back pain"], "does it ever go away"),
    (["what does magnesium do for cramps"], "is it still ok to take"),
])
def test_a_follow_up_of_grammar_and_adverbs_continues_the_earlier_question(history, question):
    assert says_nothing_new(question)
    understood = understand(project_site(), question, history)
    assert understood.from_history and understood.topics


@pytest.mark.parametrize("question", ["never had a cramp before, is magnesium why?", "what time is it"])
def test_a_message_naming_something_still_says_something_new(question):
    assert not says_nothing_new(question)
