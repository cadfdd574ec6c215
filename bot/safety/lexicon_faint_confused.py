"""Red-flag lexicon: fainting or feeling about to faint with back pain, and sudden confusion (newcomer test, session
11), in the form of `bot.safety.lexicon` (matching form; `gated` concepts fire only for personal or situational
messages, so "can low B12 cause confusion?" is answered normally).

Sources (docs/SAFETY.md, "Newcomer test, session 11"):
- NHS "Abdominal aortic aneurysm" (https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/): a burst aneurysm causes
  sudden, severe pain in the tummy or lower back with dizziness, sweaty clammy skin, a fast heartbeat, shortness of
  breath, and fainting or passing out; call 999. Safety notes §2.2 (vascular, tier E) and §2.4 ("collapsed",
  "passed out": tier E). So back pain with a faint, or with feeling about to faint, is tier E whatever else is said;
  a faint without back pain keeps its same-day advice (anaemia with alarm features, safety notes §2.3).
- NHS "Sudden confusion (delirium)" (https://www.nhs.uk/conditions/confusion/): "Go to A&E or call 999 if someone
  suddenly becomes confused"; signs: not able to think or speak clearly, not knowing where they are, struggling to
  pay attention; becoming *increasingly* forgetful or confused over time is a routine GP visit (dementia), so the
  confusion must be new (today, suddenly, since a time) or come with drowsiness.

Not flagged: "confused about which vitamin D to take" (confusion about a thing), "a faint ache", "so nervous I
nearly fainted" (`lexicon_general.EVERYDAY_FAINT`), "the magnesium makes me drowsy" (drowsiness alone).
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, Concept

# A faint told, or one felt coming: "fainted", "passed out", "blacked out", "feel like I'm going to pass out", "keep
# feeling faint", "nearly fainted". Not "a faint ache / line / smell" (the adjective before a noun).
FAINT = (r"faint(?:ed|ing|s)|(?:passed|passing|pass|blacked|blacking|black) out|keeled over|"
         r"(?:feel|feels|felt|feeling|go|goes|going|went|came over|come over|comes over|coming over|turn|turned|"
         r"almost|nearly|about to|going to|gonna|might|will|would) (?:\w+ ){0,2}faint\b(?! (?:\w+ing|ache|line|"
         r"smell|pain|hope|glow|sound|noise|mark|trace)\b)")
_FIGURE = (r"(?:so|too|that|really) (?:nervous|scared|excited|embarrassed|shocked|anxious|happy|relieved)(?: \w+){0,3} "
           r"(?:i |that i )?(?:thought|felt like|could have|could|nearly|almost) (?:i )?(?:\w+ ){0,3}"
           r"(?:faint\w*|pass\w* out)|(?:nearly|almost) (?:fainted|passed out) (?:with|from|of|when i saw) (?:the )?"
           r"(?:relief|shock|excitement|joy|price|bill)|"
           r"pass(?:ed)? out (?:\w+ ){0,2}(?:drunk|asleep|on the sofa|in front of the tv)|"
           r"passed out (?:from|after) (?:\w+ ){0,2}(?:drinking|drinks|beers|wine|party|night out)")

# A person confused, not confused about something ("confused about the doses", "confused by the labels").
_CONFUSED = (r"(?:confus(?:ed|ion)|disorient\w*|delirious|delirium|muddled|not making (?:any )?sense|talking "
             r"(?:nonsense|gibberish|rubbish)|(?:does|did) not (?:know|recogni[sz]e) (?:where (?:he|she|they|i) "
             r"(?:is|are|am|was|were)|who (?:i|we|he|she|they) (?:am|are|is)|me|us|what day|her own|his own))"
             r"(?! (?:about|by|with|as to|why|what|how|which|whether|if|between|over|regarding|on|at|when|where)\b)")
# New: told with a time or suddenness, or with drowsiness (NHS: sudden confusion, not increasing forgetfulness).
_NEW = (r"suddenly|sudden|all of a sudden|out of (?:nowhere|the blue)|today|tonight|this (?:morning|afternoon|"
        r"evening)|since (?:yesterday|this morning|last night|\w+day)|last night|yesterday|overnight|new|just started|"
        r"drows\w*|sleepy|hard to wake|(?:will not|cannot|can not) stay awake")
_GRADUAL = r"dementia|alzheimer\w*|(?:getting|becoming|growing) (?:more |increasingly )?(?:forgetful|confused)"

# Session 18 newcomer findings. A fever (or feeling hot and shivery) with new drowsiness or confusion: NICE NG51
# "Sepsis: recognition, diagnosis and early management" (high-risk criterion: objective evidence of new altered mental
# state); NHS "Sepsis" (https://www.nhs.uk/conditions/sepsis/): call 999 or go to A&E if someone is acting confused,
# has slurred speech or is not making sense, or is very drowsy / hard to wake. Not a medicine that makes one drowsy.
_FEVER = (r"fever\w*|(?:high |a |running a |has a |got a )temperature|"
          r"temperature (?:of|is|was) (?:\w+ )?(?:3[89]|4[0-2]|10[0-5])|"
          r"burning up|hot and (?:cold|shivery)|shivering|rigou?rs|chills")
_DROWSY = (r"(?:really|very|so|extremely|unusually|abnormally|too|incredibly) (?:drowsy|sleepy|hard to wake)|drowsy|"
           r"hard to wake|(?:will not|cannot|can not|could not|barely) (?:stay awake|wake (?:him|her|me|up))|"
           r"slurr\w*|" + _CONFUSED)
_SIDE_EFFECT = r"(?:makes?|made|making) (?:me|him|her|them) (?:\w+ )?(?:drowsy|sleepy)|drowsy (?:side effects?|after)"
# Confusion of recent days in someone 65 or older, told without suddenness or a fever ("my dad is 80, a bit confused
# lately"): NICE CG103 "Delirium" (age 65+ is a risk factor; recent changes, over hours or days, in thinking or
# behaviour need assessment for delirium, which often has a physical cause such as an infection). Same-day advice
# (GP, NHS 111), not 999: the NHS 999 advice is for confusion that comes on suddenly (`sudden_confusion` above).
# Gradual forgetfulness or known dementia stays a routine GP matter (`_GRADUAL`).
_OLDER = (r"(?:i am|he is|she is|is|aged|age) (?:6[5-9]|[7-9]\d|1[01]\d)\b|(?:6[5-9]|[7-9]\d|1[01]\d) ?(?:years? old|"
          r"yrs? old|yo)\b|in (?:my|his|her) (?:seventies|eighties|nineties)|elderly|nan|nana|gran|granny|grandma|"
          r"grandmother|grandad|granddad|grandpa|grandfather")
_RECENT = (r"lately|recently|of late|these (?:last |past )?(?:few )?days|(?:this|last) week|(?:the )?(?:last|past) "
           r"(?:few |couple of |\d+ )?(?:days?|week)|for (?:a few |a couple of |\d+ )?days")

# Session 27 (round forty-five): a racing, skipping or irregular heartbeat with a faint or a blackout ("my heart is
# racing and skipping beats, and I blacked out for a few seconds"): reference §2.3, heart rhythm "with chest pain or
# fainting → E" (NHS "Heart palpitations": call 999 with fainting). Without the faint it stays urgent
# (`lexicon_general`), and so does a faint told of childhood or years ago (`_LONG_PAST`).
_RHYTHM = (r"palpitations?|heart (?:\w+ ){0,2}(?:racing|races|raced|pounding|fluttering|flutters|skipping|skips|"
           r"skipped|missing beats|beating (?:fast|funny|weird|irregular\w*))|irregular heart\w*|(?:skipped|missed) "
           r"beats")
_LONG_PAST = (r"as a (?:child|kid|teenager|teen|student|baby)|(?:years|decades) ago|when i was (?:young|little|a "
              r"(?:child|kid|teenager|student))")

FAINT_CONFUSED_CONCEPTS: tuple[Concept, ...] = (
    Concept("palpitations_with_faint", "E", "a racing or irregular heartbeat with fainting", requires=(_RHYTHM,),
            unless=_FIGURE + "|" + _LONG_PAST, phrases=(FAINT,)),
    Concept("fever_with_confusion", "E", "a fever with new confusion or drowsiness", requires=(_FEVER,),
            unless=_SIDE_EFFECT, phrases=(_DROWSY,)),
    Concept("recent_confusion", "U", "new confusion in an older person", requires=(_OLDER, _RECENT),
            unless=r"\b(?:" + _GRADUAL + r")\b", phrases=(_CONFUSED,)),
    Concept("faint_with_back_pain", "E", "back pain with fainting or feeling faint", requires=(BACK_PAIN,),
            unless=_FIGURE, phrases=(FAINT,)),
    Concept("sudden_confusion", "E", "sudden confusion or drowsiness", requires=(_NEW,),
            unless=r"^(?!.*\b(?:suddenly|sudden|all of a sudden|out of nowhere|today|tonight)\b).*\b(?:" + _GRADUAL
            + r")\b", phrases=(_CONFUSED,)),
)
