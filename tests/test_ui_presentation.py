"""Fast tests of what the chat shows: linked markers, escaped sources, the article view, feedback, input caps."""

from __future__ import annotations

import html
import json
import re
import threading
from dataclasses import replace

import pytest
from support.fakes import project_site

from bot.safety.screening import DISCLAIMER
from bot.serving import asking, presentation
from bot.serving.feedback import FeedbackRecord, feedback_path, record
from bot.serving.overload import Gate
from bot.types import Answer, Citation, Passage

ARTICLE_TEXT = "Intro line.\n\nBones <b>need</b> vitamin D & calcium. It helps absorb calcium.\n\nThe end."
P_START = ARTICLE_TEXT.index("Bones")
P_END = ARTICLE_TEXT.index("\n\nThe end")


def make_answer(question: str = "Does vitamin D help bones?", urgent: str | None = None) -> Answer:
    passage = Passage("bones#1", "bones", "Bones & <Vitamins>", "Key <points>", ARTICLE_TEXT[P_START:P_END],
                      P_START, P_END, ((0, 38), (39, 63)))
    quote = "It helps absorb calcium."
    citation = Citation(1, passage, quote, 0.9)
    body = f"What the articles say:\n\n{quote} [1]"
    text = "\n\n".join(p for p in (urgent, body, DISCLAIMER) if p)
    return Answer(question, "urgent" if urgent else "answer", text, (citation,), (("bones#1", 0.9),), DISCLAIMER,
                  urgent, "fp-123", suggestions=("Which foods are rich in vitamin D?",))


def test_markers_become_links_to_their_cards_and_unknown_markers_stay_plain():
    answer = make_answer()
    md = presentation.chat_markdown(answer, turn=3)
    assert '[\\[1\\]](#src-3-1 "Show source 1")' in md
    assert md.endswith(DISCLAIMER)
    assert "](#" not in presentation.chat_markdown(answer, turn=3, linked=False)


def test_urgent_notice_is_a_labelled_block_before_the_answer():
    answer = make_answer(urgent="Seek urgent medical care now if you cannot control your bladder.")
    md = presentation.chat_markdown(answer, turn=1)
    assert md.startswith("> ⚠️ **Urgent")
    assert md.index("Seek urgent") < md.index("What the articles say")
    assert md.count("Seek urgent") == 1


def test_user_text_cannot_become_links_images_lists_or_html_and_shows_no_backslashes():
    typed = "![x](http://evil.example/a.png) <img src=x> [a](http://e.example) www.nhs.uk a@b.org\n1. - C:\\dir"
    md = presentation.user_markdown(typed)
    assert not set("![]()<>.:@-\\") & set(re.sub(r"&#\d+;", "", md))   # every such character is a reference
    assert html.unescape(md) == typed                                    # which the browser shows as typed


def test_a_long_question_is_echoed_shortened_with_its_length():
    long = "Why does my back ache? " * 60
    shown = presentation.brief(long)
    assert len(shown) < 330 and shown.endswith(f"… ({len(long):,} characters)")
    assert presentation.brief("Short?") == "Short?"


def test_adjacent_markers_are_spaced():
    answer = make_answer()
    spaced = presentation.chat_markdown(replace(answer, text=answer.text.replace("[1]", "[1][1]")), turn=1)
    assert '(#src-1-1 "Show source 1") [' in spaced and ")[" not in spaced


def test_sources_panel_escapes_corpus_text_before_marking_the_quote():
    answer = make_answer(question="<script>alert(1)</script>")
    html = presentation.sources_panel([answer])
    assert "<b>" not in html and "<script>" not in html and "<Vitamins>" not in html
    assert "&lt;b&gt;need&lt;/b&gt;" in html and "Bones &amp; &lt;Vitamins&gt;" in html
    assert re.search(r'<mark class="cited">(<span class="sr-only">Cited: </span>)?'
                     r'It helps absorb calcium\.</mark>', html)
    assert 'id="src-1-1"' in html and "Section: Key &lt;points&gt;" in html
    # Shown through a Markdown component: one line, so the markdown parser never touches the corpus text.
    assert "\n" not in html


