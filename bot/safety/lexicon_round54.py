"""Red flags and crisis phrases found missing in safety round fifty-four (session 33), in the form of
`bot.safety.lexicon` (over the matching form), chained into `lexicon_round52.ROUND52_CONCEPTS` and so into
`triage.CONCEPTS` (one import, one line). Each is a kind of phrasing, not a vignette's words.

- (tier C) medicines saved, stockpiled or hoarded (any words between: "saving me mam's old sleeping tablets") told
  with a wish to make it quicker, painless or enough: C-SSRS 6 (collected pills) with a question of method (reference
  §2.5: asking how to make death quick). Saving tablets alone, to hand back to a pharmacy, is no crisis.
- (tier C) letters or notes written or left for one's family (boys, wife, kids, mum…) told with "won't be needing
  any more …", "when I'm gone", "for the last time", "saying goodbye": 988 Lifeline warning signs (saying goodbye,
  giving away), NHS "Help for suicidal thoughts" (writing a note). A letter alone is no crisis.
- (tier C) making sure nobody finds one "for days", "in time", "until it's too late", or with one's mind made up:
  C-SSRS 6 (preparatory behaviour: precautions against being found; Beck's Suicide Intent Scale item 2).
- (tier C) a gun (revolver, pistol, rifle, shotgun, handgun) and the writer holding it, sitting with it or staring at
  it at night or for hours: C-SSRS 2-3 and 6 (means and rehearsal); reference §2.5 (access to firearms). A gun kept,
  cleaned or taken to a range is no crisis.
- (tier C) all one's pills put together (round 53's class) to be taken together, with hopelessness ("what is the
  point", "nothing to live for") or a time when alone ("once my daughter goes home"): C-SSRS 6 with a time; NICE
  NG225 (older age, hopelessness). A pill box for the week taken at breakfast is no crisis.
- (tier C) an overdose, or a death, meant to "look like an accident" or natural causes: C-SSRS 1-3 with a plan of
  concealment (Beck's SIS). Round 53 stood down an overdose feared "by accident"; this is the opposite frame.
- (tier C) "goodnight forever", "gn forever", "goodbye forever" (not "goodbye forever to sugar"): a farewell message
  (988 Lifeline: saying goodbye); a friend's is a crisis for the writer to act on (`someone_else` shows its notice).
- (tier E) vomiting blood told as bringing, throwing, chucking or puking it up ("brought up a cupful of bright red
  blood"): reference §2.3; NHS "Vomiting blood" (call 999 or go to A&E). Not a blood test, blood pressure or sugar.
- (tier E) a sudden, severe "thunderclap" headache or "the worst headache of my life": NHS "Subarachnoid
  haemorrhage" (call 999: a sudden agonising headache, "like being hit on the head"); NICE CKS "Headache -
  assessment" (thunderclap headache). Gated: a general question stays quiet.
- (tier P) tablets taken twice by mistake ("took another lot", "a second dose", "about 25 tablets all told") with
  drowsiness or confusion: NHS "Overdose" and NHS "Poisoning" (call 999 if someone is drowsy after too many tablets),
  whatever the intent. The poisoning notice is shown.
- (tier U) a first ever back pain at 50 or over that is "now" a constant ache for days or weeks ("never had a day's
  back trouble in my life, now this constant ache for three weeks"): NICE CKS "Back pain - low" (new onset over 50);
  round 53 wanted "started last week" or "out of nowhere". Age and first episode still required.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_round51 import _AGE_50, _FIRST
from bot.safety.lexicon_round53 import _ALL_ASIDE, _MEDS

_CRISIS = "thoughts of suicide or self-harm"
_SAVING = (r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|squirrelling|squirreling|"
           r"collecting|stocking up on) (?:up )?(?:\w+ ){0,4}" + _MEDS + r"\b")
_QUICKER = (r"\b(?:make (?:it|things|this) (?:go |be )?|go |be |is it |would it be |will it be )(?:quicker|faster|"
            r"quick|painless|peaceful)\b|\b(?:never|not) wake(?: up)?\b|\benough (?:to (?:do it|end|kill|finish)|now|"
            r"there now)\b")
_FAMILY = (r"(?:boys|girls|kids|children|wife|husband|family|mum|mam|mom|ma|dad|da|son|sons|daughter|daughters|"
           r"partner|parents|grandkids|wee ones|babies|sister|brother)")
_LETTERS = (r"\b(?:wrote|written|writing|write|left|leaving|finished|penned) (?:\w+ ){0,2}(?:letters?|notes?|"
            r"goodbyes?) (?:for|to) (?:my |the |each of my |all my )?(?:\w+ ){0,2}" + _FAMILY + r"\b")
_FINAL = (r"\b(?:will not|wont|not|never) (?:be )?need\w* (?:any ?more|anything more|any more|more)\b|\b(?:when|after|"
          r"once) i am gone\b|\bfor the last time\b|\bsay(?:ing)? (?:my )?goodbyes?\b|\bmy last (?:message|note|"
          r"words|night)\b|\bthis is goodbye\b")
_NOT_FOUND = (r"\b(?:make sure|so that|so|ensure|way) (?:nobody|no one|no body|noone|nobody will) (?:finds|find|will "
              r"find|would find|can find|comes? looking for) me\b")
_NOT_FOUND_WHEN = (r"\b(?:for (?:a couple of|a few|two|three|several|some) (?:days|hours)|in time|until (?:it is|its) "
                   r"too late|(?:made|make) (?:up )?my mind(?: up)?|decided|my plan)\b")
_GUN = r"\b(?:revolver|pistol|handgun|hand gun|rifle|shotgun|shot gun|gun|firearm|glock|twelve gauge|12 gauge)\b"
_HOLDING = (r"\b(?:holding|holdin|hold|held|sitting (?:up )?(?:with|holding|holdin)|sat (?:up )?(?:with|holding)|"
            r"staring at|starin at|looking at|cradling|loading|loaded) (?:it|(?:the |my |his |her |that )?(?:\w+ )?"
            r"(?:gun|revolver|pistol|rifle|shotgun|handgun))\b (?:\w+ ){0,3}(?:nights?|at night|in the dark|for hours|"
            r"till dawn|until dawn)\b")
_TOGETHER = r"\b(?:take|swallow|have) them (?:all )?(?:together|at once|in one go)\b"
_HOPELESS_OR_ALONE = (r"\b(?:what is the point|no point (?:in )?(?:going on|living|carrying on|anymore|any more)|"
                      r"nothing (?:left )?to live for|had enough|tired of living)\b|\b(?:once|when|after) (?:my |the )?"
                      r"(?:\w+ )?(?:goes|has gone|leaves|has left|go|leave)(?: home| back)?\b")
_ACCIDENT = (r"\b(?:look|looks|seem|seems|appear|appears|pass|passes) (?:like|as) (?:an |a )?(?:accident|natural "
             r"causes|natural death|heart attack)\b")
_DEATH_OR_DOSE = r"\b(?:overdos\w*|od|die|dying|kill\w*|end it|on purpose|take my life|suicide)\b"
_FOREVER = (r"\b(?:gn|g n|good ?night|night night|nite) (?:forever|for ever)\b|\b(?:goodbye|bye|farewell) (?:forever|"
            r"for ever)\b(?! (?:to|back pain|sugar))")
_VOMIT_BLOOD = (r"\b(?:brought|bring|bringing|brings|threw|throw|throwing|chucked|chucking|puked|puking|spewed|"
                r"spewing|sicked|heaved|vomited) up (?:\w+ ){0,5}(?:bright red |fresh |dark |red )?blood\b(?! (?:test|"
                r"tests|pressure|sugar|sugars|donation|work|results?|draw|count|levels?|cells?))")
_THUNDERCLAP = (r"\bworst headache (?:of (?:my|your|his|her) life|(?:i|he|she) (?:have|has|had|ve)? ?ever had|ever)\b|"
                r"\bthunderclap\b")
_TWICE = (r"\b(?:took|taken|swallowed|had) (?:another|a second|an extra|a double|two) (?:lot|dose|load|batch|round|"
          r"handful|set|strip)\b|\b(?:about |around |maybe |nearly |over )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|"
          r"fifty) (?:\w+ )?(?:tablets?|pills?|capsules?) (?:all told|in total|altogether|in all)\b")
_DROWSY = (r"\b(?:drowsy|woozy|very sleepy|so sleepy|really sleepy|groggy|confused|slurring|cannot stay awake|can not "
           r"stay awake|keep nodding off|nodding off|out of it)\b")
_CONSTANT_NOW = (r"\b(?:now|lately|suddenly) (?:this |a |the |got a |i have a |have a )?(?:\w+ )?(?:ache|pain|back "
                 r"pain|backache) (?:for|these|the last|the past) (?:\w+ )?(?:days|weeks|week|fortnight)\b")

ROUND54_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_SAVING,), requires=(_QUICKER,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_LETTERS,), requires=(_FINAL,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_NOT_FOUND,), requires=(_NOT_FOUND_WHEN,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_GUN,), requires=(_HOLDING,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_ALL_ASIDE,),
            requires=(_TOGETHER, _HOPELESS_OR_ALONE)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_ACCIDENT,), requires=(_DEATH_OR_DOSE,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_FOREVER,)),
    Concept("gi_bleeding", "E", "vomiting blood, or black, tarry stools", phrases=(_VOMIT_BLOOD,)),
    Concept("thunderclap_headache", "E", "a sudden, severe headache", phrases=(_THUNDERCLAP,), requires=(r"head\w*",)),
    Concept("poisoning", "P", "tablets swallowed by a child, or too many taken", gated=False, phrases=(_TWICE,),
            requires=(_DROWSY,)),
    Concept("new_back_pain_over_50", "U", "new back pain over the age of 50",
            phrases=(_CONSTANT_NOW,), requires=(_FIRST, _AGE_50)),
)
