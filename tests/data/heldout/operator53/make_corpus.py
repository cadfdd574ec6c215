#!/usr/bin/env python3
"""Build corpus/*.txt and sources.json for operator53 from a MedQuAD bare git mirror.

Usage: python3 make_corpus.py [GIT_DIR]
Layout-only conversion: no words added, removed or corrected.
"""
import json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/abachaa+MedQuAD/repo'
HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = [
    ('kidney_stones', '5_NIDDK_QA/0000221.xml'),
    ('anxiety_disorders', '7_SeniorHealth_QA/0000005.xml'),
    ('cough', '8_NHLBI_QA_XML/0000047.xml'),
]

MARKER = re.compile(r'[ \t]{2,}- ')


def git_show(path):
    return subprocess.run(['git', '--git-dir=' + GIT_DIR, 'show', 'HEAD:' + path],
                          check=True, capture_output=True).stdout


def layout(text):
    """Return list of output lines for a text field."""
    out = []
    for raw in (text or '').split('\n'):
        raw = MARKER.sub('\n- ', raw)          # inline list markers start a new line
        for part in raw.split('\n'):
            part = re.sub(r'\s+', ' ', part).strip()
            if part:
                out.append(part)
    return out


def build(xml_bytes):
    root = ET.fromstring(xml_bytes)
    focus = ' '.join(layout(root.findtext('Focus')))
    blocks = [focus]
    for qa in root.iter('QAPair'):
        q = ' '.join(layout(qa.findtext('Question')))
        a = layout(qa.findtext('Answer'))
        blocks.append(q + '\n\n' + '\n'.join(a))
    return root, focus, '\n\n'.join(blocks) + '\n'


def main():
    os.makedirs(os.path.join(HERE, 'corpus'), exist_ok=True)
    sources = {}
    for name, path in DOCS:
        root, focus, text = build(git_show(path))
        with open(os.path.join(HERE, 'corpus', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        sources[name + '.txt'] = {'title': focus, 'source': root.get('url')}
        print(name, path, len(list(root.iter('QAPair'))), 'QAPairs', len(text.split()), 'words')
    with open(os.path.join(HERE, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, indent=2, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
