"""Special populations: pregnancy, trying to conceive, breastfeeding, babies and children, older people on
many medicines, and kidney disease. For these, which supplements and amounts are safe differs from the
general advice the articles give, so the tool refers the question to a doctor or pharmacist first (and a midwife
in pregnancy, when trying to conceive and when breastfeeding).

A question gets the referral when it names one of these populations *and* a supplement or nutrient, a
dose, or asks whether something is safe / ok / fine (DESIGN.md "Medical safety rules"). Matching runs over
the folded words from `bot.safety.matching`.

Sources (docs/SAFETY.md, "Special populations"): NHS "Vitamins, supplements and nutrition in pregnancy"
(https://www.nhs.uk/pregnancy/keeping-well/vitamins-supplements-and-nutrition/); NHS "Vitamins for
children" (https://www.nhs.uk/conditions/baby/weaning-and-feeding/vitamins-for-children/); NHS
breastfeeding and diet (https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/breastfeeding-and-lifestyle/diet/);
NICE NG5 "Medicines optimisation" on polypharmacy (https://www.nice.org.uk/guidance/ng5); NIH Office of
Dietary Supplements, potassium and magnesium fact sheets on kidney disease
(https://ods.od.nih.gov/factsheets/Potassium-HealthProfessional/ ,
https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/); for kidney disease with minerals and their foods,
Kidney Care UK diet facts and NHS haemodialysis diet leaflets (docs/SAFETY.md, "Newcomer test, session 12").
"""

from __future__ import annotations

import re

from bot.safety import notices
from bot.safety.child_back_pain import about_a_child_back
from bot.safety.matching import Folded
from bot.safety.persons import age_populations, plain
from bot.safety.populations_round53 import asks_product
from bot.safety.populations_round54 import asks_amount

