"""Does the question ask about something the articles cover? Decided before quoting anything.

Dense similarity alone cannot tell "Does zinc help with a cold?" from an in-scope question: MiniLM scores
any health question 0.3–0.5 against health text. Two checks come first (see docs/ABSTENTION.md):

1. Uncovered subject: the question names a concept of the general health vocabulary (a nutrient, supplement,
   condition, medicine, test or procedure) that no passage of the corpus names, and no topic the corpus covers.
   Coverage is computed from the corpus at build time (bot.domain.coverage), so the same question is answered once
   an article about it is added. A named uncovered concept hides the shorter words inside it: "brittle bone disease"
   is not "brittle bones". A rare word the corpus never uses that is shaped like a medical name ("gastroparesis",
   "gabapentin": bot.ingest.term_shapes) counts as such a concept.
2. No anchor: the question mentions nothing of the domain at all: no covered topic or concept, none of the site's
   anchor words or lay terms (domain pack), no distinctive word of the articles' own vocabulary, no word one article
   keeps using ("clot", "bladder", "IC": bot.ingest.statistics.article_words), no rare word they use ("hida").

Then the relevance floor on the best dense cosine catches the rest (gibberish, chatter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.anaphora import refers_back, says_nothing_new
from bot.domain.animals import ANIMAL_HEALTH, asks_about_animal
from bot.domain.apart import sides_apart
from bot.domain.asked import CorpusWords, asked_slots, unknown_asked, unknown_named, unknown_sides
from bot.domain.asked_clauses import asked_only_of_uncovered
from bot.domain.coverage import made_of_covered_condition
from bot.domain.effects import uncovered_effect
from bot.domain.naming import everyday_alias, uncovered_name
from bot.domain.question_kinds import told_spans
from bot.domain.rarity import is_rare
from bot.domain.site import Site
from bot.domain.unfamiliar import unfamiliar
from bot.domain.vocabulary import expand_lay_terms, find_topics
from bot.ingest.concepts import Concept, health_vocabulary
from bot.ingest.statistics import word_forms, word_keys
from bot.ingest.term_shapes import shape_kind

_CONTEXT_KINDS = frozenset({"lifestyle", "population"})     # how the asker lives, who they are: not what is asked


@dataclass(frozen=True)
class ScopeVerdict:
    """Whether a question may be answered from the articles, and why (for logs and the abstention report)."""
    in_scope: bool
    reason: str   # why: "covered", "no-anchor", "animal", "unknown-ask", "uncovered-" + subject, side or effect
    uncovered: tuple[str, ...] = ()  # names of what the question asks about that no article covers, in order


def check_scope(site: Site, question: str, corpus_terms: frozenset[str],
                has_history_topic: bool = False, corpus_words: CorpusWords | None = None,
                article_words: frozenset[str] = frozenset(), earlier: str | None = None) -> ScopeVerdict:
    """Whether the question may be answered from `site`'s articles (its covered concept ids, topics, anchor and
    lay words). `corpus_terms`: the index's distinctive word keys, `article_words` its articles' own word forms
    (both bot.ingest.statistics); `has_history_topic`:
    a follow-up that carries an earlier question's topic; `corpus_words`: every word of the corpus, for the
    asked-about check (bot.domain.asked; skipped when None); `earlier`: the conversation's latest earlier
    question, whose uncovered subject a pro-form with no topic of its own refers to."""
    lowered = question.casefold()
    if asks_about_animal(lowered):      # "can I give my dog some of my magnesium?": whatever topic it names
        return ScopeVerdict(False, "animal", (ANIMAL_HEALTH,))
    if earlier is not None and (refers_back(question) or says_nothing_new(question)) \
            and not find_topics(site, lowered) and not find_topics(site, earlier.casefold()):
        # "which foods have it?" after "does zinc help back pain?": "it" is the zinc the articles don't cover; after
        # "can low vitamin D cause cancer?" "does it cause back pain?" asks of vitamin D (a newcomer, session 30).
        before = check_scope(site, earlier, corpus_terms, corpus_words=corpus_words, article_words=article_words)
        if not before.in_scope and before.uncovered:
            return before
    covered = site.covered
    also_unknown: tuple[str, ...] = ()
    if corpus_words is not None:
        unknown = unknown_asked(lowered, corpus_words, lambda phrase: _names_covered(site, phrase))
        if unknown and not _another_clause_covered(site, lowered, unknown):
            return ScopeVerdict(False, "unknown-ask", unknown)
        also_unknown = unknown      # "…cause leg cramps, and should I eat bananas?": said, the rest answered
        # One side of a comparison unknown ("ropinirole better than other Parkinson's pills?"): said, the rest
        # answered.
        also_unknown += unknown_sides(lowered, corpus_words, lambda phrase: _names_covered(site, phrase))
    # "Is X the same as Y?", "the difference between X and Y": about the pair, so one side the articles cannot
    # speak to leaves nothing to answer.
    apart = [side for side in sides_apart(lowered) if _uncovered_side(site, side, corpus_words)]
    if apart:
        return ScopeVerdict(False, "uncovered-side", tuple(apart))
    # "Is ibuprofen or tylenol better for a pulled muscle?": when every thing compared is uncovered, what it is
    # compared for does not make the question answerable.
    for sides in (sides for sides in asked_slots(lowered) if len(sides) > 1):
        if all(_uncovered_side(site, side, corpus_words) for side in sides):
            return ScopeVerdict(False, "uncovered-side", sides)
    # "Can low vitamin D make your hair fall out?", "is B12 good for depression?": the effect asked about is all the
    # articles don't cover, so what they say of the cause alone answers nothing.
    effect = uncovered_effect(lowered, lambda c: _is_covered(site, c, corpus_words),
                              lambda phrase: _names_covered(site, phrase))
    if effect:
        return ScopeVerdict(False, "uncovered-effect", effect)
    mentions = _mentions(lowered, corpus_words)
    uncovered = [(a, b, c) for a, b, c in mentions if c.is_subject and not _is_covered(site, c, corpus_words)
                 and not _past_life_stage(lowered, a, c) and not everyday_alias(c, lowered[a:b])]
    # Named things the vocabulary lacks, made of words the corpus never uses ("ramsay hunt syndrome"): uncovered too.
    named = unknown_named(lowered, corpus_words, lambda p: _a_concept(p, corpus_words)) if corpus_words else ()
    names = tuple(dict.fromkeys([uncovered_name(c, lowered[a:b]) for a, b, c in uncovered] + [p for _, _, p in named]
                                + list(also_unknown)))
    rest = lowered
    for a, b, *_ in [*uncovered, *named]:     # what an uncovered thing says is not also a covered topic
        rest = rest[:a] + " " * (b - a) + rest[b:]
    # A covered condition beside an uncovered one ("Crohn's, so inflammatory bowel disease") is a subject the articles
    # can speak to: the uncovered one is said, the rest answered. Not for a comparison ("glaucoma or macular
    # degeneration?") nor medicines (an uncovered brand beside covered "eye drops"): operator sets 8, 10 lost refusals.
    conditions = any(c.kind == "condition" for _, _, c in uncovered) and not _COMPARES.search(lowered)
    beside_covered = conditions and any(c.id in covered and c.kind == "condition" for _, _, c in mentions)
    # Who gets an article's subject (a rare title word: "thrombocythemia: older people or women?") is asked of it.
    topical = find_topics(site, rest) or has_history_topic or beside_covered or (uncovered and not named
              and all(c.kind == "population" for *_, c in uncovered) and site.names_a_title(rest))
    # The asker's own way of life told beside the question ("I'm vegetarian and work nights. … Could it be?") is
    # context, said not to be covered; it refuses nothing (a newcomer's long message was refused, session 31).
    told = told_spans(lowered)
    subjects = [(a, b) for a, b, c in uncovered if c.kind not in _CONTEXT_KINDS or not any(s <= a < e for s, e in told)]
    if (subjects or named) and not topical:
        return ScopeVerdict(False, "uncovered-subject", names)
    # "I have sarcoidosis, is it safe to get pregnant?": the covered topic only sets the scene (`asked_clauses`).
    if not has_history_topic and asked_only_of_uncovered(
            lowered, subjects + [(a, b) for a, b, _ in named], lambda text: _names_covered_subject(site, text)):
        return ScopeVerdict(False, "uncovered-asked", names)
    named_covered = any(c.id in covered and c.kind != "body_part" for _, _, c in mentions)
    if topical or named_covered or (site.anchor and site.anchor.search(rest)) or expand_lay_terms(site, rest):
        return ScopeVerdict(True, "covered", names)
    if word_keys(rest) & corpus_terms or word_forms(rest, acronyms=False) & article_words:
        return ScopeVerdict(True, "covered", names)
    if corpus_words is not None and any(len(w) >= 3 and is_rare(w) and w in corpus_words
                                        for w in re.findall(r"[a-z]+", rest)):
        return ScopeVerdict(True, "covered", names)     # "what is a hida scan": a name English hardly knows
    return ScopeVerdict(False, "no-anchor")


_COMPARES = re.compile(r"\b(vs\.?|versus|difference|differ|compared?|better|worse|or)\b")
# The writer's own past ("I fell over as a child", "since I was a teenager"): a life stage told, not asked about.
_PAST_STAGE = re.compile(r"(?:\bas an? |\bwhen i was (?:an? |little |young )?|\bin my |\bsince i was (?:an? )?)$")


def _past_life_stage(lowered: str, start: int, concept: Concept) -> bool:
    """Whether the group of people `concept` named at `start` of `lowered` is the writer's own past ("I fell over
    years ago as a child"), which a newcomer was told the articles don't cover (session 18)."""
    return concept.kind == "population" and bool(_PAST_STAGE.search(lowered[:start]))



