"""Turning a decision into an Answer: templates filled with verbatim sentences, each followed by its [n].

No sentence in an answer is written by the bot except the template's short framing and the fixed safety
notices (which carry no facts from the articles and no numbers with a dose unit); every other sentence is cut
from a cited passage by its offsets. The engine decides which kind of answer to give; this module only
renders it, always with the disclaimer last.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answering.aboutness import Aboutness
from bot.answering.lists import BULLETS
from bot.answering.quotes import FRAME_TYPES, Quote
from bot.domain import wording
from bot.domain.intent import Understanding
from bot.domain.site import Site
from bot.domain.small_talk import small_talk_reply
from bot.domain.vocabulary import american_spelling
from bot.ingest.own_spelling import own_spelling
from bot.ingest.sentence_types import backs_heading
from bot.safety.notices import DISCLAIMER, GENERAL_FOLLOWS
from bot.safety.screening import Screening
from bot.types import Answer, Citation, Hit

CUED_KINDS = ("symptoms", "doctor", "risk")   # kinds whose heading a quote with the kind's cue words backs
# How a heading names a kind of answer the question set aside: "Besides food sources, the articles say:".
_SET_ASIDE = {"foods": "food sources", "treatment": "treatment", "diagnosis": "tests", "prevention": "prevention"}


def invalid(site: Site, question: str, message: str | None, fingerprint: str,
            suggestions: tuple[str, ...] | None = None) -> Answer:
    """Input the engine cannot answer (empty, too long, unreadable): `message` says what to do instead;
    `suggestions` default to `site`'s first three example questions."""
    return _plain(question, "invalid", message or wording.INVALID_DEFAULT, fingerprint,
                  suggestions=wording.example_questions(site)[:3] if suggestions is None else suggestions)


def notice_only(screening: Screening, fingerprint: str) -> Answer:
    """Crisis and poisoning: the fixed notice only; no retrieval, no citations."""
    return _plain(screening.question, "urgent", screening.message or "", fingerprint, urgent=screening.message)


def no_answer(site: Site, screening: Screening, fingerprint: str, hits: Sequence[Hit] = (),
              suggestions: tuple[str, ...] | None = None, missing: Sequence[str] = (), alone: bool = False) -> Answer:
    """Nothing relevant: say so and what `site`'s articles cover. A red flag's notice still opens it, and a
    dosing or diagnosis question still gets its notice. `alone`: the message asked nothing of the articles and
    carries a red flag (URGENT_ONLY follows its notice) or the support line (SUPPORT_ONLY follows the helplines:
    no quote chosen by closeness to "the pain never stops" stands under them)."""
    if screening.urgent_notice and not missing:
        body = wording.URGENT_ONLY
    elif alone and screening.support_check:
        body = wording.SUPPORT_ONLY
    else:
        body = wording.no_answer_text(site, english=screening.language == "en", question=screening.question)
    if missing:
        body = f"{wording.not_covered(missing, whole=True)}\n\n{body}"
    body = _opened(screening, body, answered=False)
    urgent = screening.urgent_notice
    return _plain(screening.question, "urgent" if urgent else "no_answer", body, fingerprint, urgent=urgent,
                  retrieved=_retrieved(hits),
                  suggestions=wording.example_questions(site)[:3] if suggestions is None else suggestions)


def social(site: Site, screening: Screening, fingerprint: str, kind: str) -> Answer:
    """A greeting, thanks or goodbye answered in kind (bot.domain.small_talk): no facts, no citations; any
    notice the screening carries (an earlier red flag's reminder) still opens it."""
    body = small_talk_reply(site, kind)
    body = _opened(screening, body)
    return _plain(screening.question, "no_answer", body, fingerprint,
                  suggestions=wording.example_questions(site)[:3])


