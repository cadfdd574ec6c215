"""Rebuild two NIHSeniorHealth articles (Osteoporosis; Paget's Disease of Bone) as plain text
from the MedQuAD copy (github.com/abachaa/MedQuAD, 7_SeniorHealth_QA/0000050.xml and 0000051.xml).

MedQuAD stores each page section as one answer string in which headings run into the text and each
bulleted list appears twice (once with "- " markers, once as plain run-on text). This script only
cuts the stored text into blocks (heading / paragraph / list item) using start/end snippets; every
block is an exact substring of the stored text (whitespace collapsed). The skipped text between
blocks is printed so it can be checked: it must be only headings, list dashes or the duplicated runs.
"""
import re
import sys
import xml.etree.ElementTree as ET


def load(path, ids):
    r = ET.parse(path).getroot()
    parts = {}
    for qa in r.iter("QAPair"):
        n = int(qa.find("Question").attrib["qid"].split("-")[1])
        if n in ids:
            parts[n] = qa.find("Answer").text
    return re.sub(r"\s+", " ", " ".join(parts[i] for i in ids)).strip(), r.attrib["url"]

def build(src, spec, title):
    out = [title, ""]
    cur = 0
    gaps = []
    for kind, a, b in spec:
        if kind == "h":
            i = src.index(a, cur)
            gaps.append(src[cur:i]); cur = i + len(a)
            out += [a, ""]
            continue
        i = src.index(a, cur)
        j = src.index(b, i) + len(b)
        gaps.append(src[cur:i]); cur = j
        t = src[i:j]
        if kind == "li":
            if out and out[-1] == "": pass
            out.append("- " + t)
        else:
            if out[-1] != "": out.append("")
            out += [t, ""]
    gaps.append(src[cur:])
    # list items: blank line after a list
    text = "\n".join(out)
    text = re.sub(r"(\n- [^\n]*)\n(?!- |\n)", r"\1\n\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text, gaps

P = lambda a, b=None: ("p", a, b or a)
L = lambda a, b=None: ("li", a, b or a)
H = lambda a: ("h", a, None)

PAGET = [
 H("Enlarged and Misshapen Bones"), P("Paget's disease of bone causes affected bones", "a greater chance of broken bones."),
 H("Complications"), P("Paget's disease can also lead to complications", "Men are more likely than women to have the disease."),
 H("Cause is Unknown"), P("Paget's disease is named after", "such as a slow-acting virus."),
 H("A Treatable Disease"), P("The good news is that Paget's disease of bone is treatable", "symptoms and complications of the disease."),
 H("Symptoms"), P("Many people don't know they have Paget's disease", "People with Paget's disease may experience"),
 L("bone pain"), L("misshapen bones"), L("fractures"), L("osteoarthritis of the joints adjacent", "affected by the disease."),
 P("Paget's disease can also cause a variety of neurological", "curvature of the spine."),
 H("Complications"), P("People with Paget's disease also are more likely to break bones", "Less than one percent of patients have this complication."),
 H("An Underdiagnosed Disease"), P("Experts believe that Paget's disease is underdiagnosed", "complications develop."),
 H("Diagnostic Tests"), P("X-rays are almost always used to diagnose Paget's disease", "one of three tests:"),
 L("x-rays"), L("an alkaline phosphatase blood test"), L("or a bone scan."),
 P("Bones affected by Paget's disease have a distinctive appearance", "to confirm the diagnosis."),
 H("If the Disease Runs in the Family"), P("Early diagnosis and treatment of Paget's disease is important.", "every 2 to 3 years after about age 40."),
 H("Early Diagnosis is Important"), P("Although there is no cure for Paget's disease of bone", "prevent the disease from progressing."),
 H("Medications Are Available"), P("The Food and Drug Administration has approved several medications", "which medication is right for them."),
 H("Bisphosphonates"), P("Six bisphosphonates are currently available", "which include"),
 L("risedronate"), L("alendronate"), L("pamidronate"), L("zoledronic acid"), L("tiludronate and etidronate", "appropriate for some patients."),
 P("Some of the bisphosphonates approved for the treatment of Paget's disease", "than people with osteoporosis."),
 H("Calcitonin"), P("Doctors also may prescribe calcitonin", "not recommended or approved to treat Paget's disease."),
 H("Surgery"), P("Surgery may be a treatment option for some people.", "heal in a better position."),
 H("Nutrition and Exercise"), P("Good nutrition and exercise are important for bone health", "a good one for them."),
 H("Finding New Treatments"), P("Recently, there have been major advances", "replaces it with new bone."),
]

OSTEO = [
 H("A Bone Disease"), P("Osteoporosis is a disease that thins and weakens", "especially older women."),
 H("How Bone Loss Occurs"), P("Bone is living tissue.", "losing bone at the same rate."),
 H("Weak Bones Can Lead to Fractures"), P("Osteoporosis is often called", "live in a nursing home."),
 H("Prevention and Treatment"), P("The good news is that osteoporosis", "reduce the risk of fractures."),
 H("Risk Factors You Can't Change"), P("Some risk factors for osteoporosis cannot be changed. These include"),
 L("Gender. Women are at higher risk", "you are at higher risk for osteoporosis."),
 L("Age. Because bones become thinner", "the greater your risk of osteoporosis."),
 L("Ethnicity. Caucasian and Asian women", "but less so."),
 L("Family History. Osteoporosis tends to run in families.", "there is a greater chance that you will too."),
 L("History of Previous Fracture.", "at high risk of having another."),
 H("Risk Factors You Can Change"), P("There are other risk factors for osteoporosis that can be changed."),
 L("Poor diet. Getting too little calcium", "also essential for bone health."),
 L("Physical inactivity.", "bones become stronger with exercise."),
 L("Smoking. Cigarette smokers", "Learn more about smoking and bone health."),
 L("Medications. Some commonly used medicines", "what you can do to protect your bones."),
 L("Low body weight.", "are at greater risk for osteoporosis."),
 P("Use this checklist to find out if you are at risk for weak bones."),
 P("Many of these risk factors, both ones you can change", "Learn more about peak bone mass."),
 H("Fractures -- A Possible Warning Sign"), P("Osteoporosis does not have any symptoms until a fracture occurs.", "about getting evaluated for osteoporosis."),
 H("Risk Factors for Fractures"), P("The more likely you are to fall", "of falling and of fracturing a bone include"),
 L("decreased muscle strength"), L("poor balance"), L("impaired eyesight"), L("impaired mental abilities"),
 L("certain medications, such as tranquilizers and muscle relaxants"),
 L("hazardous elements in your living environment", "slippery throw rugs and icy sidewalks."),
 P("The angle at which you fall also affects your risk of fracture."),
 H("Hip Fractures"), P("Although low bone mass (or low bone density)", "suffering a hip fracture."),
 H("Who Should Be Tested?"), P("The United States Preventive Service Task Force", "significant risk factors for osteoporosis."),
 H("When To Talk With a Doctor"), P("Consider talking to your doctor about being evaluated for osteoporosis if"),
 L("you are a man or woman over age 50", "and you break a bone"),
 L("you are a woman age 65 or older"),
 L("you are a woman younger than 65 and at high risk for fractures"),
 L("you have lost height, developed a stooped", "sudden back pain with no apparent cause"),
 L("you have been taking glucocorticoid medications", "other medications known to cause bone loss"),
 L("you have a chronic illness or are taking a medication", "is known to cause bone loss"),
 L("you have anorexia nervosa", "a history of this eating disorder."),
 L("you are a premenopausal woman", "never started when you reached puberty."),
 H("Diagnosing Osteoporosis"), P("Diagnosing osteoporosis involves several steps", "The doctor may ask about"),
 L("any fractures you have had"), L("your lifestyle (including diet, exercise habits, and whether you smoke)"),
 L("current or past health problems"), L("medications that could contribute to low bone mass and increased fracture risk"),
 L("your family history of osteoporosis and other diseases"), L("for women, your menstrual history."),
 P("The doctor will also do a physical exam", "(the way you walk)."),
 H("Bone Density Tests"), P("The test used to diagnose osteoporosis is called a bone density test.", "or in response to treatment."),
 H("Who Treats Osteoporosis?"), P("Although there is no cure for osteoporosis, it can be treated.", "provide care to people with osteoporosis."),
 P("Here is how to find an appropriate health care professional to treat osteoporosis."),
 H("The Goal of Treatment"), P("The goal of treatment is to prevent fractures.", "important for maintaining bone health."),
 H("Medications"), P("Several medications are approved by the Food and Drug Administration for the treatment", "which medication is right for you."),
 P("Bisphosphonates. Several bisphosphonates are approved", "reduce the activity of cells that cause bone loss."),
 L("Side effects of taking oral bisphosphonates", "if they are not taken properly."),
 L("A few people have muscle, bone, or joint pain while using these medicines."),
 L("Side effects of intravenous bisphosphonates", "in people taking bisphosphonates."),
 L("The Food and Drug Administration recommends that health care professionals consider", "longer than 5 years."),
 P("Parathyroid hormone. A form of human parathyroid hormone", "is not recommended."),
 P("RANK ligand (RANKL) inhibitor. A RANK ligand", "who are at high risk for fracture"),
 P("Estrogen agonists/antagonists.", "estrogen-blocking effects on other tissues."),
 P("Calcitonin. Calcitonin is approved", "calcium regulation and bone metabolism."),
 P("Estrogen and Hormone Therapy. Estrogen is approved", "osteoporosis in women after menopause."),
 L("Because of recent evidence that breast cancer", "should be carefully considered first."),
]

if __name__ == "__main__":
    mq, outdir = sys.argv[1], sys.argv[2]
    for fname, ids, spec, title, short in [
        ("7_SeniorHealth_QA/0000051.xml", [1, 2, 3, 4], PAGET, "Paget's Disease of Bone", "pagets_disease"),
        ("7_SeniorHealth_QA/0000050.xml", [1, 2, 4, 5, 6], OSTEO, "Osteoporosis", "osteoporosis"),
    ]:
        src, url = load(f"{mq}/{fname}", ids)
        text, gaps = build(src, spec, title)
        open(f"{outdir}/{short}.txt", "w", encoding="utf-8").write(text)
        print(f"== {short}: {len(text.split())} words, source url {url}")
        for g in gaps:
            if g.strip(): print("   SKIPPED:", repr(g.strip()[:300]))