def test_article_view_carries_what_the_page_needs_to_mark_the_passage_but_no_article_text():
    answer = make_answer()
    html_panel = presentation.sources_panel([answer])
    view = presentation.article_view(answer.citations[0], "fp-123")
    assert view in html_panel
    href = html.unescape(re.search(r'<a class="article-ref" hidden href="([^"]*)"></a>', view).group(1))
    assert href == f"/api/article/bones?index=fp-123#start={P_START}&end={P_END}"
    # The quote to highlight is the card's own mark, inside the passage at those offsets.
    assert '<mark class="cited"><span class="sr-only">Cited: </span>It helps absorb calcium.</mark>' in html_panel
    assert "It helps absorb calcium." in ARTICLE_TEXT[P_START:P_END]
    # The article is fetched when the view is opened: neither its start nor its end is in the answer's HTML.
    assert "Intro line" not in html_panel and "The end" not in html_panel


def test_article_view_link_is_escaped_and_encoded():
    answer = make_answer()
    passage = replace(answer.citations[0].passage, doc_id='a b/"<x>')
    view = presentation.article_view(replace(answer.citations[0], passage=passage), 'fp"><script>')
    assert "<script>" not in view and "<x>" not in view
    assert 'href="/api/article/a%20b%2F%22%3Cx%3E?index=fp%22%3E%3Cscript%3E#start=' in view


def test_earlier_answers_keep_cards_while_their_links_stay_valid():
    turns = [make_answer(f"question {i}") for i in range(1, 14)]
    html = presentation.sources_panel(turns)
    linked = presentation.linked_turns(len(turns))
    for t in range(1, len(turns) + 1):
        assert (f'id="src-{t}-1"' in html) == (t in linked)
    assert html.count('class="article-view"') == 1      # only the latest answer carries article views


def test_panel_before_any_question_explains_itself():
    assert "[1]" in presentation.sources_panel([])


def test_feedback_lines_hold_only_the_agreed_fields(tmp_path):
    path = tmp_path / "fb" / "feedback.jsonl"
    record(make_answer(), "wrong_citation", path)
    record(make_answer(), "like", path)
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0] == {"question": "Does vitamin D help bones?", "kind": "answer", "passages": ["bones#1"],
                        "index": "fp-123", "choice": "wrong_citation"}
    assert lines[1]["choice"] == "like"
    with pytest.raises(ValueError):
        FeedbackRecord.of(make_answer(), "love")


def test_feedback_can_be_switched_off(monkeypatch, tmp_path):
    monkeypatch.setenv("BOT_FEEDBACK", "off")
    assert feedback_path() is None and record(make_answer(), "like") is None
    monkeypatch.setenv("BOT_FEEDBACK", str(tmp_path / "x.jsonl"))
    assert feedback_path() == tmp_path / "x.jsonl"


class _Bot:
    fingerprint = "fp"

    @property
    def site(self):
        return project_site()

    def __init__(self, fail: bool = False):
        self.fail = fail
        self.seen: list[tuple[str, list[str]]] = []

    def ask(self, question, history=()):
        self.seen.append((question, list(history)))
        if self.fail:
            raise RuntimeError("boom")
        return make_answer(question)


def test_server_caps_input_before_the_engine_sees_it():
    bot = _Bot()
    asking.safe_ask(bot, Gate(), "x" * 5_000_000, "not a list")
    question, history = bot.seen[0]
    assert len(question) == asking.MAX_INPUT_CHARS and list(history) == []
    assert asking.safe_ask(bot, Gate(), None).question == ""


def test_errors_and_overload_are_replies_with_the_disclaimer():
    failed = asking.safe_ask(_Bot(fail=True), Gate(), "hello?")
    assert failed.text.endswith(DISCLAIMER) and "went wrong" in failed.text
    gate = Gate(running=1, waiting=0, patience_s=5)
    inside, release = threading.Event(), threading.Event()

    class SlowBot(_Bot):
        def ask(self, question, history=()):
            inside.set()
            release.wait(10)
            return make_answer(question)

    worker = threading.Thread(target=asking.safe_ask, args=(SlowBot(), gate, "first"))
    worker.start()
    inside.wait(10)
    busy = asking.safe_ask(_Bot(), gate, "second")
    release.set()
    worker.join()
    assert "Too many questions" in busy.text and busy.text.endswith(DISCLAIMER)
    assert "Too many" not in asking.safe_ask(_Bot(), gate, "third").text   # the slot is free again


