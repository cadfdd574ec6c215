"""The domain pack: what the engine knows about one site's articles, as data beside them (`corpus/domain.toml`).

English question grammar and the safety lexicon stay in code; everything about *these* articles lives here:
the site's subject and coverage sentence, example questions, topics with their aliases, lay words that map
to the articles' words, scope anchor words, extra cue words per kind of question, follow-up wordings,
site-chrome and advert patterns for cleaning, and tokenisation rules. A corpus without `domain.toml` gets
the built-in default (`data/default_domain.toml`): generic cleaning, no topics beyond the concepts the
corpus covers, wording derived from the article titles. Keys the file leaves out take the default's value.

Shape (every key optional; `examples`, `coverage` … see corpus/domain.toml for a full example):

    [site]          subject: str, coverage: str, examples: [str] (at most MAX_EXAMPLES)
    [vocabulary]    anchor_words: regex, lay_terms: [[regex, words]],
                    topics: [{name: str, kind: "nutrient"|"condition", aliases: [regex], passage_terms: [str],
                              side_only: bool (a topic only as a side of a comparison; default false)}]
    [intent_cues]   <intent name>: regex of extra cue words ("natto|tempeh")
    [follow_ups]    nutrient / condition: {<intent name>: "question with {name}"}
    [cleaning]      chrome_lines: [regex matched against a whole line, ignoring case], product_nouns: [str]
                    (both ADD to the built-in ones: a site's pack cannot make cleaning drop less)
    [tokenisation]  letter_names: [str]   ("vitamin" → "vitamin D" is one token)

Invalid content raises CorpusError naming the file, the key and what is wrong; so does a table or key the pack
does not know ("[sitee]", "subjet"), with the nearest known name, as sources.json does for "titel": a misspelt key
would otherwise be ignored without a word.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path

from bot.errors import CorpusError
from bot.files import shown

PACK_FILE = "domain.toml"
DEFAULT_PACK = Path(__file__).with_name("data") / "default_domain.toml"
TOPIC_KINDS = ("nutrient", "condition")
MAX_EXAMPLES = 8        # example questions a pack may list: the chat page has this many example buttons
# The tables a pack may have and their keys (None: any key, such as the intent names of [intent_cues]).
KNOWN_KEYS: dict[str, tuple[str, ...] | None] = {
    "site": ("subject", "coverage", "examples"),
    "vocabulary": ("anchor_words", "lay_terms", "topics"),
    "intent_cues": None,
    "follow_ups": TOPIC_KINDS,
    "cleaning": ("chrome_lines", "product_nouns"),
    "tokenisation": ("letter_names",),
}
TOPIC_KEYS = ("name", "kind", "aliases", "passage_terms", "side_only")


@dataclass(frozen=True, eq=False)    # compared and hashed by identity: packs are read once and cached
class DomainPack:
    """A validated domain pack. Regex fields are strings, checked to compile; `sha256` is of the file read."""

    source: str
    sha256: str | None = None
    subject: str = "health topics"
    coverage: str = ""
    examples: tuple[str, ...] = ()
    anchor_words: str = ""
    lay_terms: tuple[tuple[str, str], ...] = ()
    topics: tuple[dict, ...] = ()
    intent_cues: dict = field(default_factory=dict)
    follow_ups: dict = field(default_factory=dict)
    chrome_lines: tuple[str, ...] = ()
    product_nouns: tuple[str, ...] = ()
    letter_names: tuple[str, ...] = ()


class _Reader:
    def __init__(self, source: str, data: dict) -> None:
        self.source, self.data = source, data

    def fail(self, key: str, what: str) -> CorpusError:
        return CorpusError(f"{self.source}: {key} {what}.")

    def get(self, table: str, key: str, kind, default):
        section = self.data.get(table, {})
        if not isinstance(section, dict):
            raise self.fail(f"[{table}]", "must be a table")
        value = section.get(key, default)
        if not isinstance(value, kind):
            raise self.fail(f"[{table}] {key}", f"must be {_KIND_NAMES.get(kind, kind)}")
        return value

    def strings(self, table: str, key: str, default=(), regex: bool = False) -> tuple[str, ...]:
        values = self.get(table, key, list, list(default))
        for n, value in enumerate(values, start=1):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"[{table}] {key}[{n}]", "must be a non-empty string")
            if regex:
                self.pattern(f"[{table}] {key}[{n}]", value)
        return tuple(values)

    def pattern(self, key: str, value: str) -> str:
        try:
            re.compile(value)
        except re.error as err:
            raise self.fail(key, f"is not a valid pattern ({err})") from None
        return value


_KIND_NAMES = {str: "a string", list: "a list", dict: "a table"}


def parse_pack(text: str, source: str, base: DomainPack | None = None) -> DomainPack:
    """Validate a pack's TOML text; keys it leaves out take `base`'s values. Raises CorpusError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise CorpusError(f"{source} is not valid TOML: {err}") from None
    base = base or DomainPack(source)
    r = _Reader(source, data)
    _check_names(r, data)
    lay = r.get("vocabulary", "lay_terms", list, [list(p) for p in base.lay_terms])
    for n, pair in enumerate(lay, start=1):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) and x for x in pair)):
            raise r.fail(f"[vocabulary] lay_terms[{n}]", "must be a pair [pattern, words]")
        r.pattern(f"[vocabulary] lay_terms[{n}]", pair[0])
    topics = r.get("vocabulary", "topics", list, list(base.topics))
    for n, topic in enumerate(topics, start=1):
        _check_topic(r, n, topic)
    cues = data.get("intent_cues", dict(base.intent_cues))
    if not isinstance(cues, dict):
        raise r.fail("[intent_cues]", "must be a table")
    for name, value in cues.items():
        if not isinstance(value, str):
            raise r.fail(f"[intent_cues] {name}", "must be a string")
        r.pattern(f"[intent_cues] {name}", value)
    examples = r.strings("site", "examples", base.examples)
    if len(examples) > MAX_EXAMPLES:
        raise r.fail("[site] examples", f"has {len(examples)} questions; the page shows at most {MAX_EXAMPLES}")
    follow = data.get("follow_ups", dict(base.follow_ups))
    if not isinstance(follow, dict) or not all(k in TOPIC_KINDS and isinstance(v, dict) for k, v in follow.items()):
        raise r.fail("[follow_ups]", f"must hold tables named {' or '.join(TOPIC_KINDS)}")
    for kind, table in follow.items():
        for intent, wording in table.items():
            if not isinstance(wording, str) or "{name}" not in wording:
                raise r.fail(f"[follow_ups.{kind}] {intent}", 'must be a string containing "{name}"')
    return DomainPack(
        source=source, sha256=hashlib.sha256(text.encode()).hexdigest(),
        subject=r.get("site", "subject", str, base.subject),
        coverage=r.get("site", "coverage", str, base.coverage),
        examples=examples,
        anchor_words=r.pattern("[vocabulary] anchor_words",
                               r.get("vocabulary", "anchor_words", str, base.anchor_words)),
        lay_terms=tuple((p[0], p[1]) for p in lay),
        topics=tuple(topics),
        intent_cues=dict(cues),
        follow_ups={k: dict(v) for k, v in follow.items()},
        chrome_lines=_added(base.chrome_lines, r.strings("cleaning", "chrome_lines", (), regex=True)),
        product_nouns=_added(base.product_nouns, r.strings("cleaning", "product_nouns")),
        letter_names=r.strings("tokenisation", "letter_names", base.letter_names),
    )


