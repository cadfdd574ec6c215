"""A general consumer-health vocabulary (`data/concepts.tsv`) and the concepts a text names.

The vocabulary is far wider than any one site's articles: nutrients and supplements, conditions, symptoms,
body parts, medicines, tests and procedures, each with its lay words and common misspellings (sources in the
file's header). It knows nothing about particular articles: which concepts a corpus covers is computed at
build time (`covered_concepts`) and stored in the index, so a site that adds an article about zinc gets
zinc questions answered without any code change.

Matching is on case-folded text, whole words only; plurals ("-s", "-es"), hyphen/space variants
("omega 3" = "omega-3" = "omega3") and a dropped apostrophe ("pagets") match without being listed; at each
position the longest term wins ("brittle bone disease" before "brittle bones"); "flu-like" is not "flu".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCABULARY_FILE = Path(__file__).with_name("data") / "concepts.tsv"
MATCHING_VERSION = 2    # bump when how terms match text changes (2: eponym possessives): the index records it
KINDS = ("nutrient", "supplement", "condition", "symptom", "body_part", "medicine", "test", "procedure", "lifestyle",
         "population")
# Kinds that can be what a question is about ("Does zinc help?"); body parts and symptoms are its context
# ("…for my back", "…tiredness") and never decide on their own that a question is out of scope.
# A population ("kids", "the elderly") is a subject an answer must say it does not cover, never a topic that makes
# a question answerable on its own (a gastroenteritis article that mentions children does not answer "can I give
# my kid zofran?").
SUBJECT_KINDS = frozenset({"nutrient", "supplement", "condition", "medicine", "test", "procedure", "lifestyle",
                           "population"})


@dataclass(frozen=True)
class Concept:
    """One entry of the vocabulary. `id` is its name lower-cased with spaces as hyphens ("vitamin-b12")."""

    id: str
    kind: str                       # one of KINDS
    name: str                       # how answers name it ("vitamin B12")
    terms: tuple[str, ...]          # lower-case words and phrases that mean it (the name first)
    # False for a name known only so that coverage can be told ("the articles don't cover lithotripsy"): the
    # encyclopedia, drug and herb names below the file's NAMES_ONLY line never become a site's topics.
    topical: bool = True

    @property
    def is_subject(self) -> bool:
        """Whether it can be what a question is about (see SUBJECT_KINDS)."""
        return self.kind in SUBJECT_KINDS


def term_key(text: str) -> str:
    """How a term is compared: lower case, letters and digits only ("Omega-3" and "omega 3" are one key)."""
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def _term_pattern(term: str) -> str:
    """Words joined by a space, a hyphen or nothing ("omega 3", "omega-3"); next to a one-letter word the
    separator is required ("vitamin d", never "vitamind"; "sam-e", never "same")."""
    parts = [p for p in re.split(r"[\s\-]+", term.casefold().replace("’", "'")) if p]
    out = re.escape(parts[0]).replace("'", "['’]?")
    for before, part in zip(parts, parts[1:]):
        out += (r"[\s\-]" if min(len(before), len(part)) == 1 else r"[\s\-]?") + re.escape(part).replace("'", "['’]?")
    return out


_WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9]")
# An eponym before a disease word is written with or without the possessive ("Wilson disease", "Wilson's disease",
# "wilsons disease"; "Crohn's disease", "Crohn disease"): a newcomer's "how is Wilson's disease treated?" named no
# concept and was answered from another article (session 27).
_EPONYM = re.compile(r"\b([a-z]{3,})('s)? (disease|syndrome|palsy|phenomenon|ataxia|sarcoma|lymphoma|"
                     r"disorder|anomaly|dystrophy|tumou?r|ulcer)\b")


_ORGANS = frozenset("the and kidney heart liver bone lung skin gum eye brain blood nerve muscle joint bowel "
                    "artery vein valve thyroid".split())


def _spellings(term: str) -> list[str]:
    """`term` and its other possessive spellings of an eponym (see _EPONYM); `term` first."""
    lowered = term.casefold().replace("’", "'")
    match = _EPONYM.search(lowered)
    # "Graves disease" may be Graves' without its apostrophe: a name ending in s is left as written.
    if match is None or not match.group(2) and (match.group(1).endswith("s") or match.group(1) in _ORGANS):
        return [term]
    before, after = lowered[:match.start()], lowered[match.end(3):]
    name, head = match.group(1), match.group(3)
    forms = (f"{name} {head}", f"{name}'s {head}", f"{name}s {head}")
    return [term] + [f"{before}{form}{after}" for form in forms if f"{before}{form}{after}" != lowered]


class Vocabulary:
    """Concepts and one compiled matcher over all their terms."""

    def __init__(self, concepts: Sequence[Concept]) -> None:
        self.concepts = tuple(concepts)
        self.by_id = {c.id: c for c in self.concepts}
        self._by_key: dict[str, Concept] = {}
        for concept in self.concepts:
            for term in concept.terms:
                for spelling in _spellings(term):
                    self._by_key.setdefault(term_key(spelling), concept)
        # One matcher per term's first two letters: at a word start only the terms starting with that word's
        # first two letters are tried (a build scans every passage of the corpus).
        groups: dict[str, list[str]] = {}
        for term in sorted({s for c in self.concepts for t in c.terms for s in _spellings(t)}, key=len, reverse=True):
            groups.setdefault(term_key(term)[:2], []).append(_term_pattern(term))
        self._matchers = {k: re.compile(rf"(?:{'|'.join(v)})(?:e?s)?(?![a-z0-9])(?!-like)") for k, v in groups.items()}

    def find(self, text: str) -> list[Concept]:
        """Concepts named in `text`, in order of first mention, each once."""
        found: dict[str, Concept] = {}
        for _, _, concept in self.mentions(text):
            found.setdefault(concept.id, concept)
        return list(found.values())

    def mentions(self, text: str) -> list[tuple[int, int, Concept]]:
        """Every mention in `text`: (start, end, concept), offsets into `text`, in order, not overlapping."""
        out = []
        lowered = text.casefold()
        end = 0
        for start in (m.start() for m in _WORD_START.finditer(lowered)):
            if start < end:
                continue
            head = lowered[start:start + 2]
            matcher = self._matchers.get(head if head.isalnum() else term_key(lowered[start:start + 4])[:2])
            match = matcher.match(lowered, start) if matcher else None
            if match is None:
                continue
            concept = self._lookup(match.group(0))
            if concept is not None:
                out.append((match.start(), match.end(), concept))
                end = match.end()
        return out

    def term_keys(self) -> frozenset[str]:
        """The `term_key` of every term of every concept."""
        return frozenset(self._by_key)

    def names(self, kinds: Sequence[str], leaving_out: Collection[str] = ()) -> set[str]:
        """The terms of the concepts of `kinds` whose ids are not in `leaving_out`: names ("mobic", "lupus")
        that a spelling checker must not take for typos of other words."""
        return {t for c in self.by_id.values() if c.kind in kinds and c.id not in leaving_out for t in c.terms}

    def _lookup(self, matched: str) -> Concept | None:
        key = term_key(matched)
        for candidate in (key, key[:-1], key[:-2]):
            if candidate in self._by_key:
                return self._by_key[candidate]
        return None


NAMES_ONLY = "#! names only"      # the concepts after this line are not topical (see Concept.topical)


def parse_vocabulary(text: str, source: str = "concepts.tsv") -> Vocabulary:
    """Read the TSV format (`kind<TAB>name<TAB>term|term…`, "#" comments; concepts after a line starting with
    NAMES_ONLY are not topical). Raises ValueError naming the line."""
    concepts, seen, topical = [], set(), True
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(NAMES_ONLY):
            topical = False
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (2, 3) or fields[0] not in KINDS or not fields[1].strip():
            raise ValueError(f"{source} line {number}: expected kind<TAB>name<TAB>other words, kind one of {KINDS}")
        name = fields[1].strip()
        cid = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
        if cid in seen:
            raise ValueError(f"{source} line {number}: concept {name!r} is listed twice")
        seen.add(cid)
        others = [t.strip().casefold() for t in (fields[2].split("|") if len(fields) == 3 else []) if t.strip()]
        concepts.append(Concept(cid, fields[0], name, tuple(dict.fromkeys([name.casefold(), *others])), topical))
    return Vocabulary(concepts)


@lru_cache(maxsize=1)
def health_vocabulary() -> Vocabulary:
    """The shipped vocabulary (read once)."""
    return parse_vocabulary(VOCABULARY_FILE.read_text(encoding="utf-8"), VOCABULARY_FILE.name)


def covered_concepts(passages: Iterable[tuple[str, str]], min_passages: int = 1,
                     vocabulary: Vocabulary | None = None) -> dict[str, dict[str, int]]:
    """For the concepts named in at least `min_passages` of the (doc_id, text) `passages`:
    {"passages": {concept id: passages naming it}, "articles": {concept id: articles naming it}}.
    Computed at build time."""
    vocabulary = vocabulary or health_vocabulary()
    pairs = list(passages)
    return coverage_counts([d for d, _ in pairs], concept_ids([t for _, t in pairs], vocabulary), min_passages)


def concept_ids(texts: Iterable[str], vocabulary: Vocabulary | None = None) -> list[list[str]]:
    """The ids of the concepts each text names, in order of first mention (one text's list depends on that
    text and the vocabulary alone, so a build can keep them between builds)."""
    vocabulary = vocabulary or health_vocabulary()
    return [[c.id for c in vocabulary.find(text)] for text in texts]


def coverage_counts(doc_ids: Sequence[str], found: Sequence[Sequence[str]], min_passages: int = 1
                    ) -> dict[str, dict[str, int]]:
    """`covered_concepts` from each passage's article id and `concept_ids` (same order)."""
    counts: dict[str, int] = {}
    docs: dict[str, set[str]] = {}
    for doc_id, ids in zip(doc_ids, found, strict=True):
        for cid in ids:
            counts[cid] = counts.get(cid, 0) + 1
            docs.setdefault(cid, set()).add(doc_id)
    kept = sorted(c for c, n in counts.items() if n >= min_passages)
    return {"passages": {c: counts[c] for c in kept}, "articles": {c: len(docs[c]) for c in kept}}
