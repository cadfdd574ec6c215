"""Red-flag lexicon, part four: stroke signs (FAST) and heart-attack wording, for the writer or someone with them.

Same form and rules as `bot.safety.lexicon` (the Concept class, matching-form regexes, `gated` concepts fire only
for personal or situational messages). Joined into `bot.safety.lexicon_general.GENERAL_CONCEPTS`.

Sources (docs/SAFETY.md, "Round six"; safety notes §2.1 tier E):
- NHS "Stroke - Symptoms" (https://www.nhs.uk/conditions/stroke/symptoms/): FAST — Face: the face may have
  dropped on one side, the person may not be able to smile, their mouth or eye may have drooped; Arms: they may
  not be able to lift both arms and keep them there because of weakness or numbness in one arm; Speech: slurred
  or garbled, or not able to talk at all; also sudden confusion and difficulty understanding; Time: call 999.
- NHS "Heart attack - Symptoms" (https://www.nhs.uk/conditions/heart-attack/symptoms/): chest pain as pressure,
  heaviness, tightness or squeezing; pain spreading from the chest to the arms (usually the left), jaw, neck,
  back; sweating, feeling sick, light-headed or short of breath. Call 999.

Lay wording kinds (blind round six): "face has gone all droopy on one side", "sounds like he's drunk", "words
coming out wrong", "can't find her words", "arm has gone floppy", "arm is heavy, can't lift my mug", "like
someone's sat on my chest", "going down my left arm and up into my jaw".
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, CANT, WHOSE, Concept

_SIDE = r"(?:one|left|right|other) side"
_ON_A_SIDE = r"(?:(?:on|down|to) (?:the |one )?(?:left|right|other side|one side)|" + _SIDE + r")\b"
# A face, mouth or smile that has dropped on one side, or suddenly, or is lopsided (NHS FAST "F"). A face that
# droops or sags with age ("does collagen help my saggy face") is not a stroke sign, so a side or "suddenly" is
# required.
FACE_DROOP = (r"(?:face|mouth|smile) (?:\w+ ){0,4}(?:droop\w*|dropped|dropping|fallen|sagg\w*|lopsided|wonky|"
              r"slipped) (?:\w+ ){0,2}" + _ON_A_SIDE + r"|(?:droop\w*|dropped|dropping|sagg\w*|hanging|fallen) "
              r"(?:down )?(?:on|down) " + _SIDE + r"|(?:face|mouth|smile) (?:\w+ ){0,4}lopsided|lopsided (?:face|"
              r"mouth|smile)|(?:face|mouth|smile) (?:\w+ ){0,4}(?:droop\w*|dropped) (?:\w+ ){0,3}(?:suddenly|all of "
              r"a sudden)|(?:suddenly|all of a sudden) (?:\w+ ){0,4}(?:face|mouth|smile) (?:\w+ ){0,3}(?:droop\w*|"
              r"dropped)|half (?:of )?" + WHOSE + r"(?:face|mouth|smile) (?:\w+ ){0,3}(?:droop\w*|dropped|dropping|"
              r"fallen|"
              r"sagg\w*|slipped|numb|frozen|paralys\w*)")
# One side of the face or body feeling odd, weak or numb.
FACE_SIDE = (_SIDE + r" of " + WHOSE + r"(?:face|mouth|body|head) (?:\w+ ){0,3}(?:weak\w*|numb\w*|droop\w*|heavy|"
             r"weird|funny|strange|odd|dead|tingl\w*|fallen|dropped|not moving|gone|frozen|paralys\w*)")
# An arm that is weak, heavy or floppy, or cannot be lifted (NHS FAST "A"); alone it is too common (a dead arm
# after sleeping on it, heavy arms after the gym), so it counts together with a second sign.
ARM_WEAK = (r"arm (?:\w+ ){0,3}(?:floppy|heavy|limp|weak|useless|numb\w*|dead|not working|will not work)|" + CANT
            + r" (?:lift|raise|move|hold up|grip) (?:\w+ ){0,2}(?:arm|arms|mug|cup|glass|hand)\b")
# Speech slurred, garbled or lost (NHS FAST "S"). "Can't find the words" is an idiom; "can't find her words" is not.
SPEECH = (r"slurr\w*|speech (?:\w+ ){0,2}(?:slurred|garbled|jumbled|muddled|mushy|gone)|(?:cannot|can not) "
          r"(?:speak|talk) properly|(?:sounds?|sounded|sounding|talk\w*|speak\w*|speech|voice) (?:\w+ ){0,3}(?:like|"
          r"as if|as though) (?:\w+ ){0,3}drunk\b|(?:sounds?|sounded|sounding) (?:\w+ )?drunk\b|"
          r"words (?:\w+ ){0,2}(?:coming|come|comes|came) out (?:\w+ ){0,2}(?:jumbled|muddled|garbled|mushy|slurred|"
          r"mixed up|all wrong)|(?:cannot|can not|could not|struggling to|struggles to|unable to) (?:find|get out|say) "
          r"(?:my|his|her|their) words|get (?:my|his|her|their) words out|(?:stopped|stops|stopping) (?:talking )?"
          r"mid ?(?:sentence|word)|"
          r"(?:words|talking|speech) (?:\w+ ){0,2}(?:not making sense|gibberish)")
# Weaker speech wording, counted with a second sign ("words coming out wrong", "talking funny").
SPEECH_ODD = (r"words (?:\w+ ){0,2}(?:coming|come|comes|came) out (?:\w+ ){0,2}(?:wrong|funny|weird|strange|"
              r"backwards)|(?:talk\w*|speak\w*|speech|voice) (?:\w+ ){0,2}(?:funny|weird|strange|odd|wrong)")

ACUTE_CONCEPTS: tuple[Concept, ...] = (
    Concept("stroke_signs", "E", "signs of a stroke", phrases=(
        FACE_DROOP, SPEECH,
        r"(?:arm|face|leg) (?:\w+ ){0,3}(?:suddenly|all of a sudden)",
        r"suddenly (?:\w+ ){0,3}(?:weak|numb) (?:\w+ ){0,3}(?:arm|face|side)",
    )),
    # An arm gone floppy or limp, or one side weak or numb, unless it was slept on ("dead arm").
    Concept("stroke_signs", "E", "signs of a stroke",
            unless=r"slept on|sleeping on|lay on|lying on|laid on|dentist\w*|filling|an(?:a)?esthetic|injection",
            phrases=(r"arm (?:\w+ ){0,3}(?:floppy|limp)|" + _SIDE + r" of " + WHOSE + r"(?:face|body) (?:\w+ ){0,2}"
                     r"(?:weak\w*|numb\w*|droop\w*|heavy|paralys\w*)",)),
    # Two FAST signs together (a face odd on one side, an arm weak or heavy, speech wrong).
    Concept("stroke_signs", "E", "signs of a stroke", window=20, near=(
        (ARM_WEAK, FACE_SIDE), (ARM_WEAK, SPEECH_ODD), (FACE_SIDE, SPEECH_ODD),
    )),
    # Heart attack wording (NHS): pressure or heaviness in the chest, pain spreading to an arm, the jaw or neck.
    Concept("chest_pain", "E", "chest pain, or a tearing or throbbing pain", requires=(r"chest|heart",), phrases=(
        r"(?:pressure|heaviness|tightness|tight|squeez\w*|crush\w*|heavy) (?:\w+ ){0,6}chest",
        r"(?:going|goes|went|spreading|spreads|spread|radiating|radiates|shooting|shoots|moving|moves|travel\w*|runs|"
        r"running) (?:\w+ ){0,2}(?:down|up|into|to|through|along|across|round|around) (?:\w+ ){0,4}(?:left arm|arms?|"
        r"jaw|neck|chest)\b",
        r"(?:someone|somebody|something|an elephant|a weight) (?:is |was |has )?(?:sat|sitting|standing|stood|"
        r"pressing|pushing|kneeling) on (?:it|my chest|me)\b",
    )),
    # A throbbing or pulsing tummy (reference §2.2, vascular; NHS "Abdominal aortic aneurysm": a pulsing feeling
    # in the tummy, tummy or lower back pain that does not go away; 999 if sudden and severe), not a tummy
    # throbbing "with nerves"; and a pulse "like a heartbeat" in the tummy with pain that is not denied.
    Concept("chest_pain", "E", "chest pain, or a tearing or throbbing pain",
            unless=r"nerves|nervous|butterflies|anxious|anxiety|excit\w*|adrenaline", phrases=(
                r"(?:throbbing|pulsating|pulsing) (?:\w+ ){0,3}(?:belly|tummy|stomach|abdomen)|(?:belly|tummy|stomach|"
                r"abdomen) (?:\w+ ){0,3}(?:throbbing|pulsating|pulsing)",)),
    Concept("chest_pain", "E", "chest pain, or a tearing or throbbing pain",
            requires=(BACK_PAIN + r"|(?<!no )(?<!any )(?<!without )(?:pain|ache|aching)",), phrases=(
                r"(?:heart ?beat|pulse|puls\w*|throbb\w*|beating) (?:\w+ ){0,4}(?:in|inside|through) " + WHOSE +
                r"(?:belly|tummy|stomach|abdomen)\b",)),
)
