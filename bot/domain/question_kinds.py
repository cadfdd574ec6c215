"""The kinds of question (intents): which kind a question is, by English question grammar and general health
words, and the cue words a sentence answering that kind tends to contain. No knowledge of any article: a site's
own cue words come from its domain pack ([intent_cues]) and are added by bot.domain.intent."""

from __future__ import annotations

import re

# Checked in order; the first that matches names the intent. Each pairs a question pattern with cue words
# that a sentence answering that kind of question tends to contain (used to pick sentences to quote). These are
# English and general health words; a site's own cue words (a food, a test its articles name) come from the
# domain pack's [intent_cues] and are added to these.
# A sentence that answers "when should I be seen?" says when: it sends the reader to a doctor (or a medical
# evaluation) and states the condition ("…warrants a medical evaluation, especially if it is sharp…", "See your
# doctor if the pain lasts…"). A bare "consult a doctor" answers nothing about when.
_DOCTOR_CUE = (r"^(?=.*\b(?:doctor|gp|physician|medical|consult\w*|healthcare|health care|provider|evaluation|seek|"
               r"see a|checked|appointment|get care|get help)\b)"
               r"(?=.*\b(?:if|when|whenever|unless|especially|persist\w*|accompanied|worsen\w*|severe|sudden\w*|"
               r"does not|doesn't|do not|don't|lasts?|lasting|longer than|more than|weeks?|new)\b)")
