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


@dataclass(frozen=True)
class Site:
    """What the domain layer knows about the served corpus. `covered`: concept ids (see bot.domain.coverage)."""

    pack: DomainPack
    titles: tuple[str, ...] = ()
    covered: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def anchor(self) -> re.Pattern | None:
        """The pack's scope anchor words, compiled (None when it has none)."""
        return re.compile(self.pack.anchor_words) if self.pack.anchor_words else None

    @cached_property
    def lay_terms(self) -> tuple[tuple[re.Pattern, str], ...]:
        return tuple((re.compile(p), words) for p, words in self.pack.lay_terms)

    @cached_property
    def intent_cues(self) -> dict[str, str]:
        return dict(self.pack.intent_cues)

    @cached_property
    def covered_topic_concepts(self) -> tuple[Concept, ...]:
        """Covered concepts that can be topics of follow-ups and boosts: nutrients, supplements, conditions."""
        vocabulary = health_vocabulary()
        return tuple(vocabulary.by_id[c] for c in sorted(self.covered)
                     if c in vocabulary.by_id and vocabulary.by_id[c].kind in ("nutrient", "supplement", "condition"))


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
