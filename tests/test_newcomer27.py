"""A newcomer's findings of session 27 (a helper who had seen neither the code nor the question sets, using the page
in a browser and adding three articles of its own to the shipped site), each fixed as a kind and tested in our own
wording: eponyms written with or without the possessive, taking "loads of" a vitamin, pointers to other pages
quoted, headings that claim symptoms or when to see a doctor over quotes that say neither, a list's lead-in or item
shown without the other, one sentence quoted twice, a teenager called a baby, another name for an uncovered
condition, a word of degree in what is asked about, and the build report's false flags. The mixed site's
back-pain signs are tested in tests/test_pack_fit.py."""

from __future__ import annotations

import re

import pytest

from bot.answering.corpus_report import LEFTOVER, LEFTOVER_WORDS, corpus_report
from bot.answering.cross_reference import CROSS_REFERENCE
from bot.answering.excess import uncovered_excess
from bot.answering.lists import _without_repeats
from bot.answering.quote_bounds import with_lead_in
from bot.domain.asked import unknown_asked
from bot.domain.vocabulary import Topic
from bot.ingest.concepts import health_vocabulary
from bot.safety.advice import asks_dose, states_dose
from bot.safety.matching import prepare
from bot.safety.screening import screen
from bot.types import Passage


@pytest.mark.parametrize("text", ["how is Wilson's disease treated?", "how is wilson disease treated",
                                  "wilsons disease symptoms", "how is Wilson’s disease treated?"])
def test_an_eponym_is_known_with_or_without_its_possessive(text):
    assert [c.id for c in health_vocabulary().find(text)] == ["wilson-disease"]


@pytest.mark.parametrize("text, concept", [("crohn disease", "crohn-s-disease"), ("crohns disease", "crohn-s-disease"),
                                           ("addisons disease", "addison-disease"), ("pagets disease",
                                                                                      "paget-s-disease")])
def test_a_possessive_eponym_is_known_without_its_apostrophe(text, concept):
    assert concept in [c.id for c in health_vocabulary().find(text)]


def test_an_organ_or_a_grave_illness_is_no_eponym():
    assert [c.id for c in health_vocabulary().find("kidney disease")] == ["kidney-disease"]
    assert health_vocabulary().find("it is a grave disease") == []


VITAMIN_D = Topic("vitamin D", "nutrient", ("vitamin d",), ("vitamin d",))


def _passage(text: str, sentences: tuple[tuple[int, int], ...], pid: str = "a#0") -> Passage:
    return Passage(pid, pid.split("#")[0], "A", None, text, 0, len(text), sentences)


NO_EXCESS = [_passage("Vitamin D helps bones.", ((0, 22),))]


@pytest.mark.parametrize("question", ["is it bad to take loads of vitamin d", "ive been taking lots of vitamin d",
                                      "is popping a load of vitamin d safe"])
def test_taking_loads_of_a_nutrient_is_asking_about_too_much(question):
    assert uncovered_excess(question, (VITAMIN_D,), NO_EXCESS, {}) == ("too much vitamin D",)
    assert asks_dose(prepare(question))


@pytest.mark.parametrize("question", ["can i get lots of vitamin d from food", "lots of people lack vitamin d"])
def test_lots_of_without_taking_asks_no_excess(question):
    assert uncovered_excess(question, (VITAMIN_D,), NO_EXCESS, {}) == ()


@pytest.mark.parametrize("sentence", ['(For more information, go to "What Causes Restless Legs Syndrome?")',
                                      "For more information, see the NIH page.", "See also: gout",
                                      'Read "Diet and gout" below.'])
def test_a_pointer_to_another_page_is_never_quoted(sentence):
    assert CROSS_REFERENCE.match(sentence)


@pytest.mark.parametrize("sentence", ["Seeing a doctor is wise when pain lasts.", "Go to the GP if it hurts.",
                                      "For most people, more information about diet helps."])
def test_ordinary_sentences_are_no_pointers(sentence):
    assert not CROSS_REFERENCE.match(sentence)


LIST = "Calcium matters. Low levels can lead to:\n\n• Weak bones.\n• Cramps in the legs at night."


def test_a_short_item_is_shown_from_its_lead_in():
    spans = ((0, 16), (17, 40), (44, 55), (58, len(LIST)))
    passage = _passage(LIST, spans)
    assert LIST[with_lead_in(passage, 58):].startswith("Low levels can lead to:")
    assert with_lead_in(passage, 0) == 0 and with_lead_in(passage, 17) == 17


def test_a_long_or_labelled_item_stands_alone():
    text = "Causes include:\n\n• Posture: sitting badly for hours puts strain on the spine and its muscles."
    passage = _passage(text, ((0, 15), (19, len(text))))
    assert with_lead_in(passage, 19) == 19


def test_one_sentence_in_two_passages_is_quoted_once():
    import numpy as np

    from bot.answering.quotes import Quote

    text = "Primary hemochromatosis is caused by a faulty gene."
    quotes = [Quote(_passage(text, ((0, len(text)),), pid), 0, len(text), 1.0, np.zeros(2), 1.0)
              for pid in ("h#3", "h#13")]
    assert len(_without_repeats([[quotes[0]], [quotes[1]]])) == 1


def test_a_teenager_is_not_called_a_baby():
    notice = " ".join(screen("im 16 and my back kills after footy, do i need more calcium or summat").notices)
    assert "teenager" in notice and "babies" not in notice


@pytest.mark.slow
def test_another_name_for_an_uncovered_condition_is_said_in_the_askers_words(real_bot):
    text = real_bot.ask("how is acid reflux treated?").text
    assert text.startswith("The articles don't cover acid reflux")


