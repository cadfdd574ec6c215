"""Requests for personal advice the tool must not give: a dose for me, or whether I have a condition.

The articles carry no dosing and the tool does not diagnose (DESIGN.md "Medical safety rules"; FDA
mobile-medical-apps policy and the 2022 CDS guidance as summarised in the safety notes
§2.6: keep to general information, no personalised dosing). Matching runs over the folded words from
`bot.safety.matching` ("can't" -> "cannot", typos fixed). A false positive only adds a one-line notice before
the cited general answer, so the patterns lean wide.
"""

from __future__ import annotations

import re

from bot.safety.matching import Folded
from bot.safety.persons import plain

_SUPPLEMENT = (r"(?:vitamins?|vit|d3|b12|b 12|magnesium|calcium|iron|potassium|zinc|folic acid|folate|k2|"
               r"supplements?|tablets?|pills?|capsules?|multivitamins?|injections?|glycinate|citrate|oxide)")
_UNIT = r"(?:iu|ius|mg|mgs|mcg|ug|g|grams?|milligrams?|micrograms?|units?|tablets?|pills?|capsules?|drops|doses?)"

# "stop taking it" is about a supplement; "stop waiting it out", "start exercising" are about an activity. The verb
# follows "should I" directly or after an adverb: "what should I eat to stop cramps?" asks for foods (session 29).
_NOT_AN_ACTIVITY = r"(?! (?!taking|using|giving|having|eating|drinking|\w*thing\b)\w+ing\b)"
_DOSING = tuple(re.compile(p) for p in (
    r"\bhow (?:much|many)\b(?: \w+){0,8} (?:should|do|can|could|must|would|shall|to|is) (?:\w+ ){0,3}"
    r"(?:take|taking|have|having|give|giving|use|using|get|getting|need|consume|safe|ok|okay|too much|enough|"
    r"inject|injecting|apply|applying|spray|swallow)\b",
    r"\bhow (?:much|many) " + _UNIT + r"\b",
    r"\bhow (?:much|many)\b(?: \w+){0,5} (?:a|per|each|every) (?:day|week|night)\b",
    r"\bhow often (?:(?:and|or) how (?:much|many) (?:\w+ ){0,3})?(?:should|do|can|must) (?:i|you|we|he|she|my \w+)\b",
    r"\b(?:dose|doses|dosage|dosages|dosing|overdose|overdosing)\b",
    r"\b(?:upper limit|maximum|max|toxic (?:level|amount)|safe (?:amount|level|limit))\b",
    # "too much" about the asker's own intake; "can too much magnesium cause stomach problems?" is general
    r"\b(?:i|am i|i am|my \w+|is (?:it|this|that)|how much is|are you|is \d+\w*)\b(?: \w+){0,5} too (?:much|many)\b",
    r"\b\d+(?: \d+)* ?" + _UNIT + r"\b(?: \w+){0,6} (?:safe|ok|okay|too much|too many|enough|fine|dangerous|"
    r"alright|harmful|a lot|right)\b",
    r"\b(?:is|are|would|will) (?:it|this|that|they)? ?(?:safe|ok|okay|fine|dangerous|alright|harmful|bad|risky|"
    r"unsafe) (?:for (?:me|my \w+|him|her) )?to (?:take|give|have|double|combine|mix|keep taking|use)\b",
    # Session 27 (newcomer): one's own large intake in lay words ("is it bad to take loads of vitamin d")
    r"\b(?:take|taking|took|popping|having|swallowing) (?:really |so |way )?(?:loads|lots|a lot|tons|heaps|masses|"
    r"a load|a ton|shedloads) of\b",
    r"\b(?:can|could|should|may|must) (?:i|we|my \w+|he|she) (?:(?!to\b)\w+ ){0,2}(?:take|give|double|combine|"
    r"mix|use|start|stop|keep taking|be taking|increase|up)\b" + _NOT_AN_ACTIVITY
    + r"(?: \w+){0,4} (?:" + _SUPPLEMENT + r"|double|twice|"
    r"extra|more|two|three|together|with|every day|daily)\b",
    r"\bshould (?:i|we|my \w+|he|she) (?:(?!to\b)\w+ ){0,2}(?:take|start|stop|be taking|keep taking|give|try|use)\b"
    + _NOT_AN_ACTIVITY,
    r"\b(?:take|taking|give|giving) (?:\d+|two|three|four|five|double|twice|extra) (?:\w+ )?" + _UNIT + r"?\b",
    r"\b(?:double up|double (?:the |my )?dose|take (?:it )?twice|catch up on (?:a )?(?:missed )?dose)\b",
    r"\b\d+(?: \d+)* ?" + _UNIT + r"\b(?: \w+){0,6} (?:any harm|harm|risky|risk|side effects|bad for)\b",
    r"\bwhat (?:is )?(?:the |a |my )?(?:right|best|correct|recommended|daily|safe|usual|normal|good) (?:\w+ )?"
    r"(?:amount|dose|dosage|intake|strength)\b",
    # Newcomer test, session 11: a threshold asked about ("how many tablets is too many"), a reference intake
    # ("what's the RDA for magnesium"), or safety for an organ ("is it safe for my kidneys?") is a dose question.
    r"\bhow (?:much|many)\b(?: \w+){0,6} (?:is|are|would be|counts as|becomes?) too (?:much|many|high)\b",
    # Session 14: the strength of a product ("how strong should my vitamin d be?") and an amount of one thing to
    # take with another ("how much vitamin k2 with my d3?").
    r"\bhow strong (?:should|do|does|must|would) (?:\w+ ){0,4}(?:be|get|buy|take)\b|\bwhat strength\b",
    r"\bhow (?:much|many) (?:\w+ ){0,2}" + _SUPPLEMENT + r"\b(?: \w+)? (?:with|alongside|along with|on top of)\b",
    r"\b(?:rda|rdi|rni|nrv|recommended (?:daily )?(?:allowance|intake)|reference (?:nutrient )?intake|daily "
    r"(?:allowance|requirement))\b",
    r"\b(?:is|are|would|will) (?:it|they|these|(?:\w+ )?" + _SUPPLEMENT + r") (?:\w+ )?(?:safe|ok|okay|dangerous|"
    r"harmful|toxic) (?:for|on) (?:my|his|her|their|your|the) (?:kidneys?|liver|heart|stomach|gut|bones?|body)\b",
))

