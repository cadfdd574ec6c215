"""Topics and lay words: what a question is about, and the articles' words for the words people use.

People write "pins and needles", "brittle bones", "tummy", "sunshine vitamin"; the articles say "tingling",
"osteoporosis", "abdominal", "vitamin D". Which topics a site covers and which lay words map to its
articles' words is data, not code: the domain pack (`corpus/domain.toml`, see bot/ingest/pack.py) lists
the site's own topics and lay terms, and any concept of the general health vocabulary (nutrients,
supplements, conditions) that the corpus covers is a topic as well, found by the same matcher that computes
coverage (bot/ingest/concepts.py). British spellings, being English rather than site knowledge, stay here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.domain.site import Site
from bot.ingest.concepts import Concept, health_vocabulary
from bot.ingest.pack import DomainPack


@dataclass(frozen=True)
class Topic:
    """A subject the articles cover: how answers name it, its kind, the words people use for it, and the
    words a passage about it contains."""
    name: str                   # how answers name it
    kind: str                   # "nutrient" or "condition"
    aliases: tuple[str, ...]    # lower-case words and phrases that mean this topic (regex fragments)
    passage_terms: tuple[str, ...]  # lower-case strings a passage about it contains
    side_only: bool = False     # a subject only as one side of a comparison ("a slipped disc or a deficiency?")


def pack_topics(pack: DomainPack) -> tuple[Topic, ...]:
    """The topics the domain pack lists (not those it names only as sides of a comparison)."""
    return tuple(t for t in _compiled(pack)[0] if not t.side_only)


@lru_cache(maxsize=8)
def _compiled(pack: DomainPack):
    topics = tuple(Topic(t["name"], t["kind"], tuple(t["aliases"]), tuple(t["passage_terms"]),
                         bool(t.get("side_only", False))) for t in pack.topics)
    return topics, [(t, re.compile("|".join(t.aliases))) for t in topics]


def _passage_terms(concept: Concept) -> tuple[str, ...]:
    """Substrings a passage about `concept` contains. A term ending in a one- or two-letter word
    ("vitamin a") only counts followed by a space or punctuation ("vitamin and" is not about it)."""
    out = []
    for term in concept.terms:
        if len(term.split()[-1]) <= 2:
            out.extend(term + end for end in (" ", ".", ",", ";", ":", ")", "'"))
        elif len(term) >= 4:
            out.append(term)
    return tuple(out)


def concept_topic(concept: Concept) -> Topic:
    """A covered concept of the health vocabulary, as a topic."""
    kind = "condition" if concept.kind == "condition" else "nutrient"
    aliases = tuple(re.escape(t) for t in concept.terms)
    return Topic(concept.name, kind, aliases, _passage_terms(concept))


# British spellings → the American ones the articles use, so "anaemia" finds "anemia".
_SPELLINGS = (
    (re.compile(r"isation"), "ization"), (re.compile(r"ising\b"), "izing"), (re.compile(r"\b(an|h)aem"), r"\1em"),
    (re.compile(r"\bcoeliac"), "celiac"), (re.compile(r"\bfibre"), "fiber"), (re.compile(r"\boedema"), "edema"),
    (re.compile(r"\bhaemoglobin"), "hemoglobin"), (re.compile(r"\bpaediatric"), "pediatric"),
)


def american_spelling(text: str) -> str:
    """British spellings made American ("anaemia" → "anemia"), as the articles spell them."""
    for rx, replacement in _SPELLINGS:
        text = rx.sub(replacement, text)
    return text


def find_topics(site: Site, text: str, sides: bool = False) -> tuple[Topic, ...]:
    """Topics of `site` named in `text`, in order of first mention: the pack's topics (with `sides`, also those
    it names only as sides of a comparison); when it names none of those, the covered nutrients, supplements and
    conditions of the health vocabulary it names."""
    lowered = text.casefold()
    found = [(m.start(), t) for t, rx in _compiled(site.pack)[1] if (sides or not t.side_only)
             and (m := rx.search(lowered))]
    if found:
        return tuple(t for _, t in sorted(found, key=lambda x: x[0]))
    topical = {c.id for c in site.covered_topic_concepts}
    found_concepts = [c for c in health_vocabulary().find(lowered) if c.id in topical]
    if not found_concepts:      # "diverticulitus", "hemochromotosis": a misspelt name of a covered topic
        corrected = _respelt(lowered, _long_terms(tuple(sorted(topical))))
        if corrected != lowered:
            found_concepts = [c for c in health_vocabulary().find(corrected) if c.id in topical]
    return tuple(concept_topic(c) for c in found_concepts)


@lru_cache(maxsize=16)
def _long_terms(topical: tuple[str, ...]) -> tuple[str, ...]:
    """One-word terms of at least 7 letters of the covered topic concepts (the names worth correcting)."""
    by_id = health_vocabulary().by_id
    return tuple(sorted({t for cid in topical for t in by_id[cid].terms if " " not in t and len(t) >= 7}))


def _respelt(lowered: str, terms: tuple[str, ...]) -> str:
    """`lowered` with each word of 7 letters or more that is not itself a term but a close spelling of one
    (difflib ratio at least 0.85) replaced by that term."""
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word in terms:
            return word
        close = difflib.get_close_matches(word, terms, n=1, cutoff=0.85)
        return close[0] if close else word

    return re.sub(r"[a-z]{7,}", fix, lowered)


def competing_terms(site: Site, topics: tuple[Topic, ...]) -> tuple[str, ...]:
    """Passage terms of the other topics of the same kinds as `topics` (a passage naming one of these is
    about another nutrient or condition). The pack's topics; for a pack without topics, the covered concepts."""
    return tuple(term for t in competing_topics(site, topics) for term in t.passage_terms)


def competing_topics(site: Site, topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
    """The other topics of the same kinds as `topics`, in the site's order (see `competing_terms`)."""
    kinds = {t.kind for t in topics}
    candidates = pack_topics(site.pack) or tuple(concept_topic(c) for c in site.covered_topic_concepts)
    return tuple(t for t in candidates if t not in topics and t.kind in kinds)


def expand_lay_terms(site: Site, text: str) -> str:
    """The article words that the site pack's lay terms in `text` stand for ('' when there are none)."""
    lowered = text.casefold()
    return " ".join(expansion for rx, expansion in site.lay_terms if rx.search(lowered))


def without_topic_names(text: str, topics: tuple[Topic, ...]) -> str:
    """`text` with every mention of `topics` (by their aliases) blanked out: the kind of question is read from the
    rest, so "what is food poisoning?" is no food question and "is a blood test for anemia painful?" no test one
    because of a name."""
    for topic in topics:
        text = re.sub("|".join(topic.aliases), " ", text, flags=re.IGNORECASE)
    return text
