"""The chat as a worried, non-technical person meets it, in a real browser (Debian's chromium), at desktop
(1366×768) and phone (390×844) size: what is in view, what Clear does, keyboard-only feedback, literal user
text, one length limit, chips that look like buttons, and the whole-article view.

Screenshots go to test-artifacts/ui-*.png. Tests wait for elements, never for network idle or a delay.
"""

from __future__ import annotations

import json

import pytest
from support.fakes import project_site
from support.ui import (
    DESKTOP,
    PHONE,
    URGENT_QUESTION,
    ask,
    open_page,
    seen,
    shot,
    wait_for_answer,
    wholly_seen,
)

from bot.config import Settings
from bot.domain.wording import example_questions

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# The page's example buttons: the served corpus's pack lists them (corpus/domain.toml).
EXAMPLE_QUESTIONS = example_questions(project_site())

QUESTION = "Can vitamin D deficiency cause back pain?"
SIZES = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture(params=list(SIZES))
def sized_page(request, browser, server):
    context, page = open_page(browser, server.url, SIZES[request.param], is_mobile=request.param == "phone")
    yield request.param, page
    context.close()


@pytest.fixture
def page(browser, server):
    context, page = open_page(browser, server.url)
    yield page
    context.close()


def _latest_user(page):
    return page.locator('#chat [data-testid="user"]').last


def _not_covered(page, locator) -> bool:
    """Nothing (such as a floating button) sits on top of the element's first line or its middle."""
    return locator.evaluate("""el => {
      const r = el.getBoundingClientRect();
      const points = [[r.left + 12, r.top + 12], [r.left + r.width / 2, r.top + 12],
                      [r.right - 12, r.top + 12], [r.left + r.width / 2, r.top + r.height / 2]];
      return points.every(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit && el.contains(hit); });
    }""")


# 1. The reply in view ------------------------------------------------------------------------------------------

# Two emergencies in a row (the second notice is among the longest that fit a phone screen).
URGENT_QUESTIONS = [URGENT_QUESTION, "My back has hurt for weeks, I had cancer before and I'm losing weight"]


def test_the_whole_urgent_notice_and_the_question_are_in_view_after_the_reply(sized_page):
    size, page = sized_page
    for turn, question in enumerate(URGENT_QUESTIONS, start=1):
        message = ask(page, question, turn)
        notice = message.locator("blockquote").first
        assert "Urgent" in notice.inner_text()
        assert wholly_seen(_latest_user(page)), (question, seen(_latest_user(page)))
        assert wholly_seen(notice), (question, seen(notice))
        assert _not_covered(page, notice) and _not_covered(page, _latest_user(page))
    shot(page, f"urgent-in-view-{size}")


def test_after_an_example_and_a_follow_up_the_start_of_each_reply_is_in_view(sized_page):
    size, page = sized_page
    page.get_by_role("button", name=EXAMPLE_QUESTIONS[0]).click()
    message = wait_for_answer(page)
    first_line = message.locator("p").first
    assert wholly_seen(_latest_user(page)) and wholly_seen(first_line), (seen(_latest_user(page)), seen(first_line))
    page.locator("#suggestions button.suggestion:visible").first.click()
    second = wait_for_answer(page, turn=2)
    assert wholly_seen(_latest_user(page)) and wholly_seen(second.locator("p").first)
    assert _not_covered(page, second.locator("p").first) and _not_covered(page, _latest_user(page))
    shot(page, f"follow-up-in-view-{size}")


# 2. Clear clears --------------------------------------------------------------------------------------------

# The visible part of each message and feedback row (clipped by the scrolling messages), and whether it meets the
# "Conversation" label or the clear / copy-all buttons that Gradio floats over the top of the chat.
_UNDER_THE_LABEL_JS = """el => {
  const chat = document.querySelector('#chat'), scroller = chat.querySelector('.bubble-wrap');
  scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;  // row at the top
  const floats = [chat.querySelector('[data-testid="block-label"]'), chat.querySelector('.top-panel')]
    .filter(f => f && f.getBoundingClientRect().height > 0).map(f => f.getBoundingClientRect());
  const r = el.getBoundingClientRect(), s = scroller.getBoundingClientRect();
  const top = Math.max(r.top, s.top), bottom = Math.min(r.bottom, s.bottom);
  return floats.length === 2 && bottom > top
    && floats.some(f => r.left < f.right && r.right > f.left && top < f.bottom && bottom > f.top);
}"""


def test_the_conversation_label_never_covers_the_scrolled_messages(sized_page):
    """A newcomer on a phone saw the "Conversation" label sit over the previous reply's feedback buttons."""
    size, page = sized_page
    for turn, question in enumerate(["Can vitamin D deficiency cause back pain?", "which foods have magnesium",
                                     "ok thx"], 1):
        ask(page, question, turn)
    rows = page.locator("#chat .message-row, #chat .message-buttons-left")
    assert rows.count() >= 6
    covered = [i for i in range(rows.count()) if rows.nth(i).evaluate(_UNDER_THE_LABEL_JS)]
    shot(page, f"conversation-label-{size}")
    assert covered == [], (size, covered)


