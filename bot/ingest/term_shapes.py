"""The shapes of medical names (data/term_shapes.toml, with its sources): word endings that make a word the name
of a condition ("tonsillitis"), a procedure ("capsulotomy") or a medicine ("deferiprone", "luspatercept").
General medical English, read once; bot.domain.scope uses it to tell a named thing the corpus never mentions.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

SHAPES_FILE = Path(__file__).with_name("data") / "term_shapes.toml"


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """(kind, min_length, ending pattern) per kind of the shapes file. Raises ValueError naming the file and key
    when the file is malformed."""
    data = tomllib.loads(SHAPES_FILE.read_text(encoding="utf-8"))
    out = []
    for kind, shape in data.get("shapes", {}).items():
        endings, min_length = shape.get("endings"), shape.get("min_length")
        if not isinstance(endings, list) or not all(isinstance(e, str) and e for e in endings) \
                or not isinstance(min_length, int):
            raise ValueError(f"{SHAPES_FILE.name}: shapes.{kind} needs `endings` (strings) and `min_length` (int)")
        ending = "|".join(sorted(map(re.escape, endings), key=len, reverse=True))
        out.append((kind, min_length, re.compile(rf"(?:{ending})s?$")))
    return tuple(out)


def shape_kind(word: str) -> str | None:
    """The kind ("condition", "procedure", "medicine") whose name shape lower-case `word` has, None when none."""
    for kind, min_length, ending in _shapes():
        if len(word) >= min_length and ending.search(word):
            return kind
    return None
