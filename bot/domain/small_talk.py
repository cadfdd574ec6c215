"""Greetings, thanks and goodbyes: a message that is nothing else gets a short friendly reply with what the tool
can answer, not "I couldn't find an answer … so I won't guess" (a newcomer test found that robotic). So does a
request for something the tool does not do at all — a joke, a poem or story, a translation — whatever topic it
names ("tell me a joke about magnesium" was answered with magnesium quotes).

English social phrases only, as a closed class; a message with anything more ("hi, does vitamin D help?") is a
question and goes the usual way.
"""

from __future__ import annotations

import re

from bot.domain.site import Site
from bot.domain.wording import coverage_text, example_questions

# What may follow the social phrase and still leave nothing asked ("thanks so much, that's really helpful!").
_FILLER = (r"(?:\s*(?:[,.!?:;)(\-]|:\)|:-\)|x+|again|so much|very much|a lot|lots|loads|mate|guys|all|there|bot|"
           r"then|and|you|that'?s|thats|it'?s|its|that|was|is|really|very|super|so|helpful|useful|great|good|"
           r"brilliant|perfect|lovely|cool|nice|awesome|fab|grand|appreciated|understood|got it|makes sense|"
           # "thanks, this was helpful", "thank you, that helps a lot", "thanks for the info" (a newcomer, session 28)
           r"this|it|i|much|has been|have been|been|helps|helped|clears? (?:it|that|things) up|for (?:the |your |all "
           r"(?:the |your )?)?(?:help|info|information|answers?|explanation|reply|replies)|for (?:that|this|everything)"
           r")\s*)*")
# "sorry, just wanted to say thanks": a lead-in to the thanks that asks nothing.
_SAYING = r"(?:(?:sorry|oh|ah|and)\b[\s,.!]*)?(?:(?:i )?(?:just )?(?:wanted|want|wanna|would like) to say\s+)?"
_KINDS = {
    "greeting": re.compile(rf"^\s*(?:hi|hiya|hey|hello|helo|hallo|howdy|yo|good (?:morning|afternoon|evening)|"
                           rf"morning|evening|greetings|how are (?:you|u|ya)(?: doing| today)?)\b{_FILLER}$"),
    "thanks": re.compile(rf"^\s*(?:(?:ok(?:ay)?|k|cool|great|right|brilliant|perfect|lovely|nice|fab)\b[\s,.!]*)*"
                         rf"{_SAYING}(?:thanks?|thank you|thankyou|thx|ty|tysm|cheers|ta|much appreciated)\b"
                         rf"{_FILLER}$"),
    "goodbye": re.compile(rf"^\s*(?:(?:ok(?:ay)?|right|thanks?|cheers)\b[\s,.!]*)?(?:bye|goodbye|bye bye|see you|"
                          rf"see ya|cya|take care|good night|goodnight|night)\b{_FILLER}$"),
    # About the tool itself ("who are you?", "are you a real doctor?"): a newcomer test got a refusal and a quote.
    "identity": re.compile(rf"^\s*(?:(?:hi|hello|hey|ok(?:ay)?|so|and|but|wait)\b[\s,.!]*)?(?:(?:who|what) (?:are|r) "
                           rf"(?:you|u)(?: exactly| then)?|(?:are|r) (?:you|u) (?:a |an )?(?:real |actual |proper )?"
                           rf"(?:doctor|dr|gp|nurse|human|person|bot|robot|ai|chat ?bot|computer|machine|medical "
                           rf"professional)|what can (?:you|u) (?:do|answer|help (?:me |us )?(?:with|do)|"
                           rf"tell (?:me |us )?about)|"
                           rf"what (?:do|can) (?:you|u) (?:know|cover)(?: about)?|how do (?:you|u) work|"
                           rf"who (?:made|built|created|wrote|runs|owns) (?:you|u|this(?: bot| tool| thing| site)?)|"
                           rf"(?:are|r) (?:you|u) (?:chat ?gpt|gpt|an? llm|"
                           rf"gemini|claude|siri|alexa))\b{_FILLER}$"),
    "acknowledgement": re.compile(rf"^\s*(?:ok(?:ay)?|k|cool|great|right|alright|got it|understood|i see|"
                                  rf"makes sense|fair enough|nice|perfect|brilliant|lol|haha|ha)\b{_FILLER}$"),
}


# A request for a task, not for information: what follows it ("…about magnesium") does not make it a question.
# Session 21 (a newcomer): errands the tool cannot run ("thanks! also can you book me a GP appointment", "can you
# order vitamin D for me online") were answered with quotes as if asked about the thing named.
_TASK = re.compile(r"^\s*(?:(?:ok(?:ay)?|now|also|and|so|thanks?|thank you|cheers)\b[\s,.!]*)*"
                   r"(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:also )?"
                   r"|please |pls )?(?:tell (?:me |us )?(?:a |another |some )?jokes?|(?:write|make up|compose|create) "
                   r"(?:me |us )?(?:a |an |another )?(?:poem|song|story|essay|limerick|rap|haiku|joke)"
                   r"|translate|sing (?:me )?(?:a )?song"
                   r"|(?:book|make|schedule|arrange) (?:me |us |her |him )?(?:an? )?(?:\w+ )?"
                   r"(?:appointment|consultation)"
                   r"|(?:order|buy|purchase|ship|deliver|send) (?:me |us )?(?:some |a |an |the )?\w+"
                   # a place or business nearby (session 22, a newcomer: "ok and can you recommend a good pizza place"
                   # after a food question was answered with food quotes)
                   r"|(?:recommend|suggest|find) (?:me |us )?(?:a |an |some |any )?"
                   r"(?:good |nice |decent |cheap |local )?(?:\w+ )?"
                   r"(?:place|restaurant|takeaway|take-away|cafe|café|bar|pub|shop|store|hotel|gym)s?)\b")


def small_talk(message: str) -> str | None:
    """The kind of social message `message` is ("greeting", "thanks", "goodbye", "identity" (about the tool itself),
    "acknowledgement", or "task" for a request the tool does not do: a joke, a poem, a translation), or None when it
    holds anything more."""
    lowered = message.casefold().strip()
    if lowered and len(lowered) <= 200 and _TASK.match(lowered):
        return "task"
    if not lowered or len(lowered) > 80:
        return None
    return next((kind for kind, pattern in _KINDS.items() if pattern.match(lowered)), None)


def small_talk_reply(site: Site, kind: str) -> str:
    """A short reply to a social message: a greeting back with what the articles cover and two example
    questions, or "you're welcome" / "take care" alone (never a fact, so nothing to cite)."""
    opening = {
        "greeting": "Hello! I answer questions from a small set of trusted articles, quoting them with sources.",
        "thanks": "You're welcome. If something else comes up, ask away.",
        "goodbye": "Take care. Come back any time you have a question.",
        "acknowledgement": "If you have another question, ask away.",
        "identity": ("I'm not a doctor or a person: I'm a tool that answers questions by quoting a small set of "
                     "trusted articles, with sources. I can't examine you or give personal medical advice; for "
                     "that, please see a doctor, nurse or pharmacist."),
        "task": "I can't do that: I only answer questions by quoting a small set of trusted articles, with sources.",
    }[kind]
    if kind not in ("greeting", "task", "identity"):
        return opening
    examples = "\n".join(f"- {q}" for q in example_questions(site)[:2])
    return f"{opening} {coverage_text(site)}\n\nYou could ask, for example:\n{examples}"
