"""The chat page's own CSS and inline script (no external fonts, stylesheets or scripts are ever loaded).

Colours always come with a second cue (a label, underline, border or icon), so nothing is told by colour alone.
"""

import json

from bot.safety.notices import DISCLAIMER
from bot.serving import article_script, page_script

CSS = """
/* One typeface for text, headings and buttons, served by the app itself. Gradio's theme names "Source Sans Pro"
   at weight 600 from a file holding only a handful of letters, so bold text came out in a fallback typeface with
   a few capitals (the "A" of "Ask", the "B" of "Back") in Source Sans. The page's own family uses the complete
   regular and bold files Gradio ships beside it. */
@font-face { font-family: "Page Sans"; src: url("static/fonts/SourceSansPro/SourceSansPro-Regular.woff2")
  format("woff2"); font-weight: 100 500; font-style: normal; }
@font-face { font-family: "Page Sans"; src: url("static/fonts/SourceSansPro/SourceSansPro-Bold.woff2")
  format("woff2"); font-weight: 600 900; font-style: normal; }
.gradio-container { --font: "Page Sans", ui-sans-serif, system-ui, sans-serif !important; }
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
/* Gradio floats the "Conversation" label and the clear / copy-all buttons over the top of the scrolling
   messages, where they covered the previous reply's feedback buttons: the messages scroll below them. */
#chat:has(.message-row) .bubble-wrap { margin-top: 40px; flex: 1 1 auto; height: auto !important; min-height: 0; }
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
/* One selector per .dark rule: Gradio's scoping of custom CSS garbles a selector list that starts with .dark. */
.dark button:focus-visible { outline-color: #93c5fd !important; }
.dark a:focus-visible { outline-color: #93c5fd !important; }
.dark summary:focus-visible { outline-color: #93c5fd !important; }
.dark [tabindex]:focus-visible { outline-color: #93c5fd !important; }
/* "Go to the answer's citations": out of sight until the keyboard reaches it (page_script.py). */
.skip-to-citations { position: absolute; left: -10000px; display: inline-block; padding: .3rem .7rem;
  min-height: 24px; }     /* a touch target of at least 24 px, like every other (tests/test_ui_people.py) */
.skip-to-citations[hidden] { display: none; }
.skip-to-citations:focus { position: static; width: fit-content; margin: .25rem 0; background: #1d4ed8;
  color: #fff !important; border-radius: 4px; text-decoration: underline; }
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
.dark #suggestions button.suggestion { background: #172554 !important; color: #dbeafe !important;
  border-color: #60a5fa !important; }
.dark #examples button.example { background: #172554 !important; color: #dbeafe !important;
  border-color: #60a5fa !important; }
.dark #suggestions button.suggestion:hover { background: #1e3a8a !important; }
.dark #examples button.example:hover { background: #1e3a8a !important; }
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
#sources .passage { margin: .35rem 0 !important; padding: .25rem .6rem;
  border-left: 4px solid var(--border-color-primary); white-space: pre-wrap; }
mark.cited { background: #fde68a; color: #111827; text-decoration: underline; text-decoration-thickness: 2px;
  text-underline-offset: 2px; padding: 0 .1em; }
/* The whole-article view: the cited passage is one outlined block; lines have a fixed height. */
mark.in-article { display: block; margin: .6em 0; padding: .2rem .5rem; background: #dbeafe; color: #111827;
  border: 2px dashed #1d4ed8; border-radius: 4px; }
.article-view summary { cursor: pointer; font-weight: 600; padding: .4rem 0; min-height: 24px; }
.article-status, .article-disclaimer { white-space: normal; margin: 0 0 .4rem; }
.article-error { font-weight: 600; border-left: 4px solid #b91c1c; padding-left: .5rem; }
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

JS = (page_script.SOURCE + article_script.SOURCE).replace(
    "__DISCLAIMER__", json.dumps(DISCLAIMER).replace("<", "\\u003c"))  # safe inside <script>
