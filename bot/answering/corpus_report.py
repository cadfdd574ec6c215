"""The operator's build report: what the corpus folder will become, article by article, before or after a build.

For each article: the passages made, the lines cleaning removed (site chrome, adverts, the site's own
disclaimer), kept lines that look like page leftovers (download links, photo credits, banners, share buttons,
cookie notices: candidates for the domain pack's [cleaning] chrome_lines), and sentences that state a dose
(bot.safety.advice.states_dose: these get quoted to readers), headings found with no blank line after them
and lines kept as text that look like headings (bot.ingest.headings), lines without a bullet read as list
items after a lead-in ending in ':' and lead-ins with nothing after them (bot.ingest.bare_lists), each named
by file and line. Then
the concepts of the health vocabulary the corpus now covers. Reads the corpus only: `python -m bot check`
prints it without building.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.answering.pack_fit import Unmentioned, off_subject, subject_fits, unmentioned
from bot.config import Settings
from bot.domain.run_together import run_together_words
from bot.errors import UnreadableArticles
from bot.files import shown
from bot.ingest.articles import load_corpus
from bot.ingest.chunking import chunk_corpus
from bot.ingest.concepts import health_vocabulary
from bot.ingest.corpus_files import not_read_hint, other_files
from bot.ingest.metadata import load_metadata
from bot.ingest.pack import default_pack, load_pack
from bot.safety.advice import states_dose

# Lines that usually are the web page around an article rather than the article. Searched for anywhere in a line
# cleaning kept, so it only reports (a sentence about cookies or a PDF may be the article's own): lines that are
# nothing but such chrome are dropped by the domain pack's [cleaning] chrome_lines, which match whole lines.
LEFTOVER = re.compile(
    r"\b(download (?:the |our |this )?(?:pdf|guide|fact ?sheet|app)|\.pdf\b|print (?:this|page)|photo(?:graph)? "
    r"(?:by|credit)|image (?:by|credit|source)|credit:|getty images|shutterstock|istock|©|copyright|all rights "
    r"reserved|subscribe|sign up|newsletter|advertisement|sponsored|share (?:on|this|via)|tweet this|"
    r"(?:facebook|twitter|pinterest|linkedin|whatsapp|email)(?: \| | · |, | / )|cookies?\b|accept all|"
    r"privacy (?:policy|settings)|back to top|related (?:articles|posts)|read more|click here|(?:watch|see|view) "
    r"(?:the|this|our) video|last (?:updated|"
    r"reviewed)|follow us|these resources (?:address|from|offer|provide))", re.I)
# Page leftovers are short lines: a paragraph that says "read more about peptic ulcers" is the article's own text.
LEFTOVER_WORDS = 15


@dataclass(frozen=True)
class ArticleReport:
    """What the build report says about one article: passages made, lines cleaning removed, page leftovers kept, dose
    statements."""
    doc_id: str
    title: str
    passages: int
    removed: tuple[str, ...]
    leftovers: tuple[str, ...]
    doses: tuple[str, ...]
    glued_headings: tuple[str, ...] = ()      # "corpus/x.txt line 3: Plantar fasciitis": read as headings
    suspected_headings: tuple[str, ...] = ()  # the same shape, kept as paragraph text
    bare_items: tuple[str, ...] = ()          # the same shape: lines without a bullet read as a lead-in's items
    lone_lead_ins: tuple[str, ...] = ()       # lead-ins ending in ':' with nothing after them in their section
    run_together: tuple[str, ...] = ()        # "stomachliningknown (stomach lining known)": a lost space or dash


@dataclass(frozen=True)
class CorpusReport:
    """The operator's build report: one ArticleReport per article, the covered concepts (name -> passages naming them),
    and where the domain pack came from."""
    articles: tuple[ArticleReport, ...]
    covered: dict[str, int]        # concept name -> passages naming it
    pack: str                      # where the domain pack came from
    unmatched: tuple[str, ...] = ()  # sources.json entries that name no article file (a typo in an id?)
    unmentioned: tuple[Unmentioned, ...] = ()  # articles the pack's hand-written coverage sentence leaves out
    unrelated_subject: str = ""    # the pack's own subject, when it names none of the articles (bot.answering.pack_fit)
    not_read: tuple[str, ...] = ()  # "corpus/zinc.docx: not read: save it as …": the folder's other files
    partial_patterns: tuple[str, ...] = ()  # the pack's own chrome_lines that match part of kept lines, no whole one
    off_subject: tuple[str, ...] = ()  # titles the pack's own subject (which fits other titles) does not describe

    def text(self, shown: int | None = 8) -> str:
        """The report as a person reads it; `shown`: flagged lines listed per kind and article (None: all)."""
        lines = [f"Corpus: {len(self.articles)} articles, {sum(a.passages for a in self.articles)} passages "
                 f"(domain pack: {self.pack})"]
        if self.not_read:
            lines.append(f"Other files in the folder ({len(self.not_read)}):")
            lines.extend(f"  - {line}" for line in self.not_read)
        for a in self.articles:
            lines.append(f"\n{a.doc_id}: \"{a.title}\": {a.passages} passages")
            for label, items in (("cleaning removed", a.removed), ("looks like page leftovers (kept)", a.leftovers),
                                 ("states a dose or recommends a supplement (may be quoted to readers: check)",
                                  a.doses),
                                 ("headings with no blank line after them, or run into their first line (check "
                                  "these are headings)", a.glued_headings),
                                 ("look like headings but are kept as text (put a blank line before and after a "
                                  "heading, or end a sentence with a full stop)", a.suspected_headings),
                                 ("lines without a bullet read as list items of the lead-in ending in ':' above them "
                                  "(check they are not headings: a heading has a blank line after it and a paragraph "
                                  "below)", a.bare_items),
                                 ("lead-ins ending in ':' with nothing after them in their section (their list is "
                                  "missing, or reads as headings)", a.lone_lead_ins),
                                 ("words that look run together (a space or dash lost in the source; quoted as they "
                                  "are)", a.run_together)):
                if items:
                    lines.append(f"  {label}: {len(items)}")
                    lines.extend(f"    - {_short(item)}" for item in items[:shown])
                    if shown is not None and len(items) > shown:
                        lines.append(f"    … and {len(items) - shown} more (python -m bot check --all lists them)")
        if self.unmatched:
            lines.append("\nsources.json names articles that are not in the folder (check the ids): "
                         + ", ".join(self.unmatched))
        if self.unmentioned:
            lines.append("\nThe coverage sentence in domain.toml ([site] coverage, shown when a question is refused) "
                         "does not mention these articles (their topics it leaves out): "
                         + "; ".join(u.shown() for u in self.unmentioned)
                         + ". Edit it, or remove it to have one derived from the articles.")
        if self.unrelated_subject:
            lines.append("\nThe subject in domain.toml ([site] subject, the page header: "
                         f"\"{self.unrelated_subject}\") names none of the articles' topics.")
        if self.off_subject:
            lines.append("\nThe subject in domain.toml ([site] subject, the page header) does not describe these "
                         "articles: " + "; ".join(self.off_subject) + ". The header and the safety texts follow "
                         "the subject (a back-pain subject gives 'when should I see a doctor?' the back-pain "
                         "warning signs, except for questions naming these articles' topics): widen it to cover "
                         "all the articles.")
        if self.unrelated_subject or (self.articles and len(self.unmentioned) == len(self.articles)):
            lines.append("domain.toml seems to describe another subject. For these articles, edit (or delete, to use "
                         "the defaults derived from the articles) [site] subject, coverage and examples, [vocabulary] "
                         "topics, anchor_words and lay_terms, and [follow_ups].")
        if self.partial_patterns:
            lines.append("\n[cleaning] chrome_lines patterns that match part of kept lines but no whole line (a "
                         "pattern must match the whole line, ignoring case: add '.*' to drop lines that start so): "
                         + ", ".join(repr(p) for p in self.partial_patterns))
        top = sorted(self.covered.items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append(f"\nConcepts now covered ({len(top)}): " + ", ".join(f"{name} ({n})" for name, n in top))
        return "\n".join(lines)


def _short(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def corpus_report(settings: Settings | None = None) -> CorpusReport:
    """Read and chunk the corpus as a build would. Raises CorpusError like a build (naming every unreadable
    article, then the files that are not read)."""
    settings = settings or Settings.from_env()
    pack = load_pack(settings.corpus_dir)
    not_read = tuple(not_read_hint(path) for path in other_files(settings.corpus_dir))
    try:
        parsed = load_corpus(settings.corpus_dir)
    except UnreadableArticles as err:
        if not not_read:
            raise
        # The files skipped are worth fixing in the same round as the unreadable ones.
        raise UnreadableArticles(list(err.problems), not_read) from None
    passages = chunk_corpus(parsed, settings.chunking)
    per_doc = Counter(p.doc_id for p in passages)
    vocabulary = health_vocabulary()
    covered: Counter = Counter()
    for p in passages:
        covered.update(c.name for c in vocabulary.find(p.embedding_text()))
    reports = []
    folder = shown(settings.corpus_dir)
    kept: list[str] = []    # every article's kept lines, for the pack's own chrome patterns
    for item in parsed:
        text = item.article.text
        kept_lines = [line.strip() for line in text.split("\n") if line.strip()]
        kept += kept_lines
        sentences = [text[a:b] for block in item.blocks for a, b in block.sentences]
        reports.append(ArticleReport(
            item.article.doc_id, item.article.title, per_doc[item.article.doc_id], item.removed,
            tuple(f"{line} (“{found[0]}”)" for line in kept_lines
                  if len(line.split()) <= LEFTOVER_WORDS and (found := LEFTOVER.search(line))),
            tuple(s for s in sentences if states_dose(s)),
            *(tuple(f"{folder}/{item.article.path} line {n}: {line}" for n, line in found)
              for found in (item.glued_headings, item.suspected_headings, item.bare_items)),
            item.lone_lead_ins, run_together_words(sentences)))
    ids = {item.article.doc_id for item in parsed}
    unmatched = tuple(sorted(doc_id for doc_id in load_metadata(settings.corpus_dir) if doc_id not in ids))
    titles = [item.article.title for item in parsed]
    own_subject = pack.subject if pack.subject != default_pack().subject else ""
    return CorpusReport(tuple(reports), dict(covered), _pack_name(settings.corpus_dir, pack.source), unmatched,
                        unmentioned(pack.coverage, own_subject, titles),
                        own_subject if own_subject and not subject_fits(own_subject, titles) else "", not_read,
                        _partial_patterns(pack, kept), off_subject(own_subject, titles))


def _partial_patterns(pack, kept: list[str]) -> tuple[str, ...]:
    """The pack's own chrome patterns (not the built-in ones) that some kept line contains: never a whole one,
    since a whole line matched would have been dropped."""
    own = [p for p in pack.chrome_lines if p not in default_pack().chrome_lines]
    return tuple(p for p in own if any(re.search(p, line, re.I) for line in kept))


def _pack_name(corpus_dir: Path, source: str) -> str:
    return source if (corpus_dir / "domain.toml").is_file() else "built-in default (no domain.toml)"
