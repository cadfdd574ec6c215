"""Crisis phrases found missing in round twenty-seven (session 15): a passive death wish told as not minding, a wish
to end it told with "feel like", the Jamaican Creole "mi nuh wan live nuh more", a car left running in a closed
garage, and someone's goodbye message followed by silence. Grammatical shapes and word classes in the writer's voice,
over the matching form (`bot.safety.matching`: lower case, contractions expanded, variety spellings read as the
standard word by `bot.safety.dialects`).

- Not minding, welcoming or being glad "if I (just) didn't wake up" (C-SSRS question 1: wish to be dead; NHS "Help
  for suicidal thoughts"). Not about mornings ("... didn't wake up so stiff", `NOT_MORNING`).
- "I feel like (just) ending it / it all / my life / things": "feel like" is a wish, as "want to" is (C-SSRS 1-2).
  Not "ending it with" a person or a plan, nor "ending things between us".
- Jamaican Creole negates with "nuh" before the verb and needs no "do" ("mi nuh wan live nuh more": Cassidy and Le
  Page, Dictionary of Jamaican English; `dialects` reads "nuh" as "not" and "wan" as "want"): "i / mi not want (to)
  live no more". Session 19 (second helper): Creole "dead" is also the verb "die" ("mi waan dead", I want to
  die; same dictionary, "dead" v.): "i / mi (just) want (to) dead", unless a noun follows ("want dead skin off").
- Thinking about (or picturing) leaving a car engine running in a garage, or a hose on the exhaust (car-exhaust
  carbon monoxide as a method: Amos, Appleby and Kiernan, Psychological Medicine 2001, suicide by car exhaust in
  England and Wales; C-SSRS 3, a method thought of). Not warming the car up, defrosting, or charging.
- A goodbye message the writer received ("sorry for everything", "love you all", "look after mum"), then no answer
  (not a "bye" alone, nor a silence explained: "... because he is on the plane"). 988 Lifeline warning signs:
  saying goodbye; NHS "Help for suicidal thoughts": if someone's life is at risk, call 999. A goodbye the writer
  received is always someone else's crisis (`triage`). Session 19: the sender as subject, the words quoted after.
  Session 20 (round 36): the message reports an overdose taken ("texted saying she's taken all her tablets",
  "loads of", "a whole packet"), then a goodbye or no answer: the same received crisis, the overdose told in place
  of (or before) the goodbye words (NHS "Overdose": call 999 if someone has taken an overdose and is unresponsive;
  988 Lifeline). Not a dose reported with nothing after it ("mum texted she took all her tablets this morning").
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import NOT_MORNING
from bot.safety.someone_else import PERSON

_LABEL = "thoughts of suicide or self-harm"
RECEIVED_GOODBYE = "goodbye_then_silence"
_NOT_MINDING = (r"(?:would not|do not|would never) (?:\w+ )?(?:mind|care)|(?:would|will|d) (?:\w+ )?welcome it|"
                r"(?:would be|be|am|i am) (?:\w+ )?(?:happy|glad|relieved|grateful|at peace|fine|ok|okay)")
_PASSIVE_WISH = (r"(?:" + _NOT_MINDING + r") (?:\w+ ){0,3}if i (?:simply |just |only |quietly )?(?:did not|never|do "
                 r"not|would not|were not to|was not to) wake up" + NOT_MORNING)
_FEEL_LIKE_ENDING = (r"feel\w* like (?:just |simply )?ending (?:it all|it(?! (?:all )?(?:with|between|at|for|off)\b)|"
                     r"my (?:own )?life|things(?! (?:with|between|at|off)\b)|everything(?! (?:with|between)\b))")
_CREOLE = (r"\b(?:i|mi|me) (?:do |does )?not (?:want|waan) (?:to )?live (?:not |no |any ?)?more\b|"
           r"\b(?:i|mi|me) (?:just |only |really |so )?(?:want|waan|wish) (?:to )?dead\b(?! (?:skin|cells?|wood|"
           r"leaves|weight|end|zone|space|bod(?:y|ies)|ones|people|pixels|links|batter(?:y|ies)|tired|beat|set|serious|easy|on|in)\b)")
_THOUGHT = (r"(?:think\w*|thought|picture|picturing|pictured|imagin\w*|tempt\w*|wonder\w*|dream\w*|fantasi[sz]\w*|"
            r"want\w*)")
_ENGINE = (_THOUGHT + r" (?:about |of )?(?:just |simply )?(?:leav\w*|left|keep\w*|run\w*|turn\w* on|start\w*) (?:\w+ )?"
           r"(?:engine|motor|car) (?:\w+ )?(?:running|on)\b(?! (?:to|while|for (?:a|the|ten|five))\b)")
_GARAGE_ENGINE = r"garage(?: \w+){0,15} " + _ENGINE + r"|" + _ENGINE + r"(?: \w+){0,8} garage\b(?! (?:to|for|while)\b)"
_HOSE = r"(?:hose|hosepipe|tube|pipe) (?:\w+ ){0,3}(?:on|to|into|from) (?:the |my |a )?exhaust\b"
# Session 19: the sender named as the subject and the message quoted straight after, with no "me" ("my brother
# just texted 'take care of mum'"): the same received goodbye, told in reported-speech order.
_SENDER = r"(?:" + PERSON + r"|he|she|they) (?:just |then |has |had |finally |suddenly )?"
_RECEIVED = (r"(?:(?:texted|messaged|sent|wrote|left|emailed|dm d|dmd) (?:me|us)\b|" + _SENDER + r"(?:texted|"
             r"messaged|wrote|emailed|posted|sent (?:a|this|one) (?:\w+ )?(?:text|message))\b|(?:text|message|note|"
             r"voicemail|"
             r"post) (?:from|by) (?:him|her|them|my \w+)|got (?:a|this|his|her) (?:\w+ )?"
             r"(?:text|message|note|voicemail))")
# Session 23: "tell everyone I'm sorry" (988 Lifeline: saying goodbye; the farewell class of `crisis_cues` has it).
_FINAL = (r"(?:sorry for everything|love you all|goodbye forever|bye forever|forgive me|(?:this is|it is) goodbye|"
          r"tell (?:\w+ ){0,2}(?:that )?i am sorry|"
          r"(?:look after|take care of) (?:\w+ )?(?:mum|mom|dad|the kids|the children|the dog|the cat|everyone|"
          r"each other))")
_OVERDOSE_TOLD = (r"(?:taken|took|swallowed|had|necked|downed) (?:\w+ ){0,2}(?:all|loads|a load|lots|a lot|a handful|"
                  r"the lot|a whole (?:\w+ )?(?:packet|pack|bottle|box|tub)|the whole (?:\w+ )?(?:packet|pack|bottle|"
                  r"box|tub)|\d\d+|an overdose)\b")
_SILENCE = (r"(?:(?:is|are|has|have|was) )?(?:not|no longer|stopped|will not|would not) (?:\w+ )?(?:answering|answer|"
            r"picking up|pick up|replying|reply|responding|respond|reading)\b(?! (?:because|as|since|on the|while|"
            r"when)\b)")
_GOODBYE_THEN_SILENCE = _RECEIVED + r"(?: \w+){0,8} " + _FINAL + r"(?: \w+){0,14} " + _SILENCE
_OVERDOSE_THEN_SILENCE = (_RECEIVED + r"(?: \w+){0,5} " + _OVERDOSE_TOLD + r"(?: \w+){0,24} (?:" + _FINAL
                          + r"|" + _SILENCE + r")")

WISHES_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False,
            phrases=(_PASSIVE_WISH, _FEEL_LIKE_ENDING, _CREOLE, _GARAGE_ENGINE, _HOSE)),
    # Always someone else's: the writer received the goodbye (`triage`: the notice worded for helping them).
    Concept(RECEIVED_GOODBYE, "C", _LABEL, gated=False, phrases=(_GOODBYE_THEN_SILENCE, _OVERDOSE_THEN_SILENCE)),
)
