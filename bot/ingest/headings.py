"""Which lines of a plain-text article are headings, when the article does not mark them with '#'.

A heading is a short line that does not end like a sentence. Followed by a blank line it is a heading
wherever it stands (bot.ingest.articles). Directly followed by its paragraph, with no blank line between
("Plantar fasciitis" over "Plantar fasciitis is pain in the heel…"), it is one only when everything agrees,
since a line of a paragraph can look the same: it opens its group of lines (after a blank line, the start of
the text, or the title line), has at most `MAX_WORDS` words and `MAX_CHARS` characters, starts with a capital
letter or a digit, ends without . ! ? : ; or , and not on a word that needs a continuation ("…caused by",
"These can include"), is not a list item or table row, does not read as a sentence ("Magnesium is a
mineral"), and the next line reads as prose (a sentence, or longer than a heading). A short question opening
with a question word ("What causes gout?") is a heading there too. Anything less sure is
kept as text, and `python -m bot check` names it.
"""

from __future__ import annotations

import re

from bot.ingest.tables import match_table

MAX_WORDS = 10
MAX_CHARS = 80
SENTENCE_END = ".!?:;,"

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
BULLET = re.compile(r"^(?:[•●▪◦*\-–]|\d{1,2}[.)])\s+(?=\S)")
# A line ending on one of these breaks off before what it introduces or joins: a lead-in or a wrapped line.
_CONTINUES = frozenset("a an the and or but nor of to in on at by for from with as into than that which who whose "
                       "include includes including such like are is was were be can may will".split())
# Finite verbs that make a line a statement ("Magnesium is a mineral", "Levels can drop").
_FINITE = frozenset("is are was were has have had does did can could may might will would should must cannot "
                    "isn't aren't can't don't doesn't won't".split())
# A question word opens a heading even with a verb in it ("How magnesium is absorbed", "Can diet help").
_QUESTION_OPENERS = frozenset("what why how when where who which whose can does do is are should".split())
# "Treatment you can try yourself", "Foods we should eat": a relative clause in a noun phrase, not a statement.
_CLAUSE_SUBJECTS = frozenset("you we they i people".split())


