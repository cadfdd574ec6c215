"""Ordinary questions the learned crisis check misreads: whether to stop or give up a treatment or an activity.

The crisis check (bot/safety/semantic.py) leans on "stop", "quit" and "give up", words that carry "I want it all
to stop" and "if the pain doesn't stop I'm done". In a supplement FAQ the same words mostly ask about a
treatment or a habit: "should I stop taking my vitamin D tablets now my back is better?", "do I just stop the
iron?", "at what point should I stop waiting and get my back looked at?", or,
after a question about magnesium upsetting the stomach, "so what do I do, just stop?". The check scored these
0.8 to 0.97 and opened the answer with the support line. Such a sentence or clause is set aside like an idiom
(`semantic.idiom_free`): it never brings the support line by itself, while a crisis sentence beside it still
does. It is set aside only when it holds no warning sign of `crisis_cues` and nothing that turns "stop" towards
a life ("my heart", "everything", "for good", "living", "the pain").

Patterns are written over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

import re

from bot.safety.crisis_cues import warning_signs
from bot.safety.crisis_idioms import SIDE_EFFECT, TREATMENT

_STOP = r"(?:stop|stopping|quit|quitting|give up|giving up|come off|coming off|cut out|cutting out|pause|drop)"
# Session 14: "ending / finishing my vitamin D course early" is stopping it (only with a treatment word after it).
_END = r"(?:end|ending|finish|finishing)"
_TREATMENT = TREATMENT
# "stop taking them", "stop the iron", "quit my magnesium tablets", "come off the b12 injections"
_STOP_TREATMENT = re.compile(rf"\b(?:{_STOP}|{_END}) (?:taking |using |having )?(?:(?:my|the|these|those|all|this|that|"
                             rf"them|it|your|her|his) )?(?:\w+ ){{0,2}}{_TREATMENT}\b|"
                             rf"\b{_STOP} (?:taking|using) (?:them|it|these|those)\b")
# "stop waiting and get my back looked at", "quit smoking", "stop eating dairy": stopping an activity (the
# gerunds of a life, "living", "breathing", "existing", are kept out by _TOWARDS_A_LIFE).
_STOP_DOING = re.compile(rf"\b{_STOP} \w+ing\b")
# "so what do i do, just stop?", "should i just quit?", "is it ok to stop them?": a short question ending on
# "stop" with no object or a pronoun for the treatment talked about.
_BARE_STOP = re.compile(r"(?:\b(?:i|we) |\bjust |\bsimply |^)(?:stop|quit)$|\b(?:stop|quit) (?:them|it)$")
# Session 19: the same question the other way, "do I carry on?" after the treatment it is about ("I take magnesium at
# night, do I carry on?"; the check scored it 0.93): whether to keep taking a medicine (NHS medicines pages, "Can I
# carry on taking it?"). A life turned to ("carry on living") is kept out by _TOWARDS_A_LIFE.
_BARE_GO_ON = re.compile(r"^(?:(?:so|and|but|ok|okay|then) )*(?:do|should|can|shall|must) (?:i|we) (?:just )?"
                         r"(?:carry on|keep going|continue|keep on|keep at it)(?: with (?:it|them|that|this|both|these|"
                         r"those))?(?: as (?:normal|usual|before))?$")
_TOWARDS_A_LIFE = re.compile(r"\b(?:heart|everything|all of it|it all|for good|forever|for ever|living|life|"
                             r"alive|existing|breathing|pain|hurting|trying|fighting|myself|me|make|let|"
                             r"wants? (?:it|this|things)|wanted (?:it|this|things))\b")
MAX_BARE_WORDS = 8
# Newcomer test, session 11: two clauses with nothing of their own scored 0.82-0.84 and opened dose and carer
# questions with the support line. An amount asked about as too much or too many ("my doctor put me on a weekly
# dose, is that too much?", "how many tablets is too many?") is a dose question, "it all" or "to bear" excepted by
# _TOWARDS_A_LIFE and _TOO_MUCH_TO_BEAR. A clause that only turns to someone or something else ("ok and what about
# my sister,", "and how about him?") states nothing: what follows it in the message is judged, not the turn.
_AMOUNT_TOO = re.compile(r"\b(?:is|are|was|would|will|be|it|that|this|these|those|many|much|dose|amount|lot) "
                         r"(?:\w+ ){0,2}(?<!all )too (?:much|many|high|strong|big|low)\b")
_ASKED = re.compile(r"^(?:(?:so|and|but|ok|okay|then|well|hmm) )*"
                    r"(?:is|are|would|will|was|how|what|does|do|can|could)\b")
_TOO_MUCH_TO_BEAR = re.compile(r"\btoo (?:much|many) (?:\w+ ){0,2}(?:to (?:bear|handle|cope|take|deal|carry|live)|for "
                               r"(?:me|him|her|them|anyone|one person))\b")
# Newcomer test, session 13: "doctor said my vitamin D is very less, what to do?" opened with the support line: the
# clause "what to do?" alone scored 0.85 (it reads like "I don't know what to do"). Asked bare after what it is about,
# it only asks for advice on that; "I don't know what to do anymore" is no bare question and is still judged.
_WHAT_TO_DO = re.compile(r"^(?:(?:so|and|but|ok|okay|then|now|pls|please|plz) )*what (?:to|should i|shall i|do i|"
                         r"can i|could i|should we|do we|must i|should she|should he) do(?: now| then| next| about "
                         r"(?:it|this|that|them))?$")
_TURN_TO = re.compile(r"^(?:(?:ok|okay|and|so|but|right|well|oh|also|then|now) )*(?:what|how) about (?:\w+ ){0,3}\w+$")
MAX_TURN_WORDS = 8


# Session 14: coming off "them" slowly, tapering, weaning off: a question about how to stop a treatment.
_TAPER = re.compile(r"\b(?:come|coming|wean\w*|step\w*) (?:myself |me )?(?:off|down) (?:them|it|these|those) "
                    r"(?:\w+ )?(?:slowly|gradually|bit by bit|step by step)\b|\btaper\w*\b")


# Session 21 (round thirty-seven's controls): the side effect that is the reason for stopping, told with "me" ("I want
# to quit the magnesium, it's giving me the runs", 0.93): the "me" of a side effect turns nothing towards a life (NICE
# CG76 "Medicines adherence": side effects are the commonest reason to stop a medicine).
_GIVING_ME = re.compile(r"\b(?:giving|gives|gave|given|making|makes|made|causing|causes|caused) me (?:\w+ ){0,3}?"
                        r"(?:(?:feel )?(?:sick|nauseous|queasy|ill|dizzy|bloated)\b|" + SIDE_EFFECT.pattern + r")")


def asks_about_stopping_treatment(folded: str, raw: str = "") -> bool:
    """Whether `folded` (one sentence or clause, matching form; `raw`: the same as typed, for its question
    mark) asks about stopping or giving up a treatment and holds nothing of a crisis. "should i stop taking
    iron?" → True; "so what do i do, just stop?" → True; "i want it all to stop" → False."""
    text = folded.strip()
    if _TOWARDS_A_LIFE.search(_GIVING_ME.sub(" ", text)) or warning_signs(text):
        return False
    if _STOP_TREATMENT.search(text) or _STOP_DOING.search(text) or _TAPER.search(text):
        return True
    asked = raw.rstrip().endswith("?")
    bare = _BARE_STOP.search(text) or _BARE_GO_ON.search(text)
    return asked and len(text.split()) <= MAX_BARE_WORDS and bool(bare)


