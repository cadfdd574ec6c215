"""Findings of session 30, each fixed as a kind and tested in our own wording: "The articles don't say which foods
matter for bone density" written above a quote that names foods harming bone density (the food sentence names the
topic only in the sentence after it, which refers back with "this"; and it names no food of the word class, only
"foods" and foods to skip), and a parent asking about a child's back pain given quotes about adults with no word on
when a child's back pain needs a doctor."""

from __future__ import annotations

import pytest

from bot.answering.aboutness import Aboutness
from bot.answering.absence import _named_next
from bot.domain.number import agreeing, plural_name
from bot.ingest.sentence_types import backs_heading, sentence_types
from bot.safety.child_back_pain import about_a_child_back
from bot.safety.matching import prepare
from bot.safety.notices import CHILD_BACK_PAIN_NOTICE, DISCLAIMER
from bot.safety.screening import screen
from bot.types import Passage


def _passage(sentences: list[str]) -> Passage:
    text, spans = "", []
    for s in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {s}" if text else s
        spans.append((start, start + len(s)))
    return Passage("p#0", "p", "Guide", None, text, 0, len(text), tuple(spans))


def test_a_food_sentence_is_about_the_topic_the_next_sentence_names_when_it_refers_back():
    about = Aboutness(terms=("bone density",), competing=())
    referred = _passage(["Cut down on sugar and sweeteners.", "Over time, this can lower bone density."])
    assert _named_next(referred, 0, about)
    unrelated = _passage(["Cut down on sugar and sweeteners.", "Bone density is measured with a scan."])
    assert not _named_next(unrelated, 0, about)      # names the topic, but does not refer back
    assert not _named_next(referred, 1, about)       # the last sentence has no next one


@pytest.mark.slow
def test_no_absence_is_claimed_over_a_quote_that_names_a_food_about_the_topic(real_bot):
    answer = real_bot.ask("which foods matter for bone density?")
    assert "don't say which foods" not in answer.text
    assert answer.citations and answer.text.rstrip().endswith(DISCLAIMER)


@pytest.mark.parametrize("message", [
    "my 8 year old has back pain, could he be low in vitamin D?",
    "my kid keeps saying her back hurts after school, is it a vitamin thing?",
    "our teenage son has a sore back most days, could it be magnesium?",
    "my daughter's back aches, she's 11. does she need calcium?",
])
def test_a_childs_back_pain_is_told_when_it_needs_a_doctor(message):
    assert about_a_child_back(prepare(message))
    assert CHILD_BACK_PAIN_NOTICE in screen(message).notices


@pytest.mark.parametrize("message", [
    "carrying my toddler all day makes my back ache, is it low vitamin D?",   # the parent's back
    "I've had back pain since I was a kid, could it be B12?",                 # the writer, once a child
    "my son is 34 and has back pain, is it magnesium?",                       # a grown-up son
    "my kids want to know which foods have vitamin D",                        # no back pain
])
def test_no_child_back_pain_note_for_a_grown_up_or_no_childs_back(message):
    assert CHILD_BACK_PAIN_NOTICE not in screen(message).notices


@pytest.mark.slow
def test_a_parent_sees_the_note_above_the_cited_answer(real_bot):
    answer = real_bot.ask("my 9 year old has lower back pain, could it be low vitamin D?")
    assert CHILD_BACK_PAIN_NOTICE in answer.text
    assert answer.text.index(CHILD_BACK_PAIN_NOTICE) < answer.text.index("[1]")
    assert answer.text.rstrip().endswith(DISCLAIMER)


@pytest.mark.parametrize("name, plural", [("gallstones", True), ("varicose veins", True), ("UTIs", True),
                                          ("kidney stones", True), ("measles", False), ("diabetes", False),
                                          ("spinal stenosis", False), ("lupus", False), ("vitamin D", False)])
def test_a_suggested_question_agrees_with_its_topics_number(name, plural):
    assert plural_name(name) is plural
    assert agreeing("How is {name} treated?", name) == f"How {'are' if plural else 'is'} {name} treated?"


