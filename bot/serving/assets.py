"""The chat page's own CSS and inline script (no external fonts, stylesheets or scripts are ever loaded).

Colours always come with a second cue (a label, underline, border or icon), so nothing is told by colour alone.
"""

import json

from bot.safety.notices import DISCLAIMER

CSS = """
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.app-header h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.app-header .coverage { margin: 0 0 .5rem; }
.disclaimer-banner { border: 2px solid #b45309; border-left-width: 8px; background: #fffbeb; color: #1f2937;
  padding: .5rem .75rem; border-radius: 6px; }
#chat a[href^="#src-"] { font-weight: 700; text-decoration: underline; }
#chat blockquote { border: 2px solid #b91c1c; border-left-width: 8px; background: #fef2f2; color: #1f2937;
  padding: .5rem .75rem; margin: 0 0 .75rem; border-radius: 6px; }
#chat blockquote * { color: #1f2937; }
.row-label p { margin: .25rem 0 0; padding: 0 .5rem; }
#sources { max-height: calc(100vh - 1.5rem); overflow-y: auto; position: sticky; top: .75rem; }
.sources-panel { padding: 0 .25rem; }
.sources-panel h2 { font-size: 1.2rem; margin: .25rem 0 .5rem; }
.sources-for, .sources-legend, .sources-empty { margin: 0 0 .5rem; }
.source-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .8rem;
  margin: 0 0 .75rem; background: var(--background-fill-secondary); scroll-margin-top: .5rem; }
.source-card:focus { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.source-card.is-selected { border: 3px solid #1d4ed8; }
.selected-note { display: none; font-weight: 700; font-size: .85rem; margin: 0 0 .25rem; }
.source-card.is-selected .selected-note { display: block; }
.back-to-answer { display: none; margin-top: .4rem; padding: .2rem .6rem; border: 1px solid #1d4ed8;
  border-radius: 6px; background: transparent; color: inherit; cursor: pointer; font-size: .85rem; }
.source-card.is-selected .back-to-answer { display: inline-block; }
.source-title { font-size: 1rem; margin: 0 0 .25rem; }
.source-n { font-weight: 700; }
.source-section, .source-id { font-size: .85rem; margin: 0 0 .25rem; opacity: .85; }
#sources .passage { margin: .35rem 0 !important; padding: .25rem .6rem; border-left: 4px solid var(--border-color-primary);
  white-space: pre-wrap; }
mark.cited { background: #fde68a; color: #111827; text-decoration: underline; text-decoration-thickness: 2px;
  text-underline-offset: 2px; padding: 0 .1em; }
mark.in-article { background: #dbeafe; color: #111827; outline: 2px dashed #1d4ed8; }
.article-view summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
.article-text { position: relative; white-space: pre-wrap; max-height: 50vh; overflow-y: auto;
  border: 1px solid var(--border-color-primary); border-radius: 6px; padding: .5rem .75rem; font-size: .9rem;
  margin-top: .25rem; }
.earlier-sources > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
.earlier-question { font-size: .95rem; margin: .75rem 0 .25rem; }
@media (max-width: 700px) {
  #sources { max-height: none; position: static; }
  .app-header h1 { font-size: 1.2rem; }
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
    .replace(/\\([\\`*_{}\[\]()#+\-.!|<>~&])/g, '$1');
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
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }, true);
  // Opening "Show this passage in the whole article" scrolls the article box to the marked passage.
  document.addEventListener('toggle', (event) => {
    const view = event.target;
    if (!view.classList || !view.classList.contains('article-view') || !view.open) return;
    const box = view.querySelector('.article-text');
    const mark = box && box.querySelector('mark.in-article');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 24);
  }, true);
  // New messages: scroll the chat so the latest question sits at the top with the reply starting under it
  // (Gradio's autoscroll, switched off, jumps to the bottom and hides an urgent notice's first lines).
  let rowsSeen = 0;
  const followLatest = () => {
    const rows = document.querySelectorAll('#chat .message-row');
    const grew = rows.length > rowsSeen;
    rowsSeen = rows.length;
    const users = document.querySelectorAll('#chat .message-row.user-row');
    const target = users[users.length - 1];
    if (!grew || !target) return;
    let box = target.parentElement;
    while (box && box !== document.body) {
      if (/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) break;
      box = box.parentElement;
    }
    if (!box || box === document.body) return;
    box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  };
  new MutationObserver(() => { followLatest(); cleanLabels(); }).observe(
    document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
})();
"""

JS = _JS.replace("__DISCLAIMER__", json.dumps(DISCLAIMER).replace("<", "\\u003c"))  # safe inside <script>