def asks_about_an_amount_or_turns(folded: str, raw: str = "") -> bool:
    """Whether `folded` (one clause, matching form; `raw` as typed) asks whether an amount is too much ("is that too
    much?"), only turns to someone else ("ok and what about my sister") or only asks what to do ("what to do?" after
    the clause it is about), holding nothing of a crisis. "it is all
    too much", "it is too much" (not asked) and "too much to bear" → False."""
    text = folded.strip()
    if _TOWARDS_A_LIFE.search(text) or warning_signs(text) or _TOO_MUCH_TO_BEAR.search(text):
        return False
    asked = raw.rstrip().endswith("?") or bool(_ASKED.search(text))
    turns = len(text.split()) <= MAX_TURN_WORDS and bool(_TURN_TO.search(text))
    return (asked and bool(_AMOUNT_TOO.search(text))) or turns or (asked and bool(_WHAT_TO_DO.search(text)))


# Session 14 (round twenty-five's controls, end to end): three clause kinds the learned check scored 0.85-0.90 with
# nothing of a crisis in them. Pain told with a movement ("it's agony to move", "hurts to bend"): a symptom, and the
# clause an emergency or a back question leans on (NHS "Back pain"); the writer's role at a helpline or mental-health
# charity ("I volunteer with Samaritans", "I train crisis-line volunteers"): a work context, as `study.without_role`
# reads "medical student question"; and the second half of an either-or question about choosing ("or should you
# stick to one?"), which says nothing without its first half.
_MOVING = re.compile(r"\b(?:agony|agonising|agonizing|excruciating|painful|hurts?|hurting|sore|torture|killing me) "
                     r"(?:\w+ )?to (?:move|walk|sit|stand|bend|lie down|turn|get up|get out of bed|twist|lift|cough|"
                     r"sneeze|drive|roll over)\b")
_HELPLINE_ROLE = re.compile(r"\b(?:i|we) (?:\w+ )?(?:volunteer\w*|work\w*|train\w*|do shifts|answer calls) "
                            r"(?:\w+ ){0,2}(?:with|for|at|on) (?:the |a )?(?:samaritans|helpline|crisis (?:line|text "
                            r"line|team)|lifeline|988|papyrus|mind|shout|childline|listening service)\b")
_CHOICE_TAIL = re.compile(r"^or (?:\w+ ){1,4}(?:stick (?:to|with)|choose|pick|go (?:for|with)|switch to|alternate|"
                          r"combine|mix) (?:just )?(?:one|both|either|the other|the same|one of them)\b")

