"""What the articles can answer about each topic, and how they spell it: for example questions derived from a corpus
that has no list of its own (bot.domain.wording.example_questions).

A derived example is a promise that the page can keep. "What are the symptoms of X?" for every topic (a newcomer's
site, session 14: five buttons of one form, one spelt "sleep apnoea" while the article says "Sleep Apnea") may ask
what an article never says. Here a kind of question counts as answerable for a topic when the articles hold what
an answer of that kind needs, checked the way the answer itself checks it:

- a section whose question heading asks that kind and names the topic ("How to diagnose X?": the section leads of
  bot.answering.section_leads answer it first), or
- a sentence naming the topic that backs the kind's heading (a sentence typed "symptoms", "tests", "treatment",
  "foods", "prevention": bot.ingest.sentence_types, as bot.answering.composer.frame_backed requires), or that
  defines the topic ("X is a …": what "What is X?" quotes first), or names the topic's causes ("X is caused by",
  "causes of X").

The spelling is the articles' own inside their sentences (bot.ingest.own_spelling), among the topic's name and its
other spellings of as many words (not an abbreviation or a plural, which would not fit every question form).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from bot.answering.section_leads import asks, question_part
from bot.answering.sentence_cues import defines
from bot.domain.intent import classify_intent
from bot.domain.site import Site
from bot.domain.wording import example_topics
from bot.ingest.concepts import Concept
from bot.ingest.own_spelling import own_spelling
from bot.ingest.pack import DomainPack
from bot.ingest.sentence_types import backs_heading
from bot.search.store import LoadedIndex
from bot.types import Passage

MAX_TOPICS = 12     # topics looked at: more than the examples shown, since a topic the articles answer nothing on
                    # gets none

# The kinds of question whose answer a sentence's type backs, and that type.
_TYPED = {"symptoms": "symptoms", "diagnosis": "tests", "treatment": "treatment", "prevention": "prevention",
          "foods": "foods"}
_VARIANT_SIMILARITY = 0.8     # difflib ratio from which a term counts as another spelling of the name
# What a nutrient does: "X helps / is needed / plays a role…".
_ROLE = r"(?:helps?|is needed|is essential|plays? (?:a|an) \w* ?role|is required|supports?|keeps?)\b"


def site_of(index: LoadedIndex, pack: DomainPack) -> Site:
    """The site of a loaded index served with `pack`: its titles and covered concepts, and (unless the pack lists
    its own examples) `example_kinds` and `spellings` for the topics its examples may name (bot.domain.wording
    .example_topics, at most MAX_TOPICS of them)."""
    site = Site(pack, tuple(a.title for a in index.articles.values()), index.covered_concepts,
                dict(index.concept_articles or {}))
    if site.pack.examples:
        return site
    kinds, spellings = example_facts(example_topics(site)[:MAX_TOPICS], index.passages, index.sentence_types,
                                     index.sentence_rows)
    return replace(site, example_kinds=kinds, spellings=spellings)


def example_facts(concepts: Iterable[Concept], passages: Sequence[Passage], sentence_types: Sequence[frozenset[str]],
                  sentence_rows: dict[str, int]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """({concept id: the kinds of question the articles can answer about it, as bot.domain.question_kinds names
    them}, {concept id: its name as the articles spell it}) for `concepts`. `sentence_types`: one set per sentence
    row of the index, `sentence_rows`: {passage id: its first row} (bot.search.store.LoadedIndex)."""
    kinds: dict[str, tuple[str, ...]] = {}
    spellings: dict[str, str] = {}
    concepts = list(concepts)
    owners: dict[str, list[Concept]] = {}        # {term: the concepts it names}
    for concept in concepts:
        for term in concept.terms:
            if len(term) >= 3:
                owners.setdefault(term, []).append(concept)
    if not owners:
        return kinds, spellings
    # One pass over each passage for all the concepts' terms (a term may begin a longer word: "anemi" for anemia).
    names = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(owners, key=len, reverse=True)) + r")")
    found: dict[str, list[str]] = {c.id: [] for c in concepts}
    texts: dict[str, list[str]] = {c.id: [] for c in concepts}
    for passage in passages:
        text, section = passage.text.casefold(), (passage.section or "").casefold()
        at: dict[str, list[int]] = {}              # {concept id: where its terms start in the text}
        for match in names.finditer(text):
            for concept in owners[match.group(0)]:
                at.setdefault(concept.id, []).append(match.start())
        in_section = {c.id for m in names.finditer(section) for c in owners[m.group(0)]} if section else set()
        row = sentence_rows.get(passage.passage_id, 0)
        for concept in concepts:
            starts = at.get(concept.id, [])
            if not starts and concept.id not in in_section:
                continue
            texts[concept.id].append(passage.text)
            if concept.id in in_section and asks(passage.section):
                found[concept.id].append(classify_intent(question_part(section)))
            terms = tuple(t for t in concept.terms if len(t) >= 3)
            for i, (a, b) in enumerate(passage.sentences):
                if any(a <= start < b for start in starts):
                    found[concept.id].extend(_sentence_kinds(text[a:b], sentence_types[row + i] if sentence_types
                                                             else frozenset(), terms))
    for concept in concepts:
        spelt = own_spelling(concept.name, texts[concept.id], forms=_spelling_variants(concept))
        spellings[concept.id] = spelt
        answered = found[concept.id]
        if _countable(spelt, texts[concept.id]):
            answered = [k for k in answered if k != "definition"]   # "What is urinary tract infection?" lacks its "a"
        if answered:
            kinds[concept.id] = tuple(dict.fromkeys(answered))
    return kinds, spellings


def _spelling_variants(concept: Concept) -> list[str]:
    """The concept's terms that are other spellings of its name ("sleep apnea" for "sleep apnoea", "bells palsy"):
    as many words and nearly the same letters; not a synonym ("nerve damage"), a related word ("depressed" for
    depression) or a plural (which would not fit "How is X treated?")."""
    name = concept.name.casefold()
    return [t for t in concept.terms if len(t.split()) == len(name.split()) and t not in (name + "s", name + "es")
            and SequenceMatcher(None, t, name).ratio() >= _VARIANT_SIMILARITY]


def _countable(name: str, texts: Sequence[str]) -> bool:
    """Whether the articles write "a X", "an X" or "Xs": then "What is X?" would read wrongly."""
    pattern = re.compile(rf"\b(?:a|an) {re.escape(name)}\b|\b{re.escape(name)}s\b", re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def _sentence_kinds(sentence: str, types: frozenset[str], terms: tuple[str, ...]) -> list[str]:
    """The kinds of question a lower-case sentence naming the topic answers (see the module docstring)."""
    out = [kind for kind, type_name in _TYPED.items() if backs_heading(type_name, types, sentence)]
    if defines(sentence, terms):
        out.append("definition")
    alternatives = "|".join(re.escape(t) for t in terms)
    if re.search(rf"\b(?:causes?|reasons?) (?:of|for) (?:the )?(?:{alternatives})|\b(?:{alternatives})\w* (?:is|are|"
                 rf"can be|may be) (?:\w+ )?(?:caused|triggered) by\b", sentence):
        out.append("causes")
    if re.search(rf"\b(?:{alternatives})\w* {_ROLE}", sentence):
        out.append("mechanism")
    return out
