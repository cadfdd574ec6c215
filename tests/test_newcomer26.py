"""A newcomer's findings of session 26 (a helper who had seen neither the code nor the question sets, trying the tool
on three articles of its own: gallstones, varicose veins, Kawasaki disease), each fixed as a kind and tested in our
own wording: a price read as a dose question, a permission ("can my son have his jab") read as a request for a
diagnosis, "the difference between X" taken for a thing asked about, a figure's caption quoted as a fact, and
"keyhole" not known as the lay word for laparoscopic surgery. The repeated-sentence corroboration is tested in
tests/test_corroboration.py."""

from __future__ import annotations

import pytest

from bot.answering.sentence_features import META
from bot.domain.asked import asked_slots
from bot.domain.focus import FOCUS_SLOTS
from bot.ingest.concepts import health_vocabulary
from bot.safety.advice import asks_diagnosis, asks_dose
from bot.safety.matching import prepare


@pytest.mark.parametrize("question", ["how much does it cost to have my gallbladder removed?",
                                      "how much would i have to pay to get a vitamin d test privately",
                                      "how much money does a bone scan cost"])
def test_what_something_costs_is_no_dose_question(question):
    assert not asks_dose(prepare(question))


@pytest.mark.parametrize("question", ["how much vitamin d should i take?",
                                      "how much does a vitamin d test cost and how much should i take?",
                                      "how many magnesium tablets can i take a day"])
def test_how_much_to_take_is_still_a_dose_question(question):
    assert asks_dose(prepare(question))


@pytest.mark.parametrize("question", ["when can my son have his measles jab after that?",
                                      "can my daughter have her booster after the treatment"])
def test_being_allowed_something_is_no_request_for_a_diagnosis(question):
    assert not asks_diagnosis(prepare(question))


@pytest.mark.parametrize("question", ["could my son have b12 deficiency?", "do i have low magnesium"])
def test_whether_someone_has_a_condition_is_still_one(question):
    assert asks_diagnosis(prepare(question))


@pytest.mark.parametrize("question", ["what's the difference between keyhole and open gallbladder surgery?",
                                      "whats the difference between laser and vein stripping",
                                      "what is the same about osteoporosis and osteomalacia"])
def test_the_difference_between_two_things_is_not_a_thing_asked_about(question):
    assert asked_slots(question, FOCUS_SLOTS) == []


def test_a_definition_is_still_asked_of_its_thing():
    assert asked_slots("what is a schilling test", FOCUS_SLOTS) == [("schilling test",)]


@pytest.mark.parametrize("caption", ["The middle image shows where varicose veins might appear in a leg.",
                                     "This diagram illustrates the spine from the side.",
                                     "The figure shows a normal vein and a varicose vein."])
def test_a_figure_caption_is_a_line_about_the_page(caption):
    assert META.search(caption)


def test_a_sentence_about_an_image_of_the_body_is_not_taken_for_a_caption():
    assert not META.search("Imaging tests such as an MRI show the discs and nerves of the spine.")


@pytest.mark.parametrize("phrase", ["keyhole op", "keyhole operation", "keyhole surgery", "laparoscopic"])
def test_keyhole_is_the_lay_word_for_laparoscopic_surgery(phrase):
    names = {concept.name for _, _, concept in health_vocabulary().mentions(f"how long to recover from a {phrase}")}
    assert "keyhole surgery" in names
