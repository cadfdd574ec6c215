"""Context of a red-flag match: negated, historical or hypothetical mentions, decided with NegEx (negspacy).

The lexicon (`bot.safety.lexicon*`) finds a concept; this module asks whether *every* mention of it sits in
a context that takes it back: "no trouble with my bladder", "I haven't had a fall", "had a fall ten years
ago", "hypothetically, could low B12 make my legs weak". Only when all mentions are taken back is the
concept dropped; a concept with any plain mention stays ("when in doubt, flag").

Algorithm: NegEx (Chapman et al., J Biomed Inform 2001, https://doi.org/10.1006/jbin.2001.1029) as
implemented by `negspacy` (spaCy component, https://github.com/jenojp/negspacy), run once per context
category with its own trigger lists, the way ConText generalises NegEx to historical and hypothetical
modifiers (Harkema et al., J Biomed Inform 2009, https://doi.org/10.1016/j.jbi.2009.05.002). NegEx's
original scope is a few words around the trigger, so each mention is judged inside a window of tokens
around it, within its clause (split at punctuation). Negation words *inside* a matched phrase ("I can't
control my bladder", "no feeling between my legs", "haven't been able to pee") are part of the
symptom, not a trigger: NegEx only looks at triggers before or after the mention.

spaCy and negspacy are imported lazily, here only. No model is loaded: `spacy.blank("en")` supplies the
vocabulary; documents are built from the already-folded words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.matching import prepare

# Lay additions to negspacy's "en_clinical" termset; the matching form has contractions expanded
# ("haven't" -> "have not"), so triggers are written that way.
_NEGATED = {
    "preceding_negations": ["no", "not", "never", "without", "nor", "no sign of", "no signs of", "free of",
                            "have not had", "has not had", "did not have", "have never had", "no history of",
                            "no problems with", "no trouble with", "no issues with", "not had", "not been",
                            "said it is not", "said it was not", "ruled out", "no loss of"],
    "following_negations": ["ruled out", "is normal", "are normal", "totally normal", "normal", "fine", "is fine",
                            "are fine", "is ok", "are ok", "all fine", "is the same", "the same as always",
                            "thankfully not", "not an issue", "no problem"],
    "pseudo_negations": ["do not know", "did not know", "not sure", "no idea", "not even", "no longer",
                         "not stop", "cannot stop", "will not stop", "not only", "is that fine", "is this fine",
                         "is it fine", "that fine", "be fine", "not normal", "not fine", "is that normal",
                         "is this normal", "is it normal", "that normal"],
    "termination": ["but", "however", "though", "although", "apart from", "except", "just", "only", "now",
                    "and now", "today", "this morning", "tonight", "since", "then", "suddenly", "yet", "still"],
}
_HISTORICAL = {
    "preceding_negations": ["when i was", "as a kid", "as a child", "as a teenager", "years ago", "once had",
                            "used to", "in the past", "last year", "had surgery", "recovered from",
                            "broke her", "broke his"],
    "following_negations": ["years ago", "year ago", "long gone", "healed fine", "healed", "recovered",
                            "when i was", "last year", "in the past", "back then", "as a kid", "as a child"],
    "pseudo_negations": ["in the past few days", "in the past day", "in the past hour", "in the past week"],
    "termination": ["but now", "now", "today", "this morning", "since yesterday", "again", "new", "currently",
                    "and now", "but"],
}
_HYPOTHETICAL = {
    "preceding_negations": ["what if", "if someone", "if a person", "if somebody", "if you", "hypothetically",
                            "just curious", "asking so i know", "essay", "textbook", "course", "i read that",
                            "i read", "what would happen if", "in theory",
                            "what are the warning signs", "warning signs of", "leaflet", "poster", "a list of",
                            "watch out for", "look out for", "is it true that", "saw a tiktok", "saw a video"],
    "following_negations": ["hypothetically", "just wondering", "i do not have that", "asking for an essay",
                            "for my essay", "as warning signs", "as a warning sign", "as red flags", "as a red flag",
                            "as danger signs", "are warning signs", "are red flags", "is a warning sign",
                            "is a red flag", "is a danger sign", "no symptoms", "just curious"],
    "pseudo_negations": [],
    "termination": ["but now", "and now", "i have", "i am having"],
}
# Someone else's story told from a screen or a page ("watched a hospital drama where a builder fell off
# scaffolding"): not the writer or anyone in their care. A first-person word or a new clause ends its reach, so
# "I was watching a film and I fell down the stairs" keeps the flag.
_FICTION = {
    "preceding_negations": ["drama", "tv show", "tv series", "on tv", "on the telly", "a film", "the film", "a movie",
                            "the movie", "soap opera", "episode", "documentary", "novel", "a character",
                            "on the news", "news story", "news report", "podcast"],
    "following_negations": ["in the film", "in the movie", "on tv", "in the show", "in the book", "in the novel",
                            "on the news", "in the episode"],
    "pseudo_negations": [],
    "termination": ["and", "then", "when", "while", "i", "my", "me", "now", "but", "today"],
}
# A dream told as one ("my legs gave way and I couldn't move... in my dream lol"): read across clauses, even in
# the first person, since a dream is told in the first person, but in a short window (six words before, ten
# after); waking up or "now" ends its reach, and "like I was in a dream" (feeling unreal) is not a dream.
_DREAM = {
    "preceding_negations": ["i dreamt", "i dreamed", "i dreamt that", "i dreamed that", "had a dream",
                            "had a nightmare", "in my dream", "in a dream", "in the dream", "in my nightmare"],
    "following_negations": ["in my dream", "in a dream", "in the dream", "in my nightmare", "in a nightmare",
                            "in my dreams", "in the nightmare", "only a dream", "just a dream", "was a dream"],
    "pseudo_negations": ["dream job", "dream house", "dream holiday", "like i was in a dream", "like in a dream",
                         "like being in a dream", "as if in a dream", "as if i was in a dream", "like a dream"],
    "termination": ["woke", "woke up", "wake up", "waking", "in real life", "for real", "but now", "and now", "now",
                    "today", "this morning", "since", "still", "again", "actually"],
}
# (category, termset, tokens looked at before the mention, tokens after). NegEx's window is five words;
# hypothetical framing ("I'm writing an essay on ...") reaches further, so its window is wider.
_CATEGORIES = (("negated", _NEGATED, 7, 5), ("historical", _HISTORICAL, 9, 6),
               ("hypothetical", _HYPOTHETICAL, 14, 8), ("fiction", _FICTION, 14, 8), ("dream", _DREAM, 6, 10))
_CLAUSE_RE = re.compile(r"[.!?;,:\n()]+")


@dataclass(frozen=True)
class Mention:
    """One occurrence of a concept's pattern in one clause, in tokens of that clause's matching form."""

    clause: int
    start: int
    end: int


def _termsets() -> list[tuple[str, dict[str, list[str]], int, int]]:
    """(category, full termset, window before, window after) for each category."""
    from negspacy.termsets import termset  # plain data, no spaCy import

    base = termset("en_clinical").get_patterns()
    out = []
    for name, extra, before, after in _CATEGORIES:
        terms = {k: list(dict.fromkeys((base[k] if name == "negated" else []) + extra[k])) for k in extra}
        if name == "negated":
            # "cannot"/"can't" as a trigger would take back the symptom "cannot feel"; the lexicon's
            # phrases already carry it, so it is not a trigger here.
            terms["preceding_negations"] = [t for t in terms["preceding_negations"]
                                            if t not in ("cannot", "can't", "cant", "couldn't", "couldnt")]
        out.append((name, terms, before, after))
    return out


@lru_cache(maxsize=1)
def _any_trigger() -> re.Pattern[str]:
    """Every preceding or following trigger of every category, as whole words: a message with none of them
    cannot have a mention taken back, so spaCy is not even imported for it."""
    phrases = {t for _, terms, _, _ in _termsets() for k in ("preceding_negations", "following_negations")
               for t in terms[k]}
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _pipeline():
    """(vocab, [(category, Negex component, before, after)]): built once, on first use (spaCy import,
    about 1-1.5 s cold on these machines)."""
    import spacy  # lazy: only messages with a red-flag match and a trigger word get here
    from negspacy.negation import Negex  # noqa: F401  (registers the "negex" factory)

    nlp = spacy.blank("en")
    components = []
    for name, terms, before, after in _termsets():
        component = nlp.add_pipe("negex", name=f"negex_{name}", config={
            "neg_termset": terms, "extension_name": f"ctx_{name}", "span_keys": ["sc"]})
        components.append((name, component, before, after))
    return nlp.vocab, components


def clauses(text: str) -> list[list[str]]:
    """The message split at punctuation, each clause as its matching-form words."""
    return [prepare(part).text.split() for part in _CLAUSE_RE.split(text) if part.strip()]


def mentions(patterns, words_by_clause: list[list[str]]) -> list[Mention]:
    """Token spans, per clause, where any of `patterns` (compiled over the matching form) matches."""
    found = []
    for c, words in enumerate(words_by_clause):
        joined = " ".join(words)
        starts = [len(" ".join(words[:i])) + (i > 0) for i in range(len(words))]
        for p in patterns:
            for m in p.finditer(joined):
                s = _token_index(starts, m.start())
                e = _token_index(starts, max(m.start(), m.end() - 1)) + 1
                found.append(Mention(c, s, e))
    return found


def _token_index(starts: list[int], offset: int) -> int:
    return max(i for i, s in enumerate(starts) if s <= offset)


# Words that make a clause a statement about the writer's own body, now.
_FIRST_PERSON = frozenset({"i", "my", "me", "myself", "im"})


def taken_back(mention: Mention, words_by_clause: list[list[str]], others: tuple[Mention, ...] = ()) -> str | None:
    """The context category ("negated", "historical", "hypothetical", "fiction", "dream") that takes this mention
    back, or None.

    Words of `others` (the same concept's other mentions) are masked, so that "no" inside "no sensation"
    is not read as negating "bottom" in "no sensation in her bottom".
    """
    from spacy.tokens import Doc, Span

    vocab, components = _pipeline()
    offsets = [0]
    for clause in words_by_clause:
        offsets.append(offsets[-1] + len(clause))
    message = [w for clause in words_by_clause for w in clause]
    for o in others:
        if o != mention and (o.clause != mention.clause or o.end <= mention.start or o.start >= mention.end):
            message[offsets[o.clause] + o.start:offsets[o.clause] + o.end] = ["_"] * (o.end - o.start)
    for name, component, before, after in components:
        # Negation and history are read within the clause; hypothetical framing ("I'm writing an essay on
        # back pain red flags, why does fever ...") covers the whole message — except for a clause in the
        # first person ("I lost control of my bladder"), which is taken at its word: when in doubt, flag.
        whole = name == "dream" or (name == "hypothetical"
                                    and not _FIRST_PERSON.intersection(words_by_clause[mention.clause]))
        first, last = (0, len(message)) if whole else (offsets[mention.clause], offsets[mention.clause + 1])
        start, end = offsets[mention.clause] + mention.start, offsets[mention.clause] + mention.end
        lo, hi = max(first, start - before), min(last, end + after)
        doc = Doc(vocab, words=message[lo:hi], sent_starts=[True] + [False] * (hi - lo - 1))
        span = Span(doc, start - lo, end - lo, label="FLAG")
        doc.spans["sc"] = [span]
        component(doc)
        if doc.spans["sc"][0]._.get(f"ctx_{name}"):
            return name
    return None


# A symptom asked and answered by the writer ("Chest pain? No."): read as "no chest pain". Only a bare item, not a
# question with a verb, a negation or the writer in it ("Can I control my bladder? No."; round twenty-six).
_ANSWERED_NO = re.compile(r"(?:^|(?<=[.?!\n]))\s*(?!(?:can|could|do|does|did|is|are|am|was|were|have|has|had|will|"
                          r"would|should|what|why|how|when|where|who|which)\b)([A-Za-z][A-Za-z' -]{1,40})\?\s*(?:no|"
                          r"nope|nah|none|not at all|never)\b(?=\s*(?:[.!,]|$))[.!]*", re.IGNORECASE)
_WRITER_OR_NOT = re.compile(r"\b(?:i|i'm|im|my|me|not|no|can't|cannot|don't)\b", re.IGNORECASE)


def answered_no(text: str) -> str:
    """`text` with each bare symptom the writer asks and answers "no" to told as "no <symptom>."."""
    return _ANSWERED_NO.sub(lambda m: m.group(0) if _WRITER_OR_NOT.search(m.group(1))
                            else f" no {m.group(1).strip()}. ", text)


def all_taken_back(patterns, text: str, historical: bool = True) -> bool:
    """True when `patterns` occur in `text` and every occurrence is negated, historical or hypothetical.

    `historical=False` for concepts whose past is the flag itself (a history of cancer). A match found only across
    clauses ("no bladder problems, peeing fine" read as "problems peeing") is judged in the message as one run of
    words, where its own "no" reaches it (session 18 newcomer; NegEx's window still bounds the reach).
    """
    if not _any_trigger().search(prepare(text).text):
        return False
    words_by_clause = clauses(text)
    found = mentions(patterns, words_by_clause)
    if not found:
        words_by_clause = [[w for clause in words_by_clause for w in clause]]
        found = mentions(patterns, words_by_clause)
    if not found:
        return False
    found = list(dict.fromkeys(found))
    for m in found:
        why = taken_back(m, words_by_clause, tuple(found))
        if why is None or (why == "historical" and not historical):
            return False
    return True
