"""An article file's bytes as text: UTF-8 (with or without a byte-order mark), or an error telling an editor what
to change. Editors' usual mistakes: Notepad's "Unicode" (UTF-16: every other byte NUL), a file saved in a Windows
code page (Windows-1252: "café" as the single byte 0xE9), a word-processor document renamed to .txt, a web page's
HTML or a PDF file's insides saved under a text file's name (the article's text is in there, but not as text
anyone should read or quote: "<!DOCTYPE html><html><head>…", "%PDF-1.4 … obj << /Type /Page >>")."""

from __future__ import annotations

import re

from bot.errors import CorpusError

SAVE_AS_UTF8 = "save it as UTF-8 (in Notepad: File > Save as, Encoding: UTF-8)"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 400      # bytes looked at for the NUL-every-other-byte pattern of UTF-16 without a byte-order mark
SAVE_THE_TEXT = "copy the article's text from it and save that as plain text (.txt) or Markdown (.md)"
_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.I | re.S)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")


def decode_article(name: str, raw: bytes) -> str:
    """`raw` decoded as UTF-8 (a leading byte-order mark dropped). `name` is how messages name the file.
    Raises CorpusError: empty, UTF-16, other bytes no text has (NUL), or not UTF-8 (naming the line)."""
    if not raw.strip():
        raise CorpusError(f"{name} is empty. Remove it or put the article text in it.")
    if looks_like_utf16(raw):
        raise CorpusError(f"{name} looks like UTF-16 ('Unicode' in Notepad): {SAVE_AS_UTF8}.")
    if b"\x00" in raw:
        raise CorpusError(f"{name} is not a text file (it contains NUL bytes): if it is a word-processor document "
                          "renamed to .txt, open it and save it as plain text (.txt).")
    if raw.lstrip().startswith(b"%PDF-"):
        raise CorpusError(f"{name} is a PDF file, not its text: open it in a PDF reader, {SAVE_THE_TEXT}.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise CorpusError(f"{name} is not UTF-8 text (line {line}, near \"{_near(raw, err.start)}\"): "
                          f"{SAVE_AS_UTF8}.") from None
    if looks_like_html(text):
        raise CorpusError(f"{name} looks like a web page's HTML, not the article's text: open it in a browser, "
                          f"{SAVE_THE_TEXT}.")
    return text


def looks_like_html(text: str) -> bool:
    """A web page's source: it opens with <!DOCTYPE html>, <html>, <head> or <body>, or its tags (at least 10) take
    up a third or more of its visible characters. A Markdown article with a few tags (<sup>, <br>) is not."""
    if _HTML_START.match(text):
        return True
    tags = _TAG.findall(text)
    if len(tags) < 10:
        return False
    tag_chars = sum(len(m.group(0)) for m in _TAG.finditer(text))
    return tag_chars >= len("".join(text.split())) / 3


def looks_like_utf16(raw: bytes) -> bool:
    """A UTF-16 byte-order mark, or (without one) NUL in most even or most odd bytes of the start, as UTF-16 gives
    any text in Latin letters."""
    if raw.startswith(_UTF16_BOMS):
        return True
    sample = raw[:_SAMPLE]
    if len(sample) < 4:
        return False
    half = len(sample) // 2
    return max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.8 * half


def _near(raw: bytes, at: int, width: int = 20) -> str:
    """The text around byte `at` on its line, undecodable bytes shown as �, so an editor can find the spot."""
    start = max(raw.rfind(b"\n", 0, at) + 1, at - width)
    end = raw.find(b"\n", at)
    end = min(len(raw) if end < 0 else end, at + width)
    return raw[start:end].decode("utf-8", errors="replace").strip()
