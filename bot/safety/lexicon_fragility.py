"""Red flags found missing in round twenty-seven (session 15): a spinal fracture with fragile bones after a jolt
that is not a fall, and leaking that the person does not feel. Over the matching form (`bot.safety.matching`).

- Fragile bones (osteoporosis, long-term steroids, age 70 and over: `lexicon.FRAGILE`) with back pain and either a
  *minimal* jolt ("sat down hard on a chair", "plonked down heavily", a cough or a sneeze with a crack felt) or a
  *sudden severe* pain: NICE CKS "Back pain - low (without radiculopathy)", red flags for a spinal fracture: sudden
  onset of severe central spinal pain; minor trauma (or even none) in people with osteoporosis or on
  corticosteroids; reference §2.2 ("minor trauma + osteoporosis, steroids, over 70"). The fall itself is in
  `lexicon` already; this adds the jolts that are not falls and the sudden pain told alone. Urgent (same day), not
  999: the fall version stays an emergency. Back pain without fragile bones, or fragile bones with an ache that
  came on slowly, stay ordinary;
- leaking that the person does not feel coming or happening ("I keep leaking and I don't feel it coming", "wet
  without noticing"), with back pain: new incontinence with loss of sensation (NHS "Cauda equina syndrome": loss
  of feeling when you pee, incontinence; go to A&E). Period leaks told with pads alone are not this: the shape needs
  the missing feeling.
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, FRAGILE, Concept

_JOLT = (r"(?:sat|sitting|sit|sits|plonked|plonking|plonk|dropped|dropping|flopped|landed|thumped) (?:herself |himself "
         r"|myself )?down (?:\w+ ){0,3}(?:hard|heavily|awkwardly|too fast|with a (?:bump|thud|jolt|bang))|"
         r"(?:cough\w*|sneez\w*|lift\w*|bent|bending|twist\w*) (?:\w+ ){0,5}(?:felt|heard) (?:\w+ )?(?:a )?(?:crack|"
         r"snap|pop|crunch)")
_SUDDEN = (r"(?:sudden|suddenly|out of nowhere|all of a sudden) (?:\w+ ){0,2}(?:severe|sharp|terrible|excruciating|"
           r"agonising|agonizing|awful|horrendous|very bad|really bad|bad|intense) (?:\w+ ){0,2}pain|(?:severe|"
           r"excruciating|agonising|agonizing|terrible|intense) (?:\w+ ){0,2}pain (?:\w+ ){0,3}(?:came on )?(?:all "
           r"of a sudden|suddenly|out of nowhere)")
_UNFELT = (r"(?:keep|keeps|kept|been|started|start) (?:\w+ )?leak\w*(?: \w+){0,3} (?:and|but) (?:i |she |he )?(?:do|"
           r"does|did|cannot|can not|could not|never) (?:not )?(?:even )?(?:feel|notice|know|realise|realize|sense) "
           r"(?:it|when|that|anything)\b|leak\w* (?:\w+ ){0,3}without (?:\w+ )?(?:feeling|noticing|knowing|realising)")

FRAGILITY_CONCEPTS: tuple[Concept, ...] = (
    Concept("suspected_spinal_fracture", "U", "sudden back pain with fragile bones (a possible spinal fracture)",
            phrases=(_JOLT, _SUDDEN), requires=(BACK_PAIN, FRAGILE)),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", phrases=(_UNFELT,),
            requires=(BACK_PAIN,)),
)
