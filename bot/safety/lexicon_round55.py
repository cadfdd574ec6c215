"""Red flags and crisis phrases found missing in safety round fifty-five (session 34), in the form of
`bot.safety.lexicon` (over the matching form), chained into `lexicon_round52.ROUND52_CONCEPTS` and so into
`triage.CONCEPTS` (one import, one line). Each is a kind of phrasing, not a vignette's words.

- (tier C) wishing to go to sleep "an no wake up" (Scots and Caribbean "no" for "not"): C-SSRS 1 (wish to be dead);
  the English "not wake up" was already read. Not "…and not wake up stiff", "in pain".
- (tier C) medicines saved or stockpiled (round 54's class) with a time chosen: "this weekend's the one", "tonight's
  the night": C-SSRS 6 (preparatory behaviour) with a time (reference §2.5: a plan with a time). Not tablets saved to
  take back to a pharmacy.
- (tier C) thinking, wanting or planning to jump from a block, a building, a bridge, a roof or a balcony: C-SSRS 2-3
  (method); WHO suicide fact sheet (jumping from a height among the common methods in cities: Singapore's HDB blocks).
- (tier C) "we'd both be better off gone" (not "gone from here"); having worked out how many tablets "it would take"
  (not "to last the trip", "to fix my level"): C-SSRS 1 and 3 (method worked out); 988 Lifeline (being a burden).
- (tier C) stopping eating or drinking "and just fade away": C-SSRS 1 (wish to be dead; passive means); NICE NG225
  (older people and carers: indirect self-harm).
- (tier C) taking all of someone's tablets at once so that it would "look like an accident": round 54's concealment
  frame (Beck's SIS), with "all … at once" for the overdose word.
- (tier C) sitting holding a knife, a blade or a razor "thinking about it", at night or for hours: C-SSRS 2-3 (method
  and rehearsal, as round 54's gun); not a knife held for cooking.
- (tier C) going, dying or leaving "on (my / his / her) own terms": C-SSRS 2-3 (intent told indirectly; an older
  person with tablets hidden). Not "retire" or "live" on one's own terms.
- (tier C) talk about hanging, killing or cutting oneself ("did a talk bout hangin himself"): C-SSRS 1-2, 988
  Lifeline (talking about killing oneself); someone else's brings its own notice.
- (tier P) a child named as a grandbaby, a "lil bro", a little sister, a pickney or by an age alone ("she's 2", "hes
  4") who swallowed, ate or got into tablets: reference §2.3; NHS "Poisoning" (children and iron tablets).
- (tier P) ten or more tablets taken by mistake ("about 30 of my iron tablets by mistake", "mixed up the bottles"):
  NHS "Overdose"; TOXBASE (iron over 60 mg/kg is toxic: vomiting and stomach pain are its first signs).
- (tier E) a head knocked or hit with confusion or vomiting after it: NICE NG232 "Head injury" (vomiting, confusion
  after a head injury: emergency department); not "hit my head on the cupboard, feel fine".
- (tier E) spitting up or coughing up bright red blood, "all evening", a lot, or with dizziness: NHS "Coughing up
  blood" and "Vomiting blood" (999 if a lot or dizzy); not gums while brushing.
- (tier E) both hands or arms tingling, numb or weak after a crash, a fall or a blow: NICE NG41 "Spinal injury"
  (neurological signs after trauma: immobilise, 999); not hands that tingle at night.
- (tier E) being sick with blood in it, black, dark or with faintness ("been sick twice and it's got black bits and
  blood in, feel faint", on naproxen): NHS "Vomiting blood" (999 or A&E); it was read only as an anaemia alarm (U).
- (tier E) a bladder that "nothing comes out" of when one tries, or no feeling of needing to go: NHS "Cauda equina
  syndrome" (retention, loss of bladder sensation: A&E now); it was read only as a pelvic symptom (U).
- (tier U) a first back pain at 50 or over, "now there's this dull ache low down for three weeks": round 54's frame
  with "there is" and a place between (NICE CKS "Back pain - low": new onset over 50).
"""

from __future__ import annotations

from bot.safety.lexicon import PILLS, Concept
from bot.safety.lexicon_round51 import _AGE_50, _FIRST
from bot.safety.lexicon_round54 import _ACCIDENT, _SAVING

_CRISIS = "thoughts of suicide or self-harm"
_POISONING = "tablets swallowed by a child, or too many taken"

_NO_WAKE = (r"\b(?:wish|want|wanted|wanna|like|love|could|just) (?:\w+ ){0,4}(?:go to |goes to |to )?sleep "
            r"(?:and|an|n) (?:no|not|never|nae|nah) wake(?: up)?\b"
            r"(?! (?:with|in pain|stiff|sore|early|at|aching|feeling))")
