"""Check questions.jsonl against the corpus: gold phrases are exact substrings of their doc,
5-15 words long, 8 answer questions per doc, 4 out-of-scope questions, sources.json complete."""
import json
import os
import sys

base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = json.load(open(os.path.join(base, "sources.json")))
docs = {k: open(os.path.join(base, "corpus", k + ".txt"), encoding="utf-8").read() for k in src}
rows = [json.loads(l) for l in open(os.path.join(base, "questions.jsonl"), encoding="utf-8")]
bad = 0
from collections import Counter

per = Counter(); oos = 0; ids = set()
for r in rows:
    assert r["id"] not in ids, r["id"]; ids.add(r["id"])
    if r["kind"] == "out_of_scope":
        oos += 1; assert r.get("note"); continue
    per[r["doc"]] += 1
    for g in r["gold"]:
        n = len(g.split())
        if g not in docs[r["doc"]]:
            print("NOT FOUND", r["id"], repr(g)); bad += 1
        elif not 5 <= n <= 15:
            print("LENGTH", n, r["id"], repr(g)); bad += 1
        # warn if the phrase also occurs in another doc (ambiguous gold)
        for k, t in docs.items():
            if k != r["doc"] and g in t: print("ALSO IN", k, r["id"], repr(g))
print("per doc:", dict(per), "out_of_scope:", oos, "total:", len(rows))
for k, t in docs.items(): print(k, len(t.split()), "words")
print("FAILURES:", bad)
sys.exit(1 if bad or oos != 4 or any(v != 8 for v in per.values()) or len(per) != 3 else 0)
