"""The page script of the whole-article view (bot/serving/assets.py fills in the disclaimer and serves it).

Answers carry passages only. When the reader opens "Show this passage in the whole article", this script
fetches the article from the address of the view's hidden link (GET /api/article/{doc_id}?index=..., same
origin), writes it into the card's box as plain text nodes (article text never goes through innerHTML),
outlines the cited passage by the offsets in the link's fragment (#start=S&end=E, code points of the article
text), checks it against the passage the card shows, highlights the card's quoted sentence(s) inside it, and
scrolls the box so the view opens on a whole line two lines above the passage. A failed fetch, or an article no
longer in the index, is said in the box (with the disclaimer); opening it again retries. What was loaded stays
in the card; the browser caches the article per index fingerprint (the route allows 5 minutes).
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
  // Text as the card shows it, without the screen-reader labels ('' when the card has no such element).
  const shownText = (card, selector) => {
    const el = card && card.querySelector(selector);
    if (!el) return '';
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.sr-only').forEach((sr) => sr.remove());
    return copy.textContent;
  };
  // Where the article is and where the passage sits in it, from the view's hidden link.
  const reference = (view) => {
    const link = view.querySelector('a.article-ref');
    if (!link) return null;
    const url = new URL(link.getAttribute('href'), window.location.href);
    const at = new URLSearchParams(url.hash.slice(1));
    return { address: url.pathname + url.search, start: Number(at.get('start')), end: Number(at.get('end')) };
  };
  const render = (view, box, article, ref) => {
    const whole = String(article.text || '');
    const start = unitOffset(whole, ref.start);
    const end = unitOffset(whole, ref.end);
    const passage = whole.slice(start, end);
    const card = view.closest('.source-card');
    const quote = shownText(card, 'blockquote.passage mark.cited');
    const at = quote ? passage.indexOf(quote) : -1;
    const shown = card && card.querySelector('blockquote.passage') ? shownText(card, 'blockquote.passage') : null;
    box.replaceChildren();
    if (article.title) box.setAttribute('aria-label', `Article: ${article.title}`);
    if (!(end > start) || (shown !== null && shown !== passage) || (quote && at < 0)) {
      box.append(note('article-status', CHANGED, 'status'), document.createTextNode(whole));
      return;
    }
    // The passage is one block (one outline); the blank lines around it are left to the block's margins.
    const mark = document.createElement('mark');
    mark.className = 'in-article';
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
    const ref = reference(view);
    if (!box || !ref || view.dataset.state === 'loading') return;
    view.dataset.state = 'loading';
    const title = shownText(view.closest('.source-card'), '.source-title').replace(/^\s*\[\d+\]\s*/, '');
    if (title) box.setAttribute('aria-label', `Article: ${title}`);
    box.setAttribute('aria-busy', 'true');
    box.replaceChildren(note('article-status', 'Loading the article…', 'status'));
    try {
      const reply = await fetch(ref.address, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const body = await reply.json().catch(() => ({}));
      if (reply.status === 404) {
        fail(box, GONE, body.disclaimer);
      } else if (!reply.ok || typeof body.text !== 'string') {
        fail(box, `The article could not be loaded (the server answered ${reply.status}). ` +
          'Close and open this view to try again.', body.disclaimer);
      } else {
        render(view, box, body, ref);
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
