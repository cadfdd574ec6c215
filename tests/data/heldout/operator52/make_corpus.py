#!/usr/bin/env python3
"""Build corpus/*.txt and sources.json for operator52 from a MedQuAD bare git mirror.

Usage: python3 make_corpus.py [GIT_DIR]
Layout-only conversion; words are never added, removed or corrected.
"""
import json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/abachaa+MedQuAD/repo"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    "indigestion": "5_NIDDK_QA/0000109.xml",
    "problems_with_taste": "7_SeniorHealth_QA/0000057.xml",
    "metabolic_syndrome": "8_NHLBI_QA_XML/0000090.xml",
}

def git_show(path):
    return subprocess.run(["git", "--git-dir=" + GIT_DIR, "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout

def norm_lines(text):
    out = []
    for raw in (text or "").split("\n"):
        # inline list markers: two or more whitespace chars then "- " start a new line
        raw = re.sub(r"\s{2,}- ", "\n- ", raw)
        for piece in raw.split("\n"):
            piece = re.sub(r"\s+", " ", piece).strip()
            if piece:
                out.append(piece)
    return out

def build(root):
    lines = [re.sub(r"\s+", " ", root.findtext("Focus")).strip()]
    blocks = []
    for qa in root.iter("QAPair"):
        q = " ".join(norm_lines(qa.findtext("Question")))
        a = norm_lines(qa.findtext("Answer"))
        blocks.append(q + "\n\n" + "\n".join(a))
    return lines[0] + "\n" + "\n\n".join(blocks) + "\n"

def main():
    os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
    sources = {}
    for name, path in DOCS.items():
        root = ET.fromstring(git_show(path))
        with open(os.path.join(HERE, "corpus", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(build(root))
        sources[name + ".txt"] = {"title": root.findtext("Focus").strip(), "source": root.get("url")}
        print(name, path, len(root.findall(".//QAPair")), "QAPairs")
    with open(os.path.join(HERE, "sources.json"), "w", encoding="utf-8") as f:
        json.dump(sources, f, indent=2, ensure_ascii=False)
        f.write("\n")

if __name__ == "__main__":
    main()