def test_launch_settings_are_hardened():
    import ui

    opts = ui.launch_options(7860, "127.0.0.1")
    assert opts["server_name"] == "127.0.0.1" and opts["share"] is False and opts["show_error"] is False
    assert opts["enable_monitoring"] is False and opts["run_history"] is False and opts["mcp_server"] is False
    assert opts["allowed_paths"] == [] and "http" not in opts["head"] and "@import" not in opts["css"]


@pytest.mark.parametrize("setting, expected", [("off", []), (None, ["Like", "Dislike", "Wrong citation"])])
def test_feedback_buttons_follow_the_switch(monkeypatch, setting, expected):
    import gradio as gr

    import ui

    if setting is None:
        monkeypatch.delenv("BOT_FEEDBACK", raising=False)
    else:
        monkeypatch.setenv("BOT_FEEDBACK", setting)
    demo = ui.build_demo(_Bot())
    chatbot = next(b for b in demo.blocks.values() if isinstance(b, gr.Chatbot))
    # An empty list, never None: with None the gradio 6.31 page fails to show any reply.
    assert chatbot.feedback_options is not None and list(chatbot.feedback_options) == expected


def test_follow_ups_skip_questions_already_asked(site):
    from bot.domain.vocabulary import find_topics
    from bot.domain.wording import follow_ups

    asked = ["which foods are rich in vitamin d", "Does vitamin D help bones?"]   # as typed: no capitals, no "?"
    picks = follow_ups(site, find_topics(site, "vitamin D"), "yes_no", asked)
    assert 2 <= len(picks) <= 3 and "Which foods are rich in vitamin D?" not in picks


def test_ask_next_never_repeats_an_example_button_on_the_page(site):
    """A newcomer saw "Ask next" offer exactly the first three example buttons shown just below it."""
    from bot.domain.vocabulary import find_topics
    from bot.domain.wording import example_questions, follow_ups

    buttons = set(example_questions(site))
    for topics, intent in [((), "general"), (find_topics(site, "magnesium"), "symptoms"),
                           (find_topics(site, "vitamin D"), "yes_no")]:
        picks = follow_ups(site, topics, intent, ["yo my back kills after gaming, is it cuz im missing vitamins"])
        assert 2 <= len(picks) <= 3 and not buttons & set(picks), picks


def test_ask_next_skips_a_kind_already_asked_about_the_topic(site):
    """After "what foods have vitamin d in them" (in other words), the foods question is not suggested again."""
    from bot.domain.vocabulary import find_topics
    from bot.domain.wording import follow_ups

    picks = follow_ups(site, find_topics(site, "vitamin D"), "dosage", ["what foods have vitamin d in them for him"],
                       done={("foods", "vitamin D")})
    assert picks and not any("foods" in p.casefold() for p in picks), picks


def test_dark_mode_css_rules_have_one_selector_each():
    """Gradio scopes custom CSS by prefixing selectors, and garbles a selector list that starts with .dark."""
    from bot.serving import assets

    selectors = re.findall(r"([^{}]+)\{", assets.CSS)
    assert [s.strip() for s in selectors if ".dark" in s and "," in s] == []


def test_the_banner_says_not_medical_advice_once(site):
    """A newcomer read "Not medical advice. General information only, not medical advice." in the banner."""
    from bot.safety.notices import DISCLAIMER
    from bot.serving import presentation

    banner = re.search(r'<p class="disclaimer-banner"[^>]*>(.*?)</p>', presentation.header(site)).group(1)
    text = re.sub(r"<[^>]+>", "", banner)
    assert text.casefold().count("not medical advice") == 1
    assert text == DISCLAIMER
    assert banner.startswith("<strong>General information only, not medical advice.</strong>")