def test_headings_buttons_and_text_are_each_drawn_in_one_typeface_served_by_the_app(page):
    """A newcomer saw bold capitals ("A" of "Ask", "B" of "Back") in a different, lighter typeface than the rest of
    the word: every glyph of each of these elements comes from one font file the page loaded itself."""
    ask(page, QUESTION)
    page.locator("#suggestions button.suggestion:visible").first.wait_for()
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    fonts = {}
    for selector in (".app-header h1", "#ask-button", ".row-label p", "#suggestions button.suggestion",
                     ".source-title", ".sources-panel h2", '#chat [data-testid="bot"] p', ".disclaimer-banner strong"):
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, selector
        used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        fonts[selector] = {(f["familyName"], f["isCustomFont"]) for f in used}
    assert all(len(used) == 1 and next(iter(used))[1] for used in fonts.values()), fonts
    assert len({family for used in fonts.values() for family, _ in used}) == 1, fonts


def test_clear_resets_the_chat_sources_chips_and_the_history_the_engine_receives(page):
    ask(page, QUESTION)
    page.locator("#suggestions button.suggestion:visible").first.wait_for()
    page.get_by_role("button", name="Clear").click()
    page.locator(".sources-panel .sources-empty").wait_for()
    assert page.locator('#chat [data-testid="user"]').count() == 0
    assert page.locator("#suggestions button.suggestion:visible").count() == 0
    # With the cleared question as history this would be read as a follow-up about vitamin D and answered;
    # as a first question it is off-topic and refused.
    message = ask(page, "What about cats?")
    assert page.locator('#chat [data-testid="user"]').count() == 1
    assert message.locator('a[href^="#src-"]').count() == 0
    assert "cites no article passages" in page.locator("#sources").inner_text()


# 4. The first screen --------------------------------------------------------------------------------------------

def test_the_first_screen_says_what_the_tool_is_and_shows_the_question_box(sized_page):
    size, page = sized_page
    assert wholly_seen(page.locator("h1"))
    assert wholly_seen(page.locator(".app-header .coverage"))
    assert wholly_seen(page.get_by_label("Your question"))
    assert wholly_seen(page.get_by_role("button", name="Ask", exact=True))
    if size == "desktop":
        for example in EXAMPLE_QUESTIONS:
            assert wholly_seen(page.get_by_role("button", name=example)), example
    assert not page.locator("#suggestions").is_visible()          # no empty "Ask next" bar before any answer
    shot(page, f"first-screen-{size}")


# 5. Keyboard and touch ----------------------------------------------------------------------------------------

def _tab_to(page, name: str, key: str = "Shift+Tab", presses: int = 60) -> None:
    for _ in range(presses):
        page.keyboard.press(key)
        if page.evaluate("document.activeElement.getAttribute('aria-label') || document.activeElement.innerText") \
                .strip() == name:
            return
    pytest.fail(f"{key} never reached {name!r}")


def test_wrong_citation_is_reached_and_recorded_with_the_keyboard_alone(page, server):
    ask(page, QUESTION)
    page.get_by_label("Your question").focus()
    _tab_to(page, "Feedback")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")                                    # opens the options, focus on the first
    assert page.evaluate("document.activeElement.innerText").strip() == "Wrong citation"
    page.keyboard.press("Shift+Tab")                                # and Tab reaches it from the flag too
    _tab_to(page, "Wrong citation", key="Tab", presses=3)
    option = page.evaluate("(() => { const r = document.activeElement.getBoundingClientRect();"
                           " return [r.width, r.height, getComputedStyle(document.activeElement).outlineStyle]; })()")
    assert option[0] > 0 and option[1] > 0 and option[2] != "none"     # shown, with a visible focus ring
    page.keyboard.press("Enter")
    entries = _wait_for_lines(server.feedback, lambda e: e["choice"] == "wrong_citation" and e["question"] == QUESTION)
    assert entries


def test_touch_targets_on_a_phone_are_at_least_24_px(browser, server):
    context, page = open_page(browser, server.url, PHONE, is_mobile=True)
    try:
        ask(page, QUESTION)
        sizes = page.evaluate("""[...document.querySelectorAll('button, a[href], summary, textarea')]
          .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
          .filter(el => !el.closest('.message-content, .sources-panel p, .sources-panel blockquote'))
          .map(el => [el.getAttribute('aria-label') || el.innerText.slice(0, 30), el.getBoundingClientRect().width,
                      el.getBoundingClientRect().height])""")
        small = [s for s in sizes if s[1] < 24 or s[2] < 24]
        assert not small, small
    finally:
        context.close()


