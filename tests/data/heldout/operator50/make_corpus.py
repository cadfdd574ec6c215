#!/usr/bin/env python3
"""Build the operator50 corpus from MedQuAD XML files.

Usage: python3 make_corpus.py [GIT_DIR]
GIT_DIR defaults to the bare mirror of github.com/abachaa/MedQuAD used when the set was built.
Files are read with `git --git-dir=GIT_DIR show HEAD:<path>` and parsed with xml.etree.ElementTree.

Layout of corpus/<name>.txt:
  line 1: the <Focus> text
  then, for each <QAPair> in document order: the <Question> text on its own line, a blank line,
  the <Answer> text; QA blocks are separated by one blank line.
Layout-only normalisation (no words are added, removed or corrected):
  - each newline-separated line of an answer stays one line;
  - inline list markers (two or more spaces followed by "- ") start a new line (the "- " is kept);
  - runs of whitespace are collapsed to one space, lines are trimmed, empty lines are dropped.
"""
import json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/abachaa+MedQuAD/repo'

DOCS = [  # (corpus name, repository path)
    ('hyperthyroidism', '5_NIDDK_QA/0000008.xml'),
    ('urinary_tract_infections', '7_SeniorHealth_QA/0000071.xml'),
    ('pulmonary_embolism', '8_NHLBI_QA_XML/0000108.xml'),
]

LIST_MARKER = re.compile(r'[ \t]{2,}(?=- )')


def norm_lines(text):
    out = []
    for raw in (text or '').split('\n'):
        for piece in LIST_MARKER.split(raw):
            line = re.sub(r'\s+', ' ', piece).strip()
            if line:
                out.append(line)
    return out


def one_line(text):
    return re.sub(r'\s+', ' ', text or '').strip()


def load(path):
    data = subprocess.run(['git', '--git-dir=' + GIT_DIR, 'show', 'HEAD:' + path],
                          check=True, capture_output=True).stdout
    return ET.fromstring(data)


def build(root):
    blocks = [one_line(root.findtext('Focus'))]
    for qa in root.iter('QAPair'):
        q = one_line(qa.findtext('Question'))
        a = '\n'.join(norm_lines(qa.findtext('Answer')))
        blocks.append(q + '\n\n' + a)
    return '\n\n'.join(blocks) + '\n'


def main():
    os.makedirs(os.path.join(HERE, 'corpus'), exist_ok=True)
    sources = {}
    for name, path in DOCS:
        root = load(path)
        with open(os.path.join(HERE, 'corpus', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(build(root))
        sources[name + '.txt'] = {'title': one_line(root.findtext('Focus')), 'source': root.get('url')}
    with open(os.path.join(HERE, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print('wrote', len(DOCS), 'corpus files')


if __name__ == '__main__':
    main()
