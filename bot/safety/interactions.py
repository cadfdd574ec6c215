"""Medicines that interact with supplements or foods the articles talk about.

A question that names one of these medicines (generic, brand or lay name) together with a nutrient, a
supplement or a food gets an interaction notice first: ask the pharmacist or prescriber before changing
diet or supplements, never a food list under a food heading. The list is data; each row carries its source.

Sources (docs/SAFETY.md, "Medicines taken with supplements or foods"):
- NHS warfarin: https://www.nhs.uk/medicines/warfarin/ ; NIH ODS vitamin K fact sheet
  https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/ ; MedlinePlus warfarin
  https://medlineplus.gov/druginfo/meds/a682277.html
- NHS levothyroxine: https://www.nhs.uk/medicines/levothyroxine/
- NIH ODS potassium (ACE inhibitors, ARBs, loop/thiazide/potassium-sparing diuretics)
  https://ods.od.nih.gov/factsheets/Potassium-HealthProfessional/ ; NIH ODS magnesium (diuretics, PPIs,
  bisphosphonates, antibiotics) https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
- NIH ODS vitamin B12 (PPIs, H2 blockers, metformin) https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/ ;
  FDA Drug Safety Communication (2011) on low magnesium with long-term PPIs
  (fda.gov, Drug Safety and Availability, "low magnesium levels can be associated with long-term use of
  proton pump inhibitor drugs")
- NHS alendronic acid: https://www.nhs.uk/medicines/alendronic-acid/
- Gabapentin (round thirty-eight, session 21): NHS gabapentin, "Taking gabapentin with other medicines" (take
  indigestion remedies at least 2 hours apart) https://www.nhs.uk/medicines/gabapentin/ ; Neurontin label (FDA):
  magnesium and aluminium hydroxide lower gabapentin's absorption by about a fifth. Only with magnesium or an antacid.
- NHS doxycycline https://www.nhs.uk/medicines/doxycycline/ ; NHS ciprofloxacin https://www.nhs.uk/medicines/ciprofloxacin/
- NIH ODS calcium (antibiotics, bisphosphonates, levothyroxine, thiazides)
  https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/ ;
  MedlinePlus digoxin https://medlineplus.gov/druginfo/meds/a682301.html
- Anti-epileptic medicines: MHRA Drug Safety Update (April 2009) "Antiepileptics: adverse effects on bone"
  (long-term carbamazepine, phenytoin, primidone, sodium valproate lower bone density; vitamin D considered by
  the prescriber) https://www.gov.uk/drug-safety-update/antiepileptics-adverse-effects-on-bone ; NIH ODS folate
  (phenytoin, carbamazepine, valproate) https://ods.od.nih.gov/factsheets/Folate-HealthProfessional/
- Anti-inflammatory painkillers (round ten: "on naproxen and prednisolone ... add turmeric and fish oil?"): NSAIDs
  raise the risk of bleeding, and so may fish oil (NIH ODS omega-3 fact sheet,
  https://ods.od.nih.gov/factsheets/Omega3FattyAcids-HealthProfessional/), turmeric (NCCIH "Turmeric",
  https://www.nccih.nih.gov/health/turmeric), ginkgo and garlic supplements; NHS naproxen and ibuprofen pages
  (https://www.nhs.uk/medicines/naproxen/, https://www.nhs.uk/medicines/ibuprofen-for-adults/): ask a pharmacist
  before taking herbal remedies or supplements with them. Only these supplements bring the notice: ibuprofen with
  vitamin D is an everyday back-pain question.
- Levodopa (round twenty-six: "co-careldopa ... iron tablets with his morning dose"): NHS co-careldopa
  (https://www.nhs.uk/medicines/co-careldopa/) and BNF levodopa: iron reduces its absorption.
- Steroid tablets: NHS prednisolone (https://www.nhs.uk/medicines/prednisolone/: long courses thin the bones, and
  the prescriber may advise calcium and vitamin D; some herbal remedies and supplements interact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.interactions_round52 import ROUND52_MEDICINES
from bot.safety.matching import Folded


@dataclass(frozen=True)
class Medicine:
    """A medicine or class that interacts with supplements or foods: its names (generic, brand, lay), the nutrients
    involved, and the source."""
    name: str            # the class, in plain words, as the notice names it
    names: str           # generic, brand and lay names (regex over the matching form)
    with_: str           # what it interacts with, in plain words, for the notice
    only_with: str = ""  # when set, only these supplements bring the notice (regex over the matching form)


MEDICINES: tuple[Medicine, ...] = (
    Medicine("blood thinners (anticoagulants)",
             r"warfarin|coumadin|jantoven|marevan|acenocoumarol|sinthrome|phenindione|anticoagulants?|blood thinners?|"
             r"blood thinning (?:tablets?|pills?|medication|medicine)|rivaroxaban|xarelto|apixaban|eliquis|dabigatran|"
             r"pradaxa|edoxaban|lixiana|savaysa|\binr\b",
             "vitamin K (in supplements and in leafy green vegetables), and some supplements such as fish oil or "
             "vitamin E"),
    Medicine("thyroid medicine (levothyroxine)",
             r"levothyroxine|thyroxine|synthroid|levoxyl|unithroid|eltroxin|euthyrox|tirosint|liothyronine|"
             r"thyroid (?:pills?|tablets?|medication|medicine|meds|hormone)",
             "calcium, iron and magnesium supplements, antacids and some foods, which can stop it being absorbed"),
    Medicine("water tablets (diuretics)",
             r"diuretics?|water (?:tablets?|pills?)|furosemide|frusemide|lasix|bumetanide|torasemide|torsemide|"
             r"bendroflumethiazide|hydrochlorothiazide|hctz|indapamide|chlortalidone|chlorthalidone|spironolactone|"
             r"aldactone|eplerenone|amiloride|triamterene",
             "potassium, magnesium and calcium (some raise these levels, others lower them)"),
    Medicine("blood pressure medicines that raise potassium (ACE inhibitors and ARBs)",
             r"\w{3,}pril|\w{3,}sartan|ace inhibitors?|\barbs?\b",
             "potassium supplements and potassium-based salt substitutes"),
    Medicine("stomach acid medicines (proton pump inhibitors and H2 blockers)",
             r"\w+prazole|nexium|prilosec|losec|prevacid|zoton|protonix|ppis?|(?:heartburn|reflux|indigestion|acid|"
             r"stomach) (?:pills?|tablets?|medication|medicine|meds|blockers?)|ranitidine|famotidine|zantac|pepcid",
             "vitamin B12, magnesium, calcium and iron (long-term use can lower them)"),
    Medicine("metformin",
             r"metformin|glucophage",
             "vitamin B12 (long-term use can lower it)"),
    Medicine("bone-strengthening medicines (bisphosphonates)",
             r"alendron\w*|fosamax|risedron\w*|actonel|ibandron\w*|boniva|bonviva|bisphosphonates?",
             "calcium and other supplements, antacids, milk, coffee and food, which stop it being absorbed"),
    Medicine("some antibiotics (tetracyclines and quinolones)",
             # "doxy": the everyday short name (round nine: "on doxy for my acne").
             r"tetracyclines?|doxycycline|doxy|minocycline|lymecycline|oxytetracycline|\w+floxacin|cipro|"
             r"quinolones?",
             "calcium, iron, magnesium and zinc supplements, antacids and milk or dairy foods"),
    Medicine("anti-epileptic medicines (anticonvulsants)",
             r"phenytoin|epanutin|dilantin|carbamazepine|tegretol|oxcarbazepine|trileptal|phenobarb\w*|primidone|"
             r"mysoline|valpro\w*|epilim|depakote|anticonvulsants?|anti ?epileptics?|(?:epilepsy|seizure) (?:pills?|"
             r"tablets?|medication|medicine|meds)",
             "vitamin D, calcium and folic acid (long-term use can lower vitamin D and bone density, and calcium "
             "products can change how well some are absorbed)"),
    Medicine("gabapentin",
             r"gabapentin|neurontin",
             "magnesium supplements and antacids with magnesium or aluminium, which can lower how much is absorbed "
             "(usually taken at least 2 hours apart, as the pharmacist advises)",
             only_with=r"magnesium|mag|antacids?|rennies?|gaviscon|maalox|milk of magnesia"),
    Medicine("digoxin",
             r"digoxin|lanoxin",
             "calcium, potassium and magnesium"),
    Medicine("anti-inflammatory painkillers (NSAIDs)",
             r"naproxen|naprosyn|ibuprofen|nurofen|advil|brufen|diclofenac|voltarol|voltaren|celecoxib|celebrex|"
             r"etoricoxib|meloxicam|nsaids?|anti ?inflammator(?:y|ies) (?:pills?|tablets?|medication|meds|painkillers)",
             "fish oil, turmeric, ginkgo and garlic supplements, which can add to the risk of bleeding",
             only_with=r"fish oils?|omega ?3s?|cod liver oil|turmeric|curcumin|ginkgo|garlic (?:supplements?|tablets?|"
                       r"capsules?)|vitamin e"),
    Medicine("steroid tablets (corticosteroids)",
             r"prednisolone|prednisone|dexamethasone|methylprednisolone|hydrocortisone tablets|steroid (?:tablets?|"
             r"pills?)",
             "calcium and vitamin D (long courses thin the bones; the prescriber may advise these) and some herbal "
             "remedies"),
    Medicine("Parkinson's medicines with levodopa",
             r"levodopa|l dopa|co careldopa|co beneldopa|carbidopa|sinemet|madopar|stalevo|parkinson s (?:pills?|"
             r"tablets?|medication|medicine|meds)",
             "iron supplements, which can stop it being absorbed (take them at different times, as the pharmacist "
             "advises)",
             only_with=r"iron|ferrous|feroglobin|spatone|multivitamins?"),
)
MEDICINES += tuple(Medicine(*m) for m in ROUND52_MEDICINES)   # session 31, round 52: lithium (`_round52`)

_MEDICINE_RES = tuple(re.compile(r"\b(?:" + m.names + r")\b") for m in MEDICINES)
_ONLY_WITH = tuple(re.compile(r"\b(?:" + m.only_with + r")\b") if m.only_with else None for m in MEDICINES)
# A nutrient, supplement or food in the question.
_NUTRIENT = re.compile(
    r"\b(?:vitamins?|vit|b12|b 12|d3|k2|calcium|iron|ferrous|magnesium|potassium|zinc|folic acid|folate|supplements?|"
    r"multivitamins?|"
    r"greens|spinach|kale|broccoli|sprouts|leafy|cabbage|milk|dairy|yogh?urts?|cheese|bananas?|antacids?|coffee|"
    r"fish oils?|omega ?3s?|turmeric|curcumin|ginkgo|cranberr\w*|grapefruit|salt substitute|foods?|diet|eat|eating|"
    r"drink\w*|smoothies?|powder|"
    # Calcium, vitamin D and iron products by brand (round eleven: "Caltrate", "my Adcal chewable"; BNF and NHS
    # medicine pages list Adcal-D3, Calcichew-D3, Accrete D3 as calcium and colecalciferol; Tums and Rennie are
    # calcium carbonate antacids).
    r"adcal\w*|calcichew\w*|caltrate|citracal|os ?cal|accrete|kalcipos|calceos|tums|rennies?|feroglobin|floradix|"
    r"spatone|galfer|fefol|pregacare|pregnacare|osteocare|sanatogen|centrum|berocca)\b")


def interacting_medicines(f: Folded) -> tuple[Medicine, ...]:
    """Medicines from the list named in a question that also names a nutrient, supplement or food."""
    if not _NUTRIENT.search(f.text):
        return ()
    return tuple(m for m, r, only in zip(MEDICINES, _MEDICINE_RES, _ONLY_WITH)
                 if r.search(f.text) and (only is None or only.search(f.text)))