# 6. The user's own words, literally ----------------------------------------------------------------------------

def test_user_text_is_shown_as_typed_with_no_live_links(page):
    typed = "Is https://www.nhs.uk/conditions/vitamin-b12/ right? *really* [1](x) 1. 50% of C:\\path_name"
    ask(page, typed)
    bubble = _latest_user(page)
    assert bubble.inner_text().strip() == typed
    assert bubble.locator("a").count() == 0


# 7. One length limit --------------------------------------------------------------------------------------------

def test_one_length_limit_stated_with_a_live_counter_and_no_giant_bubble(page):
    limit = Settings().max_question_chars
    box = page.get_by_label("Your question")
    assert box.get_attribute("maxlength") == str(limit)
    assert f"{limit:,}" in page.locator("#ask-row").inner_text() or str(limit) in page.locator("#ask-row").inner_text()
    counter = page.locator("#question-count")
    assert counter.inner_text().startswith("0 ")
    box.fill("Why does my back ache? " * 80)                    # 1,840 characters pasted
    assert len(box.input_value()) == limit
    assert counter.inner_text().startswith(f"{limit:,}") or counter.inner_text().startswith(str(limit))
    box.press("Enter")
    message = wait_for_answer(page)
    assert "fewer than" not in message.inner_text()              # the box's limit is the engine's limit
    assert _latest_user(page).bounding_box()["height"] <= 200
    shot(page, "long-question")


# 8. Chips and examples look like buttons; an empty Ask does nothing -------------------------------------------

def _style(locator, *names):
    return locator.evaluate("(el, names) => names.map(n => getComputedStyle(el)[n])", list(names))


def test_chips_and_examples_look_clickable_and_are_big_enough(sized_page):
    size, page = sized_page
    example = page.locator("#examples button").first
    font, border = _style(example, "fontSize", "borderTopWidth")
    assert float(font[:-2]) >= 14 and float(border[:-2]) >= 1
    if size == "phone":
        assert example.bounding_box()["height"] >= 40
    ask(page, QUESTION)
    chip = page.locator("#suggestions button.suggestion:visible").first
    font, border, style = _style(chip, "fontSize", "borderTopWidth", "borderTopStyle")
    assert float(font[:-2]) >= 14 and float(border[:-2]) >= 1 and style != "none"


def test_in_dark_mode_the_examples_are_dark_too(browser, server):
    context, page = open_page(browser, server.url, DESKTOP, "dark")
    try:
        background = page.locator("#examples button").first.evaluate("el => getComputedStyle(el).backgroundColor")
        red, green, blue = (int(v) for v in background[background.index("(") + 1:].rstrip(")").split(",")[:3])
        assert max(red, green, blue) < 100, background                 # not a pale button on a dark page
    finally:
        context.close()


def test_an_empty_ask_adds_no_turn_and_keeps_the_sources(page):
    ask(page, QUESTION)
    panel = page.locator("#sources").inner_text()
    page.get_by_role("button", name="Ask", exact=True).click()     # nothing typed
    ask(page, "Which foods are rich in magnesium?", turn=2)
    users = [u.inner_text().strip() for u in page.locator('#chat [data-testid="user"]').all()]
    assert users == [QUESTION, "Which foods are rich in magnesium?"]
    assert panel != page.locator("#sources").inner_text()
    assert "empty question" not in page.locator("#chat").inner_text()


# 9. Sources and the whole-article view ----------------------------------------------------------------------

def test_article_view_opens_on_a_whole_line_with_one_passage_outline(page):
    message = ask(page, QUESTION)
    assert "][" not in message.inner_text()                         # "[2] [3]", never "[2][3]"
    message.locator('a[href="#src-1-1"]').click()
    assert wholly_seen(page.get_by_label("Your question"))          # the question box stays in view
    page.locator("#src-1-1 summary").click()
    view = page.locator("#src-1-1 .article-text")
    view.locator("mark.in-article").wait_for()
    sliced = view.evaluate("""box => {
      const top = box.getBoundingClientRect().top + box.clientTop;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const cut = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange(); range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.top < top - 1 && r.bottom > top + 1) cut.push(n.textContent.slice(0, 40));
        }
      }
      return cut;
    }""")
    assert sliced == []
    assert view.locator("mark.in-article").evaluate("m => m.getClientRects().length") == 1   # one box, not ragged
    shot(page, "article-view-whole-line")


def _wait_for_lines(path, wanted, attempts: int = 100) -> list[dict]:
    import time

    for _ in range(attempts):
        if path.exists():
            lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            found = [e for e in lines if wanted(e)]
            if found:
                return found
        time.sleep(0.1)
    raise AssertionError(f"no matching feedback written to {path}")
