"""Markdown for BENCHMARKS.md from the JSON the benchmark steps produce."""

from __future__ import annotations


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def bench_markdown(r: dict, machine_md: str) -> str:
    w, c, ct, h = r["warm"], r["cold"], r["cold_torch"], r["http"]
    bc, bs, bt = r["build_cached"], r["build_scratch"], r["build_torch"]
    end_load = ", ".join(f"{x:.2f}" for x in r.get("machine_end_load", []))
    rows = [
        ("warm `ask` p50 / p95 (in process, 137 dev questions)", f"{w['ask_p50']:.1f} / {w['ask_p95']:.1f} ms",
         f"{w['before_p50']:.1f} / {w['before_p95']:.1f} ms", "", ""),
        ("bare sentence-transformers query embedding p50 / p95 (same process, 1 thread)",
         f"{w['st_p50']:.1f} / {w['st_p95']:.1f} ms", "", "", ""),
        ("warm `ask` p50 ÷ bare sentence-transformers embedding p50", f"{w['ratio_p50']:.2f}",
         f"{w['before_p50'] / w['st_p50']:.2f}", "≤ 0.5", verdict(w["ratio_p50"] <= 0.5)),
        ("first question after `Bot.load()` (no warm-up)", f"{w['first_ask_ms']:.0f} ms", "", "", ""),
        ("cold `python -m bot ask --json` wall time", f"{c['wall_s']:.2f} s", f"{ct['wall_s']:.2f} s", "≤ 1.5 s",
         verdict(c["wall_s"] <= 1.5)),
        ("cold `python -m bot ask --json` peak memory (RSS)", f"{c['peak_mb']:.0f} MB", f"{ct['peak_mb']:.0f} MB",
         "", ""),
        ("floor: `python -c 'import numpy'`", f"{r['import_floor']['wall_s']:.2f} s", "", "", ""),
        ("`python ui.py` start → first answered request", f"{h['ui_start_s']:.2f} s", "", "≤ 5 s",
         verdict(h["ui_start_s"] <= 5)),
        ("UI round trip over raw HTTP, Gradio SSE (`/gradio_api/call/ask`) p50 / p95",
         f"{h['sse_p50']:.1f} / {h['sse_p95']:.1f} ms", "", "p50 ≤ 20 ms", verdict(h["sse_p50"] <= 20)),
        ("round trip, JSON `/api/ask` p50 / p95", f"{h['json_p50']:.1f} / {h['json_p95']:.1f} ms", "", "", ""),
        ("8 concurrent clients, SSE: answers/s, p95, errors",
         f"{h['conc_sse_per_s']:.0f}/s, {h['conc_sse_p95_ms']:.0f} ms, {h['conc_sse_errors']} errors", "",
         "≥ 50/s, 0 errors", verdict(h["conc_sse_per_s"] >= 50 and h["conc_sse_errors"] == 0)),
        ("8 concurrent clients, `/api/ask`: answers/s, p95, errors",
         f"{h['conc_json_per_s']:.0f}/s, {h['conc_json_p95_ms']:.0f} ms, {h['conc_json_errors']} errors", "",
         "≥ 50/s, 0 errors", verdict(h["conc_json_per_s"] >= 50 and h["conc_json_errors"] == 0)),
        ("full index build for the corpus (`bot build --force`, ONNX export cached)", f"{bc['wall_s']:.2f} s",
         f"{bt['wall_s']:.2f} s", "≤ 10 s", verdict(bc["wall_s"] <= 10)),
        ("full index build from an empty index folder (includes the torch → ONNX export)", f"{bs['wall_s']:.2f} s",
         f"{bt['wall_s']:.2f} s", "≤ 10 s", verdict(bs["wall_s"] <= 10)),
    ]
    table = ["| measure | now (ONNX query encoder) | before (sentence-transformers on the query path) | goal | |",
             "|---|---|---|---|---|"]
    table += [f"| {a} | {b} | {c_} | {d} | {e} |" for a, b, c_, d, e in rows]
    errors = h.get("error_examples") or []
    return "\n".join([
        "## Serving path (`make bench`)",
        "",
        machine_md + f" Load average at the end: {end_load}.",
        "",
        *table,
        "",
        f"Medians over {w['runs']} in-process runs (ratio per run: {w['ratio_per_run']}), {c['runs']} cold CLI runs "
        f"(walls {c['all_wall_s']} s), UI starts {h['ui_start_all']} s, builds {bc['all_wall_s']} s (cached export) "
        f"and {bs['all_wall_s']} s (from scratch). Query encoder quantisation: `{w['quantization']}`.",
        "",
        "How: warm `ask` answers every development question once per run (with its history), interleaved with a "
        "bare `SentenceTransformer.encode(question)` on the same model in the same process, 1 torch thread (the "
        "query path's budget), so machine load hits both alike. \"Before\" is the same engine with "
        "sentence-transformers as its query encoder (the engine before this change). Cold runs are fresh "
        "processes on a current index; peak memory is the child's max RSS from `wait4`. The UI is started with "
        "`python ui.py --port N`; start-up ends when `/api/ask` first returns an answer. SSE round trips "
        "are POST `/gradio_api/call/ask` then GET of the event stream until `event: complete`, on a kept-alive "
        "connection. Concurrent clients: 8 threads, one connection each, back to back for the run's duration; "
        "an error is any failed request or a reply that is not a complete answer with its disclaimer."
        + (f" Errors seen: {errors}" if errors else ""),
        "",
        QUANTISATION_NOTE,
    ])


# Not re-run by `make bench`: the decision record is the section "Query encoder: fp32 by default" below.
QUANTISATION_NOTE = (
    "The query model is fp32 (session 4): int8 was ~1.5 ms faster per question but ranked borderline "
    "passages differently on CPUs with and without VNNI, so answers depended on the machine; see "
    "\"Query encoder: fp32 by default\" below. That is most of why the warm ask rose from 4.1 to 5.0 ms and "
    "the ask ÷ bare-embedding ratio (whose goal was set for int8) is no longer met. `python ui.py` start "
    "rose from 2.9 to 4.1 s because the server now loads the safety gate's spaCy (negation) and language "
    "model at start rather than on the first question that needs them. Builds got faster (2.2 s with the "
    "ONNX export cached, 6.7 s from scratch): embeddings are cached by passage text. "
    "`BOT_QUANTIZATION=int8` still gives the int8 model. Passages are always embedded with the fp32 export."
)
