"""A newcomer's findings, session 31 (a helper who had seen neither the code nor the questions used the page in
chromium and added two MedQuAD pages as an operator).

- "…I'm vegetarian and I don't go out in the sun much because I work nights. My sister said it could be a vitamin
  thing. Could it be? What should I do?" was refused ("The articles don't cover vegetarian diet."): the asker's way
  of life, told beside the question, was taken for what was asked.
- On a Kawasaki disease and hemorrhoids site, "Ask next" offered "How is chickenpox treated?": the Kawasaki page
  names "the measles and chicken pox vaccines" once, and every concept named anywhere was a follow-up topic.
- "i am so tired of this pain, nothing helps anymore" after an osteoporosis question: the support line, then quotes on
  severe pain and collapsing bones (the earlier topic carried into a message that asks nothing).
- "ok what does magnesium do and which foods have it" was answered about foods only.
- "is it the same as osteoporosis?" after "what is osteomalacia" was answered about osteoporosis alone.
- "what can you help me with?" was refused as a question the articles do not answer.
- "who is more likely to get b12 deficiency" opened "On who is at risk of low B12" over quotes on nerves and treatment.
- "my dog has back problems can i give him vitamin d" was answered as a person's dose question, quoting that vitamin D
  helps back pain (vitamin D poisons dogs: bot/domain/animals.py).
- Under a cauda equina notice, "Ask next" offered "Which foods are rich in vitamin D?".
- The build report listed "occurspeeling" but not "longer than5days".
"""

from __future__ import annotations

import re

import pytest
from support.fakes import project_site

from bot.domain.animals import asks_about_animal
from bot.domain.intent import understand
from bot.domain.parts import asked_parts
from bot.domain.question_kinds import INTENTS, classify_intent, told_spans
from bot.domain.run_together import run_together_words
from bot.domain.scope import check_scope
from bot.domain.site import Site
from bot.domain.small_talk import small_talk
from bot.domain.wording import site_topics
from bot.ingest.pack import default_pack

STORY = ("So about 6 weeks ago I was lifting boxes and my lower back has ached since. I'm vegetarian and I don't go "
         "out in the sun much because I work nights. My sister said it could be a vitamin thing. Could it be? What "
         "should I do?")


def test_the_sentences_that_tell_are_told_apart_from_those_that_ask():
    lowered = STORY.casefold()
    told = [lowered[a:b] for a, b in told_spans(lowered)]
    assert told == ["so about 6 weeks ago i was lifting boxes and my lower back has ached since.",
                    "i'm vegetarian and i don't go out in the sun much because i work nights.",
                    "my sister said it could be a vitamin thing."]
    assert told_spans("is vitamin d good for my back?") == []          # nothing told
    assert told_spans("i'm vegan. i eat no meat.") == []                # nothing asked


def test_the_askers_way_of_life_told_beside_the_question_is_said_not_to_be_covered_and_refuses_nothing():
    verdict = check_scope(project_site(), STORY, frozenset())
    assert verdict.in_scope and verdict.uncovered == ("vegetarian diet",)


@pytest.mark.parametrize("question", [
    "is a vegetarian diet bad for your back?",                  # asked about: a subject
    "I'm vegan. What's the best pizza in town?",                # told, but the question is off the site's subject
    "My dad has Parkinson's. What vitamins should he take?",    # a condition told is still a subject
])
def test_a_way_of_life_asked_about_or_beside_an_off_topic_question_or_a_condition_told_is_still_refused(question):
    assert not check_scope(project_site(), question, frozenset()).in_scope


def test_follow_ups_are_about_what_the_articles_are_about_not_a_disease_named_in_passing():
    covered = frozenset({"kawasaki-disease", "hemorrhoids", "chickenpox", "measles", "bowel-cancer", "diarrhea"})
    site = Site(default_pack(), titles=("Kawasaki Disease", "Hemorrhoids"), covered=covered,
                concept_articles={c: 1 for c in covered})
    assert sorted(t.name.casefold() for t in site_topics(site)) == ["hemorrhoids", "kawasaki disease"]


