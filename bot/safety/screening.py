"""The safety gate every question passes before retrieval: normalise, triage, personal-advice guard.

`screen(raw)` decides, without any model, what kind of answer a question may get:

- `invalid`: empty, punctuation-only or too long (the message says what to ask or how long it may be);
- `crisis` (tier C): a fixed message with helplines; no retrieval, no citations, never a quantity;
- `emergency` (tier E, or P poisoning with `allow_retrieval` False) and `urgent` (tier U): the notice
  goes first, then general cited information where retrieval is allowed, then the disclaimer;
- `ok`: retrieval as usual; `dosing` / `diagnosis` ask the engine to put `advice_notice` first.

The highest tier wins (crisis over everything). Red flags are looked for even in an over-long message, so that a
buried crisis or emergency is never answered with "too long". The lexicon, its tiers and sources are in
`bot.safety.lexicon` (from the safety notes §2, citing NHS back-pain pages, NHS Gloucestershire G-care, NICE NG59,
Verhagen et al. 2016, poison-centre pages, WHO/IASP 2017/2023 on suicide reporting, Semigran et al. BMJ 2015); the
fixed texts are in `bot.safety.notices`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.safety import languages, notices
from bot.safety.advice import asks_diagnosis, asks_dose
from bot.safety.crisis_languages import languages_crisis_check
from bot.safety.guidance import SEE_DOCTOR_GUIDANCE, asks_when_to_see_doctor
from bot.safety.interactions import interacting_medicines
from bot.safety.lexicon import TIER_ORDER
from bot.safety.matching import Folded, prepare
from bot.safety.mood import mood_notices
from bot.safety.notices import (
    CRISIS_MESSAGE,
    DIAGNOSIS_NOTICE,
    DISCLAIMER,
    DOSING_AND_DIAGNOSIS_NOTICE,
    DOSING_NOTICE,
)
from bot.safety.poisoning_swallowed import poisoning_notice
from bot.safety.populations import referral_notices, special_populations
from bot.safety.site_subject import ANY_SITE, SiteSubject
from bot.safety.someone_else import notice_for
from bot.safety.triage import Triage, triage

__all__ = [
    "DISCLAIMER", "DOSING_NOTICE", "DIAGNOSIS_NOTICE", "DOSING_AND_DIAGNOSIS_NOTICE", "CRISIS_MESSAGE",
    "Screening", "Status", "normalise", "screen", "dose_mentions", "unsupported_doses", "with_support_check",
]

Status = Literal["ok", "invalid", "crisis", "emergency", "urgent"]

# Raw input beyond this is not even looked at: normalising or matching megabytes would only cost time, and
# such a message is refused as too long anyway (red flags in its first part still win).
SCAN_LIMIT = 20_000


@dataclass(frozen=True)
class Screening:
    """The verdict on one question, decided before any model call."""

    question: str                    # the normalised question (what retrieval sees), at most max_chars long
    status: Status
    message: str | None = None       # invalid: what to do instead; crisis/emergency/urgent: the notice, shown first
    concerns: tuple[str, ...] = field(default=())  # names of the matched red-flag concepts, highest tier first
    dosing: bool = False             # asks for a personal dose, or whether a dose/supplement is safe for them
    diagnosis: bool = False          # asks whether they have a condition, or what causes their symptoms
    retrieval_allowed: bool = True   # False for poisoning and for over-long messages with a red flag
    # Notices the answer shows before the cited articles, in order: the other-language notice (when the
    # status is ok; otherwise it opens `message`), the special-population referral, the medicine
    # interaction notice, and the tool's own "when to see a doctor" guidance.
    notices: tuple[str, ...] = field(default=())
    language: str = "en"             # ISO 639-1 code of the message's language (bot.safety.languages)
    populations: tuple[str, ...] = field(default=())   # bot.safety.populations names
    medicines: tuple[str, ...] = field(default=())     # bot.safety.interactions class names
    support_check: bool = False      # the crisis check fired: the support line opens the answer (see below)
    reminder: str | None = None      # an earlier message's red flag, recalled first (bot.safety.reminders)

    @property
    def allow_retrieval(self) -> bool:
        """Whether cited general information may follow (not for invalid input, crisis or poisoning)."""
        return self.status not in ("invalid", "crisis") and self.retrieval_allowed

    @property
    def urgent_notice(self) -> str | None:
        """The emergency or same-day notice that opens the answer (None when there is no red flag)."""
        return self.message if self.status in ("emergency", "urgent") else None

    @property
    def quote_recommendations(self) -> bool:
        """False when the answer must quote no sentence recommending a supplement (a dose, population or
        interaction question: such a sentence reads as a yes)."""
        return not (self.dosing or self.populations or self.medicines)

    @property
    def advice_notice(self) -> str | None:
        """Everything the engine puts before the cited answer: `notices`, then the plain "can't give
        personal doses / diagnoses" line. None when there is nothing to say."""
        parts = list(self.notices)
        if self.dosing and self.diagnosis:
            parts.append(DOSING_AND_DIAGNOSIS_NOTICE)
        elif self.dosing:
            parts.append(DOSING_NOTICE)
        elif self.diagnosis:
            parts.append(DIAGNOSIS_NOTICE)
        return "\n\n".join(parts) if parts else None


