"""`corpus/sources.json`: titles, sources and table structure of the articles, checked for shape on the way in.

Shape (every key optional except the article id):
    {"<doc_id>": {"title": str, "source": str,
                  "tables": [{"columns": [str], "rows": [str], "subjects_are_columns": bool,
                              "sentences_per_cell": {"<row label>": [int]}}]},
     "_about": str, ...}      # string values are comments and ignored

A wrong type is a CorpusError naming the file, the article and the key, never a traceback later on.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.errors import CorpusError

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
        raise CorpusError(f"corpus/{METADATA_FILE} is not valid JSON: {err}") from None
    if not isinstance(data, dict) or not all(isinstance(v, (dict, str)) for v in data.values()):
        raise CorpusError(f"corpus/{METADATA_FILE} must map article ids to objects with title and source.")
    entries = {k: v for k, v in data.items() if isinstance(v, dict)}
    for doc_id, entry in entries.items():
        _check_entry(doc_id, entry)
    return entries


def _fail(doc_id: str, key: str, expected: str) -> CorpusError:
    return CorpusError(f'corpus/{METADATA_FILE}: "{doc_id}" → "{key}" must be {expected}.')


def _is_list_of(value, kind) -> bool:
    return isinstance(value, list) and all(isinstance(v, kind) and not isinstance(v, bool) for v in value)


def _check_entry(doc_id: str, entry: dict) -> None:
    for key in ("title", "source"):
        if key in entry and not isinstance(entry[key], str):
            raise _fail(doc_id, key, "a string")
    tables = entry.get("tables", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise _fail(doc_id, "tables", "a list of objects")
    for n, table in enumerate(tables, start=1):
        if not _is_list_of(table.get("columns"), str) or len(table["columns"]) < 2:
            raise _fail(doc_id, f"tables[{n}].columns", "a list of at least two strings")
        if not _is_list_of(table.get("rows", []), str):
            raise _fail(doc_id, f"tables[{n}].rows", "a list of strings")
        if not isinstance(table.get("subjects_are_columns", False), bool):
            raise _fail(doc_id, f"tables[{n}].subjects_are_columns", "true or false")
        per_cell = table.get("sentences_per_cell", {})
        if not isinstance(per_cell, dict) or not all(_is_list_of(v, int) for v in per_cell.values()):
            raise _fail(doc_id, f"tables[{n}].sentences_per_cell", "an object mapping row labels to lists of numbers")
