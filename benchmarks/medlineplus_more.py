"""The rest of MedlinePlus's names for the health vocabulary, from MedQuAD's copies (github.com/abachaa/MedQuAD, CC BY
4.0): the medical encyclopedia (A.D.A.M., folder 10_MPlus_ADAM_QA: conditions, tests and procedures, with their "also
called" names), drug information (11_MPlusDrugs_QA: generic names) and herbs and supplements
(12_MPlusHerbsSupplements_QA). Called by benchmarks/medlineplus_concepts.py, whose rules it shares: a name is kept only
when it can only mean the medical thing (a rare word in it or a medical head noun), never what the safety layer
answers (poisoning, overdose), never an umbrella ("Aging changes in the bones"), never a care leaflet ("… - discharge",
"… - self-care").

Why a wider vocabulary: a question naming a condition, test, procedure or medicine that no article mentions is told
so (bot.domain.scope); a name the vocabulary lacks and that English knows well enough ("aortic stenosis",
"lithotripsy") was answered from whatever came closest (held-out operator sets, docs/EVALUATION.md, session 23).
"""

from __future__ import annotations

import re

from medlineplus_concepts import SAFETY_OWNED, UMBRELLA, _rarest, specific, topics

from bot.ingest.concepts import NAMES_ONLY, parse_vocabulary, term_key

ENCYCLOPEDIA, DRUGS, HERBS = "10_MPlus_ADAM_QA", "11_MPlusDrugs_QA", "12_MPlusHerbsSupplements_QA"
HEADERS = {
    ENCYCLOPEDIA: "# MedlinePlus medical encyclopedia (A.D.A.M.; MedQuAD folder 10_MPlus_ADAM_QA): conditions, "
                  "tests and procedures\n# the lines above do not name, with their \"also called\" names. Written by "
                  "benchmarks/medlineplus_more.py.\n",
    DRUGS: "# MedlinePlus drug information (MedQuAD folder 11_MPlusDrugs_QA): generic names of medicines the lines "
           "above do not name\n# (dosage forms dropped: \"Acyclovir Topical\" is acyclovir). Written by "
           "benchmarks/medlineplus_more.py.\n",
    HERBS: "# MedlinePlus herbs and supplements (MedQuAD folder 12_MPlusHerbsSupplements_QA). Written by "
           "benchmarks/medlineplus_more.py.\n",
}
CARE_LEAFLET = re.compile(r"\s-\s|,|\b(discharge|aftercare|self-care|overdose|poisoning|dosing|tips|changes in|"
                          r"what to ask|when to|how to|for children|in children|in infants|in pregnancy|during|"
                          r"after|before|with|while|understanding|preventing|taking|choosing|using)\b", re.I)
TEST = re.compile(r"\b(test|tests|scan|biopsy|ultrasound|x-ray|mri|ct|culture|panel|count|level|levels|titer|"
                  r"assay|screen|smear|study|stain|electrophoresis|aspiration|endoscopy|scopy|angiography|"
                  r"echocardiogram|electrocardiogram|gram)$|(graphy|scopy|gram)$", re.I)
PROCEDURE = re.compile(r"(ectomy|otomy|ostomy|plasty|pexy|rrhaphy|lysis|tripsy)$|\b(repair|surgery|transplant|"
                       r"replacement|removal|implant|implants|bypass|catheterization|ablation|fusion|reconstruction|"
                       r"amputation|dialysis|resection|graft|stent|shunt|banding|ligation|block|injection)$", re.I)
SYMPTOM_HEADS = re.compile(r"\b(pain|ache|aches|bloating|swelling|mass|rigidity|sounds|itching|numbness|weakness|"
                           r"cramps|spasm|spasms|discharge|cough|rash|lump|lumps|stiffness|tenderness|odor|"
                           r"sweating|fatigue|dizziness|vomiting|nausea|loss)$", re.I)
NAMES_ONLY_HEADER = (f"{NAMES_ONLY}: what follows is known so that a question naming it can be told the articles don't "
                     "cover it;\n# it never becomes a site's topic (bot.ingest.concepts.Concept.topical).\n")
HERB_RARE = 2.8       # Zipf: an herb name commoner than this is a food or a kitchen word
DOSAGE_FORM = re.compile(r"\s+(oral inhalation|nasal spray|transdermal patch|ophthalmic|otic|topical|injection|oral|"
                         r"rectal|vaginal|inhalation|sublingual|buccal|implant|intrauterine system|powder|"
                         r"extended-release|film)\b.*$", re.I)


def _kind(folder: str, name: str, category: str) -> str | None:
    """The vocabulary kind of an encyclopedia, drug or herb entry, or None to leave it out."""
    if folder == DRUGS:
        return "medicine"
    if folder == HERBS:
        return "supplement"
    if category == "Disease":
        return "symptom" if SYMPTOM_HEADS.search(name) else "condition"
    if TEST.search(name):
        return "test"
    if PROCEDURE.search(name):
        return "procedure"
    return None


def more_blocks(git_dir: str, vocabulary_text: str) -> str:
    """The TSV text of the three blocks, each with its header; no term of `vocabulary_text` (the lines before) is
    claimed again, nor a name holding a nutrient's word ("Calcium Acetate" would hide calcium from a question)."""
    known = parse_vocabulary(vocabulary_text)
    taken = set(known.term_keys())
    nutrient_words = {w for c in known.concepts if c.kind in ("nutrient", "supplement")
                      for t in c.terms for w in re.findall(r"[a-z]+", t) if len(w) > 3}
    out = []
    for folder in (ENCYCLOPEDIA, DRUGS, HERBS):
        lines = []
        for focus, category, synonyms in topics(git_dir, folder):
            name = re.sub(r"\s*\(.*?\)", "", DOSAGE_FORM.sub("", focus)).strip()
            if (not name or CARE_LEAFLET.search(name) or " and " in name or UMBRELLA.search(name)
                    or SAFETY_OWNED.search(name) or not specific(name) or len(name.split()) > 4
                    or term_key(name) in taken or len(term_key(name)) <= 4
                    or set(re.findall(r"[a-z]+", name.casefold())) & nutrient_words):
                continue
            if folder == HERBS and _rarest(name) >= HERB_RARE:
                continue        # "Blueberry", "Grapefruit", "Oregano": foods first, and an answer may name them
            kind = _kind(folder, name, category)
            if kind is None:
                continue
            # The encyclopedia's "also called" lists mix in related things ("Achalasia": "Myotomy"): a synonym is
            # kept only when it shares a word with the name ("Esophageal achalasia").
            own = set(re.findall(r"[a-z]{4,}", name.casefold()))
            others = [s for s in synonyms if len(term_key(s)) > 4 and not CARE_LEAFLET.search(s) and specific(s)
                      and own & set(re.findall(r"[a-z]{4,}", s.casefold()))
                      and not SAFETY_OWNED.search(s) and term_key(s) not in taken and _rarest(s) < 3.0
                      and not set(re.findall(r"[a-z]+", s.casefold())) & nutrient_words]
            others = list(dict.fromkeys(others))
            taken.update(term_key(t) for t in (name, *others))
            lines.append("\t".join([kind, name, "|".join(others)]).rstrip("\t"))
        out.append(HEADERS[folder] + "\n".join(lines) + "\n")
    return NAMES_ONLY_HEADER + "".join(out)