# Unicode categories removed outright: controls, format (zero-width, bidi), surrogates, private use, unassigned.
_DROP = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_WHITESPACE_CONTROLS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85")
_SPACE_RE = re.compile(r"\s+")


def normalise(raw: object, limit: int | None = None) -> str:
    """Display form of a question: NFKC, without control/format/surrogate characters, whitespace collapsed.

    Non-text becomes "". Only the first `limit` characters of `raw` are read when given.
    """
    if not isinstance(raw, str):
        return ""
    text = raw if limit is None else raw[:limit]
    # Drop surrogates before NFKC: lone surrogates are not text and break encoders further on.
    text = "".join(" " if ch in _WHITESPACE_CONTROLS else ch for ch in text
                   if ch in _WHITESPACE_CONTROLS or unicodedata.category(ch) not in _DROP)
    text = unicodedata.normalize("NFKC", text)
    # NFKC can produce new format characters from compatibility forms only in theory; filter once more.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _DROP or ch in _WHITESPACE_CONTROLS)
    return _SPACE_RE.sub(" ", text).strip()


def _status_for(t: Triage, text: str) -> tuple[Status, str | None, bool]:
    """(status, notice, retrieval allowed) for a triage result; the notice is worded for the person the message
    is about (the writer, or someone they ask about: bot.safety.someone_else)."""
    if t.tier == "P":
        return "emergency", poisoning_notice(t.labels), False   # session 32: not only tablets
    if t.tier in ("C", "E", "U"):
        status: Status = {"C": "crisis", "E": "emergency", "U": "urgent"}[t.tier]   # type: ignore[assignment]
        return status, notice_for(t.tier, list(t.labels), prepare(text).text, t.someone_else), t.tier != "C"
    return "ok", None, True


def _with_other_languages(t: Triage, text: str) -> Triage:
    """Join the English triage with the other-language lexicons' findings (highest tier wins)."""
    found = languages.triage_other_languages(text)
    if t.support:   # the crisis words they matched ("suicidal") were judged past or denied with the English ones
        found = tuple(f for f in found if f.tier != "C")
    if not found:
        return t
    tiers = [t.tier] if t.tier else []
    tiers += [f.tier for f in found]
    top = max(tiers, key=lambda tier: TIER_ORDER[tier])
    names = tuple(dict.fromkeys(t.concepts + tuple(f.name for f in found)))
    labels = tuple(dict.fromkeys((t.labels if t.tier == top else ()) + tuple(f.label for f in found
                                                                              if f.tier == top)))
    return Triage(top, names, labels, True, t.support, t.someone_else and top == "C")


def _advice(folded: Folded, language: str, status: Status, crisis: bool = False, subject=ANY_SITE) -> dict:
    """The personal-advice flags and the notices shown before the cited answer (`crisis`: the message was read as
    crisis, so the other-language notice also speaks of harming oneself; `subject`: the site's, for wording)."""
    dose = asks_dose(folded)
    populations = special_populations(folded, dose)
    medicines = interacting_medicines(folded)
    shown: list[str] = []
    if language != "en" and status == "ok":
        shown.append(languages.notice(language, crisis, red_flags=subject.back_pain))
    shown += referral_notices(folded, populations, status == "ok")
    if medicines:
        lines = " ".join(notices.INTERACTION_LINE.format(medicine=m.name[0].upper() + m.name[1:], with_=m.with_)
                         for m in medicines)
        shown.append(notices.INTERACTION_NOTICE.format(lines=lines))
    if asks_when_to_see_doctor(folded, subject.back_pain):
        shown.append(SEE_DOCTOR_GUIDANCE)
    if language == "en" and not crisis:     # "my dad died after getting shingles…", "it's making me really low"
        shown += mood_notices(folded, subject.low_mood_notice)
    return {"dosing": dose, "diagnosis": asks_diagnosis(folded), "notices": tuple(shown), "language": language,
            "populations": populations, "medicines": tuple(m.name for m in medicines)}


