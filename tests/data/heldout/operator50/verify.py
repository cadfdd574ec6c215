#!/usr/bin/env python3
"""Checks for the operator50 held-out set.

Usage: python3 verify.py [GIT_DIR]
  - questions.jsonl: 32 rows, ids op50_01..op50_32 unique, 24 "answer" (8 per corpus doc) + 8 "out_of_scope";
    required keys present; each answer has 1-2 gold phrases that all occur verbatim in ONE sentence on ONE line
    of corpus/<doc>.txt.
  - sources.json lists exactly the corpus files, with title == line 1 of the file.
  - for every corpus file, its whitespace-split words equal the Focus + Question + Answer words of the
    MedQuAD XML (read from GIT_DIR, default: the bare mirror used to build the set).
"""
import json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/abachaa+MedQuAD/repo'
DOCS = {
    'hyperthyroidism': '5_NIDDK_QA/0000008.xml',
    'urinary_tract_infections': '7_SeniorHealth_QA/0000071.xml',
    'pulmonary_embolism': '8_NHLBI_QA_XML/0000108.xml',
}
SENT_SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"(])')
errors = []


def err(msg):
    errors.append(msg)


def xml_words(path):
    data = subprocess.run(['git', '--git-dir=' + GIT_DIR, 'show', 'HEAD:' + path],
                          check=True, capture_output=True).stdout
    root = ET.fromstring(data)
    words = (root.findtext('Focus') or '').split()
    for qa in root.iter('QAPair'):
        words += (qa.findtext('Question') or '').split()
        words += (qa.findtext('Answer') or '').split()
    return words, root


corpus = {}
for fn in sorted(os.listdir(os.path.join(HERE, 'corpus'))):
    with open(os.path.join(HERE, 'corpus', fn), encoding='utf-8') as f:
        corpus[fn[:-4]] = f.read()
if set(corpus) != set(DOCS):
    err(f'corpus files {sorted(corpus)} != expected {sorted(DOCS)}')

# corpus vs XML words, layout
for name, path in DOCS.items():
    text = corpus.get(name, '')
    words, root = xml_words(path)
    if text.split() != words:
        a, b = text.split(), words
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        err(f'{name}: words differ from XML at index {i}: {a[i:i+5]} vs {b[i:i+5]} (len {len(a)} vs {len(b)})')
    lines = text.split('\n')
    if lines[0] != ' '.join((root.findtext('Focus') or '').split()):
        err(f'{name}: line 1 is not the Focus')
    if '\n\n\n' in text or any(l != l.strip() or '  ' in l for l in lines):
        err(f'{name}: layout problem (untrimmed line, double space or extra blank line)')
    nqa = len(root.findall('.//QAPair'))
    if nqa < 6:
        err(f'{name}: only {nqa} QAPairs')

# sources.json
with open(os.path.join(HERE, 'sources.json'), encoding='utf-8') as f:
    sources = json.load(f)
if set(sources) != {n + '.txt' for n in corpus}:
    err('sources.json keys do not match corpus files')
for k, v in sources.items():
    if set(v) != {'title', 'source'}:
        err(f'sources.json {k}: keys {sorted(v)}')
    if corpus.get(k[:-4], '').split('\n')[0] != v.get('title'):
        err(f'sources.json {k}: title does not match line 1')

# questions
rows = []
with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if line.strip():
            rows.append(json.loads(line))
ids = [r.get('id') for r in rows]
if len(rows) != 32:
    err(f'{len(rows)} rows, expected 32')
if len(set(ids)) != len(ids):
    err('duplicate ids')
if sorted(ids) != [f'op50_{i:02d}' for i in range(1, 33)]:
    err('ids are not op50_01..op50_32')
kinds = {}
per_doc = {}
for r in rows:
    kinds[r.get('kind')] = kinds.get(r.get('kind'), 0) + 1
    if r.get('kind') == 'answer':
        if set(r) != {'id', 'kind', 'question', 'gold', 'note', 'doc'}:
            err(f"{r['id']}: keys {sorted(r)}")
        doc = r.get('doc')
        per_doc[doc] = per_doc.get(doc, 0) + 1
        gold = r.get('gold')
        if doc not in corpus:
            err(f"{r['id']}: unknown doc {doc}")
            continue
        if not isinstance(gold, list) or not 1 <= len(gold) <= 2 or not all(isinstance(g, str) and g.strip() for g in gold):
            err(f"{r['id']}: gold must be 1-2 non-empty strings")
            continue
        for g in gold:
            if g not in corpus[doc]:
                err(f"{r['id']}: gold not verbatim in {doc}.txt: {g!r}")
        ok = any(all(g in s for g in gold)
                 for line in corpus[doc].split('\n') for s in SENT_SPLIT.split(line))
        if not ok:
            err(f"{r['id']}: gold phrases not all within one sentence on one line")
    elif r.get('kind') == 'out_of_scope':
        if set(r) != {'id', 'kind', 'question', 'note'}:
            err(f"{r['id']}: keys {sorted(r)}")
    else:
        err(f"{r.get('id')}: bad kind {r.get('kind')}")
    if not str(r.get('question', '')).strip():
        err(f"{r.get('id')}: empty question")
if kinds != {'answer': 24, 'out_of_scope': 8}:
    err(f'kind counts {kinds}')
if per_doc != {d: 8 for d in DOCS}:
    err(f'answers per doc {per_doc}')

print(f'docs={len(corpus)} rows={len(rows)} kinds={kinds} per_doc={per_doc}')
if errors:
    print('FAIL')
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('PASS')