def _uncovered_side(site: Site, side: str, corpus_words: CorpusWords | None) -> bool:
    """Whether the articles cannot speak to `side` of a comparison: it names an uncovered concept of the health
    vocabulary, or a named thing made of words the corpus never uses ("psoriatic arthritis"). A side that is only
    a rare word absent from the corpus is not enough: on held-out operator sets that refused an in-scope question
    as often as it caught an out-of-scope one."""
    if any(c.is_subject and not _is_covered(site, c, corpus_words) for _, _, c in _mentions(side, corpus_words)):
        return True
    if corpus_words is None:
        return False
    return bool(unknown_named(side, corpus_words, lambda phrase: _a_concept(phrase, corpus_words)))


_WORD = re.compile(r"(?<![a-z0-9'’-])[a-z]+(?![a-z0-9-])")
# Letters and digits in one name, letter first ("g6pd", "hba1c", "mk-7"): not "b12" (one letter), "d3", "500mg", "2nd".
_CODE = re.compile(r"(?<![\w'’-])(?=[a-z-]*\d)[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,}(?![\w-])")


def _mentions(lowered: str, corpus_words: CorpusWords | None) -> list[tuple[int, int, Concept]]:
    """The health vocabulary's mentions in `lowered`, and beside them words shaped like the name of a condition,
    procedure or medicine (bot.ingest.term_shapes) that are rare in English and that the corpus never uses
    ("tonsillitis", "deferiprone"): each a concept of its own (id "shaped:<word>"), uncovered by construction."""
    mentions = health_vocabulary().mentions(lowered)
    if corpus_words is None:
        return mentions
    shaped = []
    for found in _WORD.finditer(lowered):
        word = found.group(0)
        if any(a <= found.start() < b for a, b, _ in mentions):
            continue
        kind = shape_kind(word)
        if kind and is_rare(word) and word not in corpus_words:
            shaped.append((found.start(), found.end(), Concept(f"shaped:{word}", kind, word, (word,))))
        elif unfamiliar(word, corpus_words):       # a name English hardly knows: a rare condition, drug or brand
            shaped.append((found.start(), found.end(), Concept(f"unfamiliar:{word}", "condition", word, (word,))))
    for found in _CODE.finditer(lowered):      # "G6PD deficiency", "HbA1c": a code name no passage writes
        code = found.group(0)
        if sum(c.isalpha() for c in code) >= 2 and not any(a < found.end() and found.start() < b
                                                            for a, b, _ in mentions) \
                and not corpus_words.names_code(code):
            shaped.append((found.start(), found.end(), Concept(f"code:{code}", "condition", code.upper(), (code,))))
    return sorted(mentions + shaped, key=lambda m: m[0])


