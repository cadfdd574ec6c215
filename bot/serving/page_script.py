"""The chat page's inline script (bot/serving/assets.py fills in the disclaimer and serves it).

What it does, all with delegated listeners or one MutationObserver (the chat and the panel are re-rendered):
plain-text copies that end with the disclaimer, clean screen-reader labels, [n] links that select their source
card, the latest question kept in view while its reply renders, the feedback flag opened by keyboard, and the
question box's live character counter, the tab title kept to the header's site name, and a link just before the
question box that takes the keyboard to the latest answer's first citation. The whole-article
view has its own script (bot/serving/article_script.py).
"""

# Delegated listeners, installed once: the chat and the panel are re-rendered, so nothing binds to elements.
SOURCE = r"""
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
      area.setAttribute('aria-describedby', 'question-count');   // read out with the box
    }
    const text = `${area.value.length.toLocaleString('en')} / ${area.maxLength.toLocaleString('en')} characters`;
    if (counter.textContent !== text) counter.textContent = text;
  };
  document.addEventListener('input', (event) => {
    if (event.target.closest && event.target.closest('#question')) updateCounter();
  }, true);
  // The tab title names the site the header names: after an operator swaps the index, the header is rendered
  // anew on page load (presentation.page_state) but Gradio's <title> is fixed at start-up.
  const TITLE_SUFFIX = ' (not medical advice)';
  const followHeader = () => {
    const heading = document.querySelector('#app-header-block h1');
    const name = heading ? heading.textContent.trim() : '';
    if (name && document.title !== name + TITLE_SUFFIX) document.title = name + TITLE_SUFFIX;
  };
  // From the question box the latest answer's [1] was ~16 Shift+Tab presses away (every later link, copy and
  // feedback button comes first). One Shift+Tab from the box now reaches this link; it is shown while focused and
  // exists only while the latest answer cites something.
  const latestCitation = () => {
    const answers = document.querySelectorAll('#chat [data-testid="bot"]');
    const latest = answers[answers.length - 1];
    return latest ? latest.querySelector('a[href^="#src-"]') : null;
  };
  const updateSkipLink = () => {
    const row = document.getElementById('ask-row');
    if (!row) return;
    let skip = document.getElementById('to-citations');
    if (!skip) {
      skip = document.createElement('a');
      skip.id = 'to-citations';
      skip.href = '#chat';
      skip.className = 'skip-to-citations';
      skip.textContent = "Go to the answer's citations";
      skip.addEventListener('click', (event) => {
        event.preventDefault();
        const first = latestCitation();
        if (first) { first.scrollIntoView({ block: 'center' }); first.focus({ preventScroll: true }); }
      });
    }
    if (skip.nextElementSibling !== row) row.insertAdjacentElement('beforebegin', skip);
    const hidden = !latestCitation();
    if (skip.hidden !== hidden) skip.hidden = hidden;
  };
  new MutationObserver(() => {
    followLatest(); cleanLabels(); updateCounter(); followHeader(); updateSkipLink();
  }).observe(
    document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
})();
"""
