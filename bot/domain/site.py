"""The site being served: its domain pack, its article titles and the concepts its corpus covers.

Each `Bot` builds the `Site` of the index it loaded and passes it to every domain function it calls (topics,
lay words, cue words, scope, the bot's own wording); the domain layer keeps no site of its own, so two bots
over two corpora answer side by side in one process (tests, a server switching to a newly built index).
`corpus_site` gives the site of a corpus folder's pack alone (no titles, nothing covered), for wording needed
before any index is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.config import Settings
from bot.domain.rarity import is_rare
from bot.ingest.concepts import Concept, health_vocabulary
from bot.ingest.pack import DomainPack, default_pack, load_pack

TOPIC_MAX_SHARE = 0.5


@dataclass(frozen=True)
class Site:
    """What the domain layer knows about the served corpus. `covered`: concept ids (see bot.domain.coverage)."""

    pack: DomainPack
    titles: tuple[str, ...] = ()
    covered: frozenset[str] = field(default_factory=frozenset)
    concept_articles: dict[str, int] = field(default_factory=dict)   # {covered concept id: articles naming it}
    # For derived example questions (bot.answering.example_kinds; empty when no index is loaded): the kinds of
    # question the articles can answer about a concept, and its name as the articles spell it.
    example_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)

    @cached_property
    def anchor(self) -> re.Pattern | None:
        """The pack's scope anchor words, compiled (None when it has none)."""
        return re.compile(self.pack.anchor_words) if self.pack.anchor_words else None

    @cached_property
    def lay_terms(self) -> tuple[tuple[re.Pattern, str], ...]:
        """The pack's lay terms compiled: (pattern, article words added to the lexical query)."""
        return tuple((re.compile(p), words) for p, words in self.pack.lay_terms)

    @cached_property
    def intent_cues(self) -> dict[str, str]:
        """The pack's extra cue words per kind of question ({intent: regex alternation})."""
        return dict(self.pack.intent_cues)

    @cached_property
    def covered_topic_concepts(self) -> tuple[Concept, ...]:
        """Covered concepts that can be topics of follow-ups and boosts: nutrients, supplements, conditions,
        most-named first. Two kinds of concept are the site's general subject rather than a topic: one named
        by more than TOPIC_MAX_SHARE of the articles, at least three ("back pain" on a back-pain site: it
        tells passages apart no better than any word), and a condition the pack's anchor words already name
        ("fracture", "lower back pain" on a site whose pack anchors "back", "pain", "fracture"): questions
        about those are answered by retrieval over the whole site, as the pack's author intended. Measured on
        the development and blind questions: making those topics lost two blind citations."""
        vocabulary = health_vocabulary()
        limit = max(2, TOPIC_MAX_SHARE * len(self.titles))
        ids = sorted(self.covered, key=lambda c: (-self.concept_articles.get(c, 0), c))
        picked = []
        for cid in ids:
            concept = vocabulary.by_id.get(cid)
            if concept is None or not concept.topical or concept.kind not in ("nutrient", "supplement", "condition"):
                continue
            if self.concept_articles.get(cid, 0) > limit:
                continue
            if concept.kind == "condition" and self.anchor is not None and self.anchor.search(concept.name.casefold()):
                continue
            picked.append(concept)
        return tuple(picked)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The rare words (bot.domain.rarity) of the article titles, lower case, five letters or more:
        "thrombocythemia", "biliary". An article is about its title's subject, whether or not the health vocabulary
        has a concept for it."""
        return frozenset(w for title in self.titles for w in re.findall(r"[a-z]{5,}", title.casefold())
                         if is_rare(w))

    def names_a_title(self, lowered: str) -> bool:
        """Whether lower-case `lowered` uses a rare word of some article's title ("who usually gets essential
        thrombocythemia?" on a site with a "Thrombocythemia and Thrombocytosis" page)."""
        return bool(self.title_words) and any(w in self.title_words for w in re.findall(r"[a-z]{5,}", lowered))


def corpus_site(corpus_dir: Path | None = None) -> Site:
    """The site of the corpus folder's domain pack (default: the configured corpus, BOT_CORPUS_DIR), with no
    titles and no covered concepts: what can be said before an index is loaded. A pack that does not load
    gives the built-in default pack (the build reports what is wrong with it)."""
    try:
        pack = load_pack(corpus_dir if corpus_dir is not None else Settings.from_env().corpus_dir)
    except Exception:   # a broken pack is reported by the build; until then the default serves
        pack = default_pack()
    return Site(pack)
