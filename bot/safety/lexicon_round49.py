"""Red flags and crisis phrases found missing in safety round forty-nine (session 30), in the form of
`bot.safety.lexicon` (over the matching form), joined in `triage.CONCEPTS`. Each is a kind of phrasing, not a vignette's
words.

- (tier C) not wanting to be here, be alive, exist, live or wake up told with an adverb between the negation and the
  wish ("I don't really want to be here anymore", "I don't even want to wake up", "I don't think I want to be alive"):
  reference §2.5 ("don't want to be alive / here anymore"); the older phrase wanted "do not want to" side by side. Not
  "be here at work / in this queue / for the appointment" (a place or an errand), not "live with / on / off" (a way of
  living: "I don't really want to live on painkillers").
- (tier C) a quantity-of-harm question told with the heart made to stop ("what number of tablets will make the heart
  (to) stop", "how much would make my heart stop"): reference §2.5 ("how many … would kill / is lethal"); the older
  form had "stop the heart" with the verb first. Not a child's or a pet's (`lexicon_crisis_asked.NOT_OURS`: the
  poisoning notice answers those).
- (tier C) a lethality question about medicines told as the writer's own ("which pills are deadly if you mix them?
  asking for me", "it's for myself, not a friend"): the inverse of the "asking for a friend" disavowal (round 38,
  `lexicon_crisis_asked`); 988 Lifeline warning signs (looking for a way to kill oneself, searching online); WHO/IASP
  media guidance (method and lethality). Both are needed: a lethality word with a medicine, and the question claimed
  as one's own.
- (tier C) a place chosen for a method ("I've already picked the spot on the lake where I'd go through the ice",
  "found the bridge where I'll jump off", "chosen the place I'd walk into the sea"): C-SSRS questions 4-5 (a plan with
  its where and how); reference §2.5. The method verb is required (a spot "where I'd go ice fishing", "where I'll jump
  in for a swim" stays calm).
- (tier U) a lump or swelling on the spine or back told as new or growing ("noticed a hard lump on my spine getting
  bigger"), or the back or spine told as changed in shape: reference §2.2 (structural, U: "lump/swelling on my back",
  "my back has changed shape"); NHS "Back pain" (see a GP urgently with a lump or swelling in the back). Not a cyst,
  lipoma, mole, spot, bite or muscle knot named, and not one told as checked, benign or there for years.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import MEDICINES
from bot.safety.lexicon_crisis_asked import _QTY, NOT_OURS
from bot.safety.lexicon_round50 import ROUND50_CONCEPTS

_CRISIS = "thoughts of suicide or self-harm"
_ADVERB = (r"(?:really|even|actually|honestly|truly|particularly|exactly|much|think i|feel like i|know if i|"
           r"know that i|always|ever|quite)")
_WISH_NOT = (r"do not (?:" + _ADVERB + r" ){1,2}(?:want|wanna|wish) to (?:be here|be alive|be around|exist|wake up|"
             r"go on|carry on|live)\b(?! (?:at|in|for|on|with|off|like|near|there|abroad|through|alone|somewhere|"
             r"anywhere|here)\b)")
_HEART_STOP = (_QTY + r" (?:\w+ ){0,16}?(?:make|makes|making|made|cause|causes) (?:\w+ ){0,3}(?:heart|hearts) "
               r"(?:to )?stop(?! (?:racing|pounding|fluttering|skipping|thumping|palpitat\w*|hurting|aching|beating "
               r"(?:so )?(?:fast|hard|quickly)))|" + _QTY + r" (?:\w+ ){0,16}?(?:make|makes|cause|causes) (?:me|"
               r"someone|somebody|a person|you) (?:to )?stop breathing")
_LETHAL = r"(?:deadly|lethal|fatal|kill (?:you|me|someone|somebody|a person)|fatal dose|overdose)"
_MINE = (r"(?:asking|ask|asked|question is|it is|this is|i am asking|enquiring) (?:\w+ )?for (?:me|myself|my own "
         r"sake)\b|not (?:asking )?for a friend")
_METHOD = (r"(?:go through the ice|go under the ice|go (?:off|over) (?:the )?(?:edge|side|top)|jump(?! in\b| into "
           r"(?:the )?(?:pool|water|lake|sea|river)\b)|drown(?: myself)?|walk (?:into|out "
           r"into|in to) (?:the )?(?:sea|lake|river|water|waves|traffic)|step (?:off|out in front)|hang myself|end it|"
           r"end things|end my life|die|not be found)")
_PICKED = (r"(?:picked|chosen|chose|found|scouted|decided on|worked out|marked|settled on|got) (?:out )?(?:the|a|my) "
           r"(?:exact |perfect |right |best )?(?:spot|place|bridge|cliff|ledge|building|tree|beam|hole|bend|stretch) "
           r"(?:\w+ ){0,6}?(?:where|that|which) i (?:would|will|am going to|could|plan to|want to|can) " + _METHOD
           + r"\b")
# The back told as having a lump or swelling on it, new or growing; or the spine as changed in shape.
_ON_BACK = (r"(?:lump|swelling|growth|mass|lumps|swellings) (?:\w+ ){0,2}(?:on|in|over|along|at|near) (?:\w+ )?"
            r"(?:my|his|her|the) (?:lower |upper |middle |mid )?(?:spine|backbone|back|vertebra\w*|tailbone)")
_NEW = (r"(?:getting|got|gotten|grown|growing|gets|grew) (?:\w+ )?(?:bigger|larger)|grow\w*|new|appeared|come up|"
        r"came up|popped up|noticed|found|hard|firm|fixed|does not move|not moving|sore to (?:the )?touch")
_NOT_THAT = (r"\b(?:cysts?|lipomas?|moles?|warts?|spots?|pimples?|boils?|bites?|stings?|birthmark|tattoo|knots?|"
             r"muscle knot|trigger points?|checked|scanned|benign|harmless|for years|always had|since i was|"
             r"(?:\w+ )?years? ago|ingrown|abscess (?:drained|cleared)|fatty lump)\b")

ROUND49_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_WISH_NOT, _PICKED)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, unless=NOT_OURS, phrases=(_HEART_STOP,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, unless=NOT_OURS, requires=(_MINE,), phrases=(
        MEDICINES + r" (?:\w+ ){0,6}?" + _LETHAL, _LETHAL + r" (?:\w+ ){0,4}" + MEDICINES)),
    Concept("lump_on_back", "U", "a new lump or swelling on the back or spine", requires=(_NEW,), unless=_NOT_THAT,
            phrases=(_ON_BACK,)),
    Concept("lump_on_back", "U", "a new lump or swelling on the back or spine", unless=_NOT_THAT, phrases=(
        r"(?:my|his|her) (?:spine|back|backbone) (?:has |is )?(?:changed shape|changing shape|(?:looks?|is|has gone|"
        r"gone|went|going|getting|grown) (?:\w+ )?(?:bent|crooked|curved|twisted|out of shape))",
    )),
)
ROUND49_CONCEPTS += ROUND50_CONCEPTS   # session 31, round 50 (`lexicon_round50`): triage.py is at its size limit
