"""Red flags found missing in safety round forty-one (session 23, second helper), in the form of `bot.safety.lexicon`
(over the matching form), joined in `triage.CONCEPTS`. Each is a class of signs, not a vignette's words.

- A fall, or a tumble "head first" or "down the stairs", then tingling, numbness or weakness in both hands or both arms
  (tier E): NHS "Head and neck injuries" / NHS "Spinal injury" (call 999 after a fall with numbness, tingling or
  weakness in the arms or legs; the neck may be injured); NICE NG232 (head injury: cervical spine imaging for
  paraesthesia in the upper or lower limbs). Round thirty-nine had both legs (`lexicon_told.BOTH_LEGS`); the arms and
  hands were missing. Not a fall long ago (`lexicon.OLD_INJURY`), not a pet's fall (`lexicon_falls`).
- The heart attack told without the word chest: pain or ache in the left arm, shoulder or jaw with sweating and
  breathlessness (tier E): NHS "Heart attack" (pain that spreads to the arms, jaw, neck or back; sweating; shortness
  of breath); British Heart Foundation "Heart attack symptoms" (discomfort in the arm with sweating and breathlessness,
  women and older people often without chest pain). Not after a workout, a game or lifting (told with "after the gym",
  "from training"), where the arm is the muscle used.
"""

from __future__ import annotations

from bot.safety.lexicon import FALL, NUMB, OLD_INJURY, Concept
from bot.safety.lexicon_falls import _PET_FELL

_TUMBLE = (FALL + r"|(?:went|came|flew|tumbled|pitched) (?:\w+ ){0,3}(?:head ?first|headlong|arse over|head over)|"
           r"(?:went|tumbled|bounced|rolled) (?:all the way )?down (?:the |a |some )?(?:stairs|steps|staircase|flight)")
_BOTH_ARMS = (r"(?:both|each|two|all two) (?:of )?(?:his |her |my |their |the )?(?:hands|arms)(?: \w+){0,3} (?:"
              + NUMB + r"|weak\w*|gone dead)|(?:" + NUMB + r"|weakness) (?:\w+ ){0,2}(?:in|of|down) (?:both|each) "
              r"(?:of )?(?:his |her |my |their |the )?(?:hands|arms)")
_LEFT_ARM = (r"left (?:arm|shoulder|jaw)(?: \w+){0,2} (?:aches?|aching|achy|hurts?|hurting|pains?|painful|heavy|"
             r"numb\w*|"
             r"tingl\w*|sore)|(?:ache|aches|pain|pains|aching|heaviness|numbness|tingling) (?:\w+ )?(?:in|down|into|"
             r"through) (?:my |his |her )?left (?:arm|jaw|shoulder)")
_SWEAT = r"sweat\w*|clammy|cold sweats?"
_BREATH = (r"short of breath|shortness of breath|breathless\w*|out of breath|struggling to breathe|(?:can not|cannot|"
           r"could not) (?:catch my|get my) breath|hard to breathe")
_EXERTION = (r"(?:after|from|during|since) (?:the |my |a |this |that )?(?:gym|workout|training|run|running|exercise|"
             r"session|match|game|class|weights|lifting|climb|swim|spin|circuit)")

ROUND41_CONCEPTS: tuple[Concept, ...] = (
    Concept("significant_trauma", "E", "a fall, accident or injury", window=24,
            unless=OLD_INJURY + "|" + _PET_FELL, near=((_TUMBLE, _BOTH_ARMS),)),
    Concept("chest_pain", "E", "chest pain, or a tearing or throbbing pain", window=12, requires=(_BREATH,),
            unless=_EXERTION, near=((_LEFT_ARM, _SWEAT),)),
)
