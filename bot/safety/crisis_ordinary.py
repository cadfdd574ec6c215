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

_STOP = r"(?:stop|stopping|quit|quitting|give up|giving up|come off|coming off|cut out|cutting out|pause|drop)"
_TREATMENT = (r"(?:vitamins?|vit|d3|b12|magnesium|mag|calcium|iron|potassium|zinc|folic acid|folate|k2|fish oil|"
              r"supplements?|tablets?|pills?|capsules?|multivitamins?|injections?|shots?|meds|medications?|"
              r"medicines?|prescriptions?|painkillers?|treatment|dose|doses)")
# "stop taking them", "stop the iron", "quit my magnesium tablets", "come off the b12 injections"
_STOP_TREATMENT = re.compile(rf"\b{_STOP} (?:taking |using |having )?(?:(?:my|the|these|those|all|this|that|"
                             rf"them|it|your|her|his) )?(?:\w+ ){{0,2}}{_TREATMENT}\b|"
                             rf"\b{_STOP} (?:taking|using) (?:them|it|these|those)\b")
# "stop waiting and get my back looked at", "quit smoking", "stop eating dairy": stopping an activity (the
# gerunds of a life, "living", "breathing", "existing", are kept out by _TOWARDS_A_LIFE).
_STOP_DOING = re.compile(rf"\b{_STOP} \w+ing\b")
# "so what do i do, just stop?", "should i just quit?", "is it ok to stop them?": a short question ending on
# "stop" with no object or a pronoun for the treatment talked about.
_BARE_STOP = re.compile(r"(?:\b(?:i|we) |\bjust |\bsimply |^)(?:stop|quit)$|\b(?:stop|quit) (?:them|it)$")
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


def asks_about_stopping_treatment(folded: str, raw: str = "") -> bool:
    """Whether `folded` (one sentence or clause, matching form; `raw`: the same as typed, for its question
    mark) asks about stopping or giving up a treatment and holds nothing of a crisis. "should i stop taking
    iron?" → True; "so what do i do, just stop?" → True; "i want it all to stop" → False."""
    text = folded.strip()
    if _TOWARDS_A_LIFE.search(text) or warning_signs(text):
        return False
    if _STOP_TREATMENT.search(text) or _STOP_DOING.search(text):
        return True
    asked = raw.rstrip().endswith("?")
    return asked and len(text.split()) <= MAX_BARE_WORDS and bool(_BARE_STOP.search(text))


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
