"""Where a quote starts and ends, so that it reads on its own: a sentence that refers back is quoted with the
sentence it refers to, a list's lead-in with the items it introduces, a next sentence that continues the point
along, and a heading left in the text never."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.caveats import limits_previous
from bot.config import QuoteSettings
from bot.ingest.headings import ends_as_lead_in, reads_as_sentence
from bot.types import Passage

# A sentence that opens with a bare pronoun subject or possessive ("Its primary role…"), or that names its subject
# by a demonstrative further on ("Magnesium oxide is particularly prone to causing this effect"), refers back to
# the sentence before it.
# An opening adverbial before it changes nothing: "Over time, this may lead to poor bone density" (a newcomer test:
# quoted alone under "Is milk good for bones?", "this" read as the milk).
_PRONOUN_START = re.compile(r"^(?:[a-z]+(?: [a-z]+){0,3}, )?(they|these|those|this|it|its|their|such|both|"
                            r"all of (them|these))\b"
                            r"(?! (is|are|was|were) (why|how|what|where|because))", re.I)
_DEMONSTRATIVE = re.compile(r"(?<=\w )\b(this|these|those) (?!article|page|guide|week|month|year|time|way|day"
                            r"|morning|evening|night)[a-z]+", re.I)

# A sentence that opens by turning against or drawing on the one before it ("However, the virus can spread…" after
# "Shingles is not passed from one person to another.", a newcomer's page, session 28): alone, it reads as the
# opposite of what the article says; or that gives an example of it ("For example, a health care provider may notice
# gallstones…" quoted alone under "when should I see a doctor?", session 30).
_CONNECTIVE = re.compile(r"^(?:however|but|yet|still,|even so|nevertheless|nonetheless|on the other hand|that said|"
                         r"instead|in contrast|conversely|therefore|thus|hence|consequently|as a result|"
                         r"for this reason|for example|for instance)\b", re.I)

# A sentence that speaks of both things the one before it names: "a deficiency in either", "both of them".
_EITHER = re.compile(r"\b(?:in|of|for|with|from) (?:either|both|neither)\b(?! of the\b)"
                     r"(?!(?:\s+\w+){1,3}\s+(?:and|or|nor)\b)", re.I)     # not "in either D or calcium": named


# A next sentence that spells out what this one only announces: "CPAP treatment may cause side effects in some
# people. These side effects include a dry or stuffy nose…" (a newcomer's answer quoted the first alone), "…several
# treatment options. They include…". The demonstrative's noun must be one the first sentence names.
_SPELLS_OUT = re.compile(r"^(?:(?:these|those|such) (?P<noun>[a-z]+(?: [a-z]+)?) (?:may |can |often |"
                         r"usually |commonly )?(?:include|are|range|consist)|(?:they|these) (?:may |can )?"
                         r"(?:include|consist))\b", re.I)


# A belief reported ("Some people believe stress can cause it", "a common myth") and a next sentence that negates or
# corrects it ("Emotional distress does not seem to cause ulcerative colitis"): quoted alone, the belief reads as the
# article's own claim (a newcomer's colitis page, session 25).
_REPORTED_BELIEF = re.compile(r"\b(?:believe[sd]?|think|myths?|misconceptions?|(?:commonly|widely|often) "
                              r"(?:thought|said|assumed))\b", re.I)
_CORRECTS = re.compile(r"\b(?:not|no|never|doesn't|don't|isn't|aren't|cannot|can't|however|in fact|actually)\b", re.I)


def corrected_end(passage: Passage, i: int) -> int:
    """The end of sentence `i` of `passage`, or of the next sentence on the same line when `i` reports a belief and
    that next sentence corrects it (see _REPORTED_BELIEF), or when it is a caveat that limits `i` ("These medicines
    are not recommended for children.": bot.answering.caveats)."""
    b = passage.sentences[i][1]
    if i + 1 >= len(passage.sentences) or "\n" in passage.text[b:passage.sentences[i + 1][0]]:
        return b
    after = sentence_at(passage, i + 1)
    if (_REPORTED_BELIEF.search(sentence_at(passage, i)) and _CORRECTS.search(after)) or limits_previous(after):
        return passage.sentences[i + 1][1]
    return b


# …and a clinician's options after a sentence that only states what treatment is for ("Treatment for an attack
# aims to relieve pain and swelling." / "Your provider may suggest NSAIDs, colchicine, or corticosteroids."; a
# newcomer's gout page, session 28): health pages name the treatments in the sentence after.
_AIM = re.compile(r"\b(?:treat\w*|therap\w*|management)\b.*\b(?:aims?|goals?|purpose|is to|are to)\b", re.I)
_OPTIONS = re.compile(r"^(?:your|a|the) (?:health ?care )?(?:provider|doctor|gp|physician|clinician|specialist)s? "
                      r"(?:may|might|can|could|will|often|usually) (?:also )?(?:suggest|recommend|prescribe|advise|"
                      r"offer|give|use)\b", re.I)


# …and a next sentence that makes this one concrete: "It is important to engage in regular exercise that is safe for
# those with bone issues. This might mean going swimming regularly, cycling, or doing other low impact activities."
# ("This might mean", "This means", "For example,", "For instance,", "Examples include"): alone, the first says what
# to aim at and not what to do (session 32).
_ELABORATES = re.compile(r"^(?:(?:this|that) (?:might |may |could |can |would |will |often |usually )?means?\b|"
                         r"for (?:example|instance),|examples? (?:include|are)\b)", re.I)
ELABORATION_WORDS = 45      # a longer example is a point of its own, quoted only when it scores so


def spells_out(previous: str, sentence: str) -> bool:
    """Whether `sentence` lists what `previous` only announces, or makes it concrete (see _SPELLS_OUT, _AIM,
    _OPTIONS and _ELABORATES)."""
    if _ELABORATES.match(sentence) and len(sentence.split()) <= ELABORATION_WORDS:
        return True
    if _AIM.search(previous) and _OPTIONS.match(sentence):
        return True
    found = _SPELLS_OUT.match(sentence)
    if found is None:
        return False
    return not found["noun"] or found["noun"].split()[-1].casefold().rstrip("s") in previous.casefold()


def opens_list(passage: Passage, i: int) -> bool:
    """A list's lead-in: ends in a colon, or breaks off unfinished ("…several causes, including") with the
    next sentence on a line of its own."""
    sentence = sentence_at(passage, i)
    if sentence.endswith(":"):
        return True
    if not sentence or not sentence[-1].isalnum() or i + 1 >= len(passage.sentences):
        return False
    return "\n" in passage.text[passage.sentences[i][1]:passage.sentences[i + 1][0]]


def quote_start(passage: Passage, i: int) -> int:
    """Which sentence a quote of sentence i starts at: a sentence whose subject is only a pronoun ("They are
    the most common causes…"), that refers back by a demonstrative ("…prone to causing this effect") or that opens
    with a connective ("However, …") is quoted
    with the sentence before it, which says what "they" or "this effect" are (and so on, up to two back: "Its
    role… It is essential…" starts where "its" is named)."""
    for _ in range(2):
        sentence = sentence_at(passage, i)
        if i == 0 or not (_PRONOUN_START.match(sentence) or _DEMONSTRATIVE.search(sentence)
                          or _CONNECTIVE.match(sentence)):
            break
        gap = passage.text[passage.sentences[i - 1][1]:passage.sentences[i][0]]
        if "\n" in gap and not sentence_at(passage, i - 1).endswith(":"):
            break
        i -= 1
    return i


_BULLETS = "•*-–"
ITEM_WORDS = 12     # an item of at most this many words, not "Label: explanation", reads as a fragment alone
# …and an item of any length whose lead-in breaks off for the items to finish its sentence ("You are more likely
# to get gout if you:" / "• Eat too many foods rich in purines…": alone, a risk read as advice; a newcomer, session 28).
_UNFINISHED = re.compile(r"\b(?:you|if|to|include|includes|including|are|is|can|may|might|could|will|of|with|by|"
                         r"for|when|who|that|the|such as|like|have|has|should|must|often|usually)\s*:$", re.I)


def with_lead_in(passage: Passage, start: int) -> int:
    """Where a chosen quote starting at offset `start` is shown from: a short list item ("• Weakened bones and
    reduced bone mineral density.") from its list's lead-in in the passage ("This can lead to:", itself with what it
    refers back to), so no fragment is quoted alone (a newcomer's comparison, session 27); otherwise `start`.
    Applied after the quotes are chosen (bot.answering.lists): scoring items with their lead-ins chose them less
    often, and held-out cite hit fell 1043 → 1039."""
    i = next((n for n, (a, _) in enumerate(passage.sentences) if a >= start), None)
    lead_in = None if i is None else _lead_in_of_item(passage, i)
    if lead_in is None:
        return start
    # Back to what the lead-in speaks of ("This can lead to:" after "Its primary role… It is essential…"): the item
    # must read as being about its topic, or a quote naming only another nutrient would pass for it.
    for _ in range(3):
        earlier = quote_start(passage, lead_in)
        if earlier == lead_in:
            break
        lead_in = earlier
    return passage.sentences[lead_in][0]


def _lead_in_of_item(passage: Passage, i: int, back: int = 12) -> int | None:
    """The sentence index of the lead-in (ending ':') that item `i` belongs to, past at most `back` earlier items
    of the list, when sentence `i` is a bulleted item that is short or finishes the lead-in's sentence; else None."""
    words = sentence_at(passage, i).split()
    if not is_item(passage, i) or any(w.endswith(":") for w in words[:6]):
        return None
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        if sentence_at(passage, j).endswith(":"):
            return j if len(words) <= ITEM_WORDS or _UNFINISHED.search(sentence_at(passage, j)) else None
        if not is_item(passage, j):
            return None
    return None


def is_item(passage: Passage, i: int) -> bool:
    """Whether sentence `i` opens a bulleted line (the bullet stands before the sentence's span)."""
    before = passage.text[passage.sentences[i - 1][1] if i else 0:passage.sentences[i][0]]
    return "\n" in before and before.strip()[-1:] in _BULLETS and before.strip() != ""


def list_end(passage: Passage, i: int, limit: int) -> int:
    """End of a list's lead-in quote: the lead-in and the items it introduces (each on its own line, up to
    `limit`), so no lead-in is quoted with only its first item."""
    end = i + 1
    while end + 1 < len(passage.sentences) and end - i < limit:
        gap = passage.text[passage.sentences[end][1]:passage.sentences[end + 1][0]]
        if "\n" not in gap or "\n\n" in gap:   # the next sentence continues an item, or a paragraph follows
            break
        end += 1
    return passage.sentences[end][1]


def sentence_at(passage: Passage, i: int) -> str:
    """Sentence i of `passage`, without trailing space."""
    a, b = passage.sentences[i]
    return passage.text[a:b].rstrip()


@dataclass(frozen=True)
class ScoredSentence:
    """One sentence of a passage as a candidate quote."""

    choice: float            # ranks the sentences within the passage (score plus shared rare words)
    score: float             # ranks the passage's best sentence against other passages' best
    i: int                   # which sentence of the passage
    shared: frozenset        # the question's (stemmed) words it contains


def heading_fragment(passage: Passage, start: int, sentence: str) -> bool:
    """A heading left in the text ("Plantar fasciitis and back pain"): at most 6 words, no final punctuation,
    no finite verb, not a list item (an item is quoted with its lead-in) and not a lead-in that breaks off on a
    word needing its continuation ("Common symptoms of X include"). Never quoted, nor added to a quote."""
    if passage.kind == "table_cell" or len(sentence.split()) > 6 or sentence.rstrip()[-1] in ".!?:;)\"”’":
        return False
    if ends_as_lead_in(sentence):
        return False
    line = passage.text[passage.text.rfind("\n", 0, start) + 1:start].strip()
    return not line and not reads_as_sentence(sentence)


def quote_end(passage: Passage, scored: list[ScoredSentence], chosen: ScoredSentence, words: dict[str, float],
            settings: QuoteSettings) -> int:
    """Where the quote of the chosen sentence ends: a list's lead-in ("…some top tips:") takes its first
    item along, since the lead-in alone says nothing; a next sentence that continues the point and scores
    nearly as well is quoted too, and so is one that answers the part of the question the first leaves out."""
    if passage.kind == "table_cell":
        return passage.sentences[-1][1]
    i = chosen.i
    b = passage.sentences[i][1]
    if i + 1 >= len(passage.sentences):
        return b
    if opens_list(passage, i):
        return list_end(passage, i, settings.max_list_items)
    corrected = corrected_end(passage, i)
    if corrected != b:
        return corrected
    following = next((s for s in scored if s.i == i + 1), None)
    gap = passage.text[b:passage.sentences[i + 1][0]]
    if following is None or "\n" in gap:
        return b
    if spells_out(sentence_at(passage, i), sentence_at(passage, i + 1)):
        return passage.sentences[i + 1][1]      # "…side effects in some people. These side effects include…"
    if _EITHER.search(sentence_at(passage, i + 1)):
        # "…closely tied to Vitamin D. Since Vitamin D is required for calcium absorption, a deficiency in either
        # can lead to weakened bones.": the next sentence says why, of both things this one names.
        return passage.sentences[i + 1][1]
    if following.score >= chosen.score - settings.next_sentence_margin:
        return passage.sentences[i + 1][1]
    added = sum(words[t] for t in following.shared - chosen.shared) / (sum(words.values()) or 1.0)
    if added >= settings.complement_share and following.score >= chosen.score - settings.complement_margin:
        return passage.sentences[i + 1][1]
    return b
