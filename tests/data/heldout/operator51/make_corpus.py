#!/usr/bin/env python3
"""Build corpus/*.txt and sources.json for operator51 from a MedQuAD bare git mirror.

Usage: python3 make_corpus.py [GIT_DIR]
Layout-only transformation: Focus line, then per QAPair the Question, a blank line, the
Answer; blocks separated by one blank line. Answer lines: inline list markers (2+ spaces
then "- ") start a new line; whitespace runs collapsed; lines trimmed; empty lines dropped.
"""
import json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

GIT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/abachaa+MedQuAD/repo'
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = [
    ('hashimotos_disease', '5_NIDDK_QA/0000005.xml'),
    ('copd', '7_SeniorHealth_QA/0000012.xml'),
    ('hemochromatosis', '8_NHLBI_QA_XML/0000067.xml'),
]

def load(path):
    raw = subprocess.run(['git', '--git-dir=' + GIT, 'show', 'HEAD:' + path],
                         check=True, capture_output=True).stdout
    return ET.fromstring(raw)

def norm_line(s):
    return re.sub(r'\s+', ' ', s).strip()

def text_lines(s):
    out = []
    for line in (s or '').split('\n'):
        line = re.sub(r'[ \t\u00a0]{2,}(?=- )', '\n', line)
        for part in line.split('\n'):
            part = norm_line(part)
            if part:
                out.append(part)
    return out

def build(root):
    blocks = [[norm_line(root.findtext('Focus') or '')]]
    for qa in root.iter('QAPair'):
        q = norm_line(qa.findtext('Question') or '')
        a = text_lines(qa.findtext('Answer') or '')
        blocks.append([q, ''] + a)
    return '\n\n'.join('\n'.join(b) for b in blocks) + '\n'

def main():
    os.makedirs(os.path.join(HERE, 'corpus'), exist_ok=True)
    sources = {}
    for name, path in DOCS:
        root = load(path)
        with open(os.path.join(HERE, 'corpus', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(build(root))
        sources[name + '.txt'] = {'title': norm_line(root.findtext('Focus') or ''),
                                  'source': root.get('url')}
    with open(os.path.join(HERE, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(sources, indent=2))

if __name__ == '__main__':
    main()