def answer(screening: Screening, understanding: Understanding, groups: list[list[Quote]], hits: Sequence[Hit],
           fingerprint: str, suggestions: tuple[str, ...], notes: Sequence[str] = (),
           missing: Sequence[str] = (), said_elsewhere: Callable[[], bool] = lambda: False) -> Answer:
    """The cited answer: urgent notice (if any), advice notice (if any), what the question names that the
    articles do not cover (`missing`, said plainly first), a lead line, one line per quoted fact with its [n]
    markers (numbered by first appearance), `notes` (the bot's own statements of what the articles do not
    cover; no facts), then the disclaimer. `said_elsewhere()`, asked only when no quote backs the heading: whether
    some sentence of the articles is of the asked kind and about the topic, so that "the articles don't name…"
    would be false; then the lead is neutral."""
    about = Aboutness.of_question(understanding)
    if missing and understanding.topics and not screening.urgent_notice:
        # After "the articles don't cover migraine", only quotes about the rest of the question (headache): others
        # ("related points": a steroid for another condition) read as advice. When none is left, nothing is.
        groups = [g for g in groups if _names_topic(about, g)]
        if not groups:
            return no_answer(understanding.site, screening, fingerprint, hits, suggestions, missing)
    elif len(understanding.topics) == 1 and understanding.intent != "comparison":
        # "what about potassium?": a quote about another topic of its kind and not about this one ("Vitamin K can
        # also be found in leafy greens…") reads as one about it (a newcomer, session 21).
        groups = [g for g in groups if _names_topic(about, g)
                  or not any(about.rivals_named(q.text.casefold()) for q in g)] or groups
    numbers: dict[tuple[str, int, int], int] = {}   # one [n] per quote: two quotes of one passage get two
    citations: list[Citation] = []

    def marked(quotes: Sequence[Quote]) -> list[str]:
        # One fact stated by several articles: a sentence is marked only with the passages that hold it word for
        # word; another article's own wording of it follows on its own line, so every [n] opens what it marks.
        markers: dict[str, list[str]] = {}
        for quote in quotes:
            # Keyed by the quote, not the passage: each [n] highlights the very sentences it marks.
            key = (quote.passage.passage_id, quote.start, quote.end)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                citations.append(Citation(numbers[key], quote.passage, quote.text, quote.hit_score))
            markers.setdefault(quote_as_shown(quote), []).append(f"[{numbers[key]}]")
        return [f"{_inert(text)} {''.join(dict.fromkeys(marks))}" for text, marks in markers.items()]

    lines = [line for g in groups for line in marked([q for q in g if not q.corroborates])]
    # The facts first, then where else the articles say them (numbered after them: the answer reads as before).
    also = [line for g in groups for line in marked([q for q in g if q.corroborates])]

    urgent = screening.urgent_notice
    general = bool(urgent or screening.advice_notice)
    quoted = [q for g in groups for q in g]
    backed = frame_backed(understanding, quoted, about)
    neutral = not backed and (understanding.intent in CUED_KINDS or said_elsewhere())   # a neutral heading
    intent = "definition" if neutral else understanding.intent
    label = _topic_label(understanding, quoted)
    named = _names_topic(about, quoted)
    # A reminder opens the answer but does not make it "general" (what the articles don't say is still said). The
    # lead line announces the quotes ("In general, the articles say…"): the notice does not as well.
    advice = (screening.advice_notice or "").replace(GENERAL_FOLLOWS, "") or None
    parts = [urgent, screening.reminder, advice, wording.not_covered(missing) if missing else None,
             wording.lead(intent, label, general=general, backed=backed,
                          excluded=" and ".join(t.name for t in understanding.excluded) or _SET_ASIDE.get(
                              understanding.excluded_kind or ""),
                          urgent=bool(urgent), named=named,
                          nutrient=_names_nutrient(understanding, label)),
             "\n\n".join([*lines, *notes, *([wording.SAID_ELSEWHERE, *also] if also else [])]), DISCLAIMER]
    return Answer(
        question=screening.question,
        kind="urgent" if urgent else "answer",
        text="\n\n".join(p for p in parts if p),
        citations=tuple(citations),
        retrieved=_retrieved(hits),
        disclaimer=DISCLAIMER,
        urgent=urgent,
        index=fingerprint,
        suggestions=suggestions,
        intent=understanding.intent,
        topic=understanding.topic_name,
    )


def frame_backed(understanding: Understanding, quotes: Sequence[Quote], about: Aboutness) -> bool:
    """Whether the heading of this kind of question is a true claim: some quote is of the kind's sentence type
    and names the asked topic ("Food sources of iron" needs a food sentence that names iron). Kinds whose
    heading claims nothing particular are always backed."""
    wanted = FRAME_TYPES.get(understanding.intent)
    if wanted is None:
        # "Symptoms the articles link to…" claims symptoms too (a newcomer's, over a food sentence; session 27).
        cue = understanding.cue if understanding.intent in CUED_KINDS else None
        return cue is None or any(cue.search(q.text.casefold()) for q in quotes)
    return any(backs_heading(wanted, q.types, q.text) and (not about.terms or about.about(q.text.casefold(), q.passage))
               for q in quotes)