def _words(line: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", line.casefold())


def ends_as_lead_in(text: str) -> bool:
    """Whether a sentence or line introduces what follows: it ends with ':' ("Untreated sleep apnea can:"), or
    without sentence punctuation on a word that needs its continuation ("Common symptoms of X include", "…based
    on"), as many pages write a lead-in above a bulleted list."""
    stripped = text.rstrip()
    if stripped.endswith(":"):
        return True
    words = _words(stripped)
    return bool(words) and stripped[-1] not in SENTENCE_END and words[-1] in _CONTINUES


def heading_shaped(line: str) -> bool:
    """A short line ending without sentence punctuation that is not a list item or a table row, and starts
    with a capital letter or a digit. `line` is stripped."""
    return (bool(line) and len(line) <= MAX_CHARS and len(line.split()) <= MAX_WORDS and line[-1] not in SENTENCE_END
            and (line[0].isupper() or line[0].isdigit()) and not BULLET.match(line) and "|" not in line
            and "\t" not in line)


def reads_as_sentence(line: str) -> bool:
    """Whether a heading-shaped line is rather a statement without its full stop: it has a finite verb
    ("Magnesium is…", "Levels can drop") outside a relative clause, and does not open with a question word."""
    words = _words(line)
    if not words or words[0] in _QUESTION_OPENERS:
        return False
    return any(w in _FINITE and not (k >= 2 and words[k - 1] in _CLAUSE_SUBJECTS) for k, w in enumerate(words))


def reads_as_prose(line: str) -> bool:
    """A paragraph's line: starts like a sentence, is not a list item or table row, and ends like a sentence
    (with at least four words) or is longer than any heading. `line` is stripped."""
    if not line or BULLET.match(line) or "|" in line:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“'‘("):
        return False                                    # a wrapped paragraph's next line ("muscles relax. It…")
    words = line.split()
    return (line[-1] in ".!?:" and len(words) >= 4) or len(words) > MAX_WORDS or len(line) > MAX_CHARS


def glued_heading(line: str, following: str | None) -> bool:
    """Whether `line` is a heading directly above `following`, the first line of its paragraph (both
    stripped; None: nothing follows). For a line opening its group of lines this makes it a heading; for a
    line inside a paragraph it is only suspected (bot.answering.corpus_report names it)."""
    words = _words(line)
    if following is None or not words or not reads_as_prose(following):
        return False
    return question_heading(line) or (heading_shaped(line) and words[-1] not in _CONTINUES
                                      and not reads_as_sentence(line))


def question_heading(line: str) -> bool:
    """A question standing as a heading ("What causes gout?", "What are the treatments for Von Willebrand Disease
    ?", as FAQ pages and MedQuAD write them): one short question, capitalised, opening with a question word or
    "How to". `line` is stripped. Quoted as a fact, such a line answers nothing (a newcomer's articles, session 25)."""
    words = _words(line)
    return (line.endswith("?") and "?" not in line[:-1] and len(line) <= MAX_CHARS and len(words) <= MAX_WORDS + 2
            and bool(words) and words[0] in _QUESTION_OPENERS and line[0].isupper() and not BULLET.match(line)
            and "|" not in line)


def split_glued_headings(groups: list[list[str]], first_lines: list[int], title: str, tables: list[dict],
                         ) -> tuple[list[list[str]], list[int], list[tuple[int, str]]]:
    """The line groups (runs of non-blank lines; `first_lines` their first lines' 0-based numbers in the file)
    with each heading that opens a group directly above its paragraph (a '#' line, the title line, or a
    `glued_heading`) split off as a group of its own, as if a blank line followed it. Returns the groups, their
    first lines' numbers, and the (1-based line number, line) of each plain-text heading so split off, for the
    build report. A Markdown heading ("## Shoes") inside a group also starts a group of its own. A flattened
    table (its header line names the columns of a sources.json table) stays whole."""
    out_groups: list[list[str]] = []
    out_firsts: list[int] = []
    glued: list[tuple[int, str]] = []
    for group, first in _split_at_markdown_headings(groups, first_lines):
        while len(group) > 1 and match_table(group, tables) is None:
            line = group[0].strip()
            is_title = line.lstrip("#").strip().casefold() == title.casefold()
            if not (line.startswith("#") or is_title or glued_heading(line, group[1].strip())):
                break
            if not (line.startswith("#") or is_title):
                glued.append((first + 1, line))
            out_groups.append(group[:1])
            out_firsts.append(first)
            group, first = group[1:], first + 1
        out_groups.append(group)
        out_firsts.append(first)
    return out_groups, out_firsts, glued


def _split_at_markdown_headings(groups: list[list[str]], first_lines: list[int]) -> list[tuple[list[str], int]]:
    out = []
    for group, first in zip(groups, first_lines):
        cuts = [0] + [j for j in range(1, len(group)) if _MARKDOWN_HEADING.match(group[j].strip())] + [len(group)]
        out.extend((group[a:b], first + a) for a, b in zip(cuts, cuts[1:]))
    return out


# Closed-class English words that open a sentence ("Treatment Once a deficiency is confirmed…", "Common Symptoms The
# most common…"): determiners, pronouns, conjunctions and prepositions, capitalised.
_OPENERS = frozenset("the a an this these those that it its they their there if when whenever while once most many "
                     "some any each every both other such no not only your you we our people in for during after "
                     "before although because as at by from with without to on over under until unless".split())
_SMALL = frozenset("a an the of and or for to in on at by with if as from vs".split())
RUN_IN_WORDS = 7


def run_in_heading(line: str) -> tuple[str, str] | None:
    """A heading run into its paragraph's first line with no line break ("Treatment Once a deficiency is confirmed,
    …", "Risk Factors There are a number of…", pages flattened to text): (heading, the rest) when a few Title-Case
    words, shaped as a heading and not a statement, are followed by a sentence or a list's lead-in opening with a
    function word ("Once", "The", "There") or a subject and its verb ("Shingles is caused…"), else None. `line` is
    stripped. A one-letter start is never split ("Vitamin A is…"), nor a name before a verb ("Dr Smith says…")."""
    tokens = line.split()
    lower = next((k for k, t in enumerate(tokens) if t[0].islower()), None)
    if lower is None or lower < 2 or lower - 1 > RUN_IN_WORDS or lower + 1 >= len(tokens):
        return None
    start, head = tokens[lower - 1], tokens[:lower - 1]
    if len(start) < 2 or not start[0].isupper() or not start.isalpha():
        return None
    if any(not (t[0].isupper() or t[0].isdigit() or t in _SMALL) or t[-1] in SENTENCE_END for t in head):
        return None
    verb = tokens[lower].casefold().strip(",")
    if start.casefold() not in _OPENERS and verb not in _FINITE and verb not in ("who", "which", "that"):
        return None
    heading, rest = " ".join(head), " ".join(tokens[lower - 1:])
    # …nor a determiner or quantifier that opens the sentence itself ("Most UTIs are caused by bacteria…" lost its
    # "Most" as a heading, a newcomer's page, session 34)
    if not heading_shaped(heading) or reads_as_sentence(heading) or _words(heading)[-1] in _CONTINUES | _OPENERS:
        return None
    return (heading, rest) if reads_as_prose(rest) or ends_as_lead_in(rest) else None


def split_run_in_headings(groups: list[list[str]], first_lines: list[int]
                          ) -> tuple[list[list[str]], list[int], list[tuple[int, str]]]:
    """The line groups with each group's first line that opens with a run-in heading (`run_in_heading`) cut in two:
    the heading, a group of its own (so it is read as a heading), and the rest of the line, which opens the group.
    Returns the groups, their first lines' 0-based numbers, and the (1-based line number, heading) of each, for the
    build report."""
    out_groups: list[list[str]] = []
    out_firsts: list[int] = []
    found: list[tuple[int, str]] = []
    for group, first in zip(groups, first_lines):
        split = run_in_heading(group[0].strip()) if group else None
        if split is not None:
            out_groups.append([split[0]])
            out_firsts.append(first)
            found.append((first + 1, split[0]))
            group = [split[1], *group[1:]]
        out_groups.append(group)
        out_firsts.append(first)
    return out_groups, out_firsts, found
