"""`Bot`: loads (or builds) the index once, then answers questions. The public API of the package.

The answer path, in the one order it always takes (`Bot.ask`):

    screen (safety) ─▶ understand (domain) ─▶ scope (domain) ─▶ retrieve (search) ─▶ select quotes ─▶ compose

and the kind of answer is decided in one place, `_decide`: invalid input, a crisis notice, no answer (out of
scope, nothing relevant enough, or no sentence worth quoting), or a cited answer (urgent on a red flag).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from bot.answering import composer
from bot.answering.absence import answerable, remedy_for_uncovered, said_nowhere
from bot.answering.background import notice_alone, shown_quotes
from bot.answering.comparison import complete_sides
from bot.answering.example_kinds import site_of
from bot.answering.excess import uncovered_excess
from bot.answering.figures import missing_figure, never_given, unread_result
from bot.answering.history import earlier_questions
from bot.answering.joined import answer_parts
from bot.answering.lists import whole_lists
from bot.answering.loading import provider_for, try_load
from bot.answering.named_topic import with_named_topic
from bot.answering.quotes import select_quotes
from bot.answering.readable import readable
from bot.answering.section_leads import SectionLeads
from bot.answering.site_subjects import QuestionSubjects
from bot.config import Settings
from bot.domain.anaphora import asks_back, says_nothing_new, with_vitamin_named
from bot.domain.asked import CorpusWords
from bot.domain.intent import kinds_asked, understand
from bot.domain.question_kinds import ASKED_TYPES, classify_intent
from bot.domain.scope import check_scope
from bot.domain.site import corpus_site
from bot.domain.small_talk import small_talk
from bot.domain.spelling import Respeller
from bot.domain.vocabulary import competing_terms
from bot.domain.wording import follow_ups
from bot.encoders.provider import Encoder, EncoderProvider
from bot.ingest.articles import load_corpus
from bot.ingest.concepts import health_vocabulary
from bot.ingest.corpus_files import article_files
from bot.safety.conversation import with_conversation
from bot.safety.guidance import about_back_pain
from bot.safety.reminders import with_earlier_flag
from bot.safety.screening import Screening, screen, with_support_check
from bot.safety.screening import warm_up as warm_up_screening
from bot.safety.semantic import crisis_check, message_units
from bot.search.fusion import rerank_by_sentence, retrieve
from bot.search.store import LoadedIndex, build_index, expected_identity, load_index
from bot.types import Answer, Article

log = logging.getLogger(__name__)


class Bot:
    """Answers questions from one loaded index and its site (`site`: pack, titles, covered concepts). Thread-safe
    for concurrent `ask` calls (nothing mutates), and independent of any other Bot in the process."""

    def __init__(self, index: LoadedIndex, encoder: Encoder, settings: Settings) -> None:
        self.index, self.encoder, self.settings = index, encoder, settings
        # This index's site (its pack, titles and covered concepts): passed to every domain function called.
        pack = index.pack or corpus_site(settings.corpus_dir).pack
        self.titles = {doc_id: article.title for doc_id, article in index.articles.items()}
        self.subjects = QuestionSubjects.of(pack.subject, self.titles.values())   # what safety texts may assume
        self.site = site_of(index, pack)    # titles, covered concepts, what derived example questions need
        # Every word of the passages (BM25 stems); an uncovered concept's word ("mobic") is no typo ("mobile").
        self.corpus_words = CorpusWords(index.bm25.vocabulary, index.bm25.stems, texts=tuple(
            p.text.casefold() for p in index.passages), spelt_right=health_vocabulary().names(
            ("medicine", "supplement", "condition", "procedure", "test"), leaving_out=self.site.covered))
        # Misspelt words corrected towards the articles' words ("vitamn d defiency symtoms").
        self.respeller = Respeller.of_texts((p.text for p in index.passages), known=(
            t for c in health_vocabulary().by_id.values() for t in c.terms if " " not in t))
        self.leads = SectionLeads(index.passages)     # first sentences under question headings ("How is X diagnosed?")
        # The learned crisis check, only with the model its weights were trained for.
        check = crisis_check()
        self._crisis = check if check is not None and check.model == index.manifest.get("model", {}).get(
            "fingerprint") else None

    @classmethod
    def load(cls, settings: Settings | None = None, *, encoder: Encoder | EncoderProvider | None = None,
             progress: bool = False, force_rebuild: bool = False,
             announce: Callable[[str], object] | None = None) -> "Bot":
        """Load the index, building or rebuilding it first when it is missing, stale or damaged.

        Without `encoder`, the default provider is used: passages embedded by the ONNX export of the packaged
        model, questions by the query model the index folder holds (onnxruntime, one thread), so a current
        index loads without importing torch. A plain encoder (the torch reference, a test double) is wrapped
        in `FixedEncoder` and takes the same path, embedding both passages and questions.
        `announce` (an explicit build: `python -m bot build`) is told in one sentence when a build starts
        ("Building the index for 5 articles…"), and no "index needs a rebuild" warning is logged.
        Raises CorpusError, IndexNotWritable, ModelError (all BotError) with a message for the user.
        """
        settings = settings or Settings.from_env()
        provider = provider_for(encoder, settings)
        identity = expected_identity(settings, provider.identity())
        index = None if force_rebuild else try_load(settings, identity, provider.dim, quiet=announce is not None)
        if index is None:
            if announce is not None:
                load_corpus(settings.corpus_dir)    # unreadable files are named before a build is announced
                announce(f"Building the index for {len(article_files(settings.corpus_dir))} articles…")
            build_index(settings, provider, identity, progress=progress,
                        still_needed=lambda: force_rebuild or try_load(settings, identity, provider.dim,
                                                                        quiet=True) is None)
            index = load_index(settings, identity, provider.dim)
        return cls(index, provider.query_encoder(index.path), settings)

    def warm_up(self) -> "Bot":
        """Load what the safety gate loads lazily (spaCy for negation, the language-identification model) now,
        so the first question that needs them does not wait for it (about 1.5 s). For servers; returns self."""
        warm_up_screening()
        return self

    @property
    def fingerprint(self) -> str:
        """The loaded index's fingerprint (16 hex digits), named in every answer."""
        return self.index.fingerprint

    def article(self, doc_id: str) -> Article | None:
        """The article with this id, as the whole-article view shows it, or None."""
        return self.index.articles.get(doc_id)

    def ask(self, question: object, history: object = ()) -> Answer:
        """Answer `question` (any object: non-text is empty; two things asked: both parts) given the earlier user
        questions (`history`: strings or chat messages, oldest first; the last `settings.history_turns`).
        Never raises for any input; logs one line without the text."""
        started = time.perf_counter()
        earlier = earlier_questions(history, self.settings.history_turns, self.settings.max_question_chars)
        subject = self.subjects.for_question(question, earlier)
        screening, vector = self._crisis_check(screen(question, self.settings.max_question_chars, subject))
        screening = with_conversation(screening, earlier, self.settings.max_question_chars, subject)
        screening = with_earlier_flag(screening, earlier, self.settings.max_question_chars)
        result = self._decide(screening, earlier, vector)
        result = (result.citations and answer_parts(self._decide, screening, earlier, self.respeller.respell)) or result
        log.info("answered kind=%s ms=%.1f index=%s passages=%s", result.kind, (time.perf_counter() - started) * 1000,
                 self.fingerprint, ",".join(c.passage.passage_id for c in result.citations) or "-")
        return result

    def _crisis_check(self, screening: Screening) -> tuple[Screening, np.ndarray | None]:
        """The screening, with the support line first when the learned crisis check fires on an English message
        (bot/safety/semantic.py), and the question's own embedding when the check computed it (else None).
        Each unit is embedded alone, as every question is, so the question's vector is the one retrieval uses."""
        if self._crisis is None or screening.status in ("crisis", "invalid") or screening.language != "en":
            return screening, None
        if small_talk(screening.question) or len(screening.question.split()) < MIN_CHECK_WORDS \
                or not readable(screening.question):
            # "ok thx", "lol" and "bye" scored as crises (a newcomer test): the learned check has nothing to judge
            # in a social formula or a word or two. The phrase lexicon still reads them ("kms", "goodbye
            # forever"); no crisis row of any round is shorter than three words and caught only by this check.
            return screening, None
        units = message_units(screening.question)
        vectors = np.vstack([self.encoder.encode([unit]) for unit in units])
        # Idioms and short clauses with no crisis word in a low-scoring message never fire alone (semantic.fires_on).
        return (with_support_check(screening) if self._crisis.fires_on(units, vectors) else screening), vectors[0]

    def _offerable(self, screening: Screening, topics: tuple, intent: str, asked: list[str], done=()) -> tuple[str]:
        """Follow-ups (`wording.follow_ups`) the articles can answer (`absence.answerable`), without food and treatment
        questions after a dose, a group of people or a medicine; none under an emergency notice (get help first)."""
        suggestions = () if screening.status == "emergency" else follow_ups(
            self.site, topics, intent, asked, done=done, offer=lambda q: answerable(self.index, self.site, q))
        return suggestions if screening.quote_recommendations else tuple(
            s for s in suggestions if classify_intent(s.casefold()) not in ("foods", "treatment"))

    def _alone(self, question: str, vector: np.ndarray | None = None) -> tuple[np.ndarray, bool]:
        """The question's own embedding, and whether it is close enough, alone, to some sentence of the articles
        to carry an earlier topic: best cosine ≥ `followup_floor`, or ≥ `anaphor_floor` when it refers back with a
        pro-form ("where do I get it from?" 0.19; off-topic turns such as "who won the world cup" score ≤ 0.23)."""
        vector = self.encoder.encode([question])[0] if vector is None else vector
        best = float((self.index.sentence_vectors @ vector).max(initial=0.0))
        retrieval = self.settings.retrieval
        return vector, (best >= retrieval.followup_floor or says_nothing_new(question)
                        or (asks_back(question) and best >= retrieval.anaphor_floor))

    def _decide(self, screening: Screening, earlier: Sequence[str], own: np.ndarray | None = None) -> Answer:
        """The one place that decides the kind of answer and its follow-up suggestions (`own`: the embedding)."""
        site, settings = self.site, self.settings
        examples = self._offerable(screening, (), "general", [*earlier, screening.question])
        if screening.status == "invalid":
            return composer.invalid(site, screening.question, screening.message, self.fingerprint, examples)
        if not screening.allow_retrieval:
            return composer.notice_only(screening, self.fingerprint)
        talk = small_talk(screening.question) if screening.status == "ok" else None
        if talk is not None:        # "hello", "thanks, that's helpful": answered in kind, not "I won't guess"
            return composer.social(site, screening, self.fingerprint, talk)
        # For understanding only (the answer keeps the user's words), and only in English: the word list is English.
        question = self.respeller.respell(screening.question) if screening.language == "en" else screening.question
        question = with_vitamin_named(question) if earlier else question      # "what about K?" after vitamin D
        question = about_back_pain(question, screening.notices)     # "do I need a GP for this?" on a back-pain site
        own = own if question == screening.question else None   # the crisis check embedded the words as typed
        familiar = self.index.bm25.familiar_share(question) >= self.settings.familiar_share
        understanding = understand(site, question, list(earlier), familiar=familiar)
        alone = own     # the question's own embedding, when already computed
        if understanding.from_history:
            alone, carries = self._alone(question, own)
            if not carries:
                # "and what about football scores?": off-topic on its own, so off-topic after any history.
                understanding = understand(site, question, [], familiar=familiar)
        if notice_alone(screening, understanding):   # a red flag or the support line, nothing to quote under it
            return composer.no_answer(site, screening, self.fingerprint, (), examples, alone=True)
        scope = check_scope(site, question, self.index.terms.distinctive,   # corpus words judge English words only:
                            has_history_topic=understanding.from_history,  # "Rückenschmerzen" names nothing uncovered
                            corpus_words=self.corpus_words if screening.language == "en" else None,
                            article_words=self.index.terms.article_words, earlier=earlier[-1] if earlier else None)
        if not scope.in_scope:
            return composer.no_answer(site, screening, self.fingerprint, (), examples, scope.uncovered)
        price = never_given(question, self.corpus_words.speaks_of)
        if price:       # "How much does X cost without insurance?" on articles that never speak of money
            return composer.no_answer(site, screening, self.fingerprint, (), examples, (price,))
        # What the question names that no article covers ("pregnant", "ibuprofen", "zinc") is said up front.
        missing = scope.uncovered + uncovered_excess(question, understanding.topics, self.index.passages,
                                                     self.titles)
        same_text = alone is not None and understanding.dense_query == question
        vector = alone if same_text else self.encoder.encode([understanding.dense_query])[0]
        found = retrieve(self.index, understanding.query, vector, self.settings.retrieval,
                         asked_terms=understanding.topic_terms or understanding.alternative_terms,
                         competing_terms=competing_terms(site, understanding.topics) + understanding.excluded_terms,
                         wanted_type=ASKED_TYPES.get(understanding.intent))
        if found.best_dense < self.settings.retrieval.relevance_floor:
            return composer.no_answer(site, screening, self.fingerprint, found.hits, examples)
        if missing:   # leftover words of a partly covered question pull whole passages off course
            found = rerank_by_sentence(found, vector, self.settings.retrieval)
        groups = select_quotes(understanding, found, vector, self.settings.quotes, self.leads)
        groups = whole_lists(self.index, with_named_topic(self.index, understanding, vector, groups, settings.quotes))
        groups = shown_quotes(screening, groups, understanding)   # no "take a supplement" for a dose or under a 999
        if not groups:
            return composer.no_answer(site, screening, self.fingerprint, found.hits, examples, missing)
        asked = [*earlier, screening.question]
        suggestions = self._offerable(screening, understanding.topics, understanding.intent, asked,
                                      kinds_asked(site, [self.respeller.respell(q) for q in earlier]))
        notes: list[str] = []
        if understanding.intent == "comparison" and len(understanding.topics) >= 2:
            groups, notes = complete_sides(self.index, understanding, vector, self.settings, groups,
                                           lambda text: self.encoder.encode([text])[0])
        quoted, nearby = [g[0].text for g in groups], [h.passage.text for h in found.hits]
        missing += missing_figure(question, quoted, nearby) + unread_result(question, quoted)
        if remedy_for_uncovered(question, missing):     # "can it cure cancer?": no "On treating low vitamin D"
            understanding = replace(understanding, intent="general")
        return composer.answer(screening, understanding, groups, found.hits, self.fingerprint, suggestions, notes,
                               missing, lambda: not said_nowhere(self.index, understanding))


MIN_CHECK_WORDS = 3     # shorter messages are left to the phrase lexicon and warning-sign classes
