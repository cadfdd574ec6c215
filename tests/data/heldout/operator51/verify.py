#!/usr/bin/env python3
"""Verify operator51: gold phrases verbatim, ids, counts, and corpus words == XML words.

Usage: python3 verify.py [GIT_DIR]
"""
import json, os, re, subprocess, sys
from collections import Counter
import xml.etree.ElementTree as ET

GIT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/abachaa+MedQuAD/repo'
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    'hashimotos_disease': '5_NIDDK_QA/0000005.xml',
    'copd': '7_SeniorHealth_QA/0000012.xml',
    'hemochromatosis': '8_NHLBI_QA_XML/0000067.xml',
}
# terms that must NOT appear in any corpus file (out_of_scope checks)
ABSENT = ['graves', 'overactive', 'wilson', 'copper', 'cystic fibrosis', 'apnea', 'snor',
          'breakfast', 'coffee', 'empty stomach', 'airplane', 'plane ', 'flight', 'flying',
          'passport', 'banana']
errors = []

def err(m):
    errors.append(m)
    print('FAIL:', m)

# corpus vs XML words
texts = {}
for name, path in DOCS.items():
    fn = os.path.join(HERE, 'corpus', name + '.txt')
    texts[name] = open(fn, encoding='utf-8').read()
    root = ET.fromstring(subprocess.run(['git', '--git-dir=' + GIT, 'show', 'HEAD:' + path],
                                        check=True, capture_output=True).stdout)
    words = (root.findtext('Focus') or '').split()
    for qa in root.iter('QAPair'):
        words += (qa.findtext('Question') or '').split()
        words += (qa.findtext('Answer') or '').split()
    if texts[name].split() != words:
        err('%s: corpus words differ from XML words' % name)
    lines = texts[name].split('\n')
    if lines[0] != re.sub(r'\s+', ' ', root.findtext('Focus')).strip():
        err('%s: line 1 is not Focus' % name)
    if '\n\n\n' in texts[name] or any(l != l.strip() or '  ' in l for l in lines):
        err('%s: layout problem (triple newline / untrimmed / double spaces)' % name)

# sources.json
src = json.load(open(os.path.join(HERE, 'sources.json'), encoding='utf-8'))
if set(src) != {n + '.txt' for n in DOCS}:
    err('sources.json keys mismatch')
for k, v in src.items():
    if set(v) != {'title', 'source'} or not v['source']:
        err('sources.json entry bad: %s' % k)

# questions
rows = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
ids = [r['id'] for r in rows]
if len(ids) != len(set(ids)):
    err('duplicate ids')
if sorted(ids) != ['op51_%02d' % i for i in range(1, 33)]:
    err('ids not op51_01..op51_32')
if len(rows) != 32:
    err('expected 32 rows, got %d' % len(rows))
kinds = Counter(r['kind'] for r in rows)
if kinds != Counter({'answer': 24, 'out_of_scope': 8}):
    err('kind counts %s' % dict(kinds))
per_doc = Counter(r.get('doc') for r in rows if r['kind'] == 'answer')
if per_doc != Counter({d: 8 for d in DOCS}):
    err('per-doc counts %s' % dict(per_doc))
for r in rows:
    if r['kind'] == 'answer':
        if set(r) != {'id', 'kind', 'question', 'gold', 'note', 'doc'}:
            err('%s: bad keys' % r['id'])
        g = r['gold']
        if not (1 <= len(g) <= 2):
            err('%s: gold must have 1-2 phrases' % r['id'])
        lines = [l for l in texts.get(r['doc'], '').split('\n') if all(p in l for p in g)]
        for p in g:
            if p not in texts.get(r['doc'], ''):
                err('%s: gold not verbatim in %s: %r' % (r['id'], r['doc'], p))
        if not lines:
            err('%s: gold phrases not all on one line' % r['id'])
    else:
        if set(r) != {'id', 'kind', 'question', 'note'}:
            err('%s: bad keys' % r['id'])
allt = ' '.join(texts.values()).lower()
for t in ABSENT:
    if t in allt:
        err('out-of-scope term present in corpus: %r' % t)

print('rows=%d kinds=%s per_doc=%s' % (len(rows), dict(kinds), dict(per_doc)))
if errors:
    print('VERIFY FAILED (%d errors)' % len(errors))
    sys.exit(1)
print('VERIFY PASSED')
