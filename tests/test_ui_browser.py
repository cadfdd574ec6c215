"""The chat in a real browser (Debian's chromium via playwright), against `python ui.py` on a free port.

Each test saves a screenshot to test-artifacts/ui-*.png. Tests wait for elements, never for network idle.
"""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from support.fakes import project_site
from support.ui import ARTIFACTS

from bot.domain.wording import example_questions
from bot.safety.screening import DISCLAIMER

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# The page's example buttons: the served corpus's pack lists them (corpus/domain.toml).
EXAMPLE_QUESTIONS = example_questions(project_site())

QUESTION = "Can vitamin D deficiency cause back pain?"
ANSWER_TIMEOUT_MS = 90_000
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def page(browser, server, request):
    """A fresh page per test, in its own browser context."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url.rstrip("/"))
    page = context.new_page()
    page.goto(server.url)
    page.get_by_label("Your question").wait_for()
    yield page
    context.close()


def shot(page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"), full_page=full_page)


def wait_for_answer(page, turn: int = 1):
    """The latest bot message once it carries its disclaimer (the answer is complete)."""
    message = page.locator('#chat [data-testid="bot"]').nth(turn - 1)
    message.locator("p", has_text="not medical advice").last.wait_for(timeout=ANSWER_TIMEOUT_MS)
    return message


def test_typed_question_gets_linked_citations_and_the_source_card_highlights_the_quote(page):
    assert "not medical advice" in page.locator(".disclaimer-banner").inner_text().lower()
    page.get_by_label("Your question").fill(QUESTION)
    page.get_by_label("Your question").press("Enter")
    message = wait_for_answer(page)
    assert page.locator('#chat [role="log"][aria-live="polite"]').count() == 1   # screen readers hear new messages
    assert page.locator('#chat [data-testid="user"]').first.inner_text().strip() == QUESTION
    assert "](#" not in message.get_attribute("aria-label")         # no link syntax read out to screen readers
    link = message.locator('a[href="#src-1-1"]')
    assert link.inner_text() == "[1]"
    assert message.locator("p").last.inner_text().strip() == DISCLAIMER
    link.click()
    card = page.locator("#src-1-1")
    assert "is-selected" in card.get_attribute("class")
    assert card.evaluate("el => el === document.activeElement")
    assert "Selected source" in card.inner_text()
    quote = card.locator("blockquote mark.cited").evaluate(
        "m => [...m.childNodes].filter(n => !(n.classList && n.classList.contains('sr-only')))"
        ".map(n => n.textContent).join('')")
    assert quote.strip() and " ".join(quote.split()) in " ".join(message.inner_text().split())  # the quoted sentence
    assert card.is_visible() and card.bounding_box()["y"] < 900
    shot(page, "answer-and-source", full_page=False)
    # The passage in the context of its whole article, scrolled to the marked passage.
    card.locator("summary", has_text="whole article").click()
    view = card.locator(".article-text")
    marked = view.locator("mark.in-article")
    marked.wait_for()
    assert len(view.inner_text()) > 3 * len(marked.inner_text())
    box, mark_box = view.bounding_box(), marked.bounding_box()
    assert box["y"] <= mark_box["y"] < box["y"] + box["height"]        # the mark is inside the visible box
    shot(page, "article-view", full_page=False)


def test_article_view_is_fetched_when_opened_and_outlines_the_passage(page):
    """The answer carries no article text: opening the view asks /api/article/{doc_id}, then shows the article
    as text with the cited passage outlined and its quote highlighted; a failed fetch and a removed article
    are said in the box, with the disclaimer, and opening it again retries."""
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(urlparse(r.url).path) if "/api/article/" in r.url else None)
    page.get_by_label("Your question").fill(QUESTION)
    page.get_by_label("Your question").press("Enter")
    wait_for_answer(page).locator('a[href="#src-1-1"]').click()
    card = page.locator("#src-1-1")
    view = card.locator("details.article-view")
    address = view.locator("a.article-ref").get_attribute("href")
    doc_id = urlparse(address).path.rsplit("/", 1)[-1]
    assert doc_id and fetched == []                                     # nothing fetched before it is opened
    assert card.locator(".article-text").text_content().strip() == "The article loads when you open this view."
    card.locator("summary", has_text="whole article").click()
    marked = card.locator(".article-text mark.in-article")
    marked.wait_for()
    assert fetched == [f"/api/article/{doc_id}"]
    passage = card.locator("blockquote.passage").evaluate(
        "b => { const c = b.cloneNode(true); c.querySelectorAll('.sr-only').forEach(e => e.remove());"
        " return c.textContent; }")
    shown = marked.evaluate("m => { const c = m.cloneNode(true); c.querySelectorAll('.sr-only')"
                            ".forEach(e => e.remove()); return c.textContent; }")
    assert shown == passage                                              # the outline is exactly the passage
    quote = card.locator("blockquote mark.cited").evaluate(
        "m => [...m.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('')")
    assert quote and marked.locator("mark.cited").evaluate(
        "m => [...m.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('')") == quote
    assert marked.evaluate("m => m.getClientRects().length") == 1        # one outlined block
    box, mark_box = card.locator(".article-text").bounding_box(), marked.bounding_box()
    assert box["y"] <= mark_box["y"] < box["y"] + box["height"]          # scrolled to the passage
    # Reopening uses what was loaded; no second request.
    view.locator("summary").click()
    view.locator("summary").click()
    marked.wait_for()
    assert len(fetched) == 1
    # An article no longer in the index (as after a rebuild without it): the server's 404, said plainly.
    card2 = page.locator("#src-1-2") if page.locator("#src-1-2").count() else None
    target = card2 or card
    target_address = target.locator("a.article-ref").get_attribute("href")
    target.locator("details.article-view").evaluate(
        "d => { d.open = false; delete d.dataset.state;"
        " d.querySelector('a.article-ref').setAttribute('href', '/api/article/no-such-article#start=0&end=1'); }")
    target.locator("summary").click()
    error = target.locator(".article-error")
    error.wait_for()
    assert "no longer in the index" in error.inner_text()
    assert target.locator(".article-disclaimer").inner_text().strip() == DISCLAIMER
    # The server out of reach: a clear message, and opening the view again retries.
    page.route("**/api/article/**", lambda route: route.abort())
    target.locator("details.article-view").evaluate(
        f"d => {{ d.open = false; delete d.dataset.state;"
        f" d.querySelector('a.article-ref').setAttribute('href', {json.dumps(target_address)}); }}")
    target.locator("summary").click()
    target.locator(".article-error", has_text="could not be loaded").wait_for()
    assert target.locator(".article-disclaimer").inner_text().strip() == DISCLAIMER
    page.unroute("**/api/article/**")
    target.locator("summary").click()                                    # close
    target.locator("summary").click()                                    # and open again: it loads
    target.locator(".article-text mark.in-article").wait_for()
    shot(page, "article-view-on-demand", full_page=False)


def test_page_loads_and_answers_without_any_request_off_the_machine(browser, server):
    """Everything not addressed to 127.0.0.1 is recorded and refused, as if there were no network."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def guard(route):
        url = route.request.url
        if urlparse(url).scheme in ("http", "https", "ws", "wss") and urlparse(url).hostname not in LOCAL_HOSTS:
            outside.append(url)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    try:
        page.goto(server.url)
        page.get_by_role("button", name=EXAMPLE_QUESTIONS[2]).click()
        wait_for_answer(page).locator('a[href="#src-1-1"]').click()
        # The tab names the site's subject (its domain pack) and says what the tool is not (set by the page's
        # own script, so checked once the page has answered).
        assert page.title().endswith("answers from trusted articles (not medical advice)"), page.title()
        page.locator("#src-1-1 summary").click()
        page.locator("#src-1-1 mark.in-article").wait_for()
        assert outside == [], f"requests left the machine: {outside}"
    finally:
        context.close()


