"""Symptoms and crisis wording told of a character in a story, a book or a screen drama, not of the writer.

"I'm writing a short story where the villain vomits blood", "Watching Grey's Anatomy and a patient can't feel her
legs" and "Reading a novel where the main character self-harms" name a red flag that belongs to nobody in the
writer's care. `context.py` already takes back mentions after a screen word within a clause ("a drama where a
builder fell off scaffolding"), but its reach ends at "and" and it has no word for a title ("watching Grey's
Anatomy") or a story being written. This module is the sentence-level rule for those (round nine):

a mention is told as fiction when, earlier in its sentence, there is a work of fiction (a novel, short story, book,
film, show, episode, script, plot...) or "watching / reading" followed by a capitalised title, and between that
marker and the end of the mention there is a character (the villain, a patient, the main character, she, he) and
no first-person word ("I", "my", "we"). "Watching TV and I collapsed", "reading a book when my dad fell off the
ladder" and "watching Casualty and he collapsed" (a pronoun only, after a title: someone in the room) keep the flag.

Emergencies told this way are dropped (`triage.py`); crisis wording told this way keeps the support line
(`crisis_resolved.py`): it is never dropped silently. ConText (Harkema et al., J Biomed Inform 2009,
https://doi.org/10.1016/j.jbi.2009.05.002) for the idea of a non-patient experiencer.
"""

from __future__ import annotations

import re

from bot.safety.matching import prepare

# A written or screen work named in the sentence (matching form).
_WORK = re.compile(r"\b(?:novel|short story|story|book|film|movie|tv show|tv series|show|series|episode|drama|soap|"
                   r"sitcom|fanfic\w*|fan fiction|script|screenplay|plot|play|anime|manga|comic|video game|"
                   r"audiobook|poem|song|lyrics|"
                   # Session 14: a genre names the work as well as "novel" does ("reading a thriller where...").
                   r"thriller|whodunn?it|crime novel|detective story|mystery novel|murder mystery|horror film|"
                   r"romance novel|soap opera|boxset|box set|podcast drama|radio play|musical|opera|"
                   # Session 27 (round 46): a factual work about someone else tells of its subject, not the writer
                   # (ConText: a non-patient experiencer), as a film does ("a documentary about a singer who ...").
                   r"documentary|docuseries|docudrama|biopic|biography|memoir|autobiography|obituary)\b")
# "Watching Grey's Anatomy", "reading Wolf Hall": a title in capitals after the verb (original form).
_TITLE = re.compile(r"\b(?:[Ww]atching|[Rr]eading|[Rr]ewatching|[Bb]ing(?:e)?ing) (?!(?:TV|Telly|I|My|The News)\b)"
                    r"[A-Z][\w']*")
_WATCHING = re.compile(r"\b(?:watching|reading|rewatching|binging|bingeing)\b")
# A character as the subject; the pronouns count only after a named work, not after a bare title.
_CHARACTER = re.compile(r"\b(?:(?:main |lead |minor )?characters?|villains?|heroe?s?|heroine|protagonist|antagonist|"
                        r"patients?|victims?|detective|killer|narrator|guy|man|woman|girl|boy|lady|doctor|nurse|"
                        r"soldier|mum|dad|mother|father|teenager|kid)\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|her|his|him|them)\b")
# The writer says the story is their own ("it's basically me", "the girl is me really", "ok it's actually about
# me"; round fourteen): the story frame then takes nothing back (C-SSRS asks about the person; a disclosure
# behind a frame is still one).
OWNED = (r"\b(?:(?:it|this|that|she|he|they|the (?:\w+ )?(?:character|girl|boy|man|woman|guy|lady|narrator|"
         r"protagonist|hero|heroine|story|poem)) (?:is|s|was) (?:basically |really |actually |secretly |honestly |"
         r"just |literally |kind of |sort of )?(?:(?:really |actually |secretly )?(?:me|myself|about me|based on "
         r"me)|(?:basically|really|actually|secretly) for me)|(?:i am|im) (?:basically |really |actually )?(?:the|"
         r"that|this) (?:character|girl|boy|man|woman|guy|lady|narrator|protagonist)|"
         # Round fifteen: the writer gives their own weight beside the character's ("I'm 55 kg, funnily enough").
         r"(?:i am|im) (?:about |around |roughly |also |exactly )?\d+ ?(?:kg|kgs|kilos?|stone|st|lbs?|pounds)"
         r"(?: (?:myself|too|as well|funnily enough|coincidentally))?|"
         # Round twenty-eight: the writer wants what the work is about ("... because that is what I want to do").
         r"(?:that|which|it) is (?:exactly )?(?:what|how) i (?:want|wish|feel|plan|am going)|i (?:want|wish|feel like|"
         r"am going) (?:to do )?(?:that|the same|it) too)\b")