INTENTS: tuple[tuple[str, str, str], ...] = (
    ("comparison", r"\b(vs\.?|versus|difference between|compare|compared|which is worse|or is it)\b"
                   # "A v B, what's the difference?": the short "v" between two words, a difference asked after
                   r"|\w \bv\.? \w|\bwhat(?:'?s| is) the difference\b",
     r"\b(while|whereas|however|but|both|differ|than)\b"),
    # What a named thing means, asked back of it ("…the report says thrombocytosis, what does that even mean?", "…he has
    # acquired cystic kidney disease?? what is that exactly"): before the kinds whose words the story holds.
    ("definition", r"\bwhat (does|do) (that|this|it|those|these) (even |actually |really |exactly )?mean\b"
                   r"|\bwhat(?:'s| is) (?:that|this|it)(?: exactly| even| actually| really)?[\s?.!]*$",
     r"\b(is a|are|called|known as|condition|refers?|means?|which (is|causes)|occurs when|happens when)\b"),
    # Lay ways of asking when to be seen, before the kinds whose words they hold ("at what point do I stop messing
    # about with vitamins and go see someone?" is not a treatment question).
    ("doctor", r"\b(get (it |this |that |myself |me |my \w+ )?(seen|seen to|checked out|looked at)"
               r"|get (it|this|that|myself|me) checked|(go|be) seen"
               r"|see (someone|somebody|a professional|a specialist|a physio)"
               r"|at what point (do|should|would|must) i"
               # "is it worth going to the GP?", "does this need a doctor?", "do I need to go to hospital?"
               r"|(worth|need|needs|need to|have to) (going |go |seeing |see |calling |call |a |an )?"
               r"(to )?(the |a |an |my )?"
               r"(doctors?|gp|dr|doc|physician|hospital|a&e|er|emergency room|urgent care)"
               r"|when (do|should|would|must) i (need to |have to )?(worry|be worried|be concerned|panic)"
               r"|serious enough|how long (should|do|can|would) i (wait|leave it)"
               r"|when is (it|this|\w+ pain) an emergency"
               r"|how (do|would|can) i (know|tell) (if|when|whether) .{0,40}\bserious)\b",
     _DOCTOR_CUE),
    # (not "if you don't get enough": what too little does, asked of symptoms below)
    # "get it" is about food only with where from ("where do I get it from?"), not who gets it ("can kids get it too?")
    ("foods", r"\b(foods?|eat|eating|diet|dietary|sources?|rich in|found in|(?<!not )(?<!dont )(?<!don't )(?<!never )"
              r"get (more|enough)|get it (from|in|through|naturally)|where (\w+ ){0,3}get it|contain\w*|meals?|grub)\b",
     r"\b(foods?|fish|eggs?|milk|dairy|nuts|seeds|greens|grains|meat|animal products|fortified|diet)\b"),
    ("diagnosis", r"\b(diagnos\w*|tests?|tested|testing|blood ?work|check(ed)? (for|my|if|whether)|measure\w*"
                  r"|detect\w*|scan|confirm\w*|(find|figure|work) out (if|whether)|know (if|whether)"
                  r"|tell (if|whether|the difference)"
                  r"|how (do|would|can|could) (doctors?|they|you|gps?) (find out|figure out|work out|tell|know))\b",
     r"\b(blood tests?|test\w*|diagnos\w*|scan|mri|ct|complete blood count|cbc|levels|confirm\w*|evaluat\w*|doctor)\b"),
    # Before treatment: "how do I stop it coming back" is answered by lifestyle advice, not by supplements.
    # "how do I avoid the symptoms?" asks how to keep them away, "how can I ease the symptoms?" how to treat them: not
    # which symptoms there are (a newcomer's two-part message was answered with symptoms, session 32).
    ("prevention", r"\b(prevent\w*|avoid (getting|becoming|being|it|this|that|a|low|deficien\w*|future|further)"
                   r"|avoid (the |my |these |those |any |such )?(symptoms|flare\w*|attacks?|episodes?)"
                   r"|(coming|come|comes) back|keep (it|them|the pain|this) (away|from)"
                   r"|(reduce|lower|cut) (my|the|your) (risk|chances?)|in (the )?future)\b",
     r"\b(prevent\w*|lifestyle|balanced diet|sun\w*|stress|exercise|maintain\w*|regular\w*|posture|proactive)\b"),
    # "what happens if it isn't treated?" asks what comes of no treatment (as "left untreated" does), not how to treat.
    ("treatment", r"\b((?<!not )(?<!isnt )(?<!isn't )(?<!isn’t )(?<!never )(?<!not been )treat\w*|cure\w*|fix\w*"
                  # not supplements as the cause of a harm ("why do magnesium supplements upset my stomach?")
                  r"|remed\w*|reliev\w*|relief|manage\w*|supplement\w*(?! (?:\w+ )?(?:upset|irritat|caus|giv|trigger|"
                  r"hurt|mess))|injections?|therapy"
                  r"|get rid|help with|what helps|stop"
                  r"|(ease|reduce|lessen|soothe|calm|control|cope with|deal with|live with) (the |my |these |those |"
                  r"her |his |their |your )?(symptoms|flare\w*|attacks?|episodes?|pain|itch\w*|discomfort|cramps?)"
                  # "what medicines do they use for it?", "which drugs treat it" (a newcomer's follow-up, session 27)
                  r"|(medicines?|medications?|drugs|meds)(?= (do|does|are|is|can|for|to|used|they|work|help))"
                  r"|(which|what) (medicines?|medications?|drugs|meds))\b",
     r"\b(treat\w*|supplement\w*|injections?|therapy|exercise|diet\w*|correct\w*|sunlight|sun exposure|management"
     r"|relief|prevent\w*|stretching)\b"),
    ("doctor", r"\b(see a (doctor|gp)|when should i|should i (see|go|worry)|worried|concern\w*|go to the doctor"
               r"|medical attention)\b",
     _DOCTOR_CUE),
    ("symptoms", r"\b(symptoms?|signs?|feel like|how do i know|what happens|manifest\w*|warning"
                 r"|how (?:would|does|do|will|might|could) (?:\w+ ){1,5}feel)\b",
     r"\b(symptoms?|signs?|tingling|numbness|pain|weakness|fatigue|cramps?|spasms?|aches?|stiffness|pallor|manifest\w*)\b"),
    # Who is more likely to have it: "who usually gets X?", "am I at risk?", "is it more common in women?". Asked of a
    # group, not of a cause ("does low magnesium make cramps more likely?" stays a causes question below).
    ("risk", r"\b(risk factors?|at (a )?(higher |greater |increased |more |high |bigger |any )?risk|who (is|are) "
             r"(most |more )?(likely|prone|susceptible|vulnerable|affected)|who (usually |typically |normally |mostly "
             r"|commonly |generally |tends? to |can )?(gets?|develops?|is affected|are affected)\b"
             r"|(more|most) (common|likely|prone) (in|among|for|with) (women|men|kids"
             r"|children|older|elderly|young|people|adults|teens|babies|certain)"
             r"|what (kind of |sort of )?people (get|are|have|develop))",
     r"\b(risk\w*|likely|common\w*|prone|susceptible|aged?|older|elderly|women|men|children|adults|people (who|with"
     r"|over|aged)|family history|more often)\b"),
    ("causes", r"\b(caus\w*|gives? (you|me|people|someone|us)\b|why (do|does|am|is|are)|reasons?|lead to|leads to"
               # "what else can make your platelets go high?": what brings it on, asked without a word of cause
               r"|(what|which) (else |other )?(things? |stuff )?(can|could|would|might) (make|bring on|set off)"
               r"|trigger\w*|responsible|linked?|link between|contribut\w*|behind)\b",
     r"\b(caus\w*|lead\w* to|result\w* in|contribut\w*|due to|because|deficienc\w*|lack of|trigger\w*|link\w*"
     r"|associated)\b"),
    # "what does magnesium do (in a muscle)?": its role (a newcomer's two-part message lost this part, session 31)
    # Not how long something takes to work ("how long does vitamin D take to work?": a newcomer, session 33).
    ("mechanism", r"^(?!.*\bhow long\b).*\b(how (does|do|can|could|is)|mechanism|role|works?|working|affect\w*|why"
                  r"|what does (?!it |he |she |that |this |my |your |the |an? )(\w+ ){1,3}do)\b",
     r"\b(because|role|function|by|through|absor\w*|relax\w*|contract\w*|signal\w*|essential|crucial|required)\b"),
    # At the start of the message only: "What is …?" after a story is often not asking for a definition (measured on a
    # held-out batch: a sentence start here lost a citation).
    ("definition", r"^(what|who)( exactly| actually| really| even)? (is|are)\b"
                   r"|\bwhat does .* mean\b|\bdefin\w*\b|\bmeaning of\b",
     r"\b(is a|are|called|known as|condition|refers?|means?|which (is|causes)|occurs when|happens when)\b"),
    ("yes_no", r"^(can|could|does|do|is|are|will|would|should|might|may)\b",
     r"^(yes|no)\b|\b(can|may|might|known|link\w*)\b"),
)
# Words an answer of that kind uses, added to the lexical query: "how is magnesium deficiency diagnosed?" is
# answered by "blood tests … check your levels of … magnesium", which shares no word with the question.
INTENT_WORDS: dict[str, str] = {
    "diagnosis": "diagnosis blood tests levels",
    "foods": "foods sources",
    "treatment": "treatment supplements",
    "prevention": "prevention prevent lifestyle",
    "risk": "risk factors likely",
}
_COMPILED = [(name, re.compile(q), re.compile(cue)) for name, q, cue in INTENTS]


