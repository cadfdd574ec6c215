"""Red-flag lexicon, back-pain emergencies told in everyday grammar (round twenty), in the form of
`bot.safety.lexicon` (gated: the writer's own or a relative's situation).

Round twenty's missed emergencies were the known signs in words the phrases did not take:

- **a jolt with no fall** (`JOLT`): sitting or coming down hard or heavily, with a thud or a bump. NICE CKS "Back pain
  - low (without radiculopathy)": suspect a vertebral fracture after *minor* trauma in people with osteoporosis, on
  long-term corticosteroids or older; reference §2.2 ("minor trauma + osteoporosis, steroids, over 70"). Fires with
  fragile bones and back pain, or when the person then cannot stand, get up or walk, or with back pain in the window;
- **pain travelling down both legs** (`_DOWN_BOTH`): going, spreading, shooting or radiating down or into both legs
  (NHS "Back pain": pain, tingling, weakness or numbness in both legs is a 999/A&E sign; G-care bilateral sciatica);
- **no urge to pass water told with a negated verb** (`_NO_URGE`): not having felt, had or got the need or urge to pee
  (reference §2.2 bladder dysfunction: "no urge to pee", "don't know when my bladder is full"). The negation is part
  of the sign, as "I can't control my bladder" is (DESIGN.md "Medical safety rules"); the match takes in the
  auxiliary ("have not had ..."), so that NegEx's "have not had" is read inside the sign, not before it.

Round twenty-eight: **both legs named with a symptom** (`BOTH_LEGS`, moved here from `bot.safety.lexicon`) is set
aside when the only symptom is an ache, soreness, stiffness or tiredness told after exercise, with no word of
numbness, weakness, giving way, shooting pain, bladder or bowel (`_SORE_AFTER_EXERCISE`): delayed onset muscle
soreness peaks one to two days after unaccustomed exercise (NHS "Why do I feel pain after exercise?"). Both legs
numb, weak or with pain going down them after a run keep the emergency notice.

Session 21 (round thirty-seven read): three signs told by what the writer noticed rather than named.

- **the urge to open the bowels or bladder not felt in time** (`_NO_WARNING`): not realising, noticing or feeling that
  one needed to poo (or pee) until it was too late, or until after: lost sensation of rectal or bladder filling (GIRFT
  / NHS cauda equina symptom card: "loss of sensation when passing urine or stool"; NHS "Cauda equina syndrome":
  loss of bowel or bladder control). The negation is part of the sign, as in `_NO_URGE`;
- **the skin of the saddle felt as dull** (`_DULL_SKIN`): the skin (or feeling) around the bottom, groin or genitals
  that feels dull, muffled, blunted or "less sensitive" (reduced sensation in lay words; the CES patient cards
  describe numbness "like at the dentist"). Only "skin" or "feeling" as the subject: "a dull ache in my bum" is pain;
- **legs that barely hold the writer up** (`_LEGS_GIVING`): legs not, barely or hardly holding, carrying or
  supporting the writer (or their weight), told in the progressive ("gone from heavy to barely holding me up"):
  weakness getting worse in the legs (DESIGN.md; NHS "Cauda equina syndrome"). Not after exercise (DOMS, as above).

Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, CANT, EXERCISE, FRAGILE, OLD_INJURY, SADDLE, Concept

_TRAUMA = "a fall, accident or injury"
_LEGS = "symptoms in both legs, or leg weakness that is getting worse"
_BLADDER = "new problems peeing or controlling your bladder"
JOLT = (r"(?:sat|sit|sitting|plonked|plopped|dropped|came|come|went|landed) (?:back |right )?(?:down )?(?:\w+ )?"
        r"(?:hard|heavily|with a (?:thud|bump|bang|jolt|crash))\b(?! (?:on (?:me|him|her|us|them)|at|about|in "
        r"(?:love|favour)))")
_DOWN_BOTH = (r"(?:going|goes|gone|went|spreading|spread|spreads|shooting|shoots|radiating|radiates|travel\w*|moving|"
              r"running|runs) (?:\w+ ){0,2}(?:down|into|to|through) (?:\w+ ){0,4}both (?:of )?(?:my |his |her |the )?"
              r"(?:legs|thighs|calves|feet)")
_NO_URGE = (r"(?:(?:have|has|had|did|do|does) )?(?:not|never|no longer|cannot|can not|could not) (?:\w+ ){0,2}"
            r"(?:felt|feel|feeling|had|have|got|get|"
            r"getting|noticed|notice) (?:the |any |an |a )?(?:need|urge|feeling|sensation|signal) (?:to |of needing "
            r"to |that i need to )?(?:pee|wee|urinate|piss|go to the (?:toilet|loo|bathroom)|pass water)\b|"
            # Session 19: the same lost sensation told as the bladder's fullness ("I don't get the feeling that my
            # bladder is full any more"; GIRFT/NHS cauda equina symptom card: loss of sensation of bladder filling).
            r"(?:(?:have|has|had|did|do|does) )?(?:not|never|no longer|cannot|can not|could not) (?:\w+ ){0,2}(?:felt|"
            r"feel|feeling|had|have|got|get|getting|noticed|notice|know|tell) (?:the |any |an |a )?(?:\w+ )?(?:feeling|"
            r"sensation|signal|when|that|if|whether)? ?(?:that )?(?:my |his |her )bladder (?:is |was |gets |"
            r"getting )?(?:full|filling)\b")

# Session 22: "legs ... both sides" ("my legs are tingly and weak both sides") names both legs too.
BOTH_LEGS = (r"(?:both (?:of )?(?:my |his |her |the )?(?:legs|feet|thighs|calves)|(?:legs|feet) both|each leg|"
             r"(?:legs|feet) (?:\w+ ){0,8}(?:on )?(?:both|each) sides?\b)",
             r"(?:numb\w*|weak\w*|tingl\w*|pins and needles|pain|aching|ache|sciatica|heavy|giv\w* way|gave way|"
             r"dead|shooting|burning|buckl\w*|wobbly|jelly|gone)")
# The race itself told ("ran a 10k on Sunday"), not only "after" it.
_RACE_RUN = (r"(?:ran|run|did|done|finished|completed) (?:a |the |my |in )?(?:\w+ )?(?:5k|10k|marathon|half marathon|"
             r"parkrun|race|triathlon|ultra)")
# A sign the writer says is absent ("no numbness, walking fine", round thirty-two) does not keep the flag.
_SORE_AFTER_EXERCISE = (r"^(?!.*\b(?<!no )(?<!not )(?<!without )(?<!nor )(?<!any )(?:numb\w*|weak\w*|tingl\w*|"
                        r"pins and needles|giv\w* way|gave way|dead|shooting|"
                        r"burning|buckl\w*|wobbly|jelly|gone|sciatica|pain|down|radiat\w*|spread\w*|drag\w*|cannot|"
                        r"can not|barely|hardly|worse|bladder|bowels?|pee\w*|wee|poo\w*|groin|saddle)\b)"
                        r"(?=.*\b(?:ache|aches|aching|achy|sore|soreness|stiff|tired|heavy)\b)(?=.*\b(?:" + EXERCISE
                        + r"|" + _RACE_RUN + r"))")

_NOT_IN_TIME = (r"(?:(?:have|has|had|did|do|does) )?(?:not|never|no longer|cannot|can not|could not) (?:\w+ ){0,2}"
                r"(?:realise|realize|realised|realized|notice|noticed|know|knew|feel|felt|sense|sensed|get any warning)"
                r" (?:that )?(?:i|he|she) (?:needed|need|needs|had|have|has|wanted) to ")
# "... until it was too late": the urge came after the event (not "so badly until I stood up": an ordinary urge).
_TOO_LATE = (r" (?:\w+ ){0,3}(?:until|till|before) (?:it (?:was|is|s) (?:too late|happening|already)|"
             r"it (?:happened|came)|i (?:had|was) (?:already|an accident|wet|soiled)|too late)\b")
_NO_WARNING_POO = _NOT_IN_TIME + r"(?:poo|do a poo|go for a poo|open (?:my|his|her) bowels|go number two)" + _TOO_LATE
_NO_WARNING_PEE = _NOT_IN_TIME + r"(?:pee|wee|urinate|go to the (?:toilet|loo|bathroom))" + _TOO_LATE
_DULL_SKIN = (r"(?:skin|feeling|sensation) (?:\w+ )?(?:(?:around|on|of|over|in|near) )?(?:my |his |her |the )?"
              r"(?:\w+ )?" + SADDLE + r" (?:\w+ ){0,2}(?:feels?|felt|is|has gone|went|seems|gone) (?:\w+ ){0,2}"
              r"(?:dull|duller|dulled|muffled|blunted|less sensitive|fuzzy|like cotton wool)\b")
_LEGS_GIVING = (r"legs? (?:\w+ ){0,8}(?:not|barely|hardly|no longer|cannot|can not|could not|can barely|can hardly) "
                r"(?:\w+ )?(?:holding|hold|supporting|support|carrying|carry|bearing|bear) (?:me|my weight|my body)\b")

TOLD_BACK_PAIN_CONCEPTS: tuple[Concept, ...] = (
    Concept("bowel_problem", "E", "loss of bowel control", phrases=(_NO_WARNING_POO,)),
    Concept("bladder_problem", "E", _BLADDER, phrases=(_NO_WARNING_PEE,)),
    Concept("saddle_numbness", "E", "numbness around the bottom, groin or genitals", phrases=(_DULL_SKIN,)),
    Concept("leg_weakness_or_numbness", "E", _LEGS, phrases=(_LEGS_GIVING,), unless=EXERCISE),
    Concept("leg_weakness_or_numbness", "E", _LEGS, unless=_SORE_AFTER_EXERCISE, near=(BOTH_LEGS,)),
    Concept("significant_trauma", "E", _TRAUMA, unless=OLD_INJURY, phrases=(JOLT,), requires=(BACK_PAIN, FRAGILE)),
    Concept("significant_trauma", "E", _TRAUMA, window=12, unless=OLD_INJURY,
            near=((JOLT, BACK_PAIN + r"|back"), (JOLT, CANT + r" (?:stand|get up|walk|move|straighten)"))),
    Concept("leg_weakness_or_numbness", "E", _LEGS, phrases=(_DOWN_BOTH,)),
    Concept("bladder_problem", "E", _BLADDER, phrases=(_NO_URGE,)),
)
