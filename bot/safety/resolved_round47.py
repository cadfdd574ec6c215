"""Red flags the message itself takes back (safety round forty-seven, session 28, and two false alarms left open in
session 27), judged after the lexicon has matched, like `bot.safety.resolved_round46` (`resolved_denied.taken_back`
calls `taken_back`). Over the matching form.

- "Collapsed" onto a sofa, a bed or a chair from tiredness ("collapsed on the sofa after a double shift, knackered"):
  the everyday sense, to sit or lie down suddenly from exhaustion (Oxford English Dictionary "collapse", v., 3: of a
  person, to sink down from exhaustion), not a loss of consciousness. Kept with any sign of one (passed out, fainted,
  blacked out, unconscious, came round, would not wake, hit the head, fitting, breathless, chest pain, confused, blue,
  grey, floor, ambulance) or a fall.
- "Nearly / almost passed out, fainted or collapsed" with excitement, laughter, joy, relief or nerves of a happy event
  (a figure of speech, session 27's open false alarm at a penalty shootout): only a near faint (never "passed out" told
  as happened), no chest pain, breathlessness or a faint told elsewhere.
- Palpitations with an everyday trigger named (too much coffee, caffeine, energy drinks) and a heart test told normal
  ("GP did an ECG and it was normal"): reference §2.3 tiers a racing or fluttering heart urgent only with no cause
  told; NHS "Heart palpitations" lists caffeine as a common harmless trigger and says to see a GP if they last or get
  worse. Both the trigger and the normal test are needed; kept with chest pain, fainting, dizziness, breathlessness, a
  supplement started ("since starting magnesium / potassium") or "getting worse / more often".
- Night sweats with a heat cause named (a thick duvet, a hot room, summer, a heatwave, the heating up) and the fever
  denied or not named ("no temperature"): the body cooling itself (NHS "Night sweats": a room too hot or too much
  bedding is a common cause; see a GP with weight loss, a fever or sweats that go on). Kept with any fever word not
  negated, chills, shivering, weight loss, injecting, an infection or a number of degrees.
"""

from __future__ import annotations

import re

_SLUMPED = re.compile(r"\b(?:collapsed|collapse|collapsing|crashed|flopped) (?:\w+ )?(?:on|onto|into|in|across) (?:t"
                      r"he |my |"
                      r"a |our |his |her )?(?:\w+ )?(?:sofa|couch|settee|bed|armchair|chair|recliner|futon)\b")
_TIRED = re.compile(r"\b(?:knackered|exhausted|shattered|tired|worn out|wiped out|cream crackered|done in|dead on my "
                    r"feet|(?:long|double|late|night|12 hour|twelve hour) (?:shift|day|week)|after (?:work|the gym|a"
                    r" run|"
                    r"my shift|the shift|the match|the party)|lol|haha)\b")
_OUT_COLD = re.compile(r"\b(?:passed out|pass out|fainted|faint|blacked out|black out|unconscious|came round|came to|"
                       r"wake|woke|woken|waking|rous\w*|respon\w*|unresponsive|hit (?:my|his|her) head|fit|fitting|"
                       r"seizure|breath\w*|chest|confused|blue|grey|gray|floor|ambulance|999|fell|fall|shaking|"
                       r"jerking|not breathing|slurr\w*)\b")

_NEAR_FAINT_JOY = re.compile(r"\b(?:nearly|almost|practically|about to|could have|could of) (?:\w+ )?(?:passed out|"
                             r"pass out|fainted|faint|collapsed|keeled over|died) (?:\w+ )?(?:with|from|of|in) (?:the |"
                             r"pure |sheer )?(?:excitement|laughter|laughing|joy|happiness|relief|delight|nerves|"
                             r"tension|suspense)\b")
_REAL_FAINT = re.compile(r"\b(?:(?<!nearly )(?<!almost )(?<!practically )passed out|blacked out|(?<!nearly )"
                         r"(?<!almost )fainted|unconscious|chest (?:pain|tight\w*|pressure)|breathless\w*|short of "
                         r"breath|came round|hit (?:my|his|her) head)\b")

_PALPITATIONS = frozenset({"heart_rhythm", "palpitations_with_faint"})
_TRIGGER = re.compile(r"\b(?:too much |a lot of |lots of |strong |extra )?(?:coffee|coffees|caffeine|espresso\w*|ene"
                      r"rgy "
                      r"drinks?|red bull|monster|pre ?workout)\b")
_CHECKED = re.compile(r"\b(?:ecg|ekg|heart monitor|holter|heart (?:check|test|scan)|echo|checked my heart|bloods?)"
                      r"(?: \w+){0,8} (?:normal|fine|clear|all clear|nothing wrong|ok|okay)\b|\b(?:normal|clear) "
                      r"(?:ecg|ekg|heart (?:check|test|scan))\b")
_HEART_KEPT = re.compile(r"\b(?:chest|faint\w*|passed out|blacked out|dizz\w*|lightheaded|light headed|breath\w*|"
                         r"collaps\w*|since (?:starting|i started|taking|i began)|started (?:taking )?(?:high dose|"
                         r"magnesium|potassium|calcium)|getting worse|worse|more often|every day|all the time|consta"
                         r"nt\w*"
                         r"|hours|will not stop|does not stop)\b")

_HEAT_CAUSE = re.compile(r"\b(?:duvet|quilt|blankets?|bedding|tog|too hot|hot (?:room|bedroom|night|nights|weather|f"
                         r"lat|"
                         r"house)|summer|heatwave|heat wave|heating (?:on|up|is on|was on)|radiator|hot water bottle|"
                         r"electric blanket|thick pyjamas|flannel sheets|warm (?:room|night|nights))\b")
_FEVER_DENIED = re.compile(r"\b(?:no|not a|without (?:a|any)?|never (?:a|any)?|not got a|have not got a|do not have a|"
                           r"no sign of (?:a|any)?) ?(?:temperature|temp|fever|high temperature)\b|\bnot (?:feverish|"
                           r"running a temperature|running a fever)\b|\btemperature (?:is |was )?(?:normal|fine|ok)\b")
_FEVER_KEPT = re.compile(r"\b(?:fever\w*|feverish|temperature|temp|degrees|\d\d(?: \d)? ?(?:c|f)\b|chills?|shiver\w*|"
                         r"rigors?|hot and cold|burning up|weight|kilos|pounds|inject\w*|infection|antibiotics|"
                         r"drenched every|soaked every|cancer|lump)")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in ("collapse", "palpitations_with_faint") and _NEAR_FAINT_JOY.search(folded) and not _REAL_FAINT.search(
            folded):
        return True
    if name == "collapse" and _SLUMPED.search(folded) and _TIRED.search(folded) and not _OUT_COLD.search(
            _SLUMPED.sub(" ", folded)):
        return True
    if name in _PALPITATIONS and _TRIGGER.search(folded) and _CHECKED.search(folded) and not _HEART_KEPT.search(
            folded):
        return True
    return bool(name == "fever_with_back_pain" and re.search(r"\b(?:night sweats|sweat\w*)\b", folded)
                and _HEAT_CAUSE.search(folded) and not _FEVER_KEPT.search(_FEVER_DENIED.sub(" ", folded)))
