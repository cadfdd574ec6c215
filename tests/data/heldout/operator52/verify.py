#!/usr/bin/env python3
"""Verify operator52: gold phrases verbatim (same line, same sentence) in the doc's corpus file,
ids unique/sequential, counts, sources.json, and word-level equality of corpus files with the XML.

Usage: python3 verify.py [GIT_DIR]   (GIT_DIR = bare MedQuAD mirror; XML word check is skipped with a
warning if it is unavailable)
"""
import collections, json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/abachaa+MedQuAD/repo"
DOCS = {
    "indigestion": "5_NIDDK_QA/0000109.xml",
    "problems_with_taste": "7_SeniorHealth_QA/0000057.xml",
    "metabolic_syndrome": "8_NHLBI_QA_XML/0000090.xml",
}
errors = []
def err(msg): errors.append(msg)

corpus = {}
for name in DOCS:
    with open(os.path.join(HERE, "corpus", name + ".txt"), encoding="utf-8") as f:
        corpus[name] = f.read()
if sorted(os.listdir(os.path.join(HERE, "corpus"))) != sorted(n + ".txt" for n in DOCS):
    err("corpus/ contains unexpected files")

# questions
rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [r["id"] for r in rows]
if len(rows) != 32: err(f"expected 32 questions, got {len(rows)}")
if len(set(ids)) != len(ids): err("duplicate ids")
if ids != [f"op52_{i:02d}" for i in range(1, 33)]: err("ids are not op52_01..op52_32 in order")
kinds = collections.Counter(r["kind"] for r in rows)
if kinds != {"answer": 24, "out_of_scope": 8}: err(f"kind counts wrong: {dict(kinds)}")
per_doc = collections.Counter(r.get("doc") for r in rows if r["kind"] == "answer")
for name in DOCS:
    if per_doc[name] != 8: err(f"{name}: {per_doc[name]} answer questions, expected 8")
if len({r["question"] for r in rows}) != len(rows): err("duplicate question text")

def sentences(line):
    return re.split(r"(?<=[.!?])\s+", line)

for r in rows:
    if r["kind"] == "answer":
        if set(r) != {"id", "kind", "question", "gold", "note", "doc"}: err(f"{r['id']}: bad keys {sorted(r)}")
        gold = r.get("gold", [])
        if not (1 <= len(gold) <= 2): err(f"{r['id']}: gold must have 1-2 phrases")
        text = corpus.get(r.get("doc"))
        if text is None:
            err(f"{r['id']}: unknown doc {r.get('doc')}"); continue
        for g in gold:
            if g not in text: err(f"{r['id']}: gold not verbatim in {r['doc']}.txt: {g!r}")
        ok = any(all(g in s for g in gold) for line in text.split("\n") for s in sentences(line))
        if not ok: err(f"{r['id']}: gold phrases not within one sentence on one line")
    elif r["kind"] == "out_of_scope":
        if set(r) != {"id", "kind", "question", "note"}: err(f"{r['id']}: bad keys {sorted(r)}")
    else:
        err(f"{r['id']}: unknown kind")

# sources.json
src = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))
if sorted(src) != sorted(n + ".txt" for n in DOCS): err("sources.json keys mismatch")
for name in DOCS:
    first = corpus[name].split("\n", 1)[0]
    if src.get(name + ".txt", {}).get("title") != first: err(f"{name}: title != line 1 of corpus file")

# XML word equality
def xml_words(root):
    w = (root.findtext("Focus") or "").split()
    for qa in root.iter("QAPair"):
        w += (qa.findtext("Question") or "").split() + (qa.findtext("Answer") or "").split()
    return w
xml_checked = 0
for name, path in DOCS.items():
    try:
        raw = subprocess.run(["git", "--git-dir=" + GIT_DIR, "show", "HEAD:" + path],
                             check=True, capture_output=True).stdout
    except Exception as e:
        print(f"WARNING: cannot read {path} from {GIT_DIR}: {e}; XML word check skipped"); continue
    root = ET.fromstring(raw)
    if corpus[name].split() != xml_words(root): err(f"{name}: corpus words differ from XML words")
    if src[name + ".txt"].get("source") != root.get("url"): err(f"{name}: source url mismatch")
    if len(root.findall(".//QAPair")) < 6: err(f"{name}: fewer than 6 QAPairs")
    xml_checked += 1

# layout sanity
for name, t in corpus.items():
    for i, line in enumerate(t.split("\n"), 1):
        if line != line.strip() or "  " in line or "\t" in line: err(f"{name}.txt:{i}: untrimmed/uncollapsed whitespace")
    if "\n\n\n" in t: err(f"{name}.txt: more than one blank line between blocks")

print(f"questions: {len(rows)} ({dict(kinds)}), per doc: {dict(per_doc)}, XML-checked docs: {xml_checked}/3")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
