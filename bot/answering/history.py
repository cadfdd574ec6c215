"""The conversation so far, as the engine sees it: the one place history is read, normalised and capped."""

from __future__ import annotations

from bot.safety.screening import normalise

# An earlier question is read up to this many characters: enough for any question the engine accepts
# (Settings.max_question_chars) plus slack, never megabytes from a crafted request.
EARLIER_QUESTION_CHARS = 2000


def earlier_questions(history: object, turns: int, max_chars: int) -> tuple[str, ...]:
    """The last `turns` earlier user questions, oldest first, each normalised and cut to `max_chars`.

    `history` may be a list of strings or of chat messages ({"role": "user", "content": str | [parts]}, as
    Gradio 6 sends them); anything else, empty entries and assistant messages are ignored. Never raises.
    """
    out: list[str] = []
    for item in history if isinstance(history, (list, tuple)) else ():
        text = _user_text(item)
        if text is None:
            continue
        question = normalise(text[:EARLIER_QUESTION_CHARS])[:max_chars]
        if question:
            out.append(question)
    return tuple(out[-turns:]) if turns > 0 else ()


def _user_text(item: object) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and item.get("role") == "user":
        content = item.get("content")
        if isinstance(content, list):  # Gradio 6: a list of parts
            content = " ".join(p.get("text", "") for p in content
                               if isinstance(p, dict) and isinstance(p.get("text"), str))
        if isinstance(content, str):
            return content
    return None
