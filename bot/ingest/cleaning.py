"""What cleaning drops from an article's lines on the way in, and the HTML entities it decodes.

Site chrome: a line is dropped when one of the domain pack's `[cleaning] chrome_lines` patterns matches the WHOLE
line (after trimming, ignoring case): "Skip to main content", a cookie banner, a breadcrumb ("Home > Health
Topics > …"), share buttons. A pattern never drops a line it matches only part of, so a sentence of the article
that mentions cookies or a PDF is kept (the build report lists such lines as "looks like page leftovers"). A
site's own patterns add to the built-in ones (bot/ingest/data/default_domain.toml). Adverts: a short
unpunctuated line starting with an upper-case brand and naming one of the pack's `product_nouns`.

Two leftovers of pages flattened to text are undone: a bulleted list run into one line ("- Obesity. …   - Rapid
weight loss. …", MedQuAD's answers) is split back into one line per item, so each item is a list item and a
lead-in is quoted with them; and a footnote number glued to a full stop or to a heading's last word ("…resumed in
about a week.3", "Other factors that affect a persons risk of gallstones include2") is dropped, so it is neither
quoted nor shown as part of a section name.

HTML entities left in copied text ("Home &gt; Health Topics", "Diet &amp; nutrition", "&nbsp;") are decoded;
only complete entities (with their ';') are, so "AT&T" or "Q&A" stay as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from bot.ingest.pack import DomainPack, default_pack

_BRAND_TOKEN = re.compile(r"^[A-Z]{2,6}\b")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# Two or more spaces, then a hyphen: the next item of a list flattened into one line. One space is an ordinary dash.
_FLAT_BULLET = re.compile(r"\s{2,}-\s+(?=\S)")
# A number of one or two digits glued after a word's full stop, semicolon or colon ("…IBS.5", "hepatitis B.6"), or a
# lower-case word's comma …
_FOOTNOTE_AFTER_STOP = re.compile(r"(?<=[a-z]{3},)\d{1,2}(?=\s|$)|(?<=[A-Za-z][.;:])\d{1,2}(?=\s|$)")
# … or one digit glued to the last word of a line ("include2"); "vitamin B12", "type 2", "COVID-19" stay.
_FOOTNOTE_AT_END = re.compile(r"(?<=[a-z]{4})\d$")


def list_items(text: str) -> list[str]:
    """The items of a bulleted line's text (after its bullet): one, or those that page flattening ran into it
    ("A.   - B." → "A.", "B."), split where two or more spaces come before a hyphen."""
    return _FLAT_BULLET.split(text.strip())


# What follows the last item of a list run into a paragraph line, after three or more spaces: the next sentence.
_AFTER_LIST = re.compile(r"\s{3,}(?=[A-Z])")


def flattened_list(line: str, lead_in: Callable[[str], bool]) -> list[tuple[str, str]] | None:
    """A paragraph line that a page flattening ran a list into ("Signs … include   - shortness of breath   -
    dizziness    A person with any of these…": MedQuAD's answers, a newcomer's operator site, session 27): its parts
    as ("text", lead-in), ("item", item)…, and ("text", what follows the last item) when there is any; None when
    the line is no lead-in (`lead_in`: bot.ingest.headings.ends_as_lead_in) followed by at least two such items."""
    parts = list_items(line)
    if len(parts) < 3 or not lead_in(parts[0]):
        return None
    last = _AFTER_LIST.split(parts[-1], maxsplit=1)
    return [("text", parts[0]), *(("item", p) for p in [*parts[1:-1], last[0]]), *(("text", t) for t in last[1:])]


def without_footnote_marks(line: str) -> str:
    """`line` without footnote numbers glued to a full stop or to its last word (see the module docstring)."""
    return _FOOTNOTE_AT_END.sub("", _FOOTNOTE_AFTER_STOP.sub("", line.rstrip()))


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
