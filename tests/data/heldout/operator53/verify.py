#!/usr/bin/env python3
"""Verify operator53: gold phrases verbatim, ids, counts, corpus words == XML words.

Usage: python3 verify.py [GIT_DIR]
"""
import json, os, re, subprocess, sys
from collections import Counter
import xml.etree.ElementTree as ET

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/abachaa+MedQuAD/repo'
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    'kidney_stones': '5_NIDDK_QA/0000221.xml',
    'anxiety_disorders': '7_SeniorHealth_QA/0000005.xml',
    'cough': '8_NHLBI_QA_XML/0000047.xml',
}
errors = []


def err(msg):
    errors.append(msg)
    print('FAIL:', msg)


def read(name):
    with open(os.path.join(HERE, 'corpus', name + '.txt'), encoding='utf-8') as f:
        return f.read()


# corpus files vs XML
corpus_files = sorted(os.listdir(os.path.join(HERE, 'corpus')))
if corpus_files != sorted(n + '.txt' for n in DOCS):
    err(f'corpus files {corpus_files}')
sources = json.load(open(os.path.join(HERE, 'sources.json'), encoding='utf-8'))
if sorted(sources) != sorted(n + '.txt' for n in DOCS):
    err(f'sources.json keys {sorted(sources)}')
for name, path in DOCS.items():
    xml = subprocess.run(['git', '--git-dir=' + GIT_DIR, 'show', 'HEAD:' + path],
                         check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    words = (root.findtext('Focus') or '').split()
    pairs = list(root.iter('QAPair'))
    for qa in pairs:
        words += (qa.findtext('Question') or '').split()
        words += (qa.findtext('Answer') or '').split()
    text = read(name)
    if text.split() != words:
        err(f'{name}: corpus words differ from XML words')
    lines = text.split('\n')
    if lines[0] != root.findtext('Focus').strip():
        err(f'{name}: line 1 is not the Focus')
    if '\n\n\n' in text or any(l != l.strip() for l in lines):
        err(f'{name}: layout problem (triple newline or untrimmed line)')
    if len(pairs) < 6:
        err(f'{name}: only {len(pairs)} QAPairs')
    s = sources.get(name + '.txt', {})
    if s.get('title') != root.findtext('Focus').strip() or s.get('source') != root.get('url'):
        err(f'{name}: sources.json entry mismatch')
    print(f'{name}: {len(pairs)} QAPairs, {len(words)} words, words match XML')

# questions
rows = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
ids = [r['id'] for r in rows]
if len(ids) != len(set(ids)):
    err('duplicate ids')
if sorted(ids) != [f'op53_{i:02d}' for i in range(1, 33)]:
    err('ids are not op53_01..op53_32')
kinds = Counter(r['kind'] for r in rows)
if kinds != Counter({'answer': 24, 'out_of_scope': 8}):
    err(f'kind counts {dict(kinds)}')
per_doc = Counter(r.get('doc') for r in rows if r['kind'] == 'answer')
if per_doc != Counter({n: 8 for n in DOCS}):
    err(f'per-doc counts {dict(per_doc)}')
for r in rows:
    if r['kind'] == 'answer':
        if set(r) != {'id', 'kind', 'question', 'gold', 'note', 'doc'}:
            err(f"{r['id']}: fields {sorted(r)}")
        g = r['gold']
        if not (isinstance(g, list) and 1 <= len(g) <= 2):
            err(f"{r['id']}: gold must be 1-2 phrases")
            continue
        lines = read(r['doc']).split('\n')
        # all phrases must occur together on one line, within one sentence
        ok = False
        for line in lines:
            if all(p in line for p in g):
                for sent in re.split(r'(?<=[.!?])\s+', line):
                    if all(p in sent for p in g):
                        ok = True
                if not ok and len(g) == 1:
                    ok = True  # phrase itself may span a sentence-like split
        if not ok:
            err(f"{r['id']}: gold not verbatim in one sentence/line of {r['doc']}.txt: {g}")
    else:
        if set(r) != {'id', 'kind', 'question', 'note'}:
            err(f"{r['id']}: fields {sorted(r)}")
    if not r['question'].strip() or not r['note'].strip():
        err(f"{r['id']}: empty question/note")

print(f'{len(rows)} questions: {dict(kinds)}; per doc {dict(per_doc)}')
if errors:
    print(f'VERIFY FAILED ({len(errors)} problems)')
    sys.exit(1)
print('VERIFY OK')