_THE_TIME = (r"\b(?:this|next|coming) (?:weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday|"
             r"thursday|night) (?:is |will be |s )?the (?:one|day|night|time)\b|"
             r"\b(?:tonight|tomorrow|today) (?:is |will be |s )?the (?:night|day|one|time)\b")
_JUMP = (r"\b(?:thinking|think|thought|planning|plan|want|wanted|wanting|wanna|going|gonna|tempted|urge) "
         r"(?:\w+ ){0,2}(?:how to |to |of |about )?(?:just )?jump(?:ing)? (?:off|from) "
         r"(?:my |the |a |our |that |this )?(?:\w+ ){0,2}"
         r"(?:block|building|bridge|roof|rooftop|balcony|tower|cliff|flat|car park|multi storey|ledge|overpass|"
         r"storey)\b")
_BETTER_GONE = (r"\b(?:i|we|wed|id|everyone|both of us|we both)(?: \w+){0,3} better off (?:gone|dead|not here|not "
                r"around)\b(?! (?:from|to|away|back|home|abroad|on|for))")
_WORKED_OUT = (r"\b(?:worked out|figured out|counted|calculated) how many (?:\w+ ){0,4}(?:tablets|pills|"
               r"capsules|meds)? ?(?:it would|it will|it d|would|will) (?:take|do it|be enough)\b"
               r"(?! (?:to|so|before|until|with)\b)(?! for (?!me\b))")
_FADE = (r"\bstop (?:eating|drinking|eating and drinking)(?: and| an| n)? (?:just |slowly |simply |quietly )?(?:fade|"
         r"waste|wither|slip) away\b")
_ALL_AT_ONCE = (r"\b(?:took|take|taking|swallowed|swallow|had|have) all (?:of )?(?:\w+ ){0,3}(?:at once|in one go|"
                r"together|at the same time)\b")
_KNIFE = (r"\b(?:holding|holdin|hold|held|sit with|sat with|sitting with|staring at|gripping|clutching) (?:a|the|my|"
          r"that) (?:\w+ )?(?:knife|blade|razor|razor blade|scissors)\b")
_THINKING_OF_IT = (r"\b(?:thinking about it|think about it|thinking about doing it|thinking of doing it|wanting to|"
                   r"for hours|every night|at night|most nights|in the dark)\b")
_OWN_TERMS = (r"\b(?:go|going|die|dying|leave|leaving|end it|bow out|check out|exit) on (?:my|his|her|their|our) "
              r"own terms\b")
_TALK_OF = (r"\b(?:talk\w*|spoke|speaking|said|saying|going on|went on|on|mentioned|joked|joking|texted|posted) "
            r"(?:\w+ ){0,2}about (?:hanging|killing|cutting|shooting|drowning) (?:himself|herself|themselves|myself|"
            r"themself)\b")
_CHILD_MORE = (r"\b(?:grandbaby|grandbabies|grandbabby|lil bro|lil sis|little bro|little brother|little sister|baby "
               r"brother|baby sister|pickney|pickneys|pikni|bairn|toddlers)\b|\b(?:the|my|our|wee|her|his) weans?\b|"
               r"\b(?:she is|he is|hes|shes|she s|he s) (?:[1-9]|1[0-2])\b"
               r"(?! (?:weeks?|stone|kg|kilos?|lb|lbs|pounds|feet|foot|ft|pm|am|o clock|"
               r"percent|times|hours|days))")
_SWALLOW = (r"\b(?:swallowed|ate|eaten|got into|gotten into|chewed|scoffed|munched|got hold of)\b|(?<!can )(?<!could )"
            r"(?<!to )(?<!not )\bswallow (?:some|nuff|all|a bunch|di|de|whole|plenty)\b")
_MANY_BY_MISTAKE = (r"\b(?:took|taken|swallowed|had|ate|eaten|downed) (?:like |about |around |over |maybe |nearly )?"
                    r"(?:[1-9]\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:of (?:my|his|her|the) )?"
                    r"(?:\w+ ){0,2}(?:tablets?|pills?|capsules?|tabs|caps)\b")
_MISTAKE = r"\b(?:by mistake|by accident|accidentally|mixed up|mix up|got (?:them|the bottles) mixed)\b"
_HEAD = (r"\b(?:hit|banged|bumped|knocked|cracked|smacked|bashed|whacked) (?:my|his|her|their|the|your) head\b|"
         r"\bhead injury\b")
