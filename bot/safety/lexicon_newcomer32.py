"""Red flags a newcomer found missing (session 32), in the form of `bot.safety.lexicon` (over the matching form),
chained into `lexicon_round52.ROUND52_CONCEPTS` and so into `triage.CONCEPTS`. Each is a word class or a frame, not
the newcomer's sentences; an operator's articles (head lice, kidney stones) brought them, and the shipped lexicon
had only back-pain and nutrient flags.

- (tier E) a fever with a stiff neck, at any age ("a high temperature and a stiff neck"), and a rash that does not
  fade under a glass, or does not fade with a fever: NHS "Meningitis" (a high temperature, a stiff neck, a rash that
  does not fade when a glass is rolled over it: call 999 or go to A&E); NICE NG240 "Meningitis (bacterial) and
  meningococcal disease" (2024) and NG143 "Fever in under 5s" (neck stiffness and a non-blanching rash are red
  features). Not a stiff neck alone (slept on it badly), not a fever alone (a cold), not a stiff neck told with
  "no fever".
- (tier P) someone who swallowed or drank something not meant to be swallowed: a lice or nit lotion, shampoo or
  spray, bleach, a cleaning or laundry product, a liquid-detergent capsule, white spirit, petrol, antifreeze, weed
  or rat killer, mouthwash or hand sanitiser in quantity, e-cigarette liquid, a button or coin battery, magnets, a
  whole bottle of liquid medicine: NHS "Poisoning" (call 999 or go to A&E if someone swallowed something harmful;
  take the packaging); NHS "Swallowed objects" and Child Accident Prevention Trust (button batteries: A&E at once);
  CDC "Head lice: treatment" (lindane and malathion are toxic when swallowed). The notice is the poisoning one, naming
  what was swallowed (`poisoning_swallowed`). Not drinking milk with iron, swallowing gum, asking whether shampoo
  kills lice, a drink between the verb and the thing ("drank water after the lice lotion"), a pet.
- (tier U) blood in the pee, told in lay words ("pee", "wee", "peeing", "piss"; "blood when I wee", "peeing blood"),
  and, named first, blood in the pee with severe pain in the side, back, loin or groin: NHS "Blood in urine" (see a
  GP if you have blood in your pee, even once; ask for an urgent appointment or call 111 with pain in your side or
  back, a high temperature or not being able to pee); NHS "Kidney stones" and "Kidney infection". General asking
  ("does blood in urine mean cancer?") stays quiet (the concepts are gated); pink pee after beetroot is no blood.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept

# --- E: signs of meningitis ------------------------------------------------------------------------------------------
_FEVER = (r"(?:fever\w*|high temp\w*|(?:a |his |her |my |their )?temperature(?! (?:outside|in the|of the room|"
          r"of the water))|temp of|burning up|(?:3[89]|40|41)(?: [0-9])? ?(?:c|degrees|deg)\b|"
          r"(?:10[1-6])(?: [0-9])? ?(?:f|degrees|deg)\b|hot to (?:the )?touch|shivering and hot)")
_STIFF_NECK = (r"(?:stiff(?:ness)? (?:\w+ ){0,2}neck|neck (?:\w+ ){0,2}(?:stiff\w*|rigid)|(?:cannot|can not|could "
               r"not|will not|unable to|struggl\w* to|hurts? to) (?:\w+ ){0,2}(?:bend|move) (?:\w+ ){0,2}neck|"
               r"(?:chin|head) (?:\w+ ){0,3}(?:to|on|onto|down to|touch\w*) (?:\w+ ){0,2}chest)")
_NO_FEVER = (r"(?:no|without (?:a |any )?|not (?:got |had |have |running )?(?:a |any )?)(?:fever|temperature|temp)\b|"
             r"(?:fever|temperature|temp) (?:is |was |has )?(?:gone|normal|fine|down)|(?:slept|sleeping|lying|"
             r"laying) (?:\w+ ){0,3}(?:funny|awkward\w*|wrong|badly|on it)|(?:after|from) (?:the )?(?:gym|"
             r"workout|whiplash|crick)")
_GLASS = (r"(?:rash|spots|marks|blotches|bruis\w*|pin ?pricks?|purple \w+) (?:\w+ ){0,5}(?:not|never|will not|"
          r"does not|do not|did not|would not|wont|doesnt) (?:\w+ ){0,2}(?:fade|go (?:away|white|pale)|disappear|"
          r"blanch) (?:\w+ ){0,3}(?:glass|tumbler|pressed|press|pressing|push|pushed)|(?:glass|tumbler) test|"
          r"non ?blanch\w*|not blanching|does not blanch")
_NOT_FADING = (r"(?:rash|spots|blotches|bruis\w*) (?:\w+ ){0,4}(?:not|never|will not|does not|do not|did not|wont|"
               r"doesnt) (?:\w+ ){0,2}(?:fade|blanch|go white|go pale)")
SWALLOWED_LABEL = "something harmful swallowed"
FEVER = _FEVER      # also a class of `lexicon_newcomer33`
_MENINGITIS = "a fever with a stiff neck, or a rash that does not fade under a glass"

# --- P: something swallowed that is not food or a tablet ------------------------------------------------------------
_SWALLOWED = (r"(?:swallowed|swallow|swallows|swallowing|drank|drunk|downed|gulped|chugged|guzzled|necked|sipped|ate|"
              r"eaten|chewed|bit into|bitten into|sucked on|had (?:a |some )?(?:sip|mouthful|gulp|swig|taste)s? "
              r"(?:of|from))")
# Between the verb and the thing: no drink or food of its own, no new clause ("drank water after the lice lotion").
_BETWEEN = (r"(?:(?!(?:water|milk|juice|squash|tea|coffee|drinks?|food|lunch|dinner|breakfast|after|before|then|and|"
            r"but|when|while|because|since|with)\b)\w+ ){0,4}")
_LICE_PRODUCT = r"(?:(?:head )?lice|nits?|nit|anti lice|louse|insecticide|permethrin|malathion|lindane|ivermectin)"
_CARE = r"(?:lotion|shampoo|spray|solution|liquid|conditioner|treatment|oil|cream|gel|rinse|foam)s?"
_MEDICINE = (r"(?:calpol|nurofen|medicine|syrup|cough (?:mixture|medicine|syrup)|(?:liquid|infant|children s|"
             r"kids) (?:paracetamol|ibuprofen|medicine|antihistamine)|\w+ (?:suspension|elixir))")
_HARMFUL = (r"(?:" + _LICE_PRODUCT + r" " + _CARE + r"|lotions?|shampoos?|bleach|domestos|dettol|detol|"
            r"disinfectant|(?:cleaning|laundry|washing|dishwasher|washing up|toilet|oven|drain|floor|bathroom|"
            r"kitchen|window|glass|carpet) (?:\w+ )?(?:products?|fluids?|liquids?|sprays?|cleaners?|pods?|tablets|"
            r"capsules?|powders?|gels?|bleach|unblocker)|cleaners?|detergents?|liquitabs?|fabric softener|"
            r"washing powder|(?:laundry|detergent|dishwasher|washing) (?:pods?|tablets?|capsules?)|white spirit|"
            r"turps|turpentine|paraffin|kerosene|petrol|gasoline|lighter fluid|antifreeze|anti freeze|screenwash|"
            r"weed ?killer|pesticides?|insecticides?|rat poison|slug pellets|poison|mouthwash|nail (?:varnish|polish) "
            r"remover|acetone|hand (?:sanitiser|sanitizer|gel)|sanitiser|sanitizer|perfume|aftershave|essential oils?|"
            r"tea tree(?: oil)?|(?:e ?cig\w*|vape|vaping|nicotine|e) (?:liquids?|juices?|refills?|oils?|pods?)|"
            r"e liquids?|batter(?:y|ies)|(?:button|coin|watch|lithium|small|little|round|flat) (?:\w+ )?"
            r"batter(?:y|ies)|"
            r"magnets?|(?:whole|entire|half (?:a|the)|lots of|loads of|a lot of|too much) (?:bottle of )?(?:the |his |"
            r"her |my )?" + _MEDICINE + r")")
# A figure of speech, a food or a harmless lick: "drank the kool aid", "oil" in cooking, a glass of milk.
_NOT_POISON = (r"(?:does|do|will|would|can|could|should|is|are) (?:\w+ ){0,3}(?:kill|work|get rid|treat|clear|safe to "
               r"use|used)\b(?! (?:\w+ ){0,4}(?:swallowed|drank|drunk))|fish oil|cod liver oil|olive oil|coconut oil|"
               r"kool aid|bitter pill|(?:spat|spit|spitting) (?:it |them )?(?:all )?out (?:straight away|before)|"
               r"not (?:swallow\w*|drink\w*|drunk|drank) (?:any|it|anything)|(?:my|our|the|his|her) (?:dog|cat|puppy|"
               r"kitten|pet|rabbit|hamster)s?\b")

# --- U: blood in the pee -------------------------------------------------------------------------------------------
_PEE_WORD = r"(?:pee|peeing|peed|wee|weeing|urine|urinate|urinating|piss|pissing)"
# Scots "wee" is "small": "a wee bit of blood", "a wee cut".
_PEE_NOUN = (r"(?:pee|urine|piss|wee(?! (?:bit|bits|one|ones|cut|drop|spot|while|boy|girl|lad|lass|thing|bairn|"
             r"scratch|nick|amount|touch|dram)\b))")
_BLOOD = (r"blood(?! tests?| pressure| sugar| results?| levels?| work| counts?| cells?| donation| group| type| "
          r"orange| thinners?)")
_HAEMATURIA = (_BLOOD + r" (?:\w+ ){0,3}(?:in|into|with) (?:the |my |his |her |their |our )?(?:\w+ )?" + _PEE_NOUN
               + r"\b|" + _BLOOD + r" (?:\w+ ){0,3}(?:when|while|whenever|after|every time|each time) (?:i|he|she|"
               r"they|you|we) (?:\w+ )?" + _PEE_WORD + r"\b|(?:when|while|whenever|every time|each time) (?:i|he|"
               r"she|they|you|we) " + _PEE_WORD + r" (?:\w+ ){0,5}" + _BLOOD + r"|(?:peeing|weeing|pissing|"
               r"urinating|passing|pee|piss) (?:out )?(?:some |pure |a lot of |lots of |bright red |red )?" + _BLOOD
               + r"|" + _PEE_NOUN + r" (?:is|was|has been|looks?|looked|came out|comes out|coming out|turned|gone|"
               r"going) (?:\w+ ){0,2}(?:bloody|blood red|red with blood|full of blood|with blood)|bloody (?:pee|"
               r"urine|piss)|ha?ematuria")
_SEVERE_SIDE = (r"(?:agony|agonising|agonizing|severe|really bad|very bad|so bad|excruciating|unbearable|terrible|"
                r"awful|horrendous|intense|worst|bad|sharp|stabbing|doubled up|killing me|can not stand|cannot "
                r"stand) (?:\w+ ){0,5}(?:side|sides|flank|loin|kidneys?|back|groin|tummy|belly|abdomen|stomach)\b|"
                r"(?:side|sides|flank|loin|kidneys?|back|groin) (?:\w+ ){0,3}(?:agony|killing me|excruciating|"
                r"unbearable|is terrible|is awful)")
_FOOD_COLOUR = (r"\b(?:beetroot|beets?|blackberr\w*|rhubarb|food colou?ring|dragon fruit)\b(?! (?:\w+ ){0,4}(?:but|"
                r"not|never))")

NEWCOMER32_CONCEPTS: tuple[Concept, ...] = (
    Concept("meningitis_signs", "E", _MENINGITIS, near=((_STIFF_NECK, _FEVER),), window=14, unless=_NO_FEVER),
    Concept("meningitis_signs", "E", _MENINGITIS, phrases=(_GLASS,)),
    Concept("meningitis_signs", "E", _MENINGITIS, phrases=(_NOT_FADING,), requires=(_FEVER,), unless=_NO_FEVER),
    Concept("poisoning", "P", SWALLOWED_LABEL, phrases=(_SWALLOWED + " " + _BETWEEN + _HARMFUL,),
            unless=_NOT_POISON),
    Concept("blood_in_urine_with_pain", "U", "blood in your pee with severe pain in your side or back",
            phrases=(_HAEMATURIA,), requires=(_SEVERE_SIDE,)),
    Concept("blood_in_urine", "U", "blood in your pee", phrases=(_HAEMATURIA,), unless=_SEVERE_SIDE + "|"
            + _FOOD_COLOUR),
)
