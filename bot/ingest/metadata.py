"""`corpus/sources.json`: titles, sources and table structure of the articles, checked for shape on the way in.

Shape (every key optional except the article id):
    {"<doc_id>": {"title": str, "source": str,
                  "tables": [{"columns": [str], "rows": [str], "subjects_are_columns": bool,
                              "sentences_per_cell": {"<row label>": [int]}}]},
     "_about": str, ...}      # keys starting with "_" are comments and ignored

Other keys of an entry (publisher, license, …) are kept and ignored. A wrong type, a string where an entry
should be ("gout": "Gout"), or a misspelt known key ("titel") is a CorpusError naming the file, the article and
the key, never a silent loss of every title later on.
"""

from __future__ import annotations

import json
from difflib import get_close_matches
from pathlib import Path

from bot.errors import CorpusError
from bot.files import shown

METADATA_FILE = "sources.json"


def load_metadata(corpus_dir: Path) -> dict[str, dict]:
    """sources.json of the corpus folder ({} when absent), checked for types. Raises CorpusError naming the file, the
    article and the key."""
    path = corpus_dir / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CorpusError(f"{shown(path)} is not valid JSON: {err}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{shown(path)} must map article ids to objects with title and source.")
    for doc_id, value in data.items():
        if not isinstance(value, dict) and not doc_id.startswith("_"):
            raise CorpusError(f'{shown(path)}: "{doc_id}" must be an object such as {{"title": "…", '
                              f'"source": "…"}} (keys starting with "_" are comments).')
    entries = {k: v for k, v in data.items() if isinstance(v, dict) and not k.startswith("_")}
    for doc_id, entry in entries.items():
        _check_entry(shown(path), doc_id, entry)
    return entries


def _fail(where: str, doc_id: str, key: str, expected: str) -> CorpusError:
    return CorpusError(f'{where}: "{doc_id}" → "{key}" must be {expected}.')


def _is_list_of(value, kind) -> bool:
    return isinstance(value, list) and all(isinstance(v, kind) and not isinstance(v, bool) for v in value)


KNOWN_KEYS = ("title", "source", "tables")


def _check_entry(where: str, doc_id: str, entry: dict) -> None:
    for key in entry:
        near = next((k for k in get_close_matches(key.casefold(), KNOWN_KEYS, n=1, cutoff=0.8) if k != key), None)
        if near:
            raise CorpusError(f'{where}: "{doc_id}" has the key "{key}": did you mean "{near}"?')
    for key in ("title", "source"):
        if key in entry and not isinstance(entry[key], str):
            raise _fail(where, doc_id, key, "a string")
    tables = entry.get("tables", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise _fail(where, doc_id, "tables", "a list of objects")
    for n, table in enumerate(tables, start=1):
        if not _is_list_of(table.get("columns"), str) or len(table["columns"]) < 2:
            raise _fail(where, doc_id, f"tables[{n}].columns", "a list of at least two strings")
        if not _is_list_of(table.get("rows", []), str):
            raise _fail(where, doc_id, f"tables[{n}].rows", "a list of strings")
        if not isinstance(table.get("subjects_are_columns", False), bool):
            raise _fail(where, doc_id, f"tables[{n}].subjects_are_columns", "true or false")
        per_cell = table.get("sentences_per_cell", {})
        if not isinstance(per_cell, dict) or not all(_is_list_of(v, int) for v in per_cell.values()):
            raise _fail(where, doc_id, f"tables[{n}].sentences_per_cell",
                        "an object mapping row labels to lists of numbers")
