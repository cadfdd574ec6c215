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
