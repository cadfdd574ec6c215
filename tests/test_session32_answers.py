"""Session 32: a quote taken with the next sentence that makes it concrete ("This might mean…", "For example, …");
pregnancy and breastfeeding are who the asker is, not a topic to offer "What causes pregnancy?" about; how much water
or fluid to drink is no dose. docs/EVALUATION.md "Session 32". Every message is our own wording."""

from __future__ import annotations

import re

import pytest

from bot.answering.quote_bounds import ELABORATION_WORDS, spells_out


def test_a_next_sentence_that_makes_the_point_concrete_is_quoted_with_it():
    aim = "Gentle movement every day is worth building into your week."
    assert spells_out(aim, "This might mean a short walk after dinner or a swim at the weekend.")
    assert spells_out(aim, "This means choosing things you can keep doing for years.")
    assert spells_out(aim, "For example, some people take the stairs instead of the lift.")
    assert spells_out(aim, "For instance, a walk to the shops counts.")
    assert spells_out(aim, "Examples include walking, swimming and cycling.")


def test_a_sentence_that_goes_on_to_another_point_is_not():
    aim = "Gentle movement every day is worth building into your week."
    assert not spells_out(aim, "This is why many clinics run group classes.")
    assert not spells_out(aim, "Meaning well is not enough.")
    assert not spells_out(aim, "The means to pay for a gym are not needed.")
    long_example = "For example, " + " ".join(["people"] * ELABORATION_WORDS) + "."
    assert not spells_out(aim, long_example)      # a long example is a point of its own


_ELABORATION = re.compile(r"^(?:This (?:might |may |could )?means?|For (?:example|instance),)")


@pytest.mark.slow
def test_no_quote_stops_just_before_a_sentence_that_makes_it_concrete(real_bot):
    for question in ("what sort of exercise is safe when my bones are weak?",
                     "my bones are thin, how should I keep active?",
                     "how do I look after my bones if my back hurts?"):
        answer = real_bot.ask(question)
        assert answer.citations, question
        for citation in answer.citations:
            passage = citation.passage
            end = passage.text.find(citation.quote) + len(citation.quote)
            after = passage.text[end:].lstrip(" ")
            if after and not after.startswith("\n"):
                assert not _ELABORATION.match(after), (question, citation.quote)


def test_a_topic_inside_another_topics_name_gets_no_example_of_its_own():
    from bot.domain.naming import broadest_dropped
    from bot.ingest.concepts import Concept
    lice, head_lice = Concept("lice", "condition", "lice", ("lice",)), Concept("head-lice", "condition", "head lice",
                                                                                ("head lice",))
    calcium = Concept("calcium", "nutrient", "calcium", ("calcium",))
    assert broadest_dropped([head_lice, lice, calcium]) == [head_lice, calcium]
    slice_ = Concept("slice", "condition", "slice", ("slice",))        # a whole word, not any letters
    assert broadest_dropped([lice, slice_]) == [lice, slice_]
    vitamin = Concept("vitamin-d", "nutrient", "vitamin D", ("vitamin d",))
    deficiency = Concept("vitamin-d-deficiency", "condition", "vitamin D deficiency", ("vitamin d deficiency",))
    assert broadest_dropped([vitamin, deficiency]) == [vitamin, deficiency]   # of another kind: both stay