def _added(base: tuple[str, ...], own: tuple[str, ...]) -> tuple[str, ...]:
    """The base's cleaning patterns and then the pack's own, each once."""
    return tuple(dict.fromkeys(base + own))


def _unknown(r: _Reader, where: str, name: str, known, shown: str) -> CorpusError:
    near = get_close_matches(name.casefold(), known, n=1, cutoff=0.6)
    hint = f"did you mean {shown.format(near[0])}?" if near else "known: " + ", ".join(shown.format(k) for k in known)
    return r.fail(where, f"is not known ({hint})")


def _check_names(r: _Reader, data: dict) -> None:
    """Every table and key of the pack is one it knows; else CorpusError naming it and the nearest known one."""
    for table, section in data.items():
        if table not in KNOWN_KEYS:
            raise _unknown(r, f"[{table}]", table, KNOWN_KEYS, "[{}]")
        keys = KNOWN_KEYS[table]
        if keys is None or not isinstance(section, dict):
            continue
        for key in section:
            if key not in keys:
                raise _unknown(r, f"[{table}] {key}", key, keys, "[follow_ups.{}]" if table == "follow_ups" else
                               '"{}"')
    vocabulary = data.get("vocabulary")
    topics = vocabulary.get("topics") if isinstance(vocabulary, dict) else None
    for n, topic in enumerate(topics if isinstance(topics, list) else [], start=1):
        for key in topic if isinstance(topic, dict) else ():
            if key not in TOPIC_KEYS:
                raise _unknown(r, f"[vocabulary] topics[{n}].{key}", key, TOPIC_KEYS, '"{}"')


def _check_topic(r: _Reader, n: int, topic) -> None:
    key = f"[vocabulary] topics[{n}]"
    if not isinstance(topic, dict):
        raise r.fail(key, "must be a table with name, kind, aliases and passage_terms")
    if not isinstance(topic.get("name"), str) or not topic["name"].strip():
        raise r.fail(f"{key}.name", "must be a non-empty string")
    if topic.get("kind") not in TOPIC_KINDS:
        raise r.fail(f"{key}.kind", f"must be one of {', '.join(TOPIC_KINDS)}")
    for part in ("aliases", "passage_terms"):
        values = topic.get(part)
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            raise r.fail(f"{key}.{part}", "must be a non-empty list of strings")
    for alias in topic["aliases"]:
        r.pattern(f"{key}.aliases", alias)
    if not isinstance(topic.get("side_only", False), bool):
        raise r.fail(f"{key}.side_only", "must be true or false")


@lru_cache(maxsize=1)
def default_pack() -> DomainPack:
    """The built-in pack: generic cleaning and tokenisation, wording derived from the corpus."""
    return parse_pack(DEFAULT_PACK.read_text(encoding="utf-8"), f"bot/ingest/data/{DEFAULT_PACK.name}")


def load_pack(corpus_dir: Path) -> DomainPack:
    """The pack of `corpus_dir` (its domain.toml over the default), or the default when it has none."""
    path = corpus_dir / PACK_FILE
    if not path.is_file():
        return default_pack()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CorpusError(f"{shown(path)} cannot be read as UTF-8 text: {err}") from None
    return _parsed(text, shown(path))


@lru_cache(maxsize=8)
def _parsed(text: str, source: str) -> DomainPack:
    return parse_pack(text, source, default_pack())