def _names_topic(about: Aboutness, quotes: Sequence[Quote]) -> bool:
    """Whether any quote is about the question's topic (or the question has none): names it, or stands under
    a title or heading that does (bot.answering.aboutness)."""
    return not about.terms or any(about.about(q.text.casefold(), q.passage) for q in quotes)


def _topic_label(understanding: Understanding, quotes: Sequence[Quote]) -> str | None:
    """How the heading names the topic: its name when a quote uses it, else the words for it that the quotes
    use ("cramps" when the quotes never say "muscle cramps"), so the heading promises what the quotes name; spelt
    as the quoted passages spell it ("UTIs", "Bell's palsy"), not in the question's lower case."""
    label = _topic_words(understanding, quotes)
    if label is None:
        return None
    return own_spelling(label, dict.fromkeys([*(q.text for q in quotes), *(q.passage.text for q in quotes)]))


def _topic_words(understanding: Understanding, quotes: Sequence[Quote]) -> str | None:
    name = understanding.topic_name
    if name is None:
        return None
    texts = [q.text.casefold() for q in quotes]
    asked = american_spelling(understanding.question.casefold())
    terms = understanding.topics[0].passage_terms
    if name.casefold() not in asked:
        # Asked by another of its words ("anaemia" for the topic iron): named so when a quote uses that word.
        own = _whole_words([term for term in terms if term in asked], texts)
        if own:
            return own
    if not texts or any(name.casefold() in t for t in texts):
        return name
    return _whole_words(terms, texts) or name


def _names_nutrient(understanding: Understanding, label: str | None) -> bool:
    """Whether the heading's `label` names a nutrient topic itself ("b12" for vitamin B12), so that it can say "low
    b12"; not a condition asked for by its own word ("anaemia" for the topic iron: never "low anaemia")."""
    if label is None or not understanding.topics or understanding.topics[0].kind != "nutrient":
        return False
    name, said = understanding.topics[0].name.casefold(), label.casefold()
    return said in name or name in said


def _whole_words(terms: Sequence[str], texts: Sequence[str]) -> str | None:
    """The longest whole word of `texts` that one of `terms` begins (a term may be a word's beginning: "anemi" for
    anemia, anemic; a heading never shows it cut off), or None."""
    found = [m.group(0).strip(" .,;:)'") for term in terms for t in texts
             if (m := re.search(re.escape(term) + r"\w*", t))]
    return max(found, key=len) if found else None


def _retrieved(hits: Sequence[Hit]) -> tuple[tuple[str, float], ...]:
    """The ten best hits before selection, for the JSON contract's `retrieved`."""
    return tuple((h.passage.passage_id, h.score) for h in hits[:10])


def quote_as_shown(quote: Quote) -> str:
    """The quote as shown: a list's first items quoted from the start of a passage whose lead-in is its section
    heading ("Urgent advice: Get help straight away if" / "• you have severe heel pain…") come under that
    heading, so that no fragment stands alone and a warning sign does not read as a symptom."""
    passage = quote.passage
    heading = passage.section or ""
    first = passage.text.lstrip("•*-– \n")
    if passage.kind == "list" and heading and quote.text[:1].islower() and first.startswith(quote.text[:40]):
        return f"{heading}\n\n• {quote.text}"
    # A list item's head shown after its lead-in (bot.answering.lists) keeps its bullet.
    before = passage.text[passage.text.rfind("\n", 0, quote.start) + 1:quote.start].strip()
    return f"• {quote.text}" if before and all(ch in BULLETS for ch in before) else quote.text


def _inert(text: str) -> str:
    """Corpus text goes into markdown: make sure it cannot open HTML."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _plain(question: str, kind: str, body: str, fingerprint: str, *, urgent: str | None = None,
           retrieved: tuple = (), suggestions: tuple[str, ...] = ()) -> Answer:
    parts = [urgent, body if body != urgent else None, DISCLAIMER]
    text = "\n\n".join(p for p in parts if p)
    return Answer(question, kind, text, (), retrieved, DISCLAIMER, urgent, fingerprint, suggestions)


def _opened(screening: Screening, body: str, answered: bool = True) -> str:
    """`body` with what opens every reply to this screening before it: an earlier red flag's reminder, then the
    notices about this question (advice, populations, interactions). Not `answered`: no general information
    follows, so the advice notice does not announce it ("Here is what the articles say in general:")."""
    advice = screening.advice_notice.replace(GENERAL_FOLLOWS, "") if screening.advice_notice and not answered \
        else screening.advice_notice
    return "\n\n".join(p for p in (screening.reminder, advice, body) if p)
