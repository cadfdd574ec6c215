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
  the missing feeling;
- session 19: a history of cancer (as `lexicon_urgent`'s "cancer_history", with its family-history and cleared-scare
  exceptions) with back pain and new signs in the legs or walking: legs or feet heavy, clumsy, weak, numb or giving
  way, being unsteady or wobbly, trouble walking. NICE NG234 "Spinal metastases and metastatic spinal cord
  compression" (2023): in people with cancer, back pain with neurological symptoms (limb weakness, difficulty walking,
  sensory loss, bladder or bowel dysfunction) needs the MSCC coordinator immediately; Macmillan: go to A&E if you
  cannot reach your cancer team. 999 tier here, where a history of cancer alone is urgent. Not tired legs after
  exercise.
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, FRAGILE, Concept
from bot.safety.lexicon_urgent import CANCER_HISTORY

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

# Session 18 newcomer: "been on steroids for years for my asthma and now my back hurts" was told "a fever or infection
# risk". Long-term oral corticosteroids are a red flag for an osteoporotic vertebral fracture (NICE CKS "Back pain -
# low": prolonged corticosteroid use; NICE NG59 / G-care fracture flags) as well as for infection (immunosuppression,
# reference §2.2): the notice names both, and says nothing of a fever the writer does not have.
_STEROIDS = (r"(?:on|taking|take|took|been on|years of|long term|long-term) (?:\w+ )?(?:oral )?steroids|"
             r"steroid (?:tablets|pills)|prednisolone|prednisone|dexamethasone")
# Pain that came on suddenly, told with a verb ("suddenly really hurts", "all of a sudden it is agony"), or severe
# pain that started with a lift, bend, cough or sneeze (NICE CKS: minor or no trauma with osteoporosis).
_SUDDEN_VERB = (r"(?:sudden|suddenly|out of nowhere|all of a sudden) (?:\w+ ){0,3}(?:hurts?|hurting|agony|agonising|"
                r"killing|excruciating|unbearable|screaming|in (?:agony|so much pain|terrible pain))\b|"
                r"(?:hurts?|hurting|agony|excruciating|unbearable|killing (?:me|him|her)) (?:\w+ ){0,3}(?:all of a "
                r"sudden|suddenly|out of nowhere)|"
                r"(?:really|very|so|terribly|badly) (?:hurts?|hurting|painful|sore) (?:\w+ ){0,4}(?:after|when|since) "
                r"(?:\w+ ){0,2}(?:lift\w*|picked|picking|carr\w+|bent|bending|twist\w*|cough\w*|sneez\w*)")

_CORD_SIGNS = (r"(?:legs?|feet|foot) (?:\w+ ){0,3}(?:heavy|clumsy|weak\w*|numb\w*|wobbly|unsteady|giving way|gave way|"
               r"give way|like jelly|not working|tingl\w*)|(?:wobbly|unsteady|clumsy|off balance) (?:on (?:my|his|her) "
               r"(?:feet|legs)|when (?:i|he|she) walks?|walking)|(?:he|she|i) (?:is|am) (?:a bit |very |quite |"
               r"really )?(?:wobbly|unsteady)|(?:difficulty|trouble|struggling|struggles|hard) (?:\w+ )?walking|"
               r"(?:cannot|can not|can hardly|can barely) walk")
_AFTER_EXERCISE = r"|after (?:the |a |my )?(?:gym|exercise|exercising|run|running|workout|training|long walk|hike)"

FRAGILITY_CONCEPTS: tuple[Concept, ...] = (
    Concept("cancer_with_leg_signs", "E", "back pain with a history of cancer and new leg or walking problems",
            phrases=(_CORD_SIGNS,), requires=(BACK_PAIN, CANCER_HISTORY.phrases[0]),
            unless=CANCER_HISTORY.unless + _AFTER_EXERCISE),
    Concept("steroids_with_back_pain", "U",
            "back pain with long-term steroid use, which can weaken bones and infection defences",
            phrases=(_STEROIDS,), requires=(BACK_PAIN,)),
    Concept("suspected_spinal_fracture", "U", "sudden back pain with fragile bones (a possible spinal fracture)",
            phrases=(_SUDDEN_VERB,), requires=(BACK_PAIN, FRAGILE)),
    Concept("suspected_spinal_fracture", "U", "sudden back pain with fragile bones (a possible spinal fracture)",
            phrases=(_JOLT, _SUDDEN), requires=(BACK_PAIN, FRAGILE)),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", phrases=(_UNFELT,),
            requires=(BACK_PAIN,)),
)
