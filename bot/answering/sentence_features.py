"""The signals a candidate sentence is scored by, one row per sentence of a retrieved passage.

A sentence's quote score is a weighted sum of these features (`bot.answering.ranker`). Keeping the features apart
from their weights lets the weights be fitted on labelled questions (`benchmarks/train_quote_ranker.py`) rather
than set by hand, while the code that decides what each signal means stays here, the same for every corpus.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from bot.answering.aboutness import Aboutness
from bot.answering.quote_bounds import quote_start, sentence_at
from bot.answering.sentence_cues import aspect_bonus, defines
from bot.config import QuoteSettings
from bot.domain.intent import Understanding
from bot.domain.question_kinds import FRAME_TYPES
from bot.types import Hit

# Sentences about the article itself ("This article explores…", "read on!", "For more information… see") answer nothing.
META = re.compile(r"^(this|the) (article|report|text|post|guide|objective)\b|\bthis (article|report)\b|\bread on\b"
                  # a page's pointer to its video ("(Watch the video to learn more about shingles.": session 33)
                  r"|\b(?:watch|see|view|play|enlarge|reduce|pause) (?:the|this|our|a) (?:short )?video\b"
                  r"|^for more information\b"
                  # a figure's caption ("The middle image shows where varicose veins might appear in a leg.")
                  r"|^(?:the|this|these)(?: \w+)? (?:image|figure|picture|illustration|photo|diagram|drawing)s? "
                  r"(?:shows?|illustrates?|depicts?)\b", re.I)
# Kinds whose answers have a recognisable vocabulary (tests, foods, treatments): their cue words weigh more.
STRONG_CUE_INTENTS = frozenset({"diagnosis", "foods", "treatment", "prevention", "definition", "doctor"})
# Qualifiers that exclude each other when they qualify the same word ("lower back" / "upper back").
_OPPOSITES = (("upper", "lower"), ("left", "right"))

# Too little of something, and taking it: a question about a shortage ("does not having enough magnesium make my back
# hurt?") is not answered by what taking a supplement does ("magnesium intake can lead to perceived back pain").
_LACK = re.compile(r"\b(?:lack\w*|low|deficien\w*|shortage|insufficien\w*|too little|short (?:of|on)|deplet\w*|"
                   r"inadequate|(?:not|n't) (?:\w+ )?enough)\b")
_TAKING = re.compile(r"\b(?:supplement\w*|intake|taking|dose|doses|dosage|too much|excess\w*|overdos\w*|laxative\w*|"
                     r"toxic\w*)\b")
_TAKING_KINDS = frozenset({"treatment", "prevention", "foods", "dosage"})   # where taking it is the answer

# Column order of `features`. Every feature is 0 when the signal is absent; see `features` for each one's meaning.
FEATURES = ("similarity", "passage_dense", "fused", "aspect", "lead", "cue", "strong_cue", "topic", "defines",
            "excluded", "contradicts", "meta", "overlap", "first", "typed", "rank", "words", "rivals")


@dataclass(frozen=True)
class QuestionSignals:
    """What every sentence of one question is compared with: the question's understanding, its (dim,) vector,
    the IDF of its BM25 tokens (`words`), what "about the asked topic" means, and the best fused score."""

    understanding: Understanding
    query_vector: np.ndarray
    words: dict[str, float]
    about: Aboutness
    top_fused: float


def contradicts(question: str, sentence: str) -> bool:
    """Whether lower-case `sentence` qualifies a word by the opposite of the qualifier `question` gives it ("upper
    back pain" for "lower back pain"), and never by the question's own."""
    for one, other in (*_OPPOSITES, *((b, a) for a, b in _OPPOSITES)):
        for head in re.findall(rf"\b{one}[\s-]+(\w+)", question):
            if re.search(rf"\b{other}[\s-]+{head}\b", sentence) and not re.search(rf"\b{one}[\s-]+{head}\b", sentence):
                return True
    return False


def asks_about_too_little(question: str, intent: str) -> bool:
    """Whether lower-case `question` asks about too little of something, and not about taking it, nor how to treat,
    prevent or feed it."""
    return intent not in _TAKING_KINDS and _LACK.search(question) is not None and _TAKING.search(question) is None


def speaks_of_taking(quoted: str) -> bool:
    """Whether lower-case `quoted` speaks of taking something and never of too little of it."""
    return _TAKING.search(quoted) is not None and _LACK.search(quoted) is None


def opposite_direction(question: str, quoted: str, intent: str) -> bool:
    """Whether `question` asks about too little of something while `quoted` speaks of taking it (both lower case)."""
    return asks_about_too_little(question, intent) and speaks_of_taking(quoted)


def _holds_title(lowered: str, title: str) -> bool:
    """Whether a sentence holds its article's whole title of four or more words, as a page's keyword line does
    ("…a significant factor is nutrient deficiency, particularly what vitamin deficiency causes upper back pain")."""
    words = title.casefold().rstrip("?!. ").split()
    return len(words) >= 4 and " ".join(words) in " ".join(lowered.split())


def features(hit: Hit, rank: int, signals: QuestionSignals, settings: QuoteSettings, lead: bool = False) -> np.ndarray:
    """(n_sentences, len(FEATURES)) float64 features of the sentences of `hit`, the `rank`-th (0-based) hit.

    similarity: cosine of sentence and question (a sentence after a question the article asks inherits that
    question's cosine); passage_dense: the passage's cosine; fused: its fused score over the best hit's;
    aspect: a table cell's column fitting the question's kind (+settings.aspect, −settings.other_aspect);
    lead: 1 for the first sentence of a passage opening a section whose question heading asks this kind;
    cue / strong_cue: the kind's cue words (strong for kinds with a recognisable vocabulary); topic: about the
    asked topic; defines: says what the asked topic is, for a definition question; excluded: names what the
    question sets aside and none of the alternatives, or is of the kind of answer it sets aside ("apart from
    diet"); contradicts: the opposite qualifier ("upper back") or the
    opposite direction (taking a supplement, for a question about too little) (both
    read in the quote the sentence would start, with the sentence it refers back to);
    meta: about the article, a question it asks, or a keyword line holding its whole title;
    overlap: IDF share of the question's words it holds;
    first: 1 for a passage's first sentence; typed: of the sentence type the question's heading claims;
    rank: 1 / (rank + 1); words: log(1 + word count) / 4; rivals: how many other topics of the asked kinds it
    names (at most 3) / 3, when it names an asked topic (a sentence about many nutrients says less of the asked one).
    """
    understanding, words, about = signals.understanding, signals.words, signals.about
    passage = hit.passage
    similarity = hit.sentence_vectors @ signals.query_vector.reshape(-1)
    for i in range(1, len(similarity)):
        if sentence_at(passage, i - 1).endswith("?"):
            similarity[i] = max(similarity[i], similarity[i - 1])
    cue = understanding.cue
    terms = understanding.topic_terms
    excluded, alternatives = understanding.excluded_terms, understanding.alternative_terms
    aspect = aspect_bonus(passage, understanding.intent, settings)
    wanted = FRAME_TYPES.get(understanding.intent)
    set_aside = FRAME_TYPES.get(understanding.excluded_kind or "", "-")   # "apart from diet": food sentences
    total_weight = sum(words.values())
    asked = understanding.question.casefold()
    strong = understanding.intent in STRONG_CUE_INTENTS
    too_little = asks_about_too_little(asked, understanding.intent)    # read once per question, not per sentence
    rows = np.zeros((len(passage.sentences), len(FEATURES)))
    for i, (a, b) in enumerate(passage.sentences):
        sentence = passage.text[a:b]
        lowered = sentence.casefold()
        # What would be quoted: a sentence that refers back comes with the one it refers to ("…visceral cramping…
        # Reducing the dose… resolves this specific type of discomfort"), so what the question sets aside or
        # contradicts is looked for there too.
        quoted = passage.text[passage.sentences[quote_start(passage, i)][0]:b].casefold()
        cued = cue is not None and cue.search(lowered) is not None
        shared = hit.sentence_terms[i].intersection(words) if words else frozenset()
        rows[i] = (
            float(similarity[i]), hit.dense, hit.score / signals.top_fused, aspect, float(lead and i == 0),
            float(cued and not strong), float(cued and strong),
            float(bool(terms) and about.about(lowered, passage)),
            float(understanding.intent == "definition" and bool(terms) and defines(lowered, terms)),
            float((bool(excluded) and any(t in quoted for t in excluded)
                   and not any(t in quoted for t in alternatives)) or set_aside in hit.sentence_types[i]),
            float(contradicts(asked, quoted) or (too_little and speaks_of_taking(quoted))),
            float(bool(META.search(sentence)) or sentence.rstrip().endswith("?")
                  or _holds_title(lowered, passage.title)),
            sum(words[t] for t in shared) / total_weight if words else 0.0,
            float(i == 0), float(wanted is not None and wanted in hit.sentence_types[i]),
            1.0 / (rank + 1), math.log1p(len(sentence.split())) / 4,
            min(about.rivals_named(lowered), 3) / 3 if about.names(lowered) else 0.0,
        )
    return rows
