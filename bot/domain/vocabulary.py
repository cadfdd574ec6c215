"""A small consumer-health vocabulary: the topics the articles cover and the lay words people use for them.

People write "pins and needles", "brittle bones", "tummy", "sunshine vitamin"; the articles say "tingling",
"osteoporosis", "abdominal", "vitamin D". Each lay term maps to the article terms it stands for; queries
are expanded with them (lexical retrieval only matches words the articles use). Sources for the
equivalences: NHS conditions pages and MedlinePlus consumer vocabulary (Open Access and Collaborative
Consumer Health Vocabulary, CHV), checked against the wording of the articles in corpus/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """A subject the articles cover: how answers name it, its kind, the words people use for it, and the words a passage about it contains."""
    name: str                   # how answers name it
    kind: str                   # "nutrient" or "condition"
    aliases: tuple[str, ...]    # lower-case words and phrases that mean this topic (regex fragments)
    passage_terms: tuple[str, ...]  # lower-case strings a passage about it contains


TOPICS: tuple[Topic, ...] = (
    Topic("vitamin D", "nutrient", (r"vit(amin)?\.? ?d\d?\b", r"sunshine vitamin", r"cholecalciferol", r"\bd3\b"),
          ("vitamin d",)),
    Topic("vitamin B12", "nutrient", (r"\bb ?-?12\b", r"cobalamin", r"vit(amin)?\.? ?b ?12"), ("b12",)),
    Topic("magnesium", "nutrient", (r"magnes\w*", r"\bmag\b"), ("magnesium",)),
    Topic("calcium", "nutrient", (r"calc?ium",), ("calcium",)),
    Topic("iron", "nutrient", (r"\biron\b", r"an(a)?emi\w*", r"ferritin", r"low blood count"), ("iron", "anemi")),
    Topic("vitamin K", "nutrient", (r"vit(amin)?\.? ?k\d?\b",), ("vitamin k",)),
    Topic("potassium", "nutrient", (r"potass\w*",), ("potassium",)),
    Topic("choline", "nutrient", (r"cholin\w*", r"acetylcholine"), ("choline",)),
    Topic("osteoporosis", "condition", (r"osteopor\w*", r"brittle bones?", r"thin(ning)? bones?", r"bone (density|loss)"),
          ("osteoporosis", "bone density", "porous")),
    Topic("osteomalacia", "condition", (r"osteomalac\w*", r"soft(ening)? bones?", r"bones? (soften|softening|go soft)"),
          ("osteomalacia", "soften")),
    Topic("herniated disc", "condition", (r"hernia\w* dis[ck]", r"slipped dis[ck]", r"bulging dis[ck]", r"dis[ck] (bulge|herniation)"),
          ("herniated disc", "bulging")),
    Topic("spinal stenosis", "condition", (r"stenosis", r"narrow\w* (spinal )?canal"), ("stenosis",)),
    Topic("disc degeneration", "condition", (r"dis[ck] degenerat\w*", r"degenerat\w* dis[ck]", r"worn(-| )out dis[ck]s?"),
          ("disc degeneration",)),
    Topic("peripheral neuropathy", "condition", (r"neuropath\w*", r"nerve damage"), ("neuropathy", "nerve damage")),
    Topic("muscle cramps", "condition", (r"cramp\w*", r"spasm\w*", r"charley horse", r"twitch\w*"), ("cramp", "spasm")),
)

# Lay term (regex, matched on the lower-cased question) → article words added to the lexical query.
LAY_TERMS: tuple[tuple[str, str], ...] = (
    (r"\bfix\w*|sort (it )?out|get rid of|cure\w*|make it go away|get better", "treatment treat correcting"),
    (r"pins and needles|tingl\w*|prickl\w*", "tingling numbness"),
    (r"bad back|back (is|feels) (bad|sore|stiff)|sore back|back ache|backache", "back pain"),
    (r"pulled (a )?muscle|strained (a )?muscle|tweaked|put my back out|lifting", "muscle strain sprain lifting"),
    (r"not drinking (enough )?water|thirst\w*|dehydrat\w*|(enough|more) water", "dehydration water"),
    (r"\bbroken|\bbreak\w*|\bcrack\w*", "fracture fractured"),
    (r"medicines?|medications?|\bdrugs?\b|prescriptions?", "medications diuretic"),
    (r"coming back|come back|keep (it|them|the pain) away|avoid\w*|stop (it|them|this) happening", "prevent prevention"),
    (r"\bfits?\b|convulsions?", "seizures"),
    (r"\bnumb\w*|can'?t feel", "numbness"),
    (r"brittle bones?|thin bones?|weak bones?|fragile bones?", "osteoporosis bone density porous"),
    (r"soft bones?", "osteomalacia soften"),
    (r"tummy|belly|stomach", "abdominal digestive"),
    (r"\bpoo\w*|runny|loose stools?|diarrh\w*|the runs", "laxative bowel stool"),
    (r"sunshine|sunlight|\bsun\b|sunbath\w*", "sunlight vitamin D"),
    (r"tired\w*|exhaust\w*|no energy|worn out|knackered|fatigue", "fatigue"),
    (r"charley horse|leg cramps?|cramp\w*|seiz\w* up", "cramps spasms"),
    (r"pee\b|wee\b|water (pills?|tablets?)", "diuretic"),
    (r"blood ?work|blood test\w*|get tested|check(ed)? my levels", "blood tests levels"),
    (r"slipped dis[ck]", "herniated disc"),
    (r"sciatic\w*|shooting pain down (my|the) leg", "sciatica herniated disc"),
    (r"shoulder blades?|upper back|between my shoulders", "upper back thoracic shoulder blades"),
    (r"lower back|low back|lumbar", "lower back lumbar"),
    (r"pale\b|pasty", "pallor pale skin"),
    (r"out of breath|short of breath|breathless", "shortness of breath"),
    (r"nerves?\b", "nerve myelin"),
    (r"jabs?\b|shots?\b", "injections"),
    (r"(?<!water )(pills?|tablets?|capsules?)", "supplements"),
    (r"grub|meals?|eat\w*|diet\w*", "foods diet"),
    (r"smok\w*|cigarettes?|vap\w*", "smoking"),
    (r"coffee|booze|drink\w*", "caffeine alcohol"),
    (r"posture|slouch\w*|hunch\w*", "posture"),
    (r"stress\w*|anxi\w*|worr\w*", "stress anxiety"),
    (r"workout|exercis\w*|gym|walking|swimming", "exercise"),
)

# British spellings → the American ones the articles use, so "anaemia" finds "anemia".
_SPELLINGS = (
    (re.compile(r"isation"), "ization"), (re.compile(r"ising\b"), "izing"), (re.compile(r"\b(an|h)aem"), r"\1em"),
    (re.compile(r"\bcoeliac"), "celiac"), (re.compile(r"\bfibre"), "fiber"), (re.compile(r"\boedema"), "edema"),
    (re.compile(r"\bhaemoglobin"), "hemoglobin"), (re.compile(r"\bpaediatric"), "pediatric"),
)


def american_spelling(text: str) -> str:
    """British spellings made American ("anaemia" → "anemia"), as the articles spell them."""
    for rx, replacement in _SPELLINGS:
        text = rx.sub(replacement, text)
    return text


_COMPILED_TOPICS = [(t, re.compile("|".join(t.aliases))) for t in TOPICS]
_COMPILED_LAY = [(re.compile(pattern), expansion) for pattern, expansion in LAY_TERMS]


def find_topics(text: str) -> tuple[Topic, ...]:
    """Topics named in `text`, in order of first mention."""
    lowered = text.casefold()
    found = [(m.start(), t) for t, rx in _COMPILED_TOPICS if (m := rx.search(lowered))]
    return tuple(t for _, t in sorted(found, key=lambda x: x[0]))


def competing_terms(topics: tuple[Topic, ...]) -> tuple[str, ...]:
    """Passage terms of the other topics of the same kinds as `topics` (a passage naming one of these is
    about another nutrient or condition)."""
    kinds = {t.kind for t in topics}
    return tuple(term for t in TOPICS if t not in topics and t.kind in kinds for term in t.passage_terms)


def expand_lay_terms(text: str) -> str:
    """The article words that the lay terms in `text` stand for ('' when there are none)."""
    lowered = text.casefold()
    return " ".join(expansion for rx, expansion in _COMPILED_LAY if rx.search(lowered))