# Population name -> pattern over the matching form. Names are also the keys of docs/SAFETY.md's table.
POPULATIONS: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in {
    "pregnancy": r"\b(?:pregnan\w*|trimester|(?:1st|2nd|3rd|first|second|third) tri\b|expecting (?:a baby|twins|"
                 r"our|my|number)|weeks gone|midwife|antenatal|"
                 # Nigerian Pidgin "I dey carry belle" (I'm pregnant): round nine.
                 r"mum to be|mom to be|(?:carry|carrying|get|got|have|with) belle|preggers|preggo|preggy|prego|"
                 r"bun in the oven|due date|baby (?:is )?due|"
                 # Session 23: text-speak "pg" / "preg" (pregnant) after a count of weeks or "I am", never "pg 12", "PG
                 # tips", "rated PG" (Wiktionary "preg", "PG": pregnant, informal).
                 r"\d{1,2} ?(?:weeks?|wks?|w) (?:pg|preg)|(?:i am|she is|wife is|partner is|currently) (?:\w+ )?"
                 r"(?:pg|preg)"
                 r"\b(?! (?:tips|\d+|13|rated)\b)|"
                 r"expecting (?:in |at the end of |early |late |again )?(?:january|february|march|april|may|june|july|"
                 r"august|september|october|november|december|the spring|the summer|the autumn|the winter|spring|"
                 r"summer|autumn|winter|next month|again)|"
                 # "I'm expecting!" said alone (round ten), not "I'm expecting my results / a parcel / to hear".
                 r"(?:i am|we are|she is|wife is|partner is|girlfriend is) expecting\b(?! (?:a|an|the|my|your|his|"
                 r"her|their|to|it|that|this|them|him|results?|delivery|parcel|call|letter|reply|answer|some|more|much|"
                 r"too|any|anything|something|nothing)\b))\b",
    "conception": r"\b(?:trying (?:for (?:a )?(?:baby|babies|child)|to (?:conceive|get pregnant|have a baby))|ttc|"
                  r"planning (?:a |to get |on getting )?(?:pregnan\w*|baby|family)|fertility|ivf)\b",
    "breastfeeding": r"\b(?:breast ?feed\w*|breastfed|nursing (?:my|a|the)? ?(?:baby|son|daughter)?|nursing|"
                     r"chest ?feeding|expressing (?:milk)?|pumping|breast ?milk|into the milk)\b",
    "child": r"\b(?:babies|baby|infants?|newborns?|toddlers?|child|children|childs|kids?|my son|my daughter|"
             r"(?:teenage|teen|young|little) (?:son|daughter|boy|girl|one)|teenagers?|under (?:\d|1\d)s?|"
             r"(?:[1-9]|1[0-7]) ?(?:year|yr|month|week)s? old|(?:[1-9]|1[0-7]) ?(?:yo|y o)|"
             r"(?:is|aged|age) (?:[1-9]|1[0-7]) ?(?:months?)?\b|"
             # Round eleven: "my lad's 7", "my boy's 6" (the 's dropped in the matching form), "a teen".
             r"(?:lad|lass|boy|girl|son|daughter|kid|wean|bairn|little one|youngest|eldest|i am) (?:is )?"
             r"(?:[1-9]|1[0-7])\b"
             r"(?! (?:stone|st|kg|lbs?|pounds|kilos|cm|ft|feet|foot|inches|mg|mcg|iu|times|days|weeks|months|hours|"
             r"minutes|percent)\b)|"
             r"(?:a|the|our|your|for) teens?\b)\b",
    "older_polypharmacy": r"\b(?:elderly|old age|pensioner|care home|dosette|(?:on|take|takes|taking) "
                          r"(?:about |around |over )?(?:lots|loads|lot|many|several|\d+|ten|five|six|seven|eight) "
                          r"(?:of )?(?:different )?(?:tablets|pills|medications|medicines|meds|prescriptions)|"
                          r"(?:on|takes?|taking) (?:loads|lots|a lot) of (?:medication|medicine|meds)|"
                          r"(?:i am|im|is|aged|age) (?:6[5-9]|[7-9]\d|1[01]\d)|(?:6[5-9]|[7-9]\d|1[01]\d) ?"
                          r"(?:year|yr)s? old|frail\w*|"
                          # "Mum's 93", "Dad's 89" ("'s" is dropped in the matching form), round thirteen.
                          r"(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|husband|wife) "
                          r"(?:7\d|8\d|9\d|1[01]\d)(?! ?(?:kg|kilos?|pounds|lbs|mg|mcg|iu|nmol|ng|percent|units)))\b",
    # A kidney stone, now or before: the plain referral for a supplement (calcium and vitamin D tablets), but not the
    # kidney-disease one, nor a referral for foods (session 12: "had a kidney stone years ago" is not kidney disease).
    "kidney_stones": r"\b(?:kidney|renal) stones?\b",
    # Kidney disease, dialysis, a transplant.
    "kidney": r"\b(?:(?:chronic )?kidney (?:disease|failure|problems?|function|transplant|damage|issues?|patient|"
              r"team|unit|clinic|specialist|doctor|nurse|dietitian|dietician)|(?:bad|weak|failing|damaged|poor) "
              r"kidneys?|ckd|\w*dialysis|renal(?! stones?\b)|nephrolog\w*|egfr|kidneys? (?:do not|does not|not|"
              r"are not|is not|are|is) (?:\w+ )?(?:work\w*|good|great|failing|damaged|weak))\b",
}.items()}

# A supplement product or a dose unit; or a nutrient with a verb of taking or giving; or a "safe / ok /
# fine / allowed?" question. "Which foods have iron?" about a child is a food question, not a referral.
_SUPPLEMENT = re.compile(
    r"\b(?:supplements?|tablets?|pills?|capsules?|drops|gummies|multivitamins?|injections?|shots?|iu|mg|mcg|"
    r"(?:blood|iron|vitamin) tonics?|"
    # A product by its salt or chemical name ("grab ferrous sulfate from the chemist": round fourteen; BNF names).
    r"ferrous (?:sulfate|sulphate|fumarate|gluconate)|(?:chole|cole|ergo)calciferol|(?:cyano|methyl|hydroxo)cobalamin|"
    r"(?:magnesium|calcium|zinc|potassium) (?:citrate|glycinate|bisglycinate|oxide|carbonate|gluconate|chloride|"
    r"sulfate|sulphate)|"
    # Round twenty: buying or ordering one for someone ("can I just buy her magnesium from the chemist?"); session 22:
    # "begin" as "start".
    # Round twenty-six: "grab" or "pick up" one from the chemist.
    r"(?:take|taking|takes|give|giving|start|starting|begin|beginning|add|use|need|needs|have|buy|buying|order|"
    r"ordering|grab|"
    r"grabbing|pick up|picking up|"
    # Session 19: a carer or a care home offering to "put him on" one (NICE SC1 "Managing medicines in care homes":
    # medicines started for a resident need a review of what else they take).
    r"put|puts|putting|prescrib\w*)\b"
    r"(?: \w+){0,3} (?:vitamins?|vit|b12|"
    r"b 12|d3|k2|magnesium|calcium|iron|potassium|zinc|folic acid|folate|omega|fish oil))\b")