# Session 15 (round twenty-six's controls, end to end): a school or college piece of work named with its topic
# ("writing a school essay on suicide prevention among farmers"; the check scored it 0.82), a work context like
# the helpline role, unless the writer comes into the topic; and a hedge said after a question ("just so I know?",
# 0.94), which holds nothing of its own.
_STUDY_WORK = re.compile(r"\b(?:writing|doing|working on|researching|preparing|planning) (?:a|an|my|our|the) (?:\w+ )?"
                         r"(?:essay|assignment|project|dissertation|thesis|presentation|report|paper|coursework|"
                         r"article|talk|poster) (?:on|about|into|for)\b(?! (?:\w+ ){0,4}(?:i|me|my|myself)\b)")
_HEDGE = re.compile(r"^(?:(?:and|but|ok|okay|so) )*(?:just )?(?:so (?:i|we) (?:know|are aware|am aware|can be ready|"
                    r"am prepared)|wondering|curious|asking|checking|in case|out of interest|for interest)$")


# Session 18 newcomer: "how bad does it have to get before I ring 111?" opened with the support line. Asking when to
# phone or see a medical service (111, 999, a GP, an ambulance, A&E) is help-seeking about symptoms, the question
# the NHS "when to get help" lists answer; a crisis line (Samaritans, 988) is not a medical service here, and a
# warning sign or "to bear" in the clause keeps it judged.
_MEDICAL = (r"(?:(?:nhs )?111|999|911|112|(?:the |a |my )?(?:gp|doctors?|doc|surgery|ambulance|a and e|a&e|ae|er|"
            r"emergency room|hospital|urgent care|walk in (?:centre|center)|out of hours|nurse|pharmacist))")
_WHEN_HELP = re.compile(r"\b(?:before|when|at what point|until|till) (?:should |do |must |can )?(?:i|we|you|one|"
                        r"they) (?:should |need to |have to |must |can )?(?:ring|call|phone|contact|go to|see|get|"
                        r"bother|book|visit) (?:\w+ )?" + _MEDICAL
                        + r"\b|\bhow (?:bad|serious|long|severe) (?:\w+ ){0,6}(?:before|to) "
                        r"(?:\w+ ){0,3}(?:ring|call|phone|see|go to|bother) (?:\w+ )?" + _MEDICAL + r"\b")

# Session 19 (round thirty-three's controls, end to end): pins and needles or numbness from lying or sitting on a limb
# ("woke with a dead arm, I'd slept on it", 0.96), which the NHS "Pins and needles" page says usually happens when
# you sit or lie on part of your body; and "living on" coffee, toast or a few hours' sleep ("living on coffee and
# four hours' sleep", 0.88): to live on a food is to eat little else (Oxford English Dictionary, "live on").
_POSTURAL = re.compile(r"\b(?:pins and needles|numb\w*|dead (?:arm|leg|hand)|gone dead|went dead|"
                       r"asleep|tingl\w*)(?: \w+){0,8} (?:slept|sleeping|lay|lying|lain|sat|sitting|leaning|leant|"
                       r"leaned|knelt|kneeling) (?:on|with) (?:my|his|her|the|it|them|cross legged|my legs crossed)\b")
_LIVING_ON = re.compile(r"\bliving (?:off|on) (?:\w+ ){0,2}(?:coffee|caffeine|tea|toast|takeaways?|noodles|crisps|"
                        r"energy drinks?|red bull|sugar|snacks|junk|biscuits|cereal|pot noodles?|no sleep|little sleep|"
                        r"(?:\w+ )?hours?(?: of)? sleep)\b")


# Session 21 (round thirty-seven's controls): the undertaker or a coffin made to fit a stiff body ("at this rate the
# undertaker will have to fold me into the box", 0.84), the joke `crisis_cues.IDIOMS` reads as "bury me in a Z shape":
# the body's shape, not a wish. (Dying in a video game is an idiom of `crisis_idioms`.)
_FIT_THE_BOX = re.compile(r"\b(?:undertakers?|funeral directors?|they|coffin makers?) (?:\w+ ){0,5}(?:fold|bend|"
                          r"squeeze|cram|fit|wedge|straighten) (?:me|my body) (?:\w+ ){0,2}(?:into|in|to fit) "
                          r"(?:the|a|my) (?:box|coffin|casket)\b")


def states_an_ordinary_matter(folded: str) -> bool:
    """Whether `folded` (one clause, matching form) only tells pain on moving, the writer's role at a helpline, the
    choosing half of an either-or question, a piece of school work and its topic, or a hedge ("just so I know"),
    holding no warning sign of a crisis. "now it is agony to move" → True; "it is too painful to carry on" →
    False."""
    text = folded.strip()
    if warning_signs(text) or _TOO_MUCH_TO_BEAR.search(text):
        return False
    return bool(_MOVING.search(text) or _HELPLINE_ROLE.search(text) or _CHOICE_TAIL.search(text)
                or _STUDY_WORK.search(text) or _HEDGE.search(text) or _WHEN_HELP.search(text) or _POSTURAL.search(text)
                or _LIVING_ON.search(text) or _FIT_THE_BOX.search(text))
