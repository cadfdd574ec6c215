"""Does the question ask about something the articles cover? Decided before quoting anything.

Dense similarity alone cannot tell "Does zinc help with a cold?" from an in-scope question: MiniLM scores
any health question 0.3–0.5 against health text. Two checks come first, measured on the development
questions (see docs/ABSTENTION.md for the operating point):

1. Uncovered subject: the question names a nutrient, condition or medicine the articles never discuss
   (zinc, vitamin C, cholesterol, migraines, ibuprofen, …) and no topic they do cover.
2. No anchor: the question mentions nothing of the domain at all: no covered topic, no domain word
   (back, bone, nerve, muscle, vitamin, deficiency, …), no lay term for one, and no distinctive word of the
   articles' own vocabulary.

Then the relevance floor on the best dense cosine catches the rest (gibberish, chatter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.vocabulary import expand_lay_terms, find_topics
from bot.ingest.statistics import word_keys

# Nutrients, conditions and medicines people ask about that the five articles do not cover. A question
# about one of these (and about nothing the articles cover) is answered with `no_answer`.
UNCOVERED = re.compile(
    r"\b(zinc|selenium|iodine|copper|chromium|manganese|biotin|folate|folic acid|niacin|thiamine?|riboflavin"
    r"|vit(amin)?\.? ?(a|c|e|b1|b2|b3|b6|b9)\b|omega[- ]?3|fish oil|collagen supplements?|probiotics?|creatine|protein powder"
    r"|turmeric|curcumin|melatonin|glucosamine|chondroitin|cbd|ashwagandha|ginseng|echinacea|heart (attack|disease|health)"
    r"|cholesterol|statins?|diabet\w*|blood sugar|insulin|migraines?|sinus\w*|colds?\b|flu\b|influenza|covid\w*|coronavirus"
    r"|kidney stones?|gout|thyroid\w*|acne|eczema|psoriasis|hair loss|insomnia|asthma|allerg\w*|hay fever|arthritis"
    r"|knee|hip replacement|dementia|alzheimer\w*|depression|adhd|autism|pregnan\w*|fertility|menopause|erectile"
    r"|ibuprofen|paracetamol|acetaminophen|aspirin|naproxen|opioids?|codeine|antibiotics?|vaccin\w*|cancer treatment"
    r"|weight loss diet|keto\w*|intermittent fasting|blood pressure medication)\b"
)

# Words that place a question in the articles' domain even when no specific topic is named.
DOMAIN = re.compile(
    r"\b(back|spin\w*|vertebra\w*|disc|discs|disk|bones?|bony|skelet\w*|muscl\w*|nerves?|neuro\w*|cramps?|spasms?"
    r"|vitamins?|minerals?|nutri\w*|deficien\w*|supplement\w*|diet\w*|foods?|sunlight|sun|posture|pain\w*|ache\w*"
    r"|sore|stiff\w*|tingl\w*|numb\w*|weak\w*|fatigue|tired\w*|inflam\w*|osteo\w*|fracture\w*|sciatica|stenosis"
    r"|deplet\w*|absor\w*|laxative|digest\w*|blood tests?|injections?|exercis\w*|stress\w*|calcif\w*|myelin)\b"
)


@dataclass(frozen=True)
class ScopeVerdict:
    """Whether a question may be answered from the articles, and why (for logs and the abstention report)."""
    in_scope: bool
    reason: str          # "covered", "uncovered-subject" or "no-anchor" (for logs and the abstention report)


def check_scope(question: str, corpus_terms: frozenset[str], has_history_topic: bool = False) -> ScopeVerdict:
    """Whether the question may be answered from the articles. `corpus_terms`: the index's distinctive word
    keys (bot.ingest.statistics); `has_history_topic`: a follow-up that carries an earlier question's topic."""
    lowered = question.casefold()
    covered = bool(find_topics(lowered)) or has_history_topic
    if UNCOVERED.search(lowered) and not covered:
        return ScopeVerdict(False, "uncovered-subject")
    if covered or DOMAIN.search(lowered) or expand_lay_terms(lowered):
        return ScopeVerdict(True, "covered")
    distinctive = word_keys(lowered) & corpus_terms
    if distinctive:
        return ScopeVerdict(True, "covered")
    return ScopeVerdict(False, "no-anchor")