def test_example_question_and_follow_up_suggestions(page, server):
    page.get_by_role("button", name=EXAMPLE_QUESTIONS[1]).click()
    message = wait_for_answer(page)
    assert message.locator('a[href^="#src-1-"]').count() >= 1
    suggestions = page.locator("#suggestions button.suggestion:visible")
    suggestions.first.wait_for()
    assert 2 <= suggestions.count() <= 3
    follow_up = suggestions.first.inner_text().strip()
    suggestions.first.click()
    second = wait_for_answer(page, turn=2)
    assert page.locator('#chat [data-testid="user"]').nth(1).inner_text().strip() == follow_up
    # Earlier answers keep working links; the panel now leads with the latest answer.
    assert page.locator(".sources-for").inner_text().endswith(f"“{follow_up}”")
    if second.locator('a[href^="#src-2-"]').count():
        second.locator('a[href^="#src-2-"]').first.click()
    # Feedback: "Wrong citation" on the first answer is appended to the JSONL file with the agreed fields only.
    first_row = page.locator("#chat .message-buttons-left").first
    first_row.get_by_role("button", name="Feedback").click()
    first_row.get_by_role("button", name="Wrong citation").click()
    shot(page, "example-and-follow-up")
    # Copying the conversation gives plain text that ends with the disclaimer (the chat's watermark).
    page.get_by_role("button", name="Copy conversation").click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()).includes('assistant')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert EXAMPLE_QUESTIONS[1] in copied and follow_up in copied and "[1]" in copied
    assert "#src-" not in copied and copied.rstrip().endswith(DISCLAIMER)
    page.locator("#chat .message-buttons-left").nth(1).get_by_role("button", name="Like", exact=True).click()
    entries = _wait_for_lines(server.feedback, 2)
    assert entries[0]["choice"] == "wrong_citation" and entries[0]["question"] == EXAMPLE_QUESTIONS[1]
    assert set(entries[0]) == {"question", "kind", "passages", "index", "choice"} and entries[0]["passages"]
    assert entries[1]["choice"] == "like" and entries[1]["question"] == follow_up, entries


