"""Red flags and crisis phrases found missing in safety round fifty-three (session 32), in the form of
`bot.safety.lexicon` (over the matching form), chained into `lexicon_round52.ROUND52_CONCEPTS` and so into
`triage.CONCEPTS` (one import, one line). Each is a kind of phrasing, not a vignette's words.

- (tier C) walking into water (a bayou, river, loch, lake, the sea, the waves) and not coming back (out): reference
  §2.5 and the 988 Lifeline warning signs (talking about a way to die); C-SSRS 2-3 (a method thought of). Not a
  swim, a paddle or a walk "and back out again".
- (tier C) thinking of, wanting or tempted to drive, run or crash one's car, ute, truck or van into a tree, a wall, a
  pole, a bridge or a lorry (Australian "ute", "gum tree"): C-SSRS 2-3; WHO "Preventing suicide: a resource for
  media professionals" (road deaths as method). A crash told as happened is no crisis (the trauma flags judge it).
- (tier C) asking, wishing or praying that God would "just take me" (West African Pidgin "make God just take me",
  also UK and US speech): C-SSRS 1 (wish to be dead, passive). Not "take me through", "to church", "out of this".
- (tier C) a note addressed to whoever finds it ("if you find this …") with "it's not your fault": a farewell
  (988 Lifeline: saying goodbye; NHS "Help for suicidal thoughts": writing a note). Not "if you find this useful".
- (tier C) all of one's tablets, painkillers or sleeping pills kept or put aside with tonight, "finish everything",
  "end it all" or "for good" beside them (Sri Lankan English "finish everything"): C-SSRS 6 (collected pills) with a
  time or an end; the older forms wanted "enough there now" or "saving up" before the medicine.
- (tier C) medicines put aside or hidden "instead of taking them" told beside a bereavement (a husband, wife or
  partner who "passed", died or was lost): C-SSRS 6; NICE NG225 and the WHO fact sheet (bereavement, older age,
  access to means). Either alone is no crisis (`crisis_cues_round51` keeps the first weak).
- (tier U) a first ever back pain at 50 or over that began recently or "out of nowhere" ("I'm 67 and have never had
  back pain in my life, but it started last week"): NICE CKS "Back pain - low" (new onset over 50 is a red flag
  for cancer or infection); rounds 51-52 wanted worsening or night pain as well. Age and first episode required.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_round51 import _AGE_50, _FIRST

_CRISIS = "thoughts of suicide or self-harm"

_WATER = (r"\b(?:walk|walking|walked|wade|wading|waded|swim|swimming|go|going|head|heading) (?:straight |right |out )?"
          r"into (?:the |a )?(?:\w+ )?(?:bayou|river|sea|ocean|lake|loch|water|waves|surf|canal|creek|dam|reservoir|"
          r"swamp)\b (?:\w+ ){0,2}(?:and |an )?(?:not|never) (?:coming|come|walking|walk|getting|get) (?:back|out)\b")
_CAR = (r"\b(?:think|thinking|thought|keep thinking|want|wanting|wanted|tempted|urge|urges|feel like|imagine|"
        r"imagining) (?:about |of |to )?(?:just )?(?:running|run|driving|drive|crashing|crash|steering|steer|"
        r"putting|put|wrapping|wrap|ploughing|plowing) (?:the|my|our|this) (?:car|ute|truck|van|lorry|motorbike|"
        r"bike|wagon) (?:\w+ )?(?:into|off|under) (?:a|the|an) (?:\w+ ){0,2}(?:tree|wall|pole|post|bridge|truck|"
        r"lorry|road train|pylon|cliff|river|oncoming|train|bus)\b")
_GOD = (r"\b(?:wish|wishing|want|pray|praying|prayed|hope|hoping|ask|asking|beg|begging|make|let|if only) (?:that )?"
        r"(?:the )?(?:god|lord|jesus|allah) (?:would |will |should |could |to |can )?(?:just |only |simply )?"
        r"(?:take|took) me\b(?! (?:through|to|back|out|into|there|home from|away from|somewhere|along|with))")
_FOUND_NOTE = (r"\bif (?:you|u|anyone|someone|somebody) (?:find|finds|found|read|reads|see|sees) this\b(?! "
               r"(?:useful|helpful|interesting|funny|confusing|odd|strange|weird|hard|too|a bit))")
_NOT_FAULT = r"\b(?:it is|its|it was|this is|this was) not (?:your|anyone s|anybody s|any of your) fault\b"
_MEDS = (r"(?:tablets|pills|meds|medicines?|medication|painkillers|panadol|paracetamol|co ?codamol|codeine|tramadol|"
         r"sleeping (?:tablets|pills)|insulin)")
_ALL_ASIDE = (r"\b(?:kept|keeping|put|putting|set|setting|saved|saving|stored|storing|hidden|hid|collected|"
              r"collecting|gathered|gathering) (?:aside |away |by )?(?:all|every one of|every last one of) (?:the|my) "
              r"(?:\w+ ){0,4}" + _MEDS + r"\b")
_THE_END = (r"\b(?:tonight|today|this evening|tomorrow) (?:i|im|i am) (?:will|shall|going to|gonna|am going to) "
            r"(?:finish|end) (?:everything|it all|all|things|my life)|(?:finish|end) (?:everything|it all|my life) "
            r"(?:tonight|today|this evening|for good)|end it (?:all|for good)\b")
_ASIDE_INSTEAD = (r"\b(?:putting|put|setting|set|keeping|kept|hiding|hid|hidden|stashing|stashed|saving|saved) "
                  r"(?:\w+ ){0,2}" + _MEDS + r" (?:\w+ ){0,1}(?:aside|away|by)? ?(?:\w+ ){0,5}instead of (?:taking|"
                  r"swallowing|using) (?:them|it)\b")
_BEREAVED = (r"\b(?:my |our )?(?:husband|wife|partner|hubby|other half|fiance|fiancee|son|daughter) (?:\w+ )?"
             r"(?:passed|died|was taken|went|has gone|is gone|passed away|passed on)\b|\b(?:lost|losing|buried) my "
             r"(?:husband|wife|partner|son|daughter)\b|\bwidow(?:ed|er)?\b")

_RECENT = (r"\b(?:it |this |the pain |pain )?(?:started|began|came on|begun|start|kicked in) (?:\w+ ){0,2}"
           r"(?:last week|this week|days ago|a few days|a week ago|recently|yesterday|out of nowhere|out of the blue|"
           r"suddenly|all of a sudden|for no reason|this month|last month)\b|\bout of (?:nowhere|the blue)\b")

ROUND53_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_WATER, _CAR, _GOD)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_FOUND_NOTE,), requires=(_NOT_FAULT,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_ALL_ASIDE,), requires=(_THE_END,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_ASIDE_INSTEAD,), requires=(_BEREAVED,)),
    Concept("new_back_pain_over_50", "U", "new back pain over the age of 50",
            phrases=(_RECENT,), requires=(_FIRST, _AGE_50)),
)