_AFTER_HEAD = (r"\b(?:now|very|really|quite|more|getting|seems?|is|been|so|keeps?|gone|all) (?:\w+ )?confused\b|"
               r"\b(?:vomiting|being sick|been sick|throwing up|threw up|keeps? vomiting|drowsy|knocked out|"
               r"blacked out|passed out|will not wake|hard to wake)\b")
_SPIT_BLOOD = (r"\b(?:spit\w*|cough\w*|hack\w*) up (?:\w+ ){0,3}blood\b(?! (?:test|tests|pressure|sugar|results?))")
_A_LOT = (r"\b(?:all (?:evening|evenin|day|night|morning|afternoon)|bright red|fresh|a lot|lots|loads|a cupful|a "
          r"mouthful|dizzy|faint|lightheaded|light headed|clots?)\b")
_NOT_GUMS = r"\b(?:brush\w*|teeth|tooth|gums?|nosebleed|floss\w*|dentist)\b"
_BOTH_HANDS = (r"\bboth (?:my |his |her |of my |of his |of her )?(?:hands|arms)(?: \w+){0,3} (?:tingl\w*|numb\w*|weak|"
               r"pins and needles|dead|no feeling)\b")
_TRAUMA = (r"\b(?:crash\w*|accident|collision|clipped|hit by|hit a|came off|come off|fell|fall|fallen|whiplash|"
           r"rolled|landed)\b")
_RETURNED = (r"\b(?:take (?:them |it )?back|taking (?:them |it )?back|return\w*|hand (?:them |it )?in|handing (?:them "
             r"|it )?in|dispos\w*|chemist|pharmacy|pharmacist|recycl\w*)\b")
_SICK_BLOOD = (r"\b(?:been sick|was sick|being sick|vomit\w*|threw up|throwing up|thrown up|puked|puking)\b"
               r"(?: \w+){0,8} blood\b(?! (?:test|tests|pressure|sugar|results?|donation))")
_FAINT_OR_DARK = r"\b(?:faint|fainting|dizzy|lightheaded|light headed|black|coffee|dark|bright red|a lot|loads)\b"
_RETENTION = (r"\bnothing (?:comes|coming|came|will come) out\b|\b(?:cannot|can not|could not|do not|does not) "
              r"(?:feel|tell) when (?:i|he|she) (?:need|needs|want|wants) to (?:go|pee|wee)\b")
_BLADDER_WORD = r"\b(?:bladder|pee|peeing|wee|weeing|urine|waterworks|water)\b"
_BOWEL_TALK = r"\b(?:constipat\w*|bunged up|blocked up|poo|pooing|stools?|bowel movement|number two)\b"
_NOW_THERE = (r"\b(?:now|lately|suddenly) (?:there is |theres |i have |i have got |i got |got )?(?:this |a |the )?"
              r"(?:\w+ ){0,2}(?:ache|pain|backache)(?: \w+){0,4} (?:for|these|the last|the past) (?:\w+ )?(?:days|"
              r"weeks|week|fortnight)\b")

ROUND55_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_NO_WAKE,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_SAVING,), requires=(_THE_TIME,),
            unless=_RETURNED),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_JUMP, _BETTER_GONE, _WORKED_OUT, _FADE,
                                                                        _OWN_TERMS, _TALK_OF)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_ACCIDENT,), requires=(_ALL_AT_ONCE,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_KNIFE,), requires=(_THINKING_OF_IT,)),
    Concept("poisoning", "P", _POISONING, gated=False, window=8, near=((_SWALLOW, _CHILD_MORE, PILLS),)),
    Concept("poisoning", "P", _POISONING, gated=False, phrases=(_MANY_BY_MISTAKE,), requires=(_MISTAKE,)),
    Concept("significant_trauma", "E", "a fall, accident or injury", phrases=(_HEAD,), requires=(_AFTER_HEAD,)),
    Concept("gi_bleeding", "E", "vomiting blood, or black, tarry stools", phrases=(_SPIT_BLOOD,), requires=(_A_LOT,),
            unless=_NOT_GUMS),
    Concept("significant_trauma", "E", "a fall, accident or injury", phrases=(_BOTH_HANDS,), requires=(_TRAUMA,)),
    Concept("gi_bleeding", "E", "vomiting blood, or black, tarry stools", phrases=(_SICK_BLOOD,),
            requires=(_FAINT_OR_DARK,)),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", phrases=(_RETENTION,),
            requires=(_BLADDER_WORD,), unless=_BOWEL_TALK),
    Concept("new_back_pain_over_50", "U", "new back pain over the age of 50",
            phrases=(_NOW_THERE,), requires=(_FIRST, _AGE_50)),
)
