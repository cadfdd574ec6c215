"""The page script of the whole-article view (bot/serving/assets.py fills in the disclaimer and serves it).

Answers carry passages only. When the reader opens "Show this passage in the whole article", this script
fetches the article from GET /api/article/{doc_id} (same origin), writes it into the card's box as plain text
nodes (article text never goes through innerHTML), outlines the cited passage by the offsets the card carries
(data-start/data-end, in code points of the article text), highlights the quoted sentence(s) (data-quote)
inside it, and scrolls the box so the view opens on a whole line two lines above the passage. A failed fetch,
or an article no longer in the index, is said in the box (with the disclaimer); opening it again retries.
"""

SOURCE = r"""
(() => {
  const DISCLAIMER = __DISCLAIMER__;
  const GONE = 'This article is no longer in the index (the articles were updated after this answer). ' +
    'The passage quoted above is still what the answer used.';
  const CHANGED = 'The article has changed since this answer, so the quoted passage cannot be marked in it.';
  const span = (className, text) => {
    const el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  };
  const note = (className, message, role) => {
    const p = document.createElement('p');
    p.className = className;
    if (role) p.setAttribute('role', role);
    p.textContent = message;
    return p;
  };
  // The server counts code points; JavaScript strings count UTF-16 units (they differ after an emoji).
  const unitOffset = (text, points) => {
    if (!/[\uD800-\uDBFF]/.test(text)) return points;
    let unit = 0;
    for (let p = 0; p < points && unit < text.length; p += 1) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xD800 && code <= 0xDBFF ? 2 : 1;
    }
    return unit;
  };
  // The passage as the card shows it (its text without the screen-reader labels), to check the offsets.
  const shownPassage = (view) => {
    const quote = view.closest('.source-card') && view.closest('.source-card').querySelector('blockquote.passage');
    if (!quote) return null;
    const copy = quote.cloneNode(true);
    copy.querySelectorAll('.sr-only').forEach((el) => el.remove());
    return copy.textContent;
  };
  const render = (view, box, article) => {
    const whole = String(article.text || '');
    const start = unitOffset(whole, Number(view.dataset.start));
    const end = unitOffset(whole, Number(view.dataset.end));
    const passage = whole.slice(start, end);
    const quote = view.dataset.quote || '';
    const at = quote ? passage.indexOf(quote) : -1;
    const shown = shownPassage(view);
    box.replaceChildren();
    if (article.title) box.setAttribute('aria-label', `Article: ${article.title}`);
    if (!(end > start) || (shown !== null && shown !== passage) || (quote && at < 0)) {
      box.append(note('article-status', CHANGED, 'status'), document.createTextNode(whole));
      return;
    }
    // The passage is one block (one outline); the blank lines around it are left to the block's margins.
    const mark = document.createElement('mark');
    mark.className = 'in-article';
    const card = view.closest('.source-card');
    if (card) mark.id = `${card.id}-ctx`;
    mark.append(span('sr-only', 'Start of cited passage: '));
    if (at >= 0) {
      const cited = document.createElement('mark');
      cited.className = 'cited';
      cited.append(span('sr-only', 'Cited: '), document.createTextNode(quote));
      if (at > 0) mark.append(document.createTextNode(passage.slice(0, at)));
      mark.append(cited);
      if (at + quote.length < passage.length) mark.append(document.createTextNode(passage.slice(at + quote.length)));
    } else {
      mark.append(document.createTextNode(passage));
    }
    mark.append(span('sr-only', ' End of cited passage.'));
    box.append(document.createTextNode(whole.slice(0, start).replace(/\n+$/, '')), mark,
      document.createTextNode(whole.slice(end).replace(/^\n+/, '')));
  };
  const fail = (box, message, disclaimer) => {
    box.replaceChildren(note('article-status article-error', message, 'alert'),
      note('article-disclaimer', disclaimer || DISCLAIMER));
  };
  // Start the view on a whole line: two lines of context above the passage, never half a line.
  const scrollToMark = (view) => {
    const box = view.querySelector('.article-text');
    const mark = box && box.querySelector('mark.in-article');
    if (!mark) return;
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
  };
  const load = async (view) => {
    const box = view.querySelector('.article-text');
    if (!box || view.dataset.state === 'loading') return;
    view.dataset.state = 'loading';
    box.setAttribute('aria-busy', 'true');
    box.replaceChildren(note('article-status', 'Loading the article…', 'status'));
    // The answer's index fingerprint in the address: after a rebuild the browser does not reuse a cached copy.
    const url = `/api/article/${encodeURIComponent(view.dataset.docId || '')}` +
      `?index=${encodeURIComponent(view.dataset.index || '')}`;
    try {
      const reply = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const body = await reply.json().catch(() => ({}));
      if (reply.status === 404) {
        fail(box, GONE, body.disclaimer);
      } else if (!reply.ok || typeof body.text !== 'string') {
        fail(box, `The article could not be loaded (the server answered ${reply.status}). ` +
          'Close and open this view to try again.', body.disclaimer);
      } else {
        render(view, box, body);
        view.dataset.state = 'loaded';
      }
    } catch (err) {
      fail(box, 'The article could not be loaded (no answer from the server). Close and open this view to try again.');
    } finally {
      box.removeAttribute('aria-busy');
      if (view.dataset.state === 'loading') view.dataset.state = 'failed';
    }
    if (view.open && view.dataset.state === 'loaded') scrollToMark(view);
  };
  document.addEventListener('toggle', (event) => {
    const view = event.target;
    if (!view.classList || !view.classList.contains('article-view') || !view.open) return;
    if (view.dataset.state === 'loaded') scrollToMark(view);
    else load(view);
  }, true);
})();
"""
