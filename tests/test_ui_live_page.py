"""The chat page follows a hot-swapped index: a server started on one corpus, whose operator then replaces the
articles and their domain pack and runs `python -m bot build`, shows the new site's header and example questions
on the next page load, without a restart. Real server (`python ui.py`), real model, real browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from support.fakes import BONES_PACK, MINERALS_PACK, write_minerals_corpus, write_tiny_corpus
from support.ui import PROJECT_ROOT, open_page, shot, start_ui, wait_for_answer

pytestmark = [pytest.mark.slow, pytest.mark.browser]

BONES_EXAMPLES = ["What does vitamin K do for bones?", "What causes leg cramps?"]
# The new site has one example more than the old one: a button hidden at start-up is shown.
MINERALS_EXAMPLES = ["What does zinc do?", "Why do we need iron?", "Which foods contain zinc?"]
MINERALS_WITH_THREE = MINERALS_PACK.replace(
    'examples = ["What does zinc do?", "Why do we need iron?"]', f"examples = {MINERALS_EXAMPLES!r}")
SWAP_BOUND_S = 120          # the build with the real model, then the server's background load of it


def visible_examples(page) -> list[str]:
    buttons = page.locator("#examples button.example")
    return [b.inner_text().strip() for b in buttons.all() if b.is_visible()]


def header_text(page) -> str:
    return page.locator("#app-header-block header.app-header").inner_text()


def test_a_page_loaded_after_a_new_index_is_published_describes_the_new_articles(browser, tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write_tiny_corpus(corpus)
    (corpus / "domain.toml").write_text(BONES_PACK, encoding="utf-8")
    env = {"BOT_CORPUS_DIR": str(corpus), "BOT_INDEX_DIR": str(index)}
    server = start_ui(tmp_path, "live-page", env)
    try:
        context, page = open_page(browser, server.url)
        page.locator("#app-header-block h1", has_text="Bone health").wait_for()
        assert "vitamin K and muscle cramps" in header_text(page)
        assert visible_examples(page) == BONES_EXAMPLES

        # The operator replaces the articles and the pack, and publishes a new index while the server runs.
        shutil.rmtree(corpus)
        write_minerals_corpus(corpus)
        (corpus / "domain.toml").write_text(MINERALS_WITH_THREE, encoding="utf-8")
        built = subprocess.run([sys.executable, "-m", "bot", "build", "--quiet"], cwd=PROJECT_ROOT,
                               env={**os.environ, **env}, capture_output=True, text=True)
        assert built.returncode == 0, built.stderr[-2000:]

        # The server switches in the background (at most once a second it looks): reload until it has.
        deadline = time.monotonic() + SWAP_BOUND_S
        while True:
            page.reload()
            page.get_by_label("Your question").wait_for()
            try:
                page.locator("#app-header-block h1", has_text="Mineral guide").wait_for(timeout=3000)
                break
            except Exception:  # noqa: BLE001 - playwright's TimeoutError: not switched yet
                if time.monotonic() > deadline:
                    pytest.fail(f"the page still describes the old site:\n{header_text(page)}\n{server.log_tail()}")
        header = header_text(page)
        assert "zinc and iron" in header and "Bone" not in header and "vitamin K" not in header
        assert "not medical advice" in header.lower()
        # The tab title follows the header: "Mineral guide … (not medical advice)", not the old site's name.
        page.wait_for_function("document.title.startsWith('Mineral guide')", timeout=5000)
        assert page.title().endswith("(not medical advice)") and "Bone" not in page.title()
        page.locator("#examples button.example", has_text=MINERALS_EXAMPLES[-1]).wait_for()
        assert visible_examples(page) == MINERALS_EXAMPLES
        assert page.get_by_label("Your question").get_attribute("placeholder") == f"e.g. {MINERALS_EXAMPLES[1]}"
        shot(page, "live-page-after-swap")

        # A new example button asks its own question of the new index.
        page.locator("#examples button.example", has_text=MINERALS_EXAMPLES[2]).click()
        reply = wait_for_answer(page)
        assert page.locator('#chat [data-testid="user"]').first.inner_text().strip() == MINERALS_EXAMPLES[2]
        assert "zinc" in reply.inner_text().lower()
        context.close()
    finally:
        server.stop()