_SAFE_QUESTION = re.compile(
    r"\b(?:safe|ok|okay|fine|alright|allowed|harm\w*|dangerous|risky|bad for|affect (?:the )?(?:baby|milk)|"
    r"can (?:i|he|she|they|we) (?:have|take|give|add|use|start)|(?:which|what) (?:\w+ ){0,3}(?:i|she|we) (?:fit|can|"
    r"should|could) (?:take|give|use)|should (?:i|he|she|we) (?:give|take|start|begin|have|buy|get|"
    r"try|use|be taking|be on)|"
    r"(?:best|which|what) (?:one|brand|kind|type|supplement) (?:\w+ )?(?:to|should|would) (?:get|take|buy|use)|"
    # "How much does a teen need?": an amount asked for the population named (round eleven).
    r"how much (?:\w+ ){0,3}(?:does|do|should) (?:\w+ ){0,2}(?:need|take|have|get))\b")


# With kidney disease the minerals themselves, and the foods rich in them, need the kidney team's say: kidneys
# that do not work well may not clear potassium, magnesium or phosphate, and calcium and vitamin D are managed
# with them (docs/SAFETY.md, "Newcomer test, session 12"). So a kidney question that names one of these minerals or
# such a food gets the referral even without a supplement or dose ("can she eat more bananas?").
_KIDNEY_INTAKE = re.compile(
    r"\b(?:potassium|magnesium|calcium|phosphate|phosphorus|vitamin d|vit d|d3|salt substitutes?|low salt|lo salt|"
    r"electrolytes?|sports drinks?|bananas?|potato\w*|tomato\w*|oranges?|avocados?|spinach|nuts|dried fruit|"
    r"apricots?|raisins|beans|lentils|dairy|milk|cheese|yogh?urts?|chocolate|coconut water|fruit juice)\b")
# Iron named for a child: the tool adds the accidental-overdose caution (notices.CHILD_IRON_CAUTION).
_IRON = re.compile(r"\b(?:iron|ferrous \w+|ferritin|multivitamins? with iron)\b")


def special_populations(f: Folded, asks_dose: bool = False) -> tuple[str, ...]:
    """The populations named in a question that also names a supplement, a dose or a safety question (or, with
    kidney disease, one of the minerals the kidneys clear or a food rich in them). An age told with a person
    ("my 15 year old son", "my husband, 70,") names the population too; the gate reads the question with such
    phrases folded ("my son"), so that the words they add do not push a verb out of reach (bot.safety.persons)."""
    named = tuple(name for name, p in POPULATIONS.items() if p.search(f.text))
    named += tuple(name for name in age_populations(f) if name not in named)
    if not named:
        return ()
    text = plain(f).text
    if (asks_dose or _SUPPLEMENT.search(text) or _SAFE_QUESTION.search(text) or asks_product(text)   # round 53
            or asks_amount(text)):   # round 54, a bare "how much vitamin D?" (`populations_round54`)
        return named
    if "kidney" in named and _KIDNEY_INTAKE.search(text):
        return named
    return ()


def referral_notices(f: Folded, populations: tuple[str, ...], calm: bool = True) -> list[str]:
    """The referral notices for `populations` (bot.safety.notices): one naming the populations and who to ask, the
    kidney one naming the kidney team, the accidental-overdose caution when iron is asked about for a child, and
    when a child's back pain needs a doctor when the message tells of one (bot.safety.child_back_pain) and is
    `calm` (no red flag, no crisis: beside "get help now" the note's "usually settles" would soften it)."""
    shown = []
    others = [p for p in populations if p != "kidney"]
    if others:
        labels = [notices.POPULATION_LABELS[p] for p in others]
        who = notices.WHO_TO_ASK[bool(notices.MIDWIFE_POPULATIONS.intersection(others))]
        shown.append(notices.POPULATION_NOTICE.format(who=who, populations=" and ".join(labels)))
    if "kidney" in populations:
        shown.append(notices.KIDNEY_NOTICE)
    if "child" in populations and _IRON.search(f.text):
        shown.append(notices.CHILD_IRON_CAUTION)
    if calm and about_a_child_back(f):   # whatever is asked; never beside a red flag's notice ("usually settles")
        shown.append(notices.CHILD_BACK_PAIN_NOTICE)
    return shown