# The kinds of question whose heading makes a checkable claim, and the sentence type that backs it
# (bot/ingest/data/word_classes.toml): a foods heading is backed by a sentence naming a food.
FRAME_TYPES = {"foods": "foods", "diagnosis": "tests", "treatment": "treatment", "prevention": "prevention"}
# The sentence type that answers each kind of question (retrieval ranks passages holding one: bot.search.typed);
# symptoms and when to see a doctor make no heading claim, so they are not frame types.
ASKED_TYPES = {**FRAME_TYPES, "symptoms": "symptoms", "doctor": "doctor"}


# Any ". ", "! " or "? " ends a sentence of a message: people type "i eat fish. what foods have b12?" in lower case,
# which bot.ingest.sentences.split_sentences (for edited articles: a capital must follow) would keep as one.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# A sentence typed without its "?" that still asks ("…he has acquired cystic kidney disease?? what is that exactly").
_OPENS_A_QUESTION = re.compile(r"(?:what|whats|why|how|when|where|which|who|is|are|can|could|should|does|do|will"
                               r"|would)\b", re.I)


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_OPENS_A_QUESTION.match(sentence))


# A run-on message that tells, then asks with no stop between ("my dad just got diagnosed with ITP whats the
# treatment, pills or surgery?" was read as a diagnosis question): a person's clause, then a wh-word that starts
# the question. Not "when"/"where", which more often join a clause that still tells ("it hurts when I bend").
_RUN_ON = re.compile(r"^(?:i|i'm|im|i've|ive|we|he|she|they|my|our|his|her|their|me and)\b[^?]*?(?:\s*,\s*|\s+)"
                     r"(?=(?:what|whats|what's|how|why|which)\b)", re.I)


