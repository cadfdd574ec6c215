"""axe-core (the accessibility engine, vendored by the axe-playwright-python package) on the real page in
Debian's chromium: no serious or critical violation on the first screen, after an answer, after an urgent
answer and in the whole-article view, in light and dark mode, at desktop and phone size.
"""

from __future__ import annotations

import pytest
from support.ui import (
    DESKTOP,
    PHONE,
    URGENT_QUESTION,
    ask,
    open_page,
    shot,
)

pytestmark = [pytest.mark.slow, pytest.mark.browser]

QUESTION = "Can vitamin D deficiency cause back pain?"
BLOCKING = ("serious", "critical")


def blocking_violations(page) -> list[str]:
    """One line per serious or critical axe-core violation: rule, impact and the elements it names."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page).response
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]} — {v['help']}"
            for v in results["violations"] if v["impact"] in BLOCKING]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_no_serious_or_critical_accessibility_violations(browser, server, size, scheme):
    viewport = DESKTOP if size == "desktop" else PHONE
    context, page = open_page(browser, server.url, viewport, scheme, is_mobile=size == "phone")
    found = {}
    try:
        found["first screen"] = blocking_violations(page)
        message = ask(page, QUESTION)
        found["answer"] = blocking_violations(page)
        message.locator('a[href="#src-1-1"]').click()
        page.locator("#src-1-1 summary").click()
        page.locator("#src-1-1 mark.in-article").wait_for()
        found["article view"] = blocking_violations(page)
        ask(page, URGENT_QUESTION, turn=2)
        found["urgent answer"] = blocking_violations(page)
        shot(page, f"axe-{size}-{scheme}")
    finally:
        context.close()
    assert not any(found.values()), {state: v for state, v in found.items() if v}
