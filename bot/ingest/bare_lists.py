"""Lists published without bullets: after a lead-in ending in ':' ("Untreated sleep apnea can:"), many pages
(NIH's NHLBI pages among them, and text copied from web pages) put each item on a line of its own, with no "-"
or "•" and often a blank line between items ("Increase the risk of high blood pressure, heart attack…" /
"Make arrhythmias more likely"). Short and unpunctuated, such lines would read as headings, leaving the lead-in
to be quoted alone. Here they are read as the lead-in's items.

The lines after a lead-in are its items while they look like items and alike: each starts with a capital letter,
a digit or an opening quote, has at most `MAX_ITEM_CHARS` characters, is not a Markdown heading, a bulleted line
(a bulleted list is read as one already), a table row, a question ("Who needs treatment?") or a new lead-in;
and all end the same way (all without a full stop, or all with one, and none with more sentences than the
items before it when those have one each). The list ends at the first line that
differs, and at a heading after it, told from a last item by its shape: in Title Case ("Physical Activity")
after items in sentence case, opening with a question word after items that do not, an item named again (an
overview list's "Medicines" heading its own section), a short line that the paragraph below opens with
("Medicines" over "Medicines called beta blockers…"), or (as the first line after the lead-in) in Title Case
and followed by a paragraph. `python -m bot check` names the lines read so.
"""

from __future__ import annotations

import re

from bot.ingest.headings import BULLET, reads_as_prose

MAX_ITEM_CHARS = 250
_MINOR = frozenset("a an the and or but nor of to in on at by for from with as into vs via per your you".split())
_QUESTION_WORDS = frozenset("how what why when where who which".split())


def item_style(line: str) -> str | None:
    """How a stripped line ends as a list item: "bare" (no full stop), "sentence" (. or !), or None when it
    cannot be an item of a bulletless list (see the module docstring)."""
    if not line or len(line) > MAX_ITEM_CHARS or line.startswith("#") or BULLET.match(line) or "|" in line:
        return None
    if "\t" in line or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“'‘("):
        return None
    if line[-1] in ":?;,":
        return None
    return "sentence" if line[-1] in ".!" else "bare"


def title_case(line: str) -> bool:
    """At least two words, every one but the small ones ("and", "of") capitalised: "Heart-Healthy Eating"."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.casefold() not in _MINOR]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _sentences(line: str) -> int:
    return 1 + len(re.findall(r"[.!?]\s+[A-Z\"“]", line))


def _opens_with_question_word(line: str) -> bool:
    first = line.split(maxsplit=1)[0].casefold() if line.split() else ""
    return first in _QUESTION_WORDS


def continues_list(line: str, items: list[str], following: str | None) -> bool:
    """Whether stripped `line` is the next item of the bulletless list whose items so far are `items` ([] right
    after the lead-in); `following` is the next non-blank line (None at the end of the text)."""
    style = item_style(line)
    if style is None:
        return False
    if not items:
        # A heading right after a lead-in (its list lost): Title Case over a paragraph.
        return not (title_case(line) and following is not None and reads_as_prose(following)
                    and item_style(following) != style)
    if style != item_style(items[0]) or line.casefold() in (item.casefold() for item in items):
        return False        # a list names each item once: "Medicines" again is the heading of its section
    if (style == "bare" and len(line.split()) <= 3 and following is not None and reads_as_prose(following)
            and following.casefold().startswith(line.casefold() + " ")):
        return False        # "Medicines" over "Medicines called beta blockers…": the paragraph's heading
    if style == "bare" and title_case(line) and not any(title_case(item) for item in items):
        return False
    if style == "sentence" and _sentences(line) > max(_sentences(item) for item in items):
        return False        # a paragraph after one-sentence items ("Take all medicines… Do not skip a dose.")
    return not (_opens_with_question_word(line) and not any(_opens_with_question_word(i) for i in items))


class BareList:
    """The state of reading: whether a lead-in waits for items, and the items read so far."""

    def __init__(self) -> None:
        self.items: list[str] | None = None      # None: no lead-in open

    def open_if_lead_in(self, line: str) -> None:
        """After a paragraph line: a line ending in ':' opens a list; any other closes one."""
        self.items = [] if line.rstrip().endswith(":") else None

    def take(self, line: str, following: str | None) -> bool:
        """Whether `line` is read as the open list's next item (then recorded); a line that is not closes it."""
        if self.items is None:
            return False
        if continues_list(line, self.items, following):
            self.items.append(line)
            return True
        self.items = None
        return False


def next_line(groups: list[list[str]], i: int, j: int) -> str | None:
    """The stripped line after line `j` of group `i` (groups: runs of non-blank lines), across a blank line; None
    at the end of the text."""
    if j + 1 < len(groups[i]):
        return groups[i][j + 1].strip()
    return groups[i + 1][0].strip() if i + 1 < len(groups) else None


def lone_lead_ins(blocks: list[tuple[str, str]]) -> tuple[str, ...]:
    """Of (kind, text) blocks in reading order, the paragraphs ending in ':' that a heading or the end of the text
    follows: their list is missing (or was read as headings)."""
    return tuple(text for n, (kind, text) in enumerate(blocks) if kind in ("paragraph", "faq")
                 and text.endswith(":") and (n + 1 == len(blocks) or blocks[n + 1][0] == "heading"))
