"""Greetings, thanks and goodbyes are answered in kind, with no citations and the disclaimer; anything more is a
question (a newcomer test found "hello" and "thanks, that's helpful" answered "I won't guess")."""

from __future__ import annotations

import pytest

from bot.domain.small_talk import small_talk


@pytest.mark.parametrize("message, kind", [
    ("hello", "greeting"), ("hi there!", "greeting"), ("Good morning", "greeting"), ("hello?", "greeting"),
    ("thanks thats helpful", "thanks"), ("thank you so much", "thanks"), ("ok thanks", "thanks"),
    ("cheers mate", "thanks"), ("great, thanks!", "thanks"), ("bye", "goodbye"), ("ok", "acknowledgement"),
    ("ok cool thx", "thanks"), ("k ty", "thanks"), ("lol", "acknowledgement"), ("how are you today?", "greeting"),
])
def test_social_messages_are_recognised(message, kind):
    assert small_talk(message) == kind


@pytest.mark.parametrize("message", ["hi, does vitamin d help?", "thanks, and what about iron?", "no thanks",
                                     "hello is it normal to have back pain every morning", "ok so how is it treated"])
def test_anything_more_is_a_question(message):
    assert small_talk(message) is None


@pytest.mark.parametrize("message", ["tell me a joke about back pain", "can you write me a poem about vitamin D",
                                     "translate that into spanish please", "pls make up a story about magnesium"])
def test_a_request_for_a_joke_a_poem_or_a_translation_is_a_task_the_tool_does_not_do(message):
    assert small_talk(message) == "task"


@pytest.mark.parametrize("message", ["who are you?", "are you a real doctor?", "Are u a bot", "what can you do",
                                     "so who r u exactly", "who made you", "who built this bot?", "are you chatgpt"])
def test_questions_about_the_tool_itself_are_recognised(message):
    assert small_talk(message) == "identity"


@pytest.mark.parametrize("message", ["who are you to tell me about vitamin d", "what are you saying about b12",
                                     "are you a doctor or a bot, and does iron help"])
def test_a_question_about_the_tool_with_more_in_it_is_a_question(message):
    assert small_talk(message) is None


@pytest.mark.slow
def test_are_you_a_doctor_is_answered_plainly_without_quotes(real_bot):
    # A newcomer test (session 13) got "Consulting a doctor is essential…" quoted as the answer.
    answer = real_bot.ask("are you a real doctor?")
    assert not answer.citations
    assert answer.text.startswith("I'm not a doctor")


@pytest.mark.slow
def test_a_task_naming_a_topic_is_declined_not_answered_with_quotes(real_bot):
    answer = real_bot.ask("tell me a joke about magnesium", history=["can magnesium help me sleep"])
    assert answer.kind == "no_answer" and not answer.citations
    assert answer.text.startswith("I can't do that")


@pytest.mark.slow
def test_a_greeting_is_answered_in_kind_end_to_end(real_bot):
    from bot.safety.notices import DISCLAIMER

    answer = real_bot.ask("hello")
    assert answer.text.startswith("Hello!") and "won't guess" not in answer.text
    assert not answer.citations and DISCLAIMER in answer.text
    thanks = real_bot.ask("thanks thats helpful", history=["Can low vitamin D cause back pain?"])
    assert thanks.text.startswith("You're welcome") and not thanks.citations
    # After an earlier red flag the reminder still comes first.
    later = real_bot.ask("ok thanks", history=["i cant feel my legs and i wet myself, my back is agony"])
    assert later.text.startswith("**Earlier in this conversation")


@pytest.mark.slow
@pytest.mark.parametrize("message", ["ok thx", "ok cool thx", "lol", "bye", "k ty"])
def test_thanks_and_goodbyes_never_bring_the_crisis_helplines(real_bot, message):
    """A newcomer test: "ok thx" opened with "If you are having thoughts of ending your life…" every time."""
    answer = real_bot.ask(message, history=["does gaming all day make my back hurt"])
    assert "ending your life" not in answer.text and "Samaritans" not in answer.text


@pytest.mark.slow
def test_a_farewell_that_is_a_warning_sign_still_brings_them(real_bot):
    assert "Samaritans" in real_bot.ask("thanks for everything, goodbye").text
