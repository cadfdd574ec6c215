"""The chat page's own CSS and inline script (no external fonts, stylesheets or scripts are ever loaded).

Colours always come with a second cue (a label, underline, border or icon), so nothing is told by colour alone.
"""

import json

from bot.safety.notices import DISCLAIMER

CSS = """
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
/* Header: what the tool is and what to do, then the disclaimer: always there, calm rather than loud. */
.app-header h1 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 .3rem; }
.app-header .coverage { margin: 0 0 .4rem; font-size: 1rem; line-height: 1.45; }
.app-header .disclaimer-banner { margin: 0; border-left: 4px solid #b45309; background: #fffbeb; color: #1f2937;
  padding: .35rem .7rem; border-radius: 4px; font-size: .9rem; line-height: 1.4; }
.app-header .disclaimer-banner strong { color: inherit !important; }
.dark .app-header .disclaimer-banner { background: #2b2210; color: #fef3c7; border-left-color: #f59e0b; }
/* The chat: small while empty (the question box and examples stay on the first screen), then as tall as the
   screen allows with the question box still under it. Gradio's "scroll to the bottom" arrow is hidden: it
   floated over the start of the reply, and the page script already shows the latest question and reply. */
#chat:not(:has(.message-row)) { height: 8.5rem !important; min-height: 0 !important; }
#chat:has(.message-row) { height: calc(100vh - 14rem) !important; min-height: 18rem; }
#chat .scroll-down-button-container { display: none !important; }
/* The copy button under the reader's own question took a line of the chat's height: the reply comes first. */
#chat .message-buttons-right { display: none !important; }
#chat a[href^="#src-"] { font-weight: 700; text-decoration: underline; }
#chat blockquote { border: 2px solid #b91c1c; border-left-width: 8px; background: #fef2f2; color: #1f2937;
  padding: .5rem .75rem; margin: 0 0 .75rem !important; border-radius: 6px; }
#chat blockquote * { color: #1f2937; }
/* Gradio dims message text to 80% opacity in dark mode; full contrast reads better. */
#chat .md.chatbot { opacity: 1 !important; }
.dark #chat blockquote { background: #3b1212 !important; border-color: #f87171; }
.dark #chat blockquote * { color: #fef2f2; }
/* Touch targets of at least 24x24 px (WCAG 2.2), and the feedback options open on keyboard focus too. */
#chat .icon-button { min-width: 32px; min-height: 32px; justify-content: center; align-items: center; }
#chat .extra-feedback:focus-within .extra-feedback-options { display: flex; }
#chat .extra-feedback-option { min-height: 32px; font-size: .9rem; padding: .2rem .6rem; }
button:focus-visible, a:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #1d4ed8 !important; outline-offset: 2px; }
.dark button:focus-visible, .dark a:focus-visible, .dark summary:focus-visible, .dark [tabindex]:focus-visible {
  outline-color: #93c5fd !important; }
/* The Ask button and the question chips: blue with white or dark-blue text (contrast 6:1 or more). */
#ask-button { background: #1d4ed8 !important; border: 1px solid #1d4ed8 !important; color: #fff !important;
  font-size: 1.05rem; }
#ask-button:hover { background: #1e40af !important; }
#question-count { margin: .3rem 0 0; font-size: .875rem; }
#question .info-text { font-size: .875rem; color: inherit; }
.row-label p { margin: .5rem 0 .25rem; font-size: 1rem; }
#suggestions button.suggestion, #examples button.example { border: 1px solid #1d4ed8 !important;
  background: #eff6ff !important; color: #1e3a8a !important; font-size: 1rem !important; font-weight: 500;
  min-height: 44px; border-radius: 8px; box-shadow: none; line-height: 1.3; }
#suggestions button.suggestion:hover, #examples button.example:hover { background: #dbeafe !important; }
.dark #suggestions button.suggestion, .dark #examples button.example { background: #172554 !important;
  color: #dbeafe !important; border-color: #60a5fa !important; }
.dark #suggestions button.suggestion:hover, .dark #examples button.example:hover { background: #1e3a8a !important; }
/* Sources */
#sources { max-height: calc(100vh - 1.5rem); overflow-y: auto; position: sticky; top: .75rem; }
.sources-panel { padding: 0 .25rem; }
.sources-panel h2 { font-size: 1.2rem; margin: .25rem 0 .5rem; }
.sources-for, .sources-legend, .sources-empty { margin: 0 0 .5rem; }
.source-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .8rem;
  margin: 0 0 .75rem; background: var(--background-fill-secondary); scroll-margin-top: .5rem; }
.source-card:focus { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.source-card.is-selected { border: 3px solid #1d4ed8; }
.dark .source-card.is-selected { border-color: #93c5fd; }
.selected-note { display: none; font-weight: 700; font-size: .85rem; margin: 0 0 .25rem; }
.source-card.is-selected .selected-note { display: block; }
.back-to-answer { display: none; margin-top: .4rem; padding: .3rem .7rem; min-height: 32px; border: 1px solid #1d4ed8;
  border-radius: 6px; background: transparent; color: inherit; cursor: pointer; font-size: .9rem; }
.source-card.is-selected .back-to-answer { display: inline-block; }
.source-title { font-size: 1rem; margin: 0 0 .25rem; }
.source-n { font-weight: 700; }
.source-section, .source-id { font-size: .85rem; margin: 0 0 .25rem; }
#sources .passage { margin: .35rem 0 !important; padding: .25rem .6rem; border-left: 4px solid var(--border-color-primary);
  white-space: pre-wrap; }
mark.cited { background: #fde68a; color: #111827; text-decoration: underline; text-decoration-thickness: 2px;
  text-underline-offset: 2px; padding: 0 .1em; }
/* The whole-article view: the cited passage is one outlined block; lines have a fixed height. */
mark.in-article { display: block; margin: .6em 0; padding: .2rem .5rem; background: #dbeafe; color: #111827;
  border: 2px dashed #1d4ed8; border-radius: 4px; }
.article-view summary { cursor: pointer; font-weight: 600; padding: .4rem 0; min-height: 24px; }
.article-text { position: relative; white-space: pre-wrap; max-height: 50vh; overflow-y: auto; line-height: 1.5;
  border: 1px solid var(--border-color-primary); border-radius: 6px; padding: .5rem .75rem; font-size: .95rem;
  margin-top: .25rem; }
.earlier-sources > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; padding: .3rem 0; }
.earlier-question { font-size: .95rem; margin: .75rem 0 .25rem; }
@media (max-width: 700px) {
  #sources { max-height: none; position: static; }
  .app-header h1 { font-size: 1.25rem; }
  .app-header .coverage { font-size: .95rem; }
  #chat:not(:has(.message-row)) { height: 6.5rem !important; }
  #chat:has(.message-row) { height: calc(100vh - 15rem) !important; }
  /* On a phone every pixel of width is a line less to scroll: Gradio's 32 px page margins (on an element this
     stylesheet cannot reach) are mostly taken back, and messages and the question box use the full width. */
  #app-header-block, #main-row { margin-left: -22px !important; margin-right: -22px !important;
    width: auto !important; max-width: none !important; }
  #ask-row { flex-wrap: wrap; }
  #ask-row > #question { flex-basis: 100%; }
  #ask-row > #ask-button { flex-basis: 100%; }
  #chat .message-row.bubble { margin-left: 4px !important; margin-right: 4px !important;
    max-width: calc(100% - 8px) !important; }
}
"""

