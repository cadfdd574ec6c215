"""The site being served: its domain pack, its article titles and the concepts its corpus covers.

`Bot.load` activates the site of the index it loaded (`activate`); the domain modules read it through
`active()` to find topics, lay words, cue words and their own wording. Before any index is loaded (or for
a corpus without domain.toml) the built-in default pack is active, with no titles and no covered concepts.
One process serves one site; a test that loads another corpus activates that corpus's site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.config import Settings
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
            if concept is None or concept.kind not in ("nutrient", "supplement", "condition"):
                continue
            if self.concept_articles.get(cid, 0) > limit:
                continue
            if concept.kind == "condition" and self.anchor is not None and self.anchor.search(concept.name.casefold()):
                continue
            picked.append(concept)
        return tuple(picked)


def _initial() -> Site:
    try:
        pack = load_pack(Settings.from_env().corpus_dir)
    except Exception:   # a broken pack is reported by the build; until then the default serves
        pack = default_pack()
    return Site(pack)


_active: Site | None = None


def active() -> Site:
    """The site in service (the corpus's pack until an index is loaded; then that index's site)."""
    global _active
    if _active is None:
        _active = _initial()
    return _active


def activate(site: Site) -> None:
    """Make `site` the one the domain layer answers for (called by Bot.load)."""
    global _active
    _active = site