def asked_sentences(message: str) -> str:
    """The sentences of `message` that ask (ending in "?"), when it also tells something in sentences that do not
    ("… I eat mostly vegetarian. My mum had osteoporosis. Could any of this be a deficiency, and what should I do?"):
    the kind of question is read from what is asked, not from the story ("I eat" made it a foods question, and no
    food sentence about osteoporosis left it unanswered). `message` itself otherwise. Session 22: held-out operator
    sets cited 346 → 351/408, held-out five-article sets 775 → 777/966 with frame support 1019 → 1024/1038. A single
    run-on sentence that tells, then asks (`_RUN_ON`), gives its asking part."""
    sentences = [s for s in SENTENCE_END.split(message.strip()) if s]
    asking = [s for s in sentences if _asks(s)]
    if asking and len(asking) < len(sentences):
        return " ".join(asking)
    run_on = _RUN_ON.match(message.strip()) if len(sentences) == 1 else None
    return message.strip()[run_on.end():] if run_on else message


def told_spans(message: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `message` that tells rather than asks, when another one asks ("I'm vegetarian
    and I work nights. … Could it be?"); [] when no sentence asks or none tells."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", message, re.S)]
    told = [(a, b) for a, b in spans if not _asks(message[a:b])]
    return told if 0 < len(told) < len(spans) else []


def classify_intent(question: str) -> str:
    """The kind of question: the first of INTENTS whose pattern matches ("foods", "diagnosis", …), else "general"."""
    lowered = question.casefold().strip()
    for name, pattern, _ in _COMPILED:
        if pattern.search(lowered):
            return name
    return "general"


# A clause opening with a question word or an inverted auxiliary ("what does that mean", "could it be…").
_ASKING = re.compile(r"(?:^|[,.;:!-]\s*|\b(?:and|but|so|or)\s+)(?:what|whats|why|how|when|where|which|who|is|are|am|"
                     r"can|could|should|does|do|did|will|would|might|may|must|shall|has|have)\b"
                     # a question word and its auxiliary anywhere ("…worse lying down what does that mean")
                     r"|\b(?:what|why|how|when|where|which|who)\s+(?:do|does|did|is|are|was|can|could|should|would|"
                     r"will|might|to)\b"
                     # asked without a question word first: "…, at what point do i need to get seen", "anything i
                     # can do"
                     r"|\bat what (?:point|stage|age)\b|\b(?:anything|something) (?:[\w-]+ ){0,3}(?:i|we|you|they) "
                     r"(?:can|could|should) do\b|\bis there (?:anything|something|any)\b", re.I)


def asks_something(message: str) -> bool:
    """Whether `message` asks a question ("?" or a clause opening with a question word or an inverted auxiliary),
    rather than only telling what is happening ("i wet myself today and my lower back is really painful")."""
    return "?" in message or bool(_ASKING.search(message.strip()))
