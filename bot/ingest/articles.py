"""Read `corpus/` and turn each article file into its reading text, split into typed blocks.

The files stay byte for byte as published; cleaning happens here, on the way in. What is removed is site
chrome ("Skip to content", a cookie banner, share buttons: bot.ingest.cleaning), product advertisements, empty
numbered reference lists, the site's own boilerplate disclaimer, and title lines repeated in the body; HTML
entities are decoded. Headings are kept, on their own lines, and name the section of the blocks below them
(which lines are headings: bot.ingest.headings). List items are written with a "• " marker, those of lists
published without bullets included (bot.ingest.bare_lists). Flattened table rows are written out one cell per
line with their row and column names (the structure comes from `sources.json`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from bot.errors import CorpusError
from bot.files import shown
from bot.ingest.bare_lists import BareList, lone_lead_ins, next_line
from bot.ingest.cleaning import Cleaning, decode_entities, flattened_list, list_items, without_footnote_marks
from bot.ingest.corpus_files import ARTICLE_SUFFIXES, article_files, corpus_checksums, each_file  # noqa: F401
from bot.ingest.decoding import decode_article
from bot.ingest.headings import BULLET as _BULLET
from bot.ingest.headings import ends_as_lead_in, glued_heading, split_glued_headings, split_run_in_headings
from bot.ingest.metadata import load_metadata
from bot.ingest.pack import load_pack
from bot.ingest.sentences import split_sentences
from bot.ingest.tables import emit_table, match_table
from bot.types import Article

_EMPTY_REFERENCE = re.compile(r"^\d+\.?\s*\d*$")
_SITE_DISCLAIMER_HEADINGS = {"medical disclaimer", "disclaimer"}
_REFERENCE_HEADINGS = {"references", "sources", "citations"}
_FAQ_HEADINGS = {"frequently asked questions", "faq", "faqs"}


@dataclass(frozen=True)
class Block:
    """A run of the reading text: a heading, paragraph, list item, FAQ answer or table cell."""

    kind: str             # "heading", "paragraph", "list_item", "faq", "table_cell"
    section: str | None   # the heading above it
    start: int            # offsets into Article.text
    end: int
    sentences: tuple[tuple[int, int], ...]  # absolute spans; list markers excluded
    aspect: str | None = None  # a table cell's column ("Diagnostic Clues"): what kind of question it answers


@dataclass(frozen=True)
class ParsedArticle:
    """An article with its blocks (headings, paragraphs, list items, FAQ answers, table cells) and their offsets."""
    article: Article
    blocks: tuple[Block, ...]
    removed: tuple[str, ...] = ()      # lines cleaning left out (chrome, adverts, site disclaimer), for the report
    # (1-based line number, line) of headings found directly above their paragraph, and of lines kept as text
    # that look like such headings (inside a paragraph, or after one): both for the build report.
    glued_headings: tuple[tuple[int, str], ...] = ()
    suspected_headings: tuple[tuple[int, str], ...] = ()
    # (line number, line) of lines read as items of the lead-in above them though they have no bullet
    # (bot.ingest.bare_lists), and lead-ins ending in ':' with no item or text after them in their section.
    bare_items: tuple[tuple[int, str], ...] = ()
    lone_lead_ins: tuple[str, ...] = ()


def load_corpus(corpus_dir: Path) -> list[ParsedArticle]:
    """Read and clean every article of `corpus_dir`, in file order. Raises CorpusError naming file and problem
    (UnreadableArticles naming every file that cannot be read)."""
    metadata = load_metadata(corpus_dir)
    cleaning = Cleaning(load_pack(corpus_dir))
    return each_file(article_files(corpus_dir), lambda path: parse_article(
        path.stem, path.name, path.read_bytes(), metadata.get(path.stem, {}), cleaning, folder=shown(corpus_dir)))


def parse_article(doc_id: str, file_name: str, raw: bytes, meta: dict,
                  cleaning: Cleaning | None = None, folder: str = "corpus") -> ParsedArticle:
    """One article's raw bytes as reading text and blocks. Raises CorpusError for undecodable text, naming the
    file as `folder`/`file_name` (see bot.files.shown)."""
    cleaning = cleaning or Cleaning()
    text = decode_entities(decode_article(f"{folder}/{file_name}", raw))
    lines = [without_footnote_marks(line)
             for line in text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").split("\n")]
    title = str(meta.get("title") or _first_content_line(lines, cleaning) or doc_id)
    builder = _ReadingTextBuilder()
    removed: list[str] = []
    found: dict[str, list[tuple[int, str]]] = {"glued": [], "suspected": [], "items": []}
    _walk(lines, title, meta.get("tables", []), builder, cleaning, removed, found)
    if not builder.blocks or all(b.kind == "heading" for b in builder.blocks):
        raise CorpusError(f"{folder}/{file_name} has no article text left after cleaning (only headings or site "
                          "chrome).")
    article = Article(
        doc_id=doc_id,
        title=title,
        source=str(meta.get("source") or f"Local file {file_name}"),
        path=file_name,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=builder.text(),
    )
    return ParsedArticle(article, tuple(builder.blocks), tuple(removed), tuple(found["glued"]),
                         tuple(found["suspected"]), tuple(found["items"]),
                         lone_lead_ins([(b.kind, article.text[b.start:b.end]) for b in builder.blocks]))


def _first_content_line(lines: list[str], cleaning: Cleaning) -> str | None:
    for line in lines:
        stripped = line.strip().lstrip("#").strip()
        if stripped and not cleaning.is_chrome(stripped):
            return stripped
    return None


class _ReadingTextBuilder:
    """Appends blocks to the reading text, one per line group, and records their offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.section: str | None = None

    def add(self, kind: str, content: str, marker: str = "", aspect: str | None = None) -> None:
        if self._parts:
            gap = "\n" if kind in ("list_item", "table_cell") and self.blocks[-1].kind == kind else "\n\n"
            self._parts.append(gap)
            self._length += len(gap)
        start = self._length
        line = marker + content
        self._parts.append(line)
        self._length += len(line)
        sentences = () if kind == "heading" else tuple(split_sentences(content, start + len(marker)))
        self.blocks.append(Block(kind, self.section, start, self._length, sentences, aspect))
        if kind == "heading":
            self.section = content

    def text(self) -> str:
        return "".join(self._parts)


