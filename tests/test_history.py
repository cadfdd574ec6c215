"""The engine reads the conversation in one place: earlier user questions, normalised, capped, never raising."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.answering.history import earlier_questions


def test_chat_messages_and_strings_give_the_user_questions_oldest_first():
    history = [{"role": "user", "content": [{"type": "text", "text": "Is  magnesium\u200b linked to back pain?"}]},
               {"role": "assistant", "content": "reply"}, 42, None, "And vitamin D?", {"role": "user", "content": 7}]
    assert earlier_questions(history, turns=5, max_chars=1000) == ("Is magnesium linked to back pain?",
                                                                   "And vitamin D?")


def test_only_the_latest_turns_are_kept_and_each_is_cut_to_the_question_limit():
    history = [f"question {i}" for i in range(30)] + ["x" * 5_000_000]
    got = earlier_questions(history, turns=5, max_chars=1000)
    assert got[:4] == ("question 26", "question 27", "question 28", "question 29")
    assert len(got) == 5 and len(got[-1]) == 1000


@given(st.recursive(st.none() | st.integers() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_any_history_object_is_read_without_raising(history):
    got = earlier_questions(history, turns=5, max_chars=1000)
    assert isinstance(got, tuple) and len(got) <= 5 and all(isinstance(q, str) and q for q in got)