@pytest.mark.slow
def test_a_word_of_degree_is_not_part_of_what_is_asked_about(real_bot):
    assert unknown_asked("is acupuncture any good for back pain", real_bot.corpus_words,
                         lambda phrase: False) == ("acupuncture",)


@pytest.mark.slow
@pytest.mark.parametrize("question, history", [
    ("how wud i no if im low on b12", []),
    ("what are the signs youre low on that then?", ["what does vitamin k do for your bones"]),
    ("wats better for bones, vit d or vit k?", []),
])
def test_no_lead_in_is_shown_without_its_items_and_no_symptoms_heading_without_symptoms(real_bot, question, history):
    answer = real_bot.ask(question, history=history)
    assert not re.search(r":\s*\[\d+\]", answer.text)            # "…such as: [3]" with nothing after it
    lines = answer.text.split("\n\n")
    if any(line.startswith("Symptoms the articles link") for line in lines):
        cue = re.compile(r"\b(symptoms?|signs?|tingling|numbness|pain|weakness|fatigue|cramps?|spasms?|aches?|"
                         r"stiffness|pallor)\b", re.I)
        assert any(cue.search(c.quote) for c in answer.citations)


def test_a_finding_about_the_use_of_a_nutrient_states_no_dose():
    assert not states_dose("This suggests that genes may contribute to the faulty use of iron in the brain.")
    assert states_dose("Doctors suggest you use a vitamin D supplement in winter.")


def test_a_long_paragraph_that_says_read_more_is_no_page_leftover(tiny_settings):
    line = ("Read more about peptic ulcers, sores involving the lining of the stomach or duodenum, the first part of "
            "the small intestine, which gastritis can lead to.")
    assert LEFTOVER.search(line) and len(line.split()) > LEFTOVER_WORDS
    (tiny_settings.corpus_dir / "gastritis.md").write_text(f"# Gastritis\n\n{line}\n\nRead more\n", encoding="utf-8")
    report = corpus_report(tiny_settings)
    flagged = next(a for a in report.articles if a.title == "Gastritis").leftovers
    assert flagged == ("Read more (“Read more”)",)


@pytest.mark.parametrize("question", ["does it run in families?", "is that serious?", "can it come back?",
                                      "so are they dangerous", "and will it get worse"])
def test_a_yes_no_question_about_the_earlier_thing_refers_back(question):
    from bot.domain.anaphora import asks_back

    assert asks_back(question)


@pytest.mark.parametrize("question", ["can you translate that?", "tell me a joke about it",
                                      "do you know a good joke about that"])
def test_a_question_with_another_subject_does_not_refer_back(question):
    from bot.domain.anaphora import asks_back

    assert not asks_back(question)


@pytest.mark.parametrize("question, intent", [("what medicines do they use for it?", "treatment"),
                                              ("which drugs help osteoporosis", "treatment"),
                                              ("can kids get it too?", "yes_no"),
                                              ("where do i get it from", "foods"),
                                              ("how can i get more magnesium", "foods")])
def test_medicines_ask_about_treatment_and_who_gets_it_is_no_food_question(question, intent):
    from bot.domain.question_kinds import classify_intent

    assert classify_intent(question) == intent


@pytest.mark.slow
@pytest.mark.parametrize("question, earlier", [("does it run in families?", "what is osteoporosis"),
                                               ("is that serious?", "what causes muscle cramps at night")])
def test_a_yes_no_follow_up_is_answered_about_the_earlier_topic(real_bot, question, earlier):
    answer = real_bot.ask(question, history=[earlier])
    assert answer.kind == "answer" and answer.citations
    assert real_bot.ask("is it going to rain tomorrow?", history=[earlier]).kind == "no_answer"


def test_a_list_run_into_a_paragraph_line_becomes_its_lead_in_items_and_next_sentence():
    from bot.ingest.articles import parse_article

    raw = ("Bleeding\n\nSigns of bleeding in the stomach include   - shortness of breath   - feeling faint   - "
           "black stools    A person with any of these should see a doctor right away.\n").encode()
    text = parse_article("g", "g.txt", raw, {"title": "Gastritis"}).article.text
    assert ("Signs of bleeding in the stomach include\n\n• shortness of breath\n• feeling faint\n• black stools\n\n"
            "A person with any of these should see a doctor right away.") in text


@pytest.mark.parametrize("line", ["Treatment - what works - is still debated by experts.",
                                  "The test costs £20  - about $25 - at most clinics.",
                                  "Some people include   - as a joke - their pets in the count."])
def test_a_dash_in_prose_is_no_flattened_list(line):
    from bot.ingest.cleaning import flattened_list
    from bot.ingest.headings import ends_as_lead_in

    assert flattened_list(line, ends_as_lead_in) is None


def test_words_run_together_are_reported_and_long_terms_are_not():
    from bot.domain.run_together import run_together_words

    found = run_together_words(["Gastritis is inflammation of the stomachliningknown as the mucosa.",
                                "It can cause ulcersdeep sores, and osteomalacia or hemochromatosis."])
    assert found == ("stomachliningknown (stomach lining known)", "ulcersdeep (ulcers deep)")
    assert run_together_words(["Supplementation, intervertebral discs and musculoskeletal pain; a cholecystectomy."]) \
        == ()


def test_the_shipped_articles_have_no_run_together_words():
    from pathlib import Path

    from bot.answering.corpus_report import corpus_report
    from bot.config import Settings

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    report = corpus_report(Settings(corpus_dir=corpus, index_dir=corpus.parent / "index"))
    assert all(a.run_together == () for a in report.articles)