@pytest.mark.slow
def test_no_suggestion_is_offered_that_the_articles_cannot_answer(real_bot):
    from bot.answering.absence import said_nowhere
    from bot.domain.intent import understand
    for question in ("Is iron deficiency linked to back pain?", "does potassium matter for cramps",
                     "which foods are rich in iron?"):
        answer = real_bot.ask(question)
        assert answer.suggestions, question        # other kinds and other topics fill the row
        for suggestion in answer.suggestions:
            assert not said_nowhere(real_bot.index, understand(real_bot.site, suggestion)), suggestion


@pytest.mark.slow
@pytest.mark.parametrize("message", [
    "my back is agony, theres numbness between my legs and its hard to pee. should i take more magnesium?",
    "cant feel my bum when i wipe and my back hurts, vit d?",
])
def test_an_emergency_naming_a_nutrient_quotes_nothing(real_bot, message):
    answer = real_bot.ask(message)
    assert answer.kind == "urgent" and not answer.citations
    assert answer.text.rstrip().endswith(DISCLAIMER)


@pytest.mark.slow
def test_a_same_day_notice_about_a_nutrient_quotes_no_fix(real_bot):
    from bot.answering.background import _OFFERS
    answer = real_bot.ask("back pain and a fever of 39 since yesterday, is it the b12?")
    assert answer.kind == "urgent"
    assert not any(_OFFERS.search(c.quote) for c in answer.citations)


def test_a_follow_up_asking_a_kind_of_its_own_searches_for_that_kind():
    from bot.config import Settings
    from bot.domain.intent import understand
    from bot.domain.site import corpus_site
    site = corpus_site(Settings.from_env().corpus_dir)
    story = "my upper back aches all the time and I'm tired. Could it be a vitamin thing?"
    asked = understand(site, "and foods?", [story])
    assert asked.intent == "foods" and story not in asked.query and story not in asked.dense_query
    which = understand(site, "which ones?", ["what vitamins can cause back pain?"])   # no kind: the story carries
    assert "what vitamins can cause back pain?" in which.dense_query


@pytest.mark.slow
def test_and_foods_after_a_vitamin_question_quotes_foods(real_bot):
    answer = real_bot.ask("and foods?", history=["my upper back aches all the time. Could it be a vitamin thing?"])
    assert answer.citations
    assert any(backs_heading("foods", sentence_types(c.quote), c.quote) for c in answer.citations)


@pytest.mark.parametrize("message", [
    "my eyes have gone yellow, I have a fever and the pain in my side won't stop. is it low b12?",
    "her skin looks a bit yellow lately and she's so tired, could it be iron?",
    "the whites of his eyes are turning yellowish, is that the vitamins?",
    "I think I'm jaundiced, and my back aches",
])
def test_yellow_skin_or_eyes_get_same_day_advice(message):
    assert screen(message).status == "urgent"


@pytest.mark.parametrize("message", [
    "can low b12 make your skin yellow?",                       # asked in general
    "my pee is bright yellow since I started vitamins",          # urine, not skin or eyes
    "I had jaundice as a baby, does that matter for vitamin D?",  # long ago
    "no yellowing of my eyes, just back pain",                   # denied
    "I have Gilbert's syndrome and my eyes go yellow when I'm ill",
])
def test_yellow_things_that_are_not_new_jaundice_raise_nothing(message):
    assert screen(message).status == "ok"


def test_cancer_asked_about_as_an_effect_is_no_history_of_cancer():
    asked = "can low vitamin D cause cancer? when should I see a doctor? does it cause back pain?"
    assert screen(asked).status == "ok"
    assert screen("I had breast cancer and now my back hurts, can vitamin D cause cancer?").status == "urgent"


@pytest.mark.slow
def test_a_pro_form_after_a_question_naming_a_covered_topic_asks_of_that_topic(real_bot):
    answer = real_bot.ask("does it cause back pain?", history=["can low vitamin D cause cancer?"])
    assert answer.citations and "don't cover cancer" not in answer.text
    zinc = real_bot.ask("which foods have it?", history=["does zinc help back pain?"])
    assert not zinc.citations and "zinc" in zinc.text


