"""Shared fixtures: a tiny corpus with a fake embedder (fast), and the real bot on the real corpus (slow)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings as hypothesis_settings

# In CI (CI=true) property tests draw the same examples on every run, so a run cannot fail by the luck of the
# draw; locally they keep exploring new inputs (and a failure found here becomes a named test).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from support.fakes import FakeEncoder, write_tiny_corpus  # noqa: E402, F401  (after the environment is set)


@pytest.fixture
def site():
    """The project's own domain pack as a site with nothing covered: what domain functions are given in tests
    that ask no bot (a bot passes its own index's site)."""
    from support.fakes import project_site

    return project_site()


@pytest.fixture
def tiny_settings(tmp_path):
    from bot.config import Settings

    return Settings(corpus_dir=write_tiny_corpus(tmp_path / "corpus"), index_dir=tmp_path / "index")


@pytest.fixture
def tiny_bot(tiny_settings):
    from bot import Bot

    return Bot.load(tiny_settings, encoder=FakeEncoder())


@pytest.fixture(scope="session")
def real_bot():
    """The real model on the real corpus, with the project's own index folder (built once if needed)."""
    from bot import Bot

    return Bot.load()


@pytest.fixture(scope="session")
def real_article_texts(real_bot):
    return {doc_id: a.text for doc_id, a in real_bot.index.articles.items()}


# The browser tests (tests/test_ui_*.py): one Debian chromium and one live `python ui.py` per test module.
@pytest.fixture(scope="module")
def browser():
    from support.ui import CHROMIUM, CHROMIUM_ARGS, require_chromium

    sync_playwright = require_chromium()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(browser, tmp_path_factory, request):
    """`python ui.py` on a free port with its own feedback file; named after the test module ("ui-axe", …)."""
    from support.ui import start_ui

    name = request.module.__name__.rpartition(".")[2].removeprefix("test_ui_")
    ui = start_ui(tmp_path_factory.mktemp(f"ui-{name}"), name)
    yield ui
    ui.stop()