def _walk(lines: list[str], title: str, tables: list[dict], out: _ReadingTextBuilder, cleaning: Cleaning,
          removed: list[str], found: dict[str, list[tuple[int, str]]]) -> None:
    groups, firsts, run_in = split_run_in_headings(*_group_lines(lines, cleaning, removed))
    paragraphs, first_lines, found["glued"] = split_glued_headings(groups, firsts, title, tables)
    found["glued"] += run_in        # "Treatment Once a deficiency is confirmed…": named in the build report
    skip_section = False
    bare = BareList()
    for i, whole in enumerate(paragraphs):
        taken = 0         # lines opening the group that are items of a bulletless list (bot.ingest.bare_lists)
        while taken < len(whole) and not skip_section and bare.take(whole[taken].strip(),
                                                                    next_line(paragraphs, i, taken)):
            _add_bare_item(whole[taken].strip(), first_lines[i] + taken + 1, out, found)
            taken += 1
        if taken == len(whole):
            continue
        group, first_line = whole[taken:], first_lines[i] + taken
        first = group[0].strip()
        if len(group) == 1 and _is_heading(first, paragraphs[i + 1] if i + 1 < len(paragraphs) else None):
            heading = first.lstrip("#").strip()
            if heading.casefold() == title.casefold():
                continue                                    # repeated title line
            skip_section = heading.casefold() in _SITE_DISCLAIMER_HEADINGS or (
                heading.casefold() in _REFERENCE_HEADINGS and _only_empty_references(paragraphs[i + 1:])
            )
            if not skip_section:
                out.add("heading", heading)
            else:
                removed.append(heading)
            continue
        if skip_section:
            removed.extend(line.strip() for line in group)
            continue
        if 1 < len(group) <= 3 and i + 1 < len(paragraphs) and all(_is_heading(x.strip(), group) for x in group):
            # Stacked headings ("What is (are) Gout ?" over "Sudden, Intense Joint Pain"): the section is both.
            for line in group:
                out.add("heading", line.strip().lstrip("#").strip())
            out.section = " — ".join(line.strip().lstrip("#").strip() for line in group)
            continue
        table = match_table(group, tables)
        if table is not None:
            emit_table(group, table, out.add)
            continue
        for j, line in enumerate(group):
            following = next_line(paragraphs, i, taken + j)
            if bare.take(line.strip(), following):
                _add_bare_item(line.strip(), first_line + j + 1, out, found)
                continue
            if glued_heading(line.strip(), following):
                found["suspected"].append((first_line + j + 1, line.strip()))
            _emit_line(line.strip(), paragraphs, i, out)
            bare.open_if_lead_in(line)


def _add_bare_item(line: str, number: int, out: _ReadingTextBuilder, found: dict) -> None:
    out.add("list_item", line, marker="• ")
    found["items"].append((number, line))


def _group_lines(lines: list[str], cleaning: Cleaning, removed: list[str]) -> tuple[list[list[str]], list[int]]:
    """Runs of non-blank lines that are not chrome or advertisements (those go to `removed`), and the 0-based
    number of each run's first line."""
    groups: list[list[str]] = []
    firsts: list[int] = []
    current: list[str] = []
    for n, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or cleaning.drops(stripped):
            if stripped:
                removed.append(stripped)
            if current:
                groups.append(current)
                current = []
            continue
        if not current:
            firsts.append(n)
        current.append(line)
    if current:
        groups.append(current)
    return groups, firsts


def _is_heading(line: str, following: list[str] | None) -> bool:
    if line.startswith("#"):
        return True
    if _BULLET.match(line) or len(line) > 100 or line[-1] in ".!:;,":
        return False
    if following and _BULLET.match(following[0].strip()) and ends_as_lead_in(line):
        return False        # "Common symptoms of X include" over its bulleted list: a lead-in, not a heading
    return following is not None


def _only_empty_references(rest: list[list[str]]) -> bool:
    if not rest:
        return True
    return all(_EMPTY_REFERENCE.match(line.strip()) for line in rest[0])


def _emit_line(line: str, paragraphs: list[list[str]], index: int, out: _ReadingTextBuilder) -> None:
    bullet = _BULLET.match(line)
    if bullet:
        for item in list_items(line[bullet.end():]):    # "- A.   - B.": a list flattened into one line
            out.add("list_item", item, marker="• " if not line[0].isdigit() else bullet.group(0))
        return
    later = [p[0].strip() for p in paragraphs[index + 1:index + 3]]
    if any(other != line and other.startswith(line) for other in later):
        return                                              # a teaser repeated in full just below
    kind = "faq" if (out.section or "").casefold() in _FAQ_HEADINGS else "paragraph"
    for part, text in flattened_list(line, ends_as_lead_in) or [("text", line)]:    # "…include   - A   - B"
        out.add(kind if part == "text" else "list_item", text, marker="" if part == "text" else "• ")