def test_a_sentence_giving_an_example_is_quoted_with_the_one_it_illustrates():
    from bot.answering.quote_bounds import quote_start
    passage = _passage(["Some sprains cause no pain at all.", "For example, a scan may show one by chance."])
    assert quote_start(passage, 1) == 0


def test_a_sentence_already_quoted_for_one_fact_is_not_shown_again_for_another():
    import numpy as np

    from bot.answering.corroboration import corroborated
    from bot.answering.quotes import Quote
    from bot.config import QuoteSettings, Settings
    from bot.domain.intent import understand
    from bot.domain.site import corpus_site
    from bot.types import Hit
    site = corpus_site(Settings.from_env().corpus_dir)
    asked = understand(site, "when should I see a doctor about a sprain?", [])
    unit = np.zeros(8, dtype=np.float32)
    unit[0] = 1.0

    def hit(pid: str, text: str) -> Hit:
        return Hit(Passage(pid, "sprains", "Sprains", None, text, 0, len(text), ((0, len(text)),)), 0.5, 0.5, 1.0,
                   unit.reshape(1, -1), (frozenset(),), (frozenset(),))
    first, second = hit("sprains#1", "Rest the joint for two days."), hit("sprains#2", "See a doctor if it swells.")
    repeat = hit("sprains#7", "Rest the joint for two days.")      # the page repeats it in its key points
    groups = [[Quote(first.passage, 0, len(first.passage.text), 1.0, unit, 0.5)],
              [Quote(second.passage, 0, len(second.passage.text), 1.0, unit, 0.5)]]
    out = corroborated(groups, [first, second, repeat], asked, QuoteSettings())
    assert [q.passage.passage_id for g in out for q in g].count("sprains#7") == 0


def test_a_switch_that_says_more_than_a_topic_does_not_carry_the_earlier_kind():
    from bot.config import Settings
    from bot.domain.intent import understand
    from bot.domain.site import corpus_site
    site = corpus_site(Settings.from_env().corpus_dir)
    foods = ["which foods have magnesium?"]
    assert understand(site, "what about at night? the cramps wake me up", foods).intent != "foods"
    assert understand(site, "and for B12?", ["How is low vitamin D treated?"]).intent == "treatment"
    assert understand(site, "what about calcium?", foods).intent == "foods"


@pytest.mark.slow
@pytest.mark.parametrize("question, history", [
    ("I'm vegan, am I at risk of b12 deficiency?", []),
    ("how much vitamin d should i take and what foods have it?", []),
    ("and how about calcium?", ["how much magnesium should I take?"]),
])
def test_one_line_announces_the_quotes(real_bot, question, history):
    from bot.safety.notices import GENERAL_FOLLOWS
    answer = real_bot.ask(question, history=history)
    assert GENERAL_FOLLOWS.strip() not in answer.text
    assert answer.text.count("in general") + answer.text.count("In general") <= 1
    assert answer.text.rstrip().endswith(DISCLAIMER)


@pytest.mark.parametrize("message", [
    "my 10 year old fell off the trampoline, his back hurts and he can't feel his legs",
    "my teenage son has back pain and a high fever since last night",
])
def test_no_childs_back_pain_note_beside_a_red_flag(message):
    screening = screen(message)
    assert screening.status in ("emergency", "urgent")
    assert CHILD_BACK_PAIN_NOTICE not in screening.notices


@pytest.mark.parametrize("word", ["nonpersistence", "overproduction", "undertreated"])
def test_a_word_made_with_a_prefix_is_not_reported_as_words_run_together(word):
    from bot.domain.run_together import run_together_words, split_run_together
    assert split_run_together(word) is None
    assert run_together_words([f"Some report {word} in the study."]) == ()
    assert split_run_together("stomachliningknown") == ("stomach", "lining", "known")
