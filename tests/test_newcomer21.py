"""Session 21: a newcomer's findings (session 20's leftovers and session 21's test), each fixed as a kind and tested
in our own wording: "is A the same as B?" weighs both sides; a follow-up made only of grammar and adverbs ("what
if I never get any?") or opening "ok and…" continues the earlier question; text-speak is read as the words it
stands for; an errand ("book me an appointment") is said to be beyond the tool."""

from __future__ import annotations

import pytest
from support.fakes import project_site

from bot.domain.anaphora import says_nothing_new
from bot.domain.corpus_words import CorpusWords
from bot.domain.intent import understand
from bot.domain.small_talk import small_talk
from bot.domain.text_speak import plain_words
from bot.domain.unfamiliar import unfamiliar
from bot.safety.guidance import asks_when_to_see_doctor
from bot.safety.matching import prepare


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


@pytest.mark.parametrize("typed, meant", [
    ("when shud i c a doc 4 my back", "when should i see a doc for my back"),
    ("wat abt b12 tho", "what about b12 tho"),
    ("how much vitamin c a day", "how much vitamin c a day"),         # the vitamin stays
    ("i took 4 tablets over 4 weeks", "i took 4 tablets over 4 weeks"),  # numbers stay numbers
])
def test_text_speak_is_read_as_the_words_it_stands_for(typed, meant):
    assert plain_words(typed) == meant


def test_a_text_speak_when_to_see_a_doctor_question_gets_the_guidance():
    assert asks_when_to_see_doctor(prepare("when shud i c a doc 4 my back"))


@pytest.mark.parametrize("message", ["thanks! also can you book me a GP appointment",
                                     "Can you order vitamin D for me online?",
                                     "could u make me an appointment with a physio"])
def test_an_errand_the_tool_cannot_run_is_said_so(message):
    assert small_talk(message) == "task"


@pytest.mark.parametrize("message", ["what should i buy for b12", "does ordering magnesium online work"])
def test_a_question_about_buying_is_still_a_question(message):
    assert small_talk(message) is None


@pytest.mark.parametrize("question", ["ok and my neck?", "right, and at night?"])
def test_a_switch_after_ok_continues_the_earlier_question(question):
    understood = understand(project_site(), question, ["can vitamin d deficiency cause upper back pain"])
    assert understood.from_history and [t.name for t in understood.topics] == ["vitamin D"]


def _corpus(*words: str) -> CorpusWords:
    return CorpusWords(set(words), lambda t: [w for w in t.split() if len(w) >= 3])


@pytest.mark.parametrize("word, expected", [
    ("luspatercept", True),          # a drug name English hardly knows: a thing the articles cannot speak to
    ("phlegm", False),               # a lay word, common enough
    ("sarcoid", False),              # the start of the corpus's "sarcoidosis"
    ("embarassing", False),          # a typo of a common English word
    ("thalasemia", False),           # a typo of a corpus word
])
def test_a_word_english_hardly_knows_is_an_unfamiliar_name(word, expected):
    assert unfamiliar(word, _corpus("sarcoidosis", "thalassemia", "cough")) is expected


@pytest.mark.slow
def test_an_answer_about_one_nutrient_quotes_no_sentence_about_another_alone(real_bot):
    # "what about potassium" quoted "Vitamin K can also be found in leafy greens…" (K is potassium's symbol).
    answer = real_bot.ask("what about potassium")
    assert answer.citations and all("potassium" in c.quote.casefold() for c in answer.citations)


@pytest.mark.slow
def test_a_sunlight_question_is_not_headed_as_foods(real_bot):
    answer = real_bot.ask("Can I get enough vitamin D from sunlight?")
    assert "food" not in answer.text.split("\n")[0].casefold()
    assert any("sun" in c.quote.casefold() for c in answer.citations)