_DIAGNOSIS = tuple(re.compile(p) for p in (
    # Not permission: "when can my son have his measles jab?" (a newcomer's follow-up, session 26)
    r"\b(?:do|could|might|may|can|would) (?:i|my \w+) (?:\w+ )?(?:have|be|has|suffer)\b"
    r"(?! (?:his|her|their|my|our|your)\b)",
    r"\bhave i got\b|\bdo i need (?:to see|a test)\b|\bwhat (?:do|does) (?:i|my \w+) have\b",
    r"\bam i (?:\w+ ){0,2}(?:deficient|anaemic|low|lacking|getting enough|at risk|ill|sick|ok|okay|normal)\b",
    # not the empty "it" of a choice asked about ("is it better to get b12 from meat or from tablets?")
    # nor catching it from someone ("can my baby get chickenpox from me?": a newcomer, session 33)
    r"\b(?:is|are|could|might|can) (?:my|this|it|these|that) (?!(?:better|worse|best|safer|easier|cheaper) to\b)"
    r"(?!(?:\w+ ){0,2}(?:get|catch|caught|pick up|picked up)\b)"
    r"(?:\w+ ){0,4}(?:caused by|due to|because of|"
    r"(?<!different )(?<!differ )(?<!apart )(?<!separate )from|a "
    r"sign|signs|a symptom|symptoms|related|linked|down to|mean|be (?:caused|due|from|because|a sign|a symptom|"
    r"related|linked|down to))\b",
    r"\bwhat is (?:wrong with|causing) (?:me|my|him|her)\b|\bwhy (?:is|does|do|am|are|have) (?:my|i)\b",
    # A condition feared ("I'm worried my back pain is cancer"): the "can't diagnose, ask a doctor" line (session 11).
    r"\b(?:worried|worrying|scared|afraid|concerned|frightened|terrified|fear) (?:that )?(?:my|his|her|it|this|these) "
    r"(?:\w+ ){0,4}(?:is|are|could be|might be|may be|means?) (?:\w+ ){0,4}(?:cancer|tumou?r|serious|something)\b",
    r"\b(?:my|his|her|this|it) (?:\w+ ){0,3}(?:is|be|being|means?) (?:\w+ ){0,3}(?:cancer|tumou?r|malignan\w*)\b",
    r"\bdiagnos\w* (?:me|my|him|her|this|what|whether|if)\b|\bcan you diagnos\w*|\bdoes (?:this|that|it) "
    r"(?:sound|mean) like\b|\bwhat could (?:it|this) be\b",
    r"\b(?:my|his|her) (?:\w+ ){0,3}(?:levels?|results?|blood tests?|bloods|scan|x ray|mri) (?:\w+ ){0,4}(?:is|are|was|"
    r"were|came back|show\w*|say\w*)\b",
))


