"""How answers look in the browser: chat markdown with linked [n] markers, and the sources panel as HTML.

Pure functions, no gradio import, so they are unit-testable. Every piece of corpus or user text is escaped
before any markup is added; markup is only ever wrapped around already-escaped text.

The panel is shown by a Markdown component (gr.HTML compiles templates with eval, which the page's
Content-Security-Policy forbids), so the HTML must be one single line: a blank line would end the HTML block
and hand the rest to the markdown parser. Newlines in text are therefore written as the entity &#10;.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as _html_escape
from typing import Sequence
from urllib.parse import quote as url_quote

from bot.domain.site import Site
from bot.domain.wording import MAX_EXAMPLES, coverage_text, example_questions, page_title
from bot.safety.notices import DISCLAIMER
from bot.types import Answer, Citation

_MARKER_RE = re.compile(r"\[(\d+)\]")
_ADJACENT_MARKERS_RE = re.compile(r"(?<=\])(?=\[\d+\])")
# Characters that markdown (CommonMark with GFM autolinks) could turn into markup or a live link. In user text
# each becomes a numeric character reference: the browser shows the character itself (a backslash escape is
# shown literally inside an autolinked address), and no web address, e-mail or list can be recognised.
_MD_SPECIAL_RE = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~&:@=/$%^\"']")
SHOWN_QUESTION_CHARS = 300   # longer questions are shown shortened (the whole text still goes to the engine)

EMPTY_PANEL = (
    '<section class="sources-panel" aria-label="Sources">'
    '<h2 class="sources-heading">Sources</h2>'
    '<p class="sources-empty">The passages behind each answer appear here. In an answer, select a number '
    "such as [1] to jump to its source; the sentence the answer quotes is highlighted and underlined.</p>"
    "</section>"
)


def escape(text: str) -> str:
    """HTML-escaped text on one line (newlines become &#10;, which still render with white-space: pre-wrap)."""
    return _html_escape(text).replace("\r", "").replace("\n", "&#10;")


def card_id(turn: int, n: int) -> str:
    """Stable id of a source card: turn number in the conversation, then citation number."""
    return f"src-{turn}-{n}"


def brief(question: str, limit: int = SHOWN_QUESTION_CHARS) -> str:
    """The question as the page echoes it: whole up to `limit` characters, otherwise its start, an ellipsis
    and its length, so that a long paste does not fill the screen."""
    if len(question) <= limit:
        return question
    return f"{question[:limit].rstrip()}… ({len(question):,} characters)"


def user_markdown(question: str) -> str:
    """The user's words (shortened by `brief`), shown literally: no links, images, lists or HTML can come
    from them, and nothing escaped shows (characters are numeric references, e.g. "." is "&#46;")."""
    return _MD_SPECIAL_RE.sub(lambda m: f"&#{ord(m.group(0))};", brief(question))


def chat_markdown(answer: Answer, turn: int, *, linked: bool = True) -> str:
    """The answer text as the chat shows it: [n] become links to the source cards; an urgent notice stands out.

    `linked=False` leaves plain [n] markers (for answers whose sources are no longer in the panel).
    """
    text = answer.text
    urgent_block = ""
    if answer.urgent and text.startswith(answer.urgent):
        # A labelled block quote: the CSS draws it as a boxed alert, and the word "Urgent" carries the meaning
        # without relying on colour.
        notice = answer.urgent.strip().replace("\n", "\n> ")
        urgent_block = f"> ⚠️ **Urgent — please read first**\n>\n> {notice}\n\n"
        text = text[len(answer.urgent):].lstrip("\n")
    numbers = {c.n for c in answer.citations}

    def link(match: re.Match) -> str:
        n = int(match.group(1))
        if not linked or n not in numbers:
            return match.group(0)
        return f'[\\[{n}\\]](#{card_id(turn, n)} "Show source {n}")'

    # Images would make the browser fetch from wherever they point: never render one from corpus text.
    # Adjacent markers get a space ("[2] [3]") so they read, and are tapped, as two.
    body = _MARKER_RE.sub(link, _ADJACENT_MARKERS_RE.sub(" ", text)).replace("![", "!\\[")
    return urgent_block + body


def header(site: Site) -> str:
    """What the tool is (for `site`: the served bot's) and what to do, then the disclaimer: present on every
    screen, calm rather than loud: the disclaimer once, verbatim, its first sentence in bold."""
    lead, rest = DISCLAIMER.split(". ", 1)
    lead += "."
    return (
        f'<header class="app-header"><h1>{escape(page_title(site))}</h1>'
        '<p class="coverage">Type a question below or choose an example. '
        f'{escape(coverage_text(site))} Every answer quotes the articles and shows its sources as [1], [2]…</p>'
        '<p class="disclaimer-banner" role="note" aria-label="Medical disclaimer">'
        f"<strong>{escape(lead)}</strong> {escape(rest)}</p></header>"
    )


@dataclass(frozen=True)
class PageState:
    """What the chat page shows about the site it answers for: `header` (HTML, see `header`), the question box's
    `placeholder` and the example questions (at most EXAMPLE_SLOTS, one per example button)."""

    header: str
    placeholder: str
    examples: tuple[str, ...]

    @property
    def slots(self) -> tuple[str, ...]:
        """One label per example button (EXAMPLE_SLOTS): the examples, then "" for each button to hide."""
        return self.examples + ("",) * (EXAMPLE_SLOTS - len(self.examples))


EXAMPLE_SLOTS = MAX_EXAMPLES   # example buttons on the page: the most example_questions can return


def placeholder(examples: Sequence[str]) -> str:
    """The question box's hint: the second example (the first is often the most obvious), or the only one."""
    return f"e.g. {examples[1] if len(examples) > 1 else examples[0]}" if examples else ""


def page_state(site: Site) -> PageState:
    """The site-dependent parts of the chat page for `site` (the index answering now): computed when the page
    is built and again on every page load, so that a page opened after a newly published index describes it."""
    examples = tuple(example_questions(site))[:EXAMPLE_SLOTS]
    return PageState(header(site), placeholder(examples), examples)


def chat_messages(turns: Sequence[Answer]) -> list[dict]:
    """The chat's messages for the conversation's answers: each question (literal) then its reply."""
    linked = linked_turns(len(turns))
    messages = []
    for t, answer in enumerate(turns, start=1):
        messages.append({"role": "user", "content": user_markdown(answer.question)})
        messages.append({"role": "assistant", "content": chat_markdown(answer, t, linked=t in linked)})
    return messages


def highlight(passage_text: str, quote: str) -> str:
    """The passage, escaped, with the cited sentence(s) inside <mark>."""
    at = passage_text.find(quote) if quote else -1
    if at < 0:
        return escape(passage_text)
    end = at + len(quote)
    return (
        escape(passage_text[:at])
        + '<mark class="cited"><span class="sr-only">Cited: </span>'
        + escape(passage_text[at:end])
        + "</mark>"
        + escape(passage_text[end:])
    )


def article_view(citation: Citation, index: str) -> str:
    """The whole-article toggle of a card: a closed <details> whose box the page script fills when it is opened.

    No article text is sent with the answer. The view carries a hidden link to the article's route,
    GET /api/article/{doc_id}?index={fingerprint} (bot/serving/web.py; the answer's index fingerprint keeps a
    copy cached before a rebuild from being reused), with the passage's offsets in its fragment
    (#start=S&end=E: code points in the article text). The cited sentence(s) to highlight are the card's own
    <mark class="cited">. Carried in an href because the chat's HTML sanitizer keeps no data-* or aria-*
    attributes. The script is bot/serving/article_script.py.
    """
    p = citation.passage
    address = (f"/api/article/{url_quote(p.doc_id, safe='')}?index={url_quote(index, safe='')}"
               f"#start={p.start}&end={p.end}")
    return (
        '<details class="article-view"><summary>Show this passage in the whole article</summary>'
        f'<a class="article-ref" hidden href="{escape(address)}"></a>'
        '<div class="article-text" tabindex="0" role="region">'
        '<p class="article-status" role="status">The article loads when you open this view.</p></div></details>'
    )


def source_card(citation: Citation, turn: int, index: str = "", *, with_article: bool = True) -> str:
    """One citation's card (id `card_id(turn, n)`): title, section, the passage with its quote highlighted, and,
    with `with_article`, the whole-article toggle for the answer's index fingerprint `index`."""
    p = citation.passage
    cid = card_id(turn, citation.n)
    section = f'<p class="source-section">Section: {escape(p.section)}</p>' if p.section else ""
    context = article_view(citation, index) if with_article else ""
    return (
        f'<article class="source-card" id="{cid}" tabindex="-1" aria-labelledby="{cid}-title">'
        '<p class="selected-note">▶ Selected source</p>'
        f'<h3 class="source-title" id="{cid}-title"><span class="source-n">[{citation.n}]</span> '
        f"{escape(p.title)}</h3>"
        f"{section}"
        f'<blockquote class="passage">{highlight(p.text, citation.quote)}</blockquote>'
        f'<p class="source-id">Passage {escape(p.passage_id)}</p>'
        f"{context}"
        '<button type="button" class="back-to-answer">↑ Back to the answer</button></article>'
    )


def sources_panel(turns: Sequence[Answer], *, earlier: int = 10) -> str:
    """The panel for the latest answer (with whole-article toggles), then earlier answers' cards, folded away.

    The panel holds passages only, never whole articles: its size grows with the answer, not with the article.

    `turns` is the conversation's answers in order; turn numbers are their 1-based positions. Only the last
    `earlier` earlier answers keep cards (their chat links stay valid; older ones are shown unlinked).
    """
    if not turns:
        return EMPTY_PANEL
    latest_turn = len(turns)
    latest = turns[-1]
    parts = [
        '<section class="sources-panel" aria-label="Sources">',
        '<h2 class="sources-heading">Sources</h2>',
        f'<p class="sources-for">For your question: “{escape(brief(latest.question))}”</p>',
    ]
    if latest.citations:
        parts.append('<p class="sources-legend">The sentence the answer quotes is '
                     '<mark class="cited">highlighted and underlined</mark>.</p>')
        parts.extend(source_card(c, latest_turn, latest.index) for c in latest.citations)
    else:
        parts.append('<p class="sources-empty">This reply cites no article passages.</p>')
    older = [(t, turns[t - 1]) for t in linked_turns(latest_turn, earlier)[:-1] if turns[t - 1].citations]
    if older:
        parts.append(f'<details class="earlier-sources"><summary>Sources of earlier answers ({len(older)})</summary>')
        for t, a in reversed(older):
            parts.append(f'<h3 class="earlier-question">“{escape(brief(a.question))}”</h3>')
            parts.extend(source_card(c, t, with_article=False) for c in a.citations)
        parts.append("</details>")
    parts.append("</section>")
    return "".join(parts)


def linked_turns(total: int, earlier: int = 10) -> range:
    """Turn numbers whose [n] markers still link to cards in the panel (the latest plus `earlier` before it)."""
    return range(max(1, total - earlier), total + 1)