def _is_covered(site: Site, concept: Concept, corpus_words: CorpusWords | None) -> bool:
    """Whether the articles speak of `concept`: a passage names it (the index's covered concepts), or speaks of it
    under other words (`_spoken_of`; only when the corpus's words are at hand)."""
    return concept.id in site.covered or (corpus_words is not None and (
        _spoken_of(concept, corpus_words) or _in_lay_terms(site, concept, corpus_words)
        or made_of_covered_condition(concept, site.covered, corpus_words.in_one_sentence)))


def _in_lay_terms(site: Site, concept: Concept, corpus_words: CorpusWords) -> bool:
    """Whether the site's lay terms (domain pack) translate a whole term of `concept` into words the articles use:
    "diarrhea" → "laxative bowel stool" on a site whose magnesium article explains the laxative effect."""
    return any(rx.fullmatch(term) and any(corpus_words.uses(w) for w in expansion.split())
               for rx, expansion in site.lay_terms for term in concept.terms)


def _a_concept(phrase: str, corpus_words: CorpusWords) -> bool:
    """Whether a named thing ("carcinoid tumour", "ramsay hunt syndrome") is a concept of the health vocabulary: a
    term of it starts where the phrase starts, or a term inside it follows only words that are common in English or
    used by the articles ("catch marburg virus", "want blood test"). "Tumour" inside "carcinoid tumour" does not make
    it one: the rare word before it names another thing."""
    mentions = health_vocabulary().mentions(phrase)
    if not mentions or any(start == 0 for start, _, _ in mentions):
        return bool(mentions)
    before = phrase[: min(start for start, _, _ in mentions)].split()
    return not any(is_rare(w) and w not in corpus_words for w in before)


