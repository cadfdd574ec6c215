"""The bot's own words: answer framing, the no-answer text, example and follow-up questions.

Framing carries no facts and no numbers: facts only ever come from quoted article sentences. What names the site
(coverage, page title, examples, follow-ups) is the given site's (bot.domain.site): its pack and titles."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from bot.domain.example_order import nearest_first
from bot.domain.naming import broadest_dropped
from bot.domain.number import agreeing
from bot.domain.site import Site
from bot.domain.vocabulary import Topic, concept_topic, pack_topics
from bot.ingest.pack import MAX_EXAMPLES  # noqa: F401  (re-exported: the most example_questions returns)

_TITLES_ALL = 8             # the derived coverage sentence names every title of a corpus of at most this many
_TITLES_NAMED = 6           # of a larger corpus, it names this many, then says how many others and their topics
_TOPICS_NAMED = 4           # topics of the unnamed articles it names
_DERIVED_EXAMPLES = 5       # examples derived from a corpus without a pack list (fewer than MAX_EXAMPLES)


def coverage_text(site: Site) -> str:
    """The coverage sentence: the site's domain pack's, or one derived from its articles: every title when
    there are at most _TITLES_ALL ("… are: A; B; C."), else the first _TITLES_NAMED, how many others, and
    covered topics the named titles do not name ("The 12 articles I draw on include: A; …; F; and 6 others,
    also on gout, iron and zinc.")."""
    if site.pack.coverage:
        return site.pack.coverage
    titles = [t.rstrip(".") for t in site.titles]
    if not titles:
        return "The articles I draw on are the ones this site has published."
    if len(titles) <= _TITLES_ALL:
        return f"The articles I draw on are: {'; '.join(titles)}."
    named = titles[:_TITLES_NAMED]
    said = " ".join(named).casefold()
    topics = [c.name for c in site.covered_topic_concepts if c.name.casefold() not in said][:_TOPICS_NAMED]
    also = f", also on {', '.join(topics[:-1])} and {topics[-1]}" if len(topics) > 1 else (
        f", also on {topics[0]}" if topics else "")
    return (f"The {len(titles)} articles I draw on include: {'; '.join(named)}; "
            f"and {len(titles) - _TITLES_NAMED} others{also}.")


def example_topics(site: Site, titled_only: bool = False) -> tuple:
    """Covered topic concepts the articles are about, for examples: named by a title (only those if `titled_only`),
    then by two articles ("a cold drink can" is no cold); none inside another's name (`naming.broadest_dropped`)."""
    titles = " ".join(site.titles).casefold()
    named = [c for c in site.covered_topic_concepts if any(t in titles for t in c.terms)]
    shared = [c for c in site.covered_topic_concepts if c not in named and site.concept_articles.get(c.id, 0) >= 2]
    picked = broadest_dropped(named if titled_only else named + shared)
    return tuple(picked) if picked or titled_only else site.covered_topic_concepts


def page_title(site: Site) -> str:
    """The page header: the site's subject (domain pack) and what the page does."""
    return f"{site.pack.subject}: answers from trusted articles"


def example_questions(site: Site) -> tuple[str, ...]:
    """The site's example questions: its domain pack's list (at most MAX_EXAMPLES, checked when the pack is
    read), or up to _DERIVED_EXAMPLES derived from its corpus (article headlines that are questions, then a
    question about each covered topic). Never empty.

    A topic's question is of a kind its articles can answer (`site.example_kinds`, when the loaded index gave
    them: a topic with none gets no question), a kind not yet used by an earlier topic when it can be, so the
    buttons vary (symptoms, causes, tests, treatment, what it is), and names the topic as the articles spell it
    (`site.spellings`)."""
    if site.pack.examples:
        return site.pack.examples
    picks = [t for t in site.titles if t.rstrip().endswith("?")]
    named = {c.id for c in example_topics(site, titled_only=True)}
    later, used = [], []    # later: topics only mentioned ("cancer" on a colitis page), after what the titles name
    for concept in example_topics(site):
        table = dict(site.pack.follow_ups.get("condition" if concept.kind == "condition" else "nutrient", {}))
        if concept.kind == "condition":
            table.setdefault("definition", _WHAT_IS)
        kinds = [k for k in table if k in site.example_kinds.get(concept.id, ())] if site.example_kinds \
            else list(table)[:1]
        if not kinds:
            continue
        kind = next((k for k in kinds if k not in used), kinds[0])
        used.append(kind)
        name = site.spellings.get(concept.id, concept.name)
        (picks if concept.id in named else later).append(agreeing(table[kind], name))
    picks = list(dict.fromkeys(picks + _title_subjects(site)))     # topics only mentioned fill up to 3 (session 33:
    picks = list(dict.fromkeys(picks + later[:max(0, 3 - len(picks))]))   # "How is cancer treated?" on a shingles page)
    return tuple(picks[:_DERIVED_EXAMPLES]) or ("What do the articles cover?",)


def _title_subjects(site: Site) -> list[str]:
    """"What is X?" per title whose part before any "and", ":" or "," is a name X of ≤ 4 words, naming no covered
    concept ("Pleurisy and Other Pleural Disorders"): the article's subject, not a concept mentioned (session 25)."""
    concepts, out = site.covered_topic_concepts, []
    for title in site.titles:
        subject = re.split(r"\s+and\s+|\s*[&:,;]", title.strip(), maxsplit=1)[0].strip()
        if subject and len(subject.split()) <= 4 and not subject.endswith("?") and not any(
                term in title.casefold() for c in concepts for term in c.terms):
            out.append(agreeing("What is {name}?", subject))
    return out

_WHAT_IS = "What is {name}?"     # a derived example for a condition the articles define
INVALID_DEFAULT = "Please type a question."

_LEADS = {
    "foods": ("Food sources of {topic} named in the articles:", "Foods the articles mention:"),
    "diagnosis": ("On how {topic} is checked or diagnosed, the articles say:",
                  "On tests and diagnosis, the articles say:"),
    "treatment": ("On treating {topic}, the articles say:", "On treatment, the articles say:"),
    "prevention": ("On prevention and {topic}, the articles say:", "On prevention, the articles say:"),
    "symptoms": ("Symptoms the articles link to {topic}:", "Symptoms the articles describe:"),
    "causes": ("On causes and links with {topic}, the articles say:", "On causes, the articles say:"),
    "risk": ("On who is at risk of {topic}, the articles say:", "On who is at risk, the articles say:"),
    "mechanism": ("How {topic} is involved, according to the articles:", "How it works, according to the articles:"),
    "definition": ("What the articles say about {topic}:", "What the articles say:"),
    "doctor": ("On when to get medical advice, the articles say:", "On when to get medical advice, the articles say:"),
    "comparison": ("What the articles say:", "What the articles say:"),
}


# When the quotes do not back the heading of the asked kind, the answer says so first, in these words
# (a nutrient is named as "low X": one prevents or treats a deficiency, not the nutrient).
_NOT_NAMED = {
    "foods": ("The articles don't name food sources of {topic}.",
              "The articles don't say which foods matter for {topic}."),
    "diagnosis": ("The articles don't describe how low {topic} is tested or diagnosed.",
                  "The articles don't describe how {topic} is tested or diagnosed."),
    "treatment": ("The articles don't describe treatment for low {topic}.",
                  "The articles don't describe treatment for {topic}."),
    "prevention": ("The articles don't describe how to prevent low {topic}.",
                   "The articles don't describe how to prevent {topic}."),
}
URGENT_BACKGROUND = "Background from the articles (it does not change the advice above):"
# After an urgent notice for a message naming no topic ("i wet myself today and my back is really painful"): the
# passages closest to a symptom report offer harmless explanations ("…magnesium salts…laxatives…"), which beside
# "get help now" read as a reason to wait.
URGENT_ONLY = ("The articles can't say what is causing this, so nothing from them is quoted here. Please follow the "
               "advice above first.")
SUPPORT_ONLY = ("Nothing from the articles is quoted here: they give general health information, not help with how you "
                "are feeling. If you have a question about them, you can ask it at any time.")


def lead(intent: str, topic: str | None, *, general: bool = False, excluded: str | None = None,
         backed: bool = True, urgent: bool = False, named: bool = True, nutrient: bool = False) -> str:
    """The framing line before the quotes, for the question's kind and topic.

    `urgent`: a red-flag notice came first, and the quotes are background that must not read as reassurance;
    `general`: another notice came first (the quotes are general information); `backed`: some quote is of the
    asked kind and names the topic (else the line says what the articles do not describe); `named`: some quote
    names the topic at all; `nutrient`: the topic is a nutrient ("low X" in the statements).
    """
    if urgent:
        return URGENT_BACKGROUND
    if general:
        if topic and named:
            return f"In general, the articles say this about {topic}:"
        return "In general, the articles say:"
    if excluded:
        return f"Besides {excluded}, the articles say:"
    if not backed and intent in _NOT_NAMED:
        said = f"What they do say about {topic}:" if topic and named else "What they say on related points:"
        statement = _NOT_NAMED[intent][0 if nutrient else 1]
        return f"{statement.format(topic=topic or 'this')} {said}"
    if topic and not named:
        # No quote names the asked topic: a heading naming it would pass the quotes off as being about it
        # ("On causes and links with potassium" over sentences on discs and sprains).
        return f"None of the passages closest to your question mentions {topic}. What they say:"
    if intent == "foods" and topic and not nutrient:
        return f"On food and {topic}, the articles say:"   # a condition has no "food sources"
    if intent in ("treatment", "diagnosis", "symptoms", "risk") and topic and nutrient:
        topic = f"low {topic}"      # one treats, tests for or has symptoms of a deficiency, not of the nutrient
    with_topic, without = _LEADS.get(intent, ("What the articles say about {topic}:", "What the articles say:"))
    return with_topic.format(topic=topic) if topic else without


NOT_COVERED_OPENING = "The articles don't cover"
REST_ANSWERED = ", so this answer can't say anything about that part."   # after what is not covered
# Before the other passages' wordings of the facts quoted above (bot.answering.corroboration): the bot's line, no fact.
SAID_ELSEWHERE = "The articles make much the same points elsewhere:"


def not_covered(names: Sequence[str], *, whole: bool = False) -> str:
    """The plain statement that opens an answer to a question naming things no article covers; `whole`: the
    question is refused, so there is no "rest" to answer. A name given twice in different case ("Deferiprone",
    "deferiprone", found by two detectors) is listed once."""
    names = list({name.casefold(): name for name in reversed(names)}.values())[::-1]     # each name's first form
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"{NOT_COVERED_OPENING} {listed}{'.' if whole else REST_ANSWERED}"


def side_not_covered(name: str) -> str:
    """The bot's own statement for a compared side the articles say nothing about (carries no fact)."""
    return f"The articles don't say anything about {name} that answers this."


def no_ranking() -> str:
    """The bot's own statement for a "which is better" comparison the quotes do not rank (carries no fact)."""
    return "The articles don't say which of these is better or worse: the quotes above are what they say about each."


def no_answer_text(site: Site, english: bool = True, question: str = "") -> str:
    """What a no-answer says: that the articles hold no answer, what they cover, and three example questions (those
    sharing words with `question` first). `english` False (another language, after that language's notice): that the
    question could not be matched to the articles, which are in English, rather than that they hold no answer."""
    examples = "\n".join(f"- {q}" for q in nearest_first(example_questions(site), question)[:3])
    opening = ("I couldn't find an answer to that in the articles I draw on, so I won't guess." if english else
               "I couldn't match your question to the articles I draw on, which are in English, so I won't guess.")
    asked = "You could ask, for example:" if english else "You could ask in English, for example:"
    return f"{opening} {coverage_text(site)}\n\n{asked}\n{examples}"


def follow_ups(site: Site, topics: tuple[Topic, ...], asked_intent: str, asked: Sequence[str] = (), limit: int = 3,
               done: Collection[tuple[str, str]] = (), offer: Callable[[str], bool] = bool) -> tuple[str, ...]:
    """Up to `limit` next questions the site's articles can answer, from the pack's follow-up table: about the
    question's first topic, not of the kind just asked; without a topic (or to reach two), about the site's
    other topics in turn. Never one already asked in this conversation (`asked`, compared as normalised text:
    case, punctuation and spacing aside), nor one of a kind already asked about the same topic (`done`:
    (intent, topic name) pairs of the earlier questions), nor one of the site's example questions (the page
    shows them as buttons), nor one `offer` turns down (the engine's: the articles cannot answer it). May be empty."""
    shown = {_normalised(q) for q in (*asked, *example_questions(site))}
    done = {(intent, name.casefold()) for intent, name in done}

    def fresh(topic: Topic, skip: str) -> list[str]:
        table = site.pack.follow_ups.get(topic.kind, {})
        return [q for intent, q in ((i, agreeing(t, topic.name)) for i, t in table.items())
                if intent != skip and (intent, topic.name.casefold()) not in done and _normalised(q) not in shown
                and offer(q)]

    picks = fresh(topics[0], asked_intent) if topics else []
    others = [t for t in site_topics(site) if not topics or t.name != topics[0].name]
    queues = [fresh(t, "") for t in others]
    queues = [q[i % len(q):] + q[:i % len(q)] if q else q for i, q in enumerate(queues)]  # a different kind each
    while len(picks) < 2 and any(queues):
        for queue in queues:            # one question per other topic in turn, so the row names several
            if queue and queue[0] not in picks:
                picks.append(queue[0])
            del queue[:1]
    return tuple(picks[:limit])


def site_topics(site: Site) -> tuple[Topic, ...]:
    """The site's topics, for follow-ups about it in general: its pack's, else what its articles are about
    (`example_topics`), not a disease a page names in passing ("the measles and chicken pox vaccines": session 31)."""
    return pack_topics(site.pack) or tuple(concept_topic(c) for c in example_topics(site))


def _normalised(question: str) -> str:
    """A question's words only, lower case: "which foods are rich in vitamin d" is "Which foods are rich in
    Vitamin D?"."""
    return " ".join(re.findall(r"\w+", question.casefold()))
