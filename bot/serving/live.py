"""Hot swap: a running server picks up a newly published index without a restart and without dropping a request.

`LiveBot` holds the `Bot` that answers. Between requests, at most once per CHECK_EVERY_S, it reads where
`index/current` points (one readlink). When that is a build folder other than the one it loaded, it loads a
new Bot from it in a background thread while the old one keeps answering, then swaps the reference: a
request already running finishes with the Bot it started with, the next one gets the new Bot. A Bot that
cannot be loaded (the build was removed, damaged, or is for another model) is logged in one line and the old
one stays in service; it is tried again at the next change of `current`.

Old build folders stay on disk while a server answers from them: `load_index` records a lease
(`index/.leases/<pid>`), and a build never removes a leased folder (bot/search/builds.py).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

from bot.types import Answer

log = logging.getLogger(__name__)

CHECK_EVERY_S = 1.0


class LiveBot:
    """Same surface as Bot for the server (ask, article, fingerprint, index, site); `load()` gives a fresh Bot."""

    def __init__(self, bot, load: Callable[[], object], *, check_every_s: float = CHECK_EVERY_S) -> None:
        self._bot = bot
        self._load = load
        self._check_every_s = check_every_s
        self._checked_at = time.monotonic()
        self._seen = self._published()
        self._loading = threading.Lock()

    @property
    def bot(self):
        """The Bot answering now (after any swap)."""
        self._maybe_swap()
        return self._bot

    @property
    def fingerprint(self) -> str:
        """The current index's fingerprint."""
        return self.bot.fingerprint

    @property
    def index(self):
        """The current index."""
        return self.bot.index

    @property
    def site(self):
        """The current index's site (its pack, titles and covered concepts)."""
        return self.bot.site

    def ask(self, question: object, history: Sequence[object] = ()) -> Answer:
        """Answer with the current Bot (checking for a newly published index first, at most once a second)."""
        return self.bot.ask(question, history=history)

    def article(self, doc_id: str):
        """An article of the current index, or None."""
        return self.bot.article(doc_id)

    def __getattr__(self, name: str):                # anything else a Bot has (settings, encoder, ...)
        return getattr(self.bot, name)

    def _current_link(self) -> Path:
        return self._bot.settings.index_dir / "current"

    def _published(self) -> str | None:
        try:
            return os.readlink(self._current_link())
        except OSError:
            return None

    def _maybe_swap(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < self._check_every_s:
            return
        self._checked_at = now
        published = self._published()
        if published is None or published == self._seen or published == self._bot.index.path.name:
            return
        if self._loading.acquire(blocking=False):
            self._seen = published
            threading.Thread(target=self._swap, args=(published,), name="index-swap", daemon=True).start()

    def _swap(self, published: str) -> None:
        try:
            fresh = self._load()
        except Exception as err:  # noqa: BLE001 - keep serving the old index, say why in one line
            log.warning("a newly published index (%s) could not be loaded, still serving %s: %s",
                        published, self._bot.fingerprint, str(err).splitlines()[0] if str(err) else type(err).__name__)
        else:
            old = self._bot.fingerprint
            self._bot = fresh
            log.info("switched to the newly published index %s (was %s)", fresh.fingerprint, old)
        finally:
            self._loading.release()
