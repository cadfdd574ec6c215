"""Defects a newcomer test found in session 12, on the real bot: a list item shown twice, a lead-in shown without
its items, and a notice announcing general information that never follows."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.slow


def quoted_lines(text: str) -> list[str]:
    """The answer's lines that end in [n] markers, without the markers and bullets."""
    return [re.sub(r"(\[\d+\])+$", "", line).strip(" •") for line in text.splitlines() if re.search(r"\]$", line)]


@pytest.mark.parametrize("question", ["how to prevent back pain", "what can I do to stop my back hurting again?"])
def test_no_sentence_is_shown_twice(real_bot, question):
    answer = real_bot.ask(question)
    sentences = [s for line in answer.text.splitlines() for s in re.split(r"(?<=\.) ", re.sub(r"\[\d+\]", "", line))
                 if len(s.split()) > 4]
    assert len(sentences) == len(set(sentences)), answer.text


@pytest.mark.parametrize("question", ["I take metformin, can it lower my b12?",
                                      "what nerve problems can low b12 cause?"])
def test_a_lead_in_is_never_shown_without_its_items(real_bot, question):
    answer = real_bot.ask(question)
    assert not re.search(r":\s*(\[\d+\])+\s*$", answer.text, re.M), answer.text


@pytest.mark.parametrize("question", ["I take warfarin, can I take vitamin K supplement?",
                                      "how much zinc should I take for my back?"])
def test_a_refusal_does_not_announce_general_information(real_bot, question):
    answer = real_bot.ask(question)
    if answer.kind == "no_answer":
        assert "Here is what the articles say in general" not in answer.text
    else:
        assert answer.citations, answer.text     # announced, and given


@pytest.mark.parametrize("message", ["i wet myself today and my lower back is really painful",
                                     "i cant feel my bum when i wipe and my back is killing me"])
def test_a_red_flag_told_with_nothing_asked_gets_the_notice_and_no_background(real_bot, message):
    # Quotes about magnesium laxatives or "…often resolves this specific type of discomfort" beside "get help now"
    # read as a reason to wait.
    answer = real_bot.ask(message)
    assert answer.kind == "urgent" and answer.citations == ()
    assert "follow the advice above first" in answer.text


def test_a_red_flag_with_a_question_about_a_topic_still_gets_background(real_bot):
    answer = real_bot.ask("I fell off a ladder and my back hurts, could low vitamin D have made my bones weak?")
    assert answer.kind == "urgent" and answer.citations
    assert "Background from the articles (it does not change the advice above)" in answer.text


def test_a_red_flag_told_with_a_question_about_an_article_still_gets_background(real_bot):
    # Asked something of the articles: answered from them, under the notice, with no fix offered.
    answer = real_bot.ask("my back hurts and I cant control my bladder. what does b12 do for the nerves?")
    assert answer.kind == "urgent" and answer.citations
    assert not any("relief" in c.quote or "help" in c.quote for c in answer.citations)
    # Asked whether a deficiency is the cause (session 29): quotes that say it causes such signs read as a harmless
    # explanation of an emergency, so the notice stands alone.
    cause = real_bot.ask("my back hurts and I cant control my bladder, what does that mean, could it be low b12?")
    assert cause.kind == "urgent" and not cause.citations and "can't say what is causing this" in cause.text


def test_a_foods_heading_opens_with_a_quote_that_names_a_food_source(real_bot):
    # "Food sources of calcium named in the articles:" opened with "Skip the animal proteins… leach calcium".
    answer = real_bot.ask("and how about calcium?", history=["which foods have vitamin K"])
    assert answer.text.startswith("Food sources of calcium")
    assert not answer.citations[0].quote.startswith("Skip")


@pytest.mark.parametrize(("message", "asks"), [
    ("i wet myself today and my lower back is really painful", False),
    ("My back hurts and since this morning I can't control my bladder", False),
    ("i have had back pain for a week and i have a fever", False),
    ("when should i see a dr for a tummy bug, theres some blood in my stool", True),
    ("sharp stabbing pain in my chest, worse lying down what does that mean", True),
    ("could low vitamin D do this", True),
])
def test_a_message_that_asks_is_told_from_one_that_only_tells(message, asks):
    from bot.domain.question_kinds import asks_something

    assert asks_something(message) is asks


def test_a_comparison_weighs_the_two_things_of_a_kind_not_what_they_are_compared_for(real_bot):
    # "cramps" is what magnesium and potassium are compared for, not a side: potassium was never quoted.
    answer = real_bot.ask("Which is better for cramps, magnesium or potassium?")
    quotes = " ".join(c.quote.casefold() for c in answer.citations)
    assert "magnesium" in quotes and "potassium" in quotes
    assert "don't say which of these is better or worse" in answer.text


def test_each_marker_highlights_the_sentence_it_follows(real_bot):
    # Two quotes of one passage shared one [n], which highlighted only one of them.
    for question in ("Which is better for cramps, magnesium or potassium?", "how to prevent back pain"):
        answer = real_bot.ask(question)
        by_n = {c.n: c.quote for c in answer.citations}
        for line in answer.text.splitlines():
            for n in re.findall(r"\[(\d+)\]", line):
                shown = re.sub(r"(\[\d+\])+", "", line).strip(" •")
                assert by_n[int(n)].strip(" •").startswith(shown[:40]) or shown[:40] in by_n[int(n)], (line, by_n)


@pytest.mark.parametrize("message", ["my mum is on dialysis, can she eat more bananas for cramps",
                                     "how much vitamin d should my 15 year old son take",
                                     "I take warfarin, can I take vitamin K supplement?"])
def test_no_food_or_treatment_suggestion_follows_a_dose_population_or_medicine_question(real_bot, message):
    from bot.domain.question_kinds import classify_intent

    suggestions = real_bot.ask(message).suggestions
    assert not any(classify_intent(s.casefold()) in ("foods", "treatment") for s in suggestions), suggestions


@pytest.mark.parametrize(("history", "message"), [(["can vitamin D deficiency cause back pain"], "can it cure cancer?"),
                                                  ([], "can magnesium prevent migraines")])
def test_a_remedy_for_something_uncovered_is_not_headed_as_treating_the_topic(real_bot, history, message):
    # "On treating low vitamin D" over supplement quotes read as a yes to "can it cure cancer?".
    answer = real_bot.ask(message, history=history)
    assert answer.text.startswith("The articles don't cover")
    assert "On treating" not in answer.text and "On prevention" not in answer.text


def test_remedy_for_uncovered_reads_the_verb_and_its_object():
    from bot.answering.absence import remedy_for_uncovered

    assert remedy_for_uncovered("can it cure cancer?", ["cancer"])
    assert remedy_for_uncovered("does magnesium help with my migraines", ["migraine"])
    assert not remedy_for_uncovered("i have cancer, can vitamin d help my back pain?", ["cancer"])
    assert not remedy_for_uncovered("how is low vitamin d treated?", [])