@pytest.mark.parametrize("question, animal", [
    ("my dog has back problems can i give him vitamin d", True),       # the newcomer's: answered as a person's
    ("our old cat is stiff, could we feed her some magnesium", True),
    ("I hurt my back walking my dog, can I give it a rest?", False),   # a person's back
    ("my back hurts, can my doctor give me b12", False),
])
def test_an_animal_named_first_then_given_to_as_him_or_her_is_an_animal_question(question, animal):
    assert asks_about_animal(question) is animal


@pytest.mark.slow
@pytest.mark.parametrize("question", ["who is more likely to get b12 deficiency", "who usually gets osteoporosis?"])
def test_a_who_is_at_risk_heading_stands_only_over_a_quote_naming_a_group_or_a_likelihood(real_bot, question):
    """"who is more likely to get b12 deficiency" opened "On who is at risk of low B12, the articles say:" over
    quotes on nerves, treatment and symptoms (the newcomer)."""
    answer = real_bot.ask(question)
    heading = answer.text.split("\n\n")[0]
    risk_cue = next(cue for name, _, cue in INTENTS if name == "risk")
    assert ("at risk" in heading) == any(re.search(risk_cue, c.quote.casefold()) for c in answer.citations)


@pytest.mark.slow
def test_despair_after_an_earlier_question_gets_the_support_line_and_no_quote_from_the_earlier_topic(real_bot):
    """"i am so tired of this pain, nothing helps anymore" after an osteoporosis question was answered with the
    support line and then "Pain is often severe…", "the bone collapses…" (the newcomer)."""
    answer = real_bot.ask("i am so tired of this pain, nothing helps anymore", history=["what is osteoporosis?"])
    assert "116 123" in answer.text and not answer.citations
    follow_up = real_bot.ask("and which foods have it?", history=["does b12 help nerves?"])
    assert follow_up.citations      # a follow-up that asks something still takes the earlier topic


@pytest.mark.parametrize("message", ["what can you help me with?", "hi what can you help with", "what do you cover?"])
def test_asking_what_the_tool_can_help_with_is_answered_about_the_tool(message):
    assert small_talk(message) == "identity"


@pytest.mark.parametrize("message", ["what can you tell me about magnesium", "what can you help with for back pain"])
def test_a_subject_after_it_makes_it_a_question(message):
    assert small_talk(message) is None


def test_what_a_nutrient_does_is_a_part_of_its_own_beside_its_foods():
    """"ok what does magnesium do and which foods have it" was answered about foods only (one quote)."""
    assert asked_parts("ok what does magnesium do and which foods have it") == (
        "ok what does magnesium do", "which foods have it")
    assert classify_intent("what do i do now") != "mechanism"      # asking what to do, not what something does


def test_a_number_glued_to_the_words_around_it_is_listed_for_the_operator():
    """The build report listed "occurspeeling" but not "longer than5days" (the newcomer's Kawasaki page)."""
    found = run_together_words(["The fever lasts longer than5days.", "children younger than 5years",
                                "take 5mg of b12 and d3 daily"])
    assert found == ("than5days (than 5 days)", "5years (5 years)")


@pytest.mark.parametrize("question, history, sides", [
    ("is it the same as osteoporosis?", ["what is osteomalacia"], ["osteomalacia", "osteoporosis"]),
    ("how is that different from b12?", ["what does vitamin d do for bones"], ["vitamin D", "vitamin B12"]),
])
def test_a_pronoun_set_beside_a_named_topic_compares_it_with_the_earlier_topic(question, history, sides):
    """"is it the same as osteoporosis?" after "what is osteomalacia" got osteoporosis quotes alone (the newcomer)."""
    understanding = understand(project_site(), question, history)
    assert understanding.intent == "comparison" and [t.name for t in understanding.topics] == sides


def test_a_pronoun_question_without_a_comparison_keeps_its_own_reading():
    assert understand(project_site(), "is it bad for you?", ["what is osteomalacia"]).intent != "comparison"


@pytest.mark.slow
def test_no_next_question_is_offered_under_an_emergency_notice(real_bot):
    """Under a cauda equina notice the newcomer was offered "Which foods are rich in vitamin D?": the next step is to
    get help. A same-day notice (fever with back pain) still offers the articles' questions."""
    assert real_bot.ask("my bum feels numb and i cant pee properly, could it be low vitamin d?").suggestions == ()
    assert real_bot.ask("i have a fever and back pain, is it a vitamin thing?").suggestions