_OWNED = re.compile(OWNED)
# Round twenty-eight: a work named with its topic ("a sad song about ending it all"): the mention is what the work is
# about, with no first-person word between them (checked above).
_TOPIC = re.compile(r"\s*(?:(?:that is|which is|that was|all|kind of|sort of) )?about\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine|we|us|our|ourselves)\b")
_SENTENCE_RE = re.compile(r"[.!?\n]+")


def story_mention(original: str, folded: str, start: int, end: int) -> bool:
    """Whether the mention at folded[start:end] (`folded`: the matching form of the sentence `original`) is told
    of a character in a story or screen drama (see the module docstring)."""
    before = folded[:start]
    works = list(_WORK.finditer(before))
    titled = _TITLE.search(original) and list(_WATCHING.finditer(before))
    if not works and not titled:
        return False
    marker = max((m.end() for m in works + (titled or [])), default=0)
    between = folded[marker:end]
    if _FIRST_PERSON.search(between):
        return False
    return bool(_CHARACTER.search(between) or (works and (_PRONOUN.search(between) or _TOPIC.match(between))))


def owned_story(folded: str) -> bool:
    """Whether the writer says the story is their own (`folded`: the matching form of the whole message)."""
    return bool(_OWNED.search(folded))


def all_in_stories(text: str, patterns) -> bool:
    """True when `patterns` (compiled over the matching form) occur in `text` and every occurrence is told of a
    character in a story or screen drama."""
    if owned_story(prepare(text).text):
        return False
    found = False
    for sentence in _SENTENCE_RE.split(text):
        folded = prepare(sentence).text
        for p in patterns:
            for m in p.finditer(folded):
                if m.end() <= m.start():
                    continue
                found = True
                if not story_mention(sentence, folded, m.start(), m.end()):
                    return False
    return found


# A title in quotation marks right after a work word ("the M*A*S*H theme 'Suicide Is Painless'", "a song called
# 'Better Off Dead'"): the words in quotes name the work and say nothing of the writer (round twenty-six).
_QUOTED_TITLE = re.compile(
    r"\b(?:song|theme|tune|track|single|album|anthem|hymn|record|book|novel|film|movie|poem|play|episode|show|"
    r"series|podcast|called|titled|entitled|named)(?:\s+(?:is|was|called|titled))?\s*[:,]?\s*(?:the\s+)?"
    r"['\"‘“]([^'\"‘’“”\n]{2,80})['\"’”]")


# Session 17: the quoted title first, then where it came from or that it played ("'Suicide Is Painless' from M*A*S*H
# came on the radio", "'…' by the Smiths was playing"); not "from my …" or "by text", which report someone's words.
_TITLE_THEN_SOURCE = re.compile(
    r"['\"‘“]([^'\"‘’“”\n]{2,80})['\"’”]\s*(?:from (?!(?:me|my|him|her|them|his|their|our|a friend)\b)|by (?!(?:text|"
    r"message|phone|email|me|my|him|her|them|his|their)\b)|(?:came|comes|come) on\b|was playing|is playing|played\b|"
    r"(?:was |is )?on the (?:radio|telly|tv)\b)")


# Session 27 (round forty-five): a title in headline capitals, unquoted, right after reading, watching or listening
# ("our book club read The Virgin Suicides"): two or more capitalised words, or "The / A" and one, none of them a
# pronoun (Chicago Manual of Style 8.159, headline-style capitalisation, marks a title). Not "watched My dad …".
_CAPITALISED_TITLE = re.compile(
    r"\b(?:read|reading|re-read|reread|watched|watching|rewatched|rewatching|seen|saw|finished|listened to|listening "
    r"to|studied|studying|streamed|streaming|binged)\s+((?:(?:The|A|An)\s+)?(?!(?:I|My|Me|We|Our|He|She|His|Her|They|"
    r"Their|It)\b)[A-Z][a-z][\w'*-]*(?:\s+(?:of|the|and|in|on|a|to|is)?\s*[A-Z][a-z][\w'*-]*){0,5})")


def in_quoted_title(original: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end) of the matching form of `original` (a sentence as written) lies inside a
    title quoted after a work word, or before where it came from, or an unquoted title in headline capitals after
    "read / watched" (session 27). Token boundaries fall at the quotation marks and spaces, so the matching form of
    the text before the title gives the title's offset."""
    capitalised = [m for m in _CAPITALISED_TITLE.finditer(original) if len(m.group(1).split()) >= 2]
    for m in [*_QUOTED_TITLE.finditer(original), *_TITLE_THEN_SOURCE.finditer(original), *capitalised]:
        before = prepare(original[:m.start(1)]).text
        offset = len(before) + 1 if before else 0
        if offset <= start and end <= offset + len(prepare(m.group(1)).text):
            return True
    return False
