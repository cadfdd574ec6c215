"""What cleaning drops from an article's lines on the way in, and the HTML entities it decodes.

Site chrome: a line is dropped when one of the domain pack's `[cleaning] chrome_lines` patterns matches the WHOLE
line (after trimming, ignoring case): "Skip to main content", a cookie banner, a breadcrumb ("Home > Health
Topics > …"), share buttons. A pattern never drops a line it matches only part of, so a sentence of the article
that mentions cookies or a PDF is kept (the build report lists such lines as "looks like page leftovers"). A
site's own patterns add to the built-in ones (bot/ingest/data/default_domain.toml). Adverts: a short
unpunctuated line starting with an upper-case brand and naming one of the pack's `product_nouns`.

HTML entities left in copied text ("Home &gt; Health Topics", "Diet &amp; nutrition", "&nbsp;") are decoded;
only complete entities (with their ';') are, so "AT&T" or "Q&A" stay as written.
"""

from __future__ import annotations

import html
import re

from bot.ingest.pack import DomainPack, default_pack

_BRAND_TOKEN = re.compile(r"^[A-Z]{2,6}\b")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """`text` with complete HTML entities ("&gt;", "&#8217;", "&nbsp;") replaced by their characters."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


class Cleaning:
    """The site-chrome and advert patterns of a domain pack, compiled."""

    def __init__(self, pack: DomainPack | None = None) -> None:
        pack = pack or default_pack()
        self.chrome = re.compile("|".join(f"(?:{p})" for p in pack.chrome_lines) or "(?!)", re.I)
        nouns = "|".join(re.escape(n) for n in pack.product_nouns) or "(?!)"
        self.product = re.compile(rf"\b({nouns})\b", re.I)

    def is_chrome(self, line: str) -> bool:
        """Whether a trimmed line is site chrome: a chrome pattern matches all of it."""
        return self.chrome.fullmatch(line) is not None

    def is_advert(self, line: str) -> bool:
        """A product listing: a short unpunctuated line naming a brand and a product (e.g. a back stretcher)."""
        return (len(line) <= 120 and line[-1] not in ".!?:" and bool(self.product.search(line))
                and bool(_BRAND_TOKEN.match(line)))

    def drops(self, line: str) -> bool:
        """Whether cleaning leaves a trimmed, non-empty line out: chrome or an advert."""
        return self.is_chrome(line) or self.is_advert(line)