def with_support_check(s: Screening) -> Screening:
    """`s` with the support line and helplines first among its notices (the crisis check fired,
    bot/safety/semantic.py); a crisis or invalid screening is returned as it is."""
    if s.status in ("crisis", "invalid") or s.support_check:
        return s
    return replace(s, notices=(notices.SUPPORT_CHECK, *s.notices), support_check=True)


def screen(raw: object, max_chars: int = 1000, subject: SiteSubject = ANY_SITE) -> Screening:
    """Normalise, then triage. Total: never raises, for any input, in time linear in min(len, SCAN_LIMIT).
    `subject`: what the notices may assume about the site (bot.safety.site_subject; default: any health site)."""
    oversized = isinstance(raw, str) and len(raw) > SCAN_LIMIT
    text = normalise(raw, SCAN_LIMIT)[:SCAN_LIMIT]
    too_long = oversized or len(text) > max_chars
    question = text[:max_chars]
    t = _with_other_languages(triage(text), text)
    status, notice, retrieval = _status_for(t, text)
    language = languages.detect(question)
    # Past-and-resolved or denied crisis wording (bot.safety.crisis_resolved): the support line still opens it.
    support = with_support_check if t.support else (lambda s: s)
    if status != "ok":
        if language != "en":
            # The urgent notice stays in English (it is the tool's tested wording); the line in the
            # writer's language above it says to call the emergency number.
            notice = f"{languages.notice(language, status == 'crisis' or t.support)}\n\n{notice}"
        return support(Screening(question, status, notice, t.concepts, retrieval_allowed=retrieval and not too_long,
                                 **_advice(prepare(question), language, status, subject=subject)))
    if too_long:
        prefix = f"{notices.SUPPORT_CHECK}\n\n" if t.support else ""
        return Screening(question, "invalid", prefix + notices.too_long_message(max_chars))
    if not any(ch.isalnum() for ch in question):
        return Screening(question, "invalid", notices.EMPTY_MESSAGE)
    if language != "en" and _other_language_crisis(question, language):
        support = with_support_check
    crisis = support is with_support_check
    return support(Screening(question, "ok", None, (), **_advice(prepare(question), language, status, crisis, subject)))


def _other_language_crisis(question: str, language: str) -> bool:
    """Whether the learned other-language check (bot/safety/crisis_languages.py) reads crisis in a message no
    lexicon flagged: it then gets the support line, not the English-only notice alone."""
    check = languages_crisis_check()
    return check is not None and check.fires(question, language)


# A number followed by a dose unit: "5000 IU", "5,000iu", "1.5 mg", "50 000 units", "400 µg".
DOSE_UNIT_RE = re.compile(
    r"\d(?:[\d,.\u202f\u00a0 ]*\d)?\s*(?:iu|i\.u\.|mg|mcg|µg|μg|ug|micrograms?|milligrams?|grams?|g|units?|ml)\b",
    re.IGNORECASE)


def dose_mentions(text: str) -> list[str]:
    """Numbers with a dose unit in `text` (the bot may only show ones that stand in a cited passage)."""
    return [m.group(0) for m in DOSE_UNIT_RE.finditer(normalise(text))]


def unsupported_doses(text: str, passages: list[str] | tuple[str, ...]) -> list[str]:
    """Dose mentions in `text` that appear in none of the cited `passages` (must be empty for any answer)."""
    cited = " ".join(normalise(p) for p in passages)
    return [d for d in dose_mentions(text) if d not in cited]


def warm_up() -> None:
    """Load the lazily imported safety libraries and data now (spaCy + negspacy ~1-1.5 s, py3langid ~0.6 s cold), so
    that a long-running server pays for them at start-up rather than on the first red-flag or non-English question."""
    from bot.safety import context

    context._pipeline()
    languages._identifier()
    languages_crisis_check()        # the other-language crisis weights (~60 ms to read)