def _names_covered(site: Site, phrase: str) -> bool:
    """Whether `phrase` names a topic, a covered concept or a lay term of `site`."""
    return (bool(find_topics(site, phrase)) or bool(expand_lay_terms(site, phrase))
            or any(c.id in site.covered for c in health_vocabulary().find(phrase)))


# Where a question holds a second question: "?", ";", a new sentence, or ", and should/can/what …".
_CLAUSES = re.compile(r"[?;]|\.\s|,?\s+(?:and|but|also|or)\s+(?=(?:should|can|could|do|does|is|are|what|how|will|"
                      r"would|which|why|when)\b)")


def _another_clause_covered(site: Site, lowered: str, unknown: tuple[str, ...]) -> bool:
    """Whether a clause of the question that holds none of the `unknown` phrases names a topic or a covered
    concept of `site` (that clause is answered; the unknown part is said not to be covered)."""
    clauses = [c for c in _CLAUSES.split(lowered) if c.strip()]
    return len(clauses) > 1 and any(
        not any(phrase in clause for phrase in unknown) and _names_covered_subject(site, clause) for clause in clauses)


def _names_covered_subject(site: Site, text: str) -> bool:
    """Whether `text` names a topic of `site` or a covered concept that can be a question's subject."""
    return bool(find_topics(site, text)) or any(c.id in site.covered and c.is_subject
                                                for c in health_vocabulary().find(text))


def _spoken_of(concept: Concept, corpus_words: CorpusWords) -> bool:
    """Whether the corpus speaks of `concept` under other words than its terms: the words of a term in one
    phrase ("neck and back pain" for neck pain), or, for "X deficiency", too little of X ("a lack of X")."""
    if any(map(corpus_words.together, concept.terms)):
        return True
    return concept.name.endswith(" deficiency") and corpus_words.lacking(concept.name[: -len(" deficiency")])