# Delegated listeners, installed once: the chat and the panel are re-rendered, so nothing binds to elements.
_JS = r"""
(() => {
  // Copy buttons: Gradio copies the raw markdown and appends the watermark (the disclaimer). Give plain
  // text instead: [n] without its link target, no markdown escapes, and the disclaimer once at the end.
  const DISCLAIMER = __DISCLAIMER__;
  const twice = DISCLAIMER + '\n\n' + DISCLAIMER;
  const plainText = (text) => String(text)
    .replace(/\[\\\[(\d+)\\\]\]\(#src-[^)]*\)/g, '[$1]')
    .replace(/\\([\\`*_{}\[\]()#+\-.!|<>~&])/g, '$1')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));   // user text (presentation.py)
  if (navigator.clipboard && navigator.clipboard.writeText) {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      let plain = plainText(text);
      while (plain.includes(twice)) plain = plain.replace(twice, DISCLAIMER);
      if (!plain.trimEnd().endsWith(DISCLAIMER)) plain = plain.trimEnd() + '\n\n' + DISCLAIMER;
      return write(plain);
    };
  }
  // Gradio labels each message with its raw markdown; screen readers should hear "[1]", not link syntax.
  const cleanLabels = () => {
    document.querySelectorAll('#chat [data-testid="bot"][aria-label], #chat [data-testid="user"][aria-label]')
      .forEach((el) => {
        const label = el.getAttribute('aria-label');
        const clean = plainText(label);
        if (clean !== label) el.setAttribute('aria-label', clean);
      });
  };
  let lastLink = null;
  document.addEventListener('click', (event) => {
    // The feedback flag has no action of its own in Gradio: Enter, Space, a click or a tap on it opens its
    // options (CSS shows them while focus is inside) and moves the focus to the first, "Wrong citation".
    const flag = event.target.closest ? event.target.closest('#chat .extra-feedback > button') : null;
    if (flag) {
      const option = flag.parentElement.querySelector('.extra-feedback-option');
      if (option) option.focus();
      return;
    }
    const back = event.target.closest ? event.target.closest('.back-to-answer') : null;
    if (back) {   // return to the [n] the reader came from (on a phone the panel is far below the chat)
      const target = lastLink && document.contains(lastLink) ? lastLink : document.querySelector('#question textarea');
      if (target) { target.scrollIntoView({ block: 'center' }); target.focus({ preventScroll: true }); }
      return;
    }
    const link = event.target.closest ? event.target.closest('a[href^="#src-"]') : null;
    if (!link) return;
    lastLink = link;
    event.preventDefault();
    event.stopPropagation();
    const card = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!card) return;
    const fold = card.closest('details');
    if (fold && !fold.open) fold.open = true;
    document.querySelectorAll('.source-card.is-selected').forEach((c) => {
      c.classList.remove('is-selected');
      c.removeAttribute('aria-current');
    });
    card.classList.add('is-selected');
    card.setAttribute('aria-current', 'true');
    // Beside the chat (desktop) the panel scrolls by itself, so the question box stays where it is; below the
    // chat (phone) the page scrolls to the card, and "Back to the answer" returns.
    const panel = card.closest('#sources');
    if (panel && /(auto|scroll)/.test(getComputedStyle(panel).overflowY) && panel.scrollHeight > panel.clientHeight) {
      panel.scrollTop += card.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
      card.scrollIntoView({ block: 'nearest' });
    } else {
      card.scrollIntoView({ block: 'start' });
    }
    card.focus({ preventScroll: true });
  }, true);
  // Opening "Show this passage in the whole article" scrolls the article box to the marked passage.
  document.addEventListener('toggle', (event) => {
    const view = event.target;
    if (!view.classList || !view.classList.contains('article-view') || !view.open) return;
    const box = view.querySelector('.article-text');
    const mark = box && box.querySelector('mark.in-article');
    if (!mark) return;
    // Start the view on a whole line: two lines of context above the passage, never half a line.
    const boxTop = box.getBoundingClientRect().top + box.clientTop;
    let top = mark.getBoundingClientRect().top - 8;
    const before = mark.previousSibling;
    if (before && before.nodeType === Node.TEXT_NODE) {
      const range = document.createRange();
      range.selectNodeContents(before);
      const tops = [...new Set([...range.getClientRects()].filter((r) => r.height > 0).map((r) => r.top))]
        .sort((a, b) => a - b);
      if (tops.length) top = tops[Math.max(0, tops.length - 2)];
    }
    box.scrollTop = Math.max(0, box.scrollTop + top - boxTop);
  }, true);
  // New messages: scroll the chat so the latest question sits at the top with the reply starting under it
  // (Gradio's autoscroll, switched off, jumps to the bottom and hides an urgent notice's first lines).
  // The reply renders in several steps after its row appears, so the latest question stays pinned until
  // the reader scrolls, taps, clicks or types.
  let rowsSeen = 0;
  let pinned = false;
  const followLatest = () => {
    const rows = document.querySelectorAll('#chat .message-row');
    if (rows.length > rowsSeen) pinned = true;
    rowsSeen = rows.length;
    const users = document.querySelectorAll('#chat .message-row.user-row');
    const target = users[users.length - 1];
    if (!pinned || !target) return;
    let box = target.parentElement;
    while (box && box !== document.body) {
      if (/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) break;
      box = box.parentElement;
    }
    if (box && box !== document.body) {
      // Below the chat's floating label and its Clear / Copy buttons, which sit over the top of the scroll box.
      let clear = box.getBoundingClientRect().top + 8;
      document.querySelectorAll('#chat .top-panel, #chat label[data-testid="block-label"]').forEach((el) => {
        clear = Math.max(clear, el.getBoundingClientRect().bottom + 6);
      });
      const delta = target.getBoundingClientRect().top - clear;
      if (Math.abs(delta) > 1) box.scrollTop += delta;
    }
    // And the page: the chat's top at the top of the screen, so the question, the start of the reply and the
    // question box under the chat are all in view (on a phone too, and after tapping an example).
    const chat = document.getElementById('chat');
    const chatTop = chat ? chat.getBoundingClientRect().top : 0;
    if (Math.abs(chatTop - 4) > 2) window.scrollBy(0, chatTop - 4);
  };
  ['wheel', 'touchstart', 'pointerdown', 'keydown'].forEach((type) => document.addEventListener(
    type, () => { pinned = false; }, { capture: true, passive: true }));
  // A live "N / limit characters" counter under the question box (the limit is the box's maxlength).
  const updateCounter = () => {
    const area = document.querySelector('#question textarea');
    if (!area || !(area.maxLength > 0)) return;
    let counter = document.getElementById('question-count');
    if (!counter) {
      counter = document.createElement('p');
      counter.id = 'question-count';
      (area.closest('label') || area).insertAdjacentElement('afterend', counter);
    }
    const text = `${area.value.length.toLocaleString('en')} / ${area.maxLength.toLocaleString('en')} characters`;
    if (counter.textContent !== text) counter.textContent = text;
  };
  document.addEventListener('input', (event) => {
    if (event.target.closest && event.target.closest('#question')) updateCounter();
  }, true);
  new MutationObserver(() => { followLatest(); cleanLabels(); updateCounter(); }).observe(
    document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
})();
"""

JS = _JS.replace("__DISCLAIMER__", json.dumps(DISCLAIMER).replace("<", "\\u003c"))  # safe inside <script>