def asks_dose(f: Folded) -> bool:
    """Asks how much to take, whether a dose is safe (for them), or whether to take a supplement at all. Read with
    person phrases folded ("my 15 year old son" -> "my son": bot.safety.persons). What something costs is no
    dose ("how much does it cost to have my gallbladder removed?"), nor is how much water or fluid to drink ("how
    much fluid should I drink a day to prevent kidney stones?" got the supplement-dose notice: a newcomer's kidney
    stone page, session 32)."""
    text = _FLUID.sub(" ", _PRICE.sub(" ", plain(f).text))
    return any(p.search(text) for p in _DOSING)


_PRICE = re.compile(r"\bhow (?:much|many)\b(?: \w+){0,6}? "
                    r"(?:cost|costs|charge|charges|pay|spend|money|pounds|dollars)\b")

# Drinking water or fluids is everyday advice health pages give in litres or glasses, not a dose of anything.
_FLUID = re.compile(r"\bhow (?:much|many) (?:(?:glasses|cups|litres|liters|pints|bottles|ounces|oz) (?:of )?)?"
                    r"(?:water|fluids?|liquids?|glasses|cups)\b(?! (?:pills?|tablets?|capsules?|supplements?)\b)")


def asks_diagnosis(f: Folded) -> bool:
    """Asks whether they (or someone close) have a condition, or what is causing their symptoms."""
    text = plain(f).text
    return any(p.search(text) for p in _DIAGNOSIS)


# A quoted sentence that tells readers to take a supplement ("most people are recommended to take a
# supplement year round") reads as a yes after a dose question; the composer leaves such sentences out
# when `Screening.quote_recommendations` is False.
_RECOMMENDS = re.compile(
    r"\b(?:recommend\w*|advis\w*|should|consider\w*|need to|encouraged|suggest\w*|worth)\b(?:\W+\w+){0,10}?\W+"
    # "use" as a verb: "…may contribute to the faulty use of iron" recommends nothing (a newcomer's build report)
    r"(?:take|taking|use(?! of\b)|using|start|starting|supplement\w*|tablets?|capsules?|drops|injections?|doses?)\b",
    re.IGNORECASE)


# With kidney disease, a sentence urging more of a mineral or the foods rich in it reads as a yes as well ("A lack of
# potassium, calcium, or magnesium in the diet can contribute to leg cramps" after "can she eat more bananas?",
# newcomer test, session 12): such sentences are left out too.
_MORE_INTAKE = re.compile(
    r"\b(?:lack|shortage|not enough|too little|low intake|not getting enough)\b(?:\W+\w+){0,8}?\W+(?:in|from) "
    r"(?:the |your |their |a |our )?(?:diet|food|foods|meals)\b|"
    r"\b(?:eat|eating|include|including|add|adding|increase|increasing|boost|boosting|top up|more|get enough|"
    r"getting enough|plenty of)\b(?:\W+\w+){0,6}?\W+(?:foods?|diet|intake|sources?|fruits?|vegetables|veg|dairy|"
    r"bananas?|nuts|seeds|fish|milk)\b|"
    r"\b(?:rich in|good sources?|great sources?|excellent (?:sources?|for)|high in|packed with|full of|found in)\b",
    re.IGNORECASE)


def recommends_taking(sentence: str, more_of_anything: bool = False) -> bool:
    """True when an article sentence recommends taking a supplement (or a dose of one); with `more_of_anything`
    (kidney disease: bot.safety.populations), also when it urges more of a mineral or of foods rich in one."""
    return bool(_RECOMMENDS.search(sentence)) or (more_of_anything and bool(_MORE_INTAKE.search(sentence)))


# An amount with a dose unit in an article sentence ("600 IU", "2.4 mcg", "400 milligrams").
_DOSE_AMOUNT = re.compile(r"\b\d[\d,.]*\s?(?:iu|mg|mcg|µg|ug|micrograms?|milligrams?|international units)\b",
                          re.IGNORECASE)


def states_dose(sentence: str) -> bool:
    """True when an article sentence states an amount with a dose unit or recommends taking a supplement:
    the sentences an operator should know are in the corpus (the build report lists them)."""
    return bool(_DOSE_AMOUNT.search(sentence)) or recommends_taking(sentence)