def test_keyboard_only(page):
    box = page.get_by_label("Your question")
    for _ in range(40):                                   # Tab from the top of the page to the question box
        page.keyboard.press("Tab")
        if box.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the question box")
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    wait_for_answer(page)
    page.keyboard.press("Shift+Tab")                      # one press back from the box: the skip link, in view
    skip = page.locator("#to-citations")
    assert page.evaluate("document.activeElement.id") == "to-citations" and skip.is_visible()
    assert skip.inner_text() == "Go to the answer's citations"
    page.keyboard.press("Enter")                          # …takes the keyboard to the answer's [1]
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#src-1-1"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "src-1-1"
    page.keyboard.press("Tab")                            # into the card: its "whole article" toggle
    assert "whole article" in page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    page.locator("#src-1-1 .article-text mark.in-article").wait_for()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"                              # focus is visible
    shot(page, "keyboard", full_page=False)
    box.fill("what's the best pizza in town?")           # a refusal cites nothing: no link to nowhere
    box.press("Enter")
    wait_for_answer(page, turn=2)
    box.focus()
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") != "to-citations"
    assert page.locator("#to-citations").is_hidden()


def test_urgent_notice_stands_out_above_the_answer(page):
    page.get_by_label("Your question").fill("My back hurts and since this morning I can't control my bladder")
    page.get_by_role("button", name="Ask", exact=True).click()
    message = wait_for_answer(page)
    notice = message.locator("blockquote").first
    assert "Urgent" in notice.inner_text() and "medical help" in notice.inner_text()
    first_text = message.locator(".message-content").inner_text()
    assert first_text.lstrip().startswith("⚠️ Urgent")            # before anything else in the reply
    assert float(notice.evaluate("el => parseFloat(getComputedStyle(el).borderLeftWidth)")) >= 6
    assert notice.bounding_box()["y"] >= page.locator('#chat [role="log"]').bounding_box()["y"]  # its top is in view
    assert message.locator("p").last.inner_text().strip() == DISCLAIMER
    shot(page, "urgent", full_page=False)


def test_phone_width_stacks_the_sources_under_the_chat(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server.url)
        page.get_by_role("button", name=EXAMPLE_QUESTIONS[0]).click()
        message = wait_for_answer(page)
        chat, panel = page.locator("#chat").bounding_box(), page.locator("#sources").bounding_box()
        assert panel["y"] >= chat["y"] + chat["height"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1     # no sideways scrolling
        message.locator('a[href="#src-1-1"]').click()
        card = page.locator("#src-1-1")
        assert "is-selected" in card.get_attribute("class")
        top = card.bounding_box()["y"]
        assert 0 <= top < 844                              # the card was scrolled into view
        shot(page, "phone", full_page=True)
        card.get_by_role("button", name="Back to the answer").click()
        link = message.locator('a[href="#src-1-1"]')
        assert link.evaluate("el => el === document.activeElement")
        assert 0 <= link.bounding_box()["y"] < 844        # and back to the [1] the reader came from
    finally:
        context.close()


def _wait_for_lines(path, count: int, attempts: int = 100) -> list[dict]:
    import time

    for _ in range(attempts):
        if path.exists():
            lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            if len(lines) >= count:
                return lines
        time.sleep(0.1)
    raise AssertionError(f"no feedback written to {path}")


def _open(browser, url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.get_by_label("Your question").wait_for()
    return context, page


def test_when_the_line_is_full_the_chat_answers_busy_with_the_disclaimer(browser):
    import threading

    import httpx
    from support.ui import HeldBot, in_process_server

    from bot.serving.overload import Gate

    bot = HeldBot()
    with in_process_server(bot, gate=Gate(running=1, waiting=0)) as url:
        holder = threading.Thread(target=httpx.post, args=(f"{url}/api/ask",),
                                  kwargs={"json": {"question": "held"}, "timeout": 60})
        holder.start()
        assert bot.wait_until_asked(1)
        context, page = _open(browser, url)
        try:
            page.get_by_label("Your question").fill("Which foods are rich in iron?")
            page.get_by_label("Your question").press("Enter")
            message = wait_for_answer(page)
            assert "Too many questions are being answered" in message.inner_text()
            assert message.locator("p").last.inner_text().strip() == DISCLAIMER
            shot(page, "busy")
        finally:
            context.close()
            bot.release.set()
            holder.join(60)


def test_if_gradios_own_queue_refuses_the_disclaimer_banner_stays_in_view(browser):
    """The last resort, forced here with a queue of size 0: Gradio's own busy notice (no disclaimer of its
    own) appears while the page's disclaimer banner stays on screen."""
    from support.ui import HeldBot, in_process_server

    bot = HeldBot()
    bot.release.set()
    with in_process_server(bot, queue_max=0) as url:
        context, page = _open(browser, url)
        try:
            page.get_by_label("Your question").fill("Which foods are rich in iron?")
            page.get_by_label("Your question").press("Enter")
            page.get_by_text("currently busy").first.wait_for(timeout=ANSWER_TIMEOUT_MS)
            banner = page.locator(".disclaimer-banner")
            assert banner.is_visible() and DISCLAIMER in banner.inner_text()
            assert bot.asked == []
            page.screenshot(path=str(ARTIFACTS / "ui-gradio-queue-full.png"), animations="disabled")
        finally:
            context.close()
