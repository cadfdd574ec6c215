"""Which chosen quotes may be shown, given what the safety screening found in the question.

A dose, population or interaction question gets no quote recommending a supplement (nor, with kidney disease, one
urging more of a mineral or its foods): "take a supplement" reads as a yes (bot.safety.advice).

Under an emergency or same-day notice the articles are background only, and a quote offering a fix (a
supplement, a diet, a lifestyle change: "Supplements can help if a vitamin deficiency is the cause…") reads as an
alternative to going now to someone who hopes it is "a vitamin thing" (a newcomer's "i cant feel my groin area and i
cant pee. is this a vitamin thing?", session 28). What the conditions are, their signs and causes stay; with nothing
left, the notice stands alone. An emergency whose writer asks what is causing it gets no quote at all (session 29).
Sentence types: bot.ingest.sentence_types.
"""

from __future__ import annotations

import re

from bot.answering.quotes import Quote
from bot.domain.intent import Understanding
from bot.domain.question_kinds import asks_something
from bot.safety.advice import recommends_taking, states_dose
from bot.safety.screening import Screening

_A_FIX = frozenset({"treatment", "foods", "prevention"})
# …and says so: a supplement, a diet or a habit that helps, relieves, improves or cures. A sign "relieved by sitting"
# is a treatment word but no fix offered (fresh F's spinal-stenosis signs stayed background).
_REMEDY = (r"(?:supplement\w*|benefits?|diet\w*|foods?|vitamins?|minerals?|nutrients?|sunlight|sun exposure|"
           r"exercise\w*|lifestyle|correct\w*|address\w*)")
_HELPS = (r"(?:help\w*|reliev\w*|relief|improv\w*|eas(?:e|es|ing)|resolv\w*|cur(?:e|es|ing)|fix\w*|allevia\w*|"
          r"treat(?:s|ing|ment)?)")
# Either order: "Supplements can help if…", and "…symptoms significantly improved after correcting their vitamin D
# deficiency" or "Correcting vitamin D deficiency… plays an important role in treating back pain" (a newcomer's fever
# question under a same-day notice, session 29).
_OFFERS = re.compile(rf"\b{_REMEDY}\b(?:\W+\w+){{0,12}}?\W+(?:can |may |might |will |could |often |usually )?{_HELPS}\b"
                     rf"|\b{_HELPS}\b(?:\W+\w+){{0,6}}?\W+(?:after |by |with |from )(?:\w+ ){{0,2}}{_REMEDY}\b",
                     re.IGNORECASE)


def shown_quotes(screening: Screening, groups: list[list[Quote]], understanding: Understanding) -> list[list[Quote]]:
    """`groups` (each a fact's quotes, best first) without the quotes the screening rules out; a group left empty
    is dropped. May return []."""
    if not screening.quote_recommendations:
        kidney = "kidney" in screening.populations
        groups = [kept for g in groups if (kept := [q for q in g if not recommends_taking(q.text, kidney)])]
    # A dose asked for a child ("how much … should I give my son, he is 20kg"): no quote stating an amount either
    # (an article's mg/kg dose reads as the answer the notice declines to give; a newcomer, session 32).
    if screening.dosing and "child" in screening.populations:
        groups = [kept for g in groups if (kept := [q for q in g if not states_dose(q.text)])]
    # An emergency, or a same-day notice on a question about taking something ("fever of 39… should I take vitamin
    # D?") or about a nutrient ("back pain and a fever, is it the b12?": "addressing B12 deficiency may offer relief"
    # read as the fix, a newcomer, session 30): see a clinician, not a supplement. Not every same-day notice: an
    # operator's palpitations page quotes its treatment section under one (held-out operator 45 lost a citation).
    if screening.status == "emergency" or (screening.urgent_notice and (screening.dosing or _nutrient(
            screening, understanding))):
        groups = [kept for g in groups if (kept := [q for q in g if not (q.types & _A_FIX and _OFFERS.search(q.text))])]
    return groups


def notice_alone(screening: Screening, understanding: Understanding) -> bool:
    """Whether the notice stands alone, with no quote under it: a red flag or the support line and nothing asked of
    the articles (no topic named, no question asked); or an emergency that the writer asks whether a nutrient is
    causing ("numbness in my bum and between my legs, could it be b12?", "is this a vitamin thing?"): quotes on B12
    and numbness read as a harmless explanation of cauda equina signs (a newcomer, session 29), so the answer says
    the articles can't say what is causing this, as it does for a message that asks nothing. An operator's page
    about the emergency's own condition ("what causes fecal incontinence?") still answers: no nutrient is asked.
    A message that ends by naming only a nutrient ("…can't feel my bum when I wipe… vit d?") asks the same, and one
    asking whether to take it ("…hard to pee. Should I take more magnesium?") gets no quote on its benefits (a
    newcomer, session 30: "Yes, a Vitamin D deficiency can contribute…", "…magnesium's benefit in alleviating…")."""
    if not (screening.urgent_notice or screening.support_check):
        return False
    # A topic carried from an earlier turn asks nothing of this message ("i am so tired of this pain, nothing helps
    # anymore" after an osteoporosis question was answered "Pain is often severe…": a newcomer, session 31).
    if not ((understanding.topics and not understanding.from_history) or asks_something(screening.question)):
        return True
    lowered = screening.question.casefold()
    return screening.status == "emergency" and _nutrient(screening, understanding) and bool(
        screening.dosing or _ASKS_CAUSE.search(lowered) or _ends_naming_a_nutrient(lowered, understanding))


def _ends_naming_a_nutrient(lowered: str, understanding: Understanding) -> bool:
    """Whether the message's last clause is a nutrient and little else ("…when I wipe, vit d?")."""
    last = _LAST_CLAUSE.search(lowered)
    if last is None or len(last.group(1).split()) > 4:
        return False
    clause = last.group(1)
    aliases = [alias for t in understanding.topics if t.kind == "nutrient" for alias in t.aliases]
    return bool(_NUTRIENT_WORD.search(clause)) or any(re.search(rf"\b(?:{alias})\b", clause) for alias in aliases)


def _nutrient(screening: Screening, understanding: Understanding) -> bool:
    """Whether the message names a nutrient topic or asks about vitamins, minerals, supplements or a deficiency."""
    return (any(t.kind == "nutrient" for t in understanding.topics)
            or bool(_NUTRIENT_WORD.search(screening.question.casefold())))


# "could it be b12?", "is this a vitamin thing?", "could this be from low iron?", "is it caused by…": what causes it.
_ASKS_CAUSE = re.compile(r"\b(?:could|can|might|may|would|is|are) (?:it|this|that|these|they|all this|any of this) "
                         r"(?:just |all |really |maybe |possibly |actually )?(?:be|from|due to|caused by|because of|"
                         r"down to|linked|related|a|an)\b|\ba \w+ thing\b|\b(?:caused by|because of|due to)\b")
# "…, vit d?", "… b12??", "…. low iron maybe?": a last clause of a few words, ending in "?", after a told emergency.
_LAST_CLAUSE = re.compile(r"[,.;:!-]\s*([^,.;:!?-]{1,40}?)\s*\?+\s*$")
_NUTRIENT_WORD = re.compile(r"\b(?:vitamins?|vit|minerals?|nutrients?|nutritional|deficien\w*|supplements?|"
                            r"low (?:on|in))\b")
