"""Write the MedlinePlus block of the health vocabulary (`bot/ingest/data/concepts.tsv`) from MedlinePlus health
topics, as MedQuAD keeps them (github.com/abachaa/MedQuAD, folder 4_MPlus_Health_Topics_QA: one XML document a
topic, with its <Focus>, its category "Disease" or "Other" and its "also called" <Synonym>s; CC BY 4.0).

    python benchmarks/medlineplus_concepts.py MEDQUAD_GIT_DIR

MEDQUAD_GIT_DIR is a clone or bare git directory of that repository. Rewrites the block (everything from the line
starting with MARKER to the end of the file) with the topics of category
"Disease" that the curated part of the vocabulary does not know yet, and a short hand-picked list of "Other" topics
that are things a question can be about (a named infection, a procedure, a substance). Left out, so that a question
using the word in its everyday sense is never told the articles don't cover it:

- topics whose name is an umbrella or an everyday word ("Heart Diseases", "Stress", "Falls", "Burns"): kept only
  when a word of the name is rare (wordfreq Zipf < 3.5) or the name ends in a medical head noun ("Down Syndrome",
  "Bird Flu", "Throat Cancer");
- topics the safety layer owns (suicide, self-harm, abuse, assault, poisoning, bleeding: urgent or crisis replies,
  never "not covered");
- synonyms of three letters or fewer ("ALL", "CP", "MD") and synonyms that are everyday words ("Grief", "Battery").

Topics that are symptoms rather than subjects ("Fainting", "Hiccups", "Jaundice") get the kind "symptom", which
never makes a question out of scope on its own (bot.ingest.concepts.SUBJECT_KINDS).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from wordfreq import zipf_frequency

sys.path.insert(0, ".")
from bot.ingest.concepts import VOCABULARY_FILE, parse_vocabulary, term_key  # noqa: E402

MARKER = "# MedlinePlus health topics"
HEADER = f"""{MARKER} (medlineplus.gov/healthtopics.html, as kept in MedQuAD, github.com/abachaa/MedQuAD,
# folder 4_MPlus_Health_Topics_QA, CC BY 4.0): the "Disease" topics and a few "Other" ones the lines above do not
# name, with their "also called" synonyms. Written by benchmarks/medlineplus_concepts.py (its docstring says what it
# leaves out and why); rerun it after editing the lines above.
"""

FOLDER = "4_MPlus_Health_Topics_QA"
RARE = 3.5            # a word rarer than this (Zipf) makes a name specific
MEDICAL_HEADS = {"cancer", "syndrome", "virus", "fever", "flu", "disease", "poisoning", "leukemia", "arthritis",
                 "lung", "blindness", "palsy", "pregnancy", "sarcoma", "tumor", "allergy", "failure", "obstruction",
                 "incontinence", "detachment", "infertility", "hernia", "embolism", "fibrosis", "hypertension"}
UMBRELLA = re.compile(r"\b(disorders?|diseases|problems?|injur(y|ies)|health|care|services?|and|safety|statistics|"
                      r"tests|screening|issues|conditions|defects|infections|abnormalities|symptoms|medicines|drugs|surgery|"
                      r"rehabilitation|tumors|cancers|in children|in pregnancy|living with|coping|caregivers|aids|"
                      r"complications|malformations|emergencies|hazards|training|bites)\b", re.I)
SAFETY_OWNED = re.compile(r"suicide|self-harm|abuse|assault|violence|poisoning|bleeding|shock|choking|drowning|"
                          r"cardiac arrest|respiratory failure|sepsis|coma|anaphylaxis|stroke", re.I)
SYMPTOMS = {"Fainting", "Hiccups", "Jaundice", "Rashes", "Delirium", "Dislocations", "Paralysis", "Pelvic Pain",
            "Bedwetting", "Stuttering", "Scars", "Moles", "Birthmarks", "Frostbite", "Hypothermia", "Phobias",
            "Amblyopia", "Aphasia", "Dystonia", "Fistulas", "Abscess", "Lymphedema"}
KIND_OF = {"Anesthesia": "procedure", "Creatinine": "test"}
# Names and synonyms that are not what a reader of a health site means by them, or are street slang.
LEFT_OUT = {"Bereavement", "Compulsive Gambling", "Twins, Triplets, Multiple Births", "Dentures", "Braces", "Flake",
            "Skag", "Trich", "Snuff", "Hydrophobia"}
# "Other" topics that name something a question can be about, with their kind.
OTHER_KEPT = {"Ebola": "condition", "HPV": "condition", "MRSA": "condition", "Lice": "condition",
              "Botox": "medicine", "Anabolic Steroids": "medicine", "Heroin": "lifestyle", "Cocaine": "lifestyle",
              "Methamphetamine": "lifestyle", "Inhalants": "lifestyle", "Smokeless Tobacco": "lifestyle",
              "Secondhand Smoke": "lifestyle", "Asbestos": "lifestyle", "Arsenic": "lifestyle", "Radon": "lifestyle",
              "Mastectomy": "procedure", "Tubal Ligation": "procedure", "Circumcision": "procedure",
              "Ostomy": "procedure", "Kidney Transplantation": "procedure", "Liver Transplantation": "procedure",
              "Lung Transplantation": "procedure", "Heart Transplantation": "procedure",
              "Pancreas Transplantation": "procedure", "Islet Cell Transplantation": "procedure",
              "Bone Marrow Transplantation": "procedure", "Cochlear Implants": "procedure",
              "Pacemakers and Implantable Defibrillators": "procedure", "Bone Grafts": "procedure",
              "Nutritional Support": "procedure", "Metabolic Panel": "test", "Nuclear Scans": "test",
              "Orthodontia": "procedure", "Tonsils and Adenoids": "body_part"}


def topics(git_dir: str, folder: str = FOLDER) -> list[tuple[str, str, list[str]]]:
    """(focus, category, synonyms) of every document of a MedQuAD `folder`, in file order."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, text=True, check=True).stdout
    out = []
    for path in git("ls-tree", "-r", "HEAD", "--name-only", folder).split():
        root = ET.fromstring(git("show", f"HEAD:{path}"))
        out.append((root.findtext("Focus", "").strip(), root.findtext("FocusAnnotations/Category", ""),
                    [s.text.strip() for s in root.findall("FocusAnnotations/Synonyms/Synonym") if s.text]))
    return out


def _rarest(text: str) -> float:
    return min(zipf_frequency(w, "en") for w in re.findall(r"[a-z]+", text.casefold()) or ["the"])


def specific(name: str) -> bool:
    """Whether `name` can only mean the medical thing: a rare word in it, or a medical head noun at its end."""
    words = re.findall(r"[a-z]+", name.casefold())
    return _rarest(name) < RARE or (len(words) > 1 and words[-1] in MEDICAL_HEADS)


def curated() -> str:
    """The hand-kept part of the vocabulary file: everything before the MedlinePlus block."""
    return VOCABULARY_FILE.read_text(encoding="utf-8").split("\n" + MARKER)[0].rstrip("\n") + "\n"


def block(git_dir: str) -> list[str]:
    """The TSV lines of the block (kind, name, other words)."""
    known = parse_vocabulary(curated())
    lines, taken = [], set(known.term_keys())     # every term names one concept: the first to claim it
    for focus, category, synonyms in topics(git_dir):
        name = re.sub(r"\s*\(.*\)$", "", focus)          # "Enlarged Prostate (BPH)" -> "Enlarged Prostate"
        terms = [focus, name, *synonyms]
        if focus in LEFT_OUT or any(term_key(t) in taken for t in terms):
            continue
        if category == "Other":
            if focus not in OTHER_KEPT:
                continue
            kind = OTHER_KEPT[focus]
        else:
            if UMBRELLA.search(focus) or SAFETY_OWNED.search(" ".join(terms)) or not specific(focus):
                continue
            kind = "symptom" if focus in SYMPTOMS else KIND_OF.get(focus, "condition")
        others = [s for s in synonyms if len(term_key(s)) > 3 and specific(s) and s not in LEFT_OUT
                  and term_key(s) not in taken]
        # People drop the head noun of a one-word eponym: "ehlers danlos", "cushings" (when what is left is rare).
        bare = [re.sub(r"\s+(syndrome|disease)$", "", t, flags=re.I) for t in (name, *others)]
        others += [b for b, t in zip(bare, (name, *others))
                   if b != t and " " not in b and len(term_key(b)) > 4 and _rarest(b) < RARE
                   and term_key(b) not in taken]
        others = list(dict.fromkeys(others))
        taken.update(term_key(t) for t in (name, *others))
        lines.append("\t".join([kind, name, "|".join(others)]).rstrip("\t"))
    return lines


if __name__ == "__main__":
    from medlineplus_more import more_blocks  # the encyclopedia, drug and herb names (same source, same rules)
    lines = block(sys.argv[1])
    more = more_blocks(sys.argv[1], curated() + "\n".join(lines) + "\n")
    VOCABULARY_FILE.write_text(curated() + "\n" + HEADER + "\n".join(lines) + "\n" + more, encoding="utf-8")
    print(f"{VOCABULARY_FILE}: {len(lines)} MedlinePlus topics, {more.count(chr(10)) - more.count(chr(10) + '#')} more")
