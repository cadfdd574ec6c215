"""The package layout is the architecture: one sub-package per role, imports only downward.

Read from the source (no imports executed): every `import bot.x…` / `from bot.x… import` in bot/ and ui.py
is checked against the allowed directions below. A new import that points up the layers or across roles
fails here with the file, the line and the rule it breaks.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support.fakes import PROJECT_ROOT

CORE = {"types", "errors", "config", "files"}
# role -> roles it may import (besides the core). Bottom to top.
ALLOWED = {
    "ingest": set(),
    "encoders": set(),
    "safety": set(),
    "search": {"ingest", "encoders"},
    "domain": {"ingest"},                       # ingest.statistics: how corpus words are compared
    "answering": {"search", "domain", "safety", "encoders", "ingest"},
    "serving": {"answering", "domain", "safety.notices"},
    "evaluation": {"answering", "search", "encoders", "safety"},
    "cli": {"answering", "evaluation", "safety.notices"},
    "ui": {"serving", "domain", "safety.notices", "answering"},
}
MAX_LINES = 250


def role_of(path: Path) -> str:
    rel = path.relative_to(PROJECT_ROOT)
    if rel.parts[0] == "ui.py":
        return "ui"
    if len(rel.parts) == 2:                      # bot/<module>.py
        return Path(rel.parts[1]).stem
    return rel.parts[1]


def bot_imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("bot"):
            parts = node.module.split(".")
            names = [a.name for a in node.names]
            if len(parts) == 1:                  # from bot import X
                yield node.lineno, [f"bot.{n}" for n in names]
            else:
                yield node.lineno, [node.module + ("." + n if len(parts) == 2 and n[0].islower() else "")
                                    for n in names]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            yield node.lineno, ["relative"]
        elif isinstance(node, ast.Import):
            yield node.lineno, [a.name for a in node.names if a.name.startswith("bot")]


def allowed(source_role: str, target: str) -> bool:
    parts = target.split(".")
    if target == "relative" or len(parts) < 2:
        return target != "relative"
    role = parts[1]
    if role[:1].isupper():                       # the package's public API (from bot import Bot)
        return source_role in ("serving", "evaluation", "cli", "ui")
    if role in CORE or role == source_role or role in ("__init__", "__main__"):
        return role != "__init__" or source_role in ("cli", "ui", "__main__", "__init__")
    rules = ALLOWED.get(source_role, set())
    return role in rules or ".".join(parts[1:3]) in rules


def sources() -> list[Path]:
    return sorted((PROJECT_ROOT / "bot").rglob("*.py")) + [PROJECT_ROOT / "ui.py"]


def test_every_import_points_down_the_layers():
    problems = []
    for path in sources():
        role = role_of(path)
        if role in CORE or role in ("__init__", "__main__"):
            continue
        for line, targets in bot_imports(path):
            for target in targets:
                if not allowed(role, target):
                    problems.append(f"{path.relative_to(PROJECT_ROOT)}:{line} ({role}) imports {target}")
    assert problems == []


def test_the_core_imports_nothing_of_the_roles():
    for name in CORE:
        for _, targets in bot_imports(PROJECT_ROOT / "bot" / f"{name}.py"):
            assert all(t.split(".")[1] in CORE for t in targets if t.startswith("bot.")), (name, targets)


def test_the_checker_catches_an_upward_import():
    assert not allowed("search", "bot.domain.vocabulary")
    assert not allowed("serving", "bot.safety.screening")
    assert allowed("serving", "bot.safety.notices")
    assert not allowed("ingest", "relative")


def test_no_module_is_over_the_size_limit():
    long = {str(p.relative_to(PROJECT_ROOT)): n
            for p in sources() if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert long == {}
