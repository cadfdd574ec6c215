"""Comparison tables that arrived flattened to one line per row, restored to one block per cell from the
column names, row labels and sentence counts that sources.json gives (bot.ingest.metadata)."""

from __future__ import annotations

from collections.abc import Callable

from bot.ingest.sentences import split_sentences


def match_table(group: list[str], tables: list[dict]) -> dict | None:
    """The sources.json table whose column names are this line group's first line (a flattened table), or None."""
    header = group[0].strip()
    for table in tables:
        if header == " ".join(table.get("columns", [])) and len(group) > 1:
            return table
    return None


def emit_table(group: list[str], table: dict, add: Callable[..., None]) -> None:
    """One line per cell: '<subject>: <aspect> — <cell text>', so a cited cell reads correctly on its own.
    `add(kind, content, aspect=None)` appends a block to the reading text."""
    columns: list[str] = table["columns"]
    per_cell: dict = table.get("sentences_per_cell", {})
    for line in group[1:]:
        row = line.strip()
        label = next((r for r in table.get("rows", []) if row.startswith(r + " ")), None)
        if label is None:
            add("table_cell", row)
            continue
        body = row[len(label):].strip()
        sentences = [body[a:b] for a, b in split_sentences(body)]
        counts = per_cell.get(label) or [1] * (len(columns) - 1)
        if sum(counts) != len(sentences) or len(counts) != len(columns) - 1:
            add("table_cell", f"{label} — {body}")
            continue
        cells, pos = [], 0
        for count in counts:
            cells.append(" ".join(sentences[pos:pos + count]))
            pos += count
        for column, cell in zip(columns[1:], cells):
            subject, aspect = (column, label) if table.get("subjects_are_columns") else (label, column)
            add("table_cell", f"{subject}: {aspect} — {cell}", aspect=aspect)
