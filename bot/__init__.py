"""Cited answers to health questions, assembled from a site's trusted articles (its `corpus/` folder).

`from bot import Bot; bot = Bot.load(); bot.ask("...").to_dict()`. Heavy libraries load lazily, so
importing the package is cheap.
"""

from __future__ import annotations

__all__ = ["Bot", "Answer", "Citation", "Settings"]


def __getattr__(name: str):
    if name == "Bot":
        from bot.answering.engine import Bot

        return Bot
    if name in ("Answer", "Citation"):
        from bot import types

        return getattr(types, name)
    if name == "Settings":
        from bot.config import Settings

        return Settings
    raise AttributeError(name)
