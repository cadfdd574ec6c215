"""Red-flag lexicon, crisis read from grammar rather than from set phrases (round twenty), strong (a crisis alone),
in the form of `bot.safety.lexicon_crisis`.

Rounds seventeen and twenty's English crisis messages that no phrase caught were the known warning signs told in
the writer's own grammar: a first person with a future or a wish ("I'll just end it", "I'd just disappear for
good", "I think just jump down from my block"), a burden told as a comparison ("they would be better off without
having to look after me", "better off with a different mum"), a passive wish to die told through waking ("every
morning I'm disappointed I woke up") or an image ("I keep picturing myself dead"), a reunion with someone who has
died, a lethality question told as a condition ("if you take them all together do you just not wake up"), a date
decided with affairs put in order, and tablets already swallowed in a number no dose reaches. The classes:

- **a first person and a future, a wish or a decision** (`_I_WILL`) followed by an ending verb phrase (end it or
  everything, disappear for good, jump from a building, a block, a bridge, a roof): C-SSRS questions 2-4 (active
  thoughts, with a method, with intent). Not "I'll end it with my gym" (`END_IT`), not "jump off the sofa";
- **a burden** (`_BURDEN`): someone "would be better off" without the writer, without having to look after them,
  if the writer were not here, or with a different mother or father. The 988 Lifeline's warning signs: talking
  about being a burden to others; perceived burdensomeness in the interpersonal theory of suicide (Van Orden et
  al., Psychol Rev 2010;117:575-600). Not "better off without sugar";
- **a passive wish told through waking or an image** (`_WAKING`, `_PICTURING`): disappointed, sorry or gutted to have
  woken up; picturing or imagining oneself dead or at one's own funeral. C-SSRS question 1 ("wished you were dead or
  wished you could go to sleep and not wake up"). Not "disappointed I woke up late";
- **a reunion with the dead** (`_REUNION`): going to be with a husband, a wife, a parent who has died, with a death in
  the message (complicated grief and suicidal ideation: Szanto et al., J Clin Psychiatry 2006;67:233-9);
- **a lethality question told as a condition** (`_IF_ALL`): if one swallows or takes all of them, a whole bottle,
  "will I / do you just" not wake up, fall asleep peacefully, die (988 Lifeline: looking for a way to kill oneself;
  WHO/IASP: never answer with quantities);
- **a day decided with affairs in order** (`_DAY_DECIDED`): "I've decided Sunday is the day" with a pet rehomed,
  debts paid, memberships cancelled or a thought of "after" (NHS "Help for suicidal thoughts": putting affairs in
  order, giving things away);
- **self-poisoning told** (`_SWALLOWED`): tablets taken in a number of ten or more, told as a moment ago ("took like
  30 paracetamol an hour ago"). NICE NG225 (2022): self-harm is intentional self-poisoning or injury whatever the
  motive; the crisis text carries "taken something: call 999 / go to A&E". Not "taken 30 tablets this month" (a
  course), not by mistake, not "20 at once, will my cramps stop?" (the poisoning notice of `lexicon_general`).

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NHS "Help for suicidal thoughts"; NICE NG225
(https://www.nice.org.uk/guidance/ng225). Patterns are over the matching form (`bot.safety.matching`: lower case,
contractions expanded, "I'll" read "i will", "I'd" read "i would").
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import END_IT, MEDICINES

_LABEL = "thoughts of suicide or self-harm"
# The writer's own future, wish or decision, with the hedges people put in front ("I think I'll just ...").
_I_WILL = (r"(?:(?:i|a) (?:will|would|shall|am going to|am gonna|am gunna|could|might|might as well|should)|i (?:want|"
           r"wanted|need|needed|have decided|decided|plan|am planning|am ready) to|(?:i )?(?:think|reckon|thinking|"
           r"thought)(?: i will| i should| i might| i could| i would| to| of| about)?)"
           r"(?: (?:just|simply|finally|probably|honestly|really|maybe|quietly|go and|go))*")
_HIGH_PLACE = (r"(?:block|building|tower|flat|flats|bridge|cliff|cliffs|roof|rooftop|balcony|window|car park|"
               r"multi ?storey|storey|floor|viaduct|overpass|hdb)")
_ENDING = (r"(?:" + END_IT + r"(?: all)?|end (?:things|everything|my life)|disappear (?:for good|forever|for ever|"
           r"permanently|and never come back)|jump (?:down|off|out|from)(?: (?:from|of|off|out of))? "
           r"(?:the |my |a |our |this |that )?(?:top of (?:the |my |a )?)?(?:\w+ ){0,2}" + _HIGH_PLACE + r")\b")
_INTENT = _I_WILL + r" " + _ENDING
_WITHOUT_ME = (r"(?:without (?:\w+ ){0,5}(?:me|my|i)\b|if (?:i|a) (?:was|were|am) (?:not|no longer|gone|dead|never)\b"
               r"|if (?:i|a) (?:did not|do not|never) (?:exist|wake up|come back|live)\b)")
# Replaced as a parent or partner: only "better off with a different mum", not "happier with a different dad for
# the school run".
_REPLACED = (r"with (?:a |an |another )?"
             r"(?:different|other|another|new|better|proper|real) (?:mum|mom|mother|dad|father|parent|mam|ma|wife|"
             r"husband|partner|son|daughter|grandma|gran|nan)\b")
_BURDEN = (r"(?:would|will|d|might|could|are|is|be) (?:all |just |probably |honestly |really |so much |much |a lot )*"
           r"(?:be )?(?:(?:better|happier|freer|easier) (?:off |aff )?" + _WITHOUT_ME + r"|better (?:off|aff) "
           + _REPLACED + r")")
# Waking told as a regret: not "woke up late / early / stiff / with a sore back / in pain".
_WAKING = (r"(?:disappointed|gutted|sorry|annoyed|angry|upset|sad|depressed|devastated|wish i had not|wish i did not)"
           r" (?:that |when |to find |to see )?(?:i |i have |i still )?(?:woke|wake|waked|waken|wakened|am awake|"
           r"still wake|keep waking)(?: up)?\b(?! (?:up|late|early|so|too|at(?! all)|with|in|stiff|sore|again at|"
           r"during|because|from|after)\b)")
_PICTURING = (r"(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visuali[sz]e|visuali[sz]ing|"
              r"fantasi[sz]e|fantasi[sz]ing(?: about)?|dream|dreaming(?: about)?|think about|thinking about) (?:myself|"
              r"me) (?:being )?(?:dead(?! (?:tired|on|beat|set|against|serious|ahead|end|weight|heat|easy|slow|"
              r"quiet|last|still))|in a coffin|in my coffin|in the ground|not here|gone for good|hanging|at my "
              r"(?:own )?funeral)\b|\bmy (?:own )?funeral (?:would|will)\b")
_DEAD = (r"\b(?:died|passed|passed away|lost (?:my|our)|late (?:husband|wife|son|daughter|partner|mum|dad|mother|"
         r"father)|funeral|widow\w*|bereave\w*|since (?:he|she|they) (?:went|died|passed))\b")
_REUNION = (r"(?:" + _I_WILL + r"|want to|wish i could|ready to|long to|longing to|just want to) (?:\w+ ){0,4}?"
            r"(?:be|join|go to|go and be|go be) (?:with )?(?:him|her|them|my (?:husband|wife|partner|son|daughter|"
            r"mum|mam|mom|dad|mother|father|boy|girl))(?: again| there| now| up there| in heaven)?\b"
            r"(?! (?:at|in|for|on|when|while|after|this|tonight|tomorrow|today)\b(?! heaven))")
_ALL_OF_THEM = (r"(?:them all|all of them|all (?:my |the |these |those )?(?:\w+ )?" + MEDICINES + r"|all together|"
                r"(?:my|the|a|her|his) (?:whole|entire|full) (?:\w+ ){0,2}(?:bottle|box|packet|pack|tub|jar|tin|"
                r"strip|supply)|the (?:whole )?lot)")
_IF_ALL = (r"\bif (?:i|you|someone|somebody|one|a person|we) (?:\w+ )?(?:take|took|swallow|swallowed|down|downed|"
           r"neck|necked|had|have|eat|ate)\b (?:\w+ ){0,3}?" + _ALL_OF_THEM + r"\b(?: \w+){0,12} (?:not wake|never "
           r"wake|do not wake|does not wake|would not wake|will not wake|fall asleep (?:peacefully|forever|for good|"
           r"and not)|go to sleep (?:peacefully|forever|for good)|sleep forever|die|be dead|stop breathing|just go)\b")
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|the weekend|"
        r"this weekend|(?:the |my )?birthday|new year)")
_DAY_DECIDED = (r"(?:decided|picked|chosen|set|know|made up my mind)(?: that)? (?:on )?" + _DAY + r" (?:is|will be|"
                r"is going to be) (?:the|my) (?:day|night|date|time)\b")
_AFFAIRS = (r"\b(?:paid off|paying off|cancel+ed (?:the|my)|(?:is|are) taking (?:the|my) (?:dog|cat|pets?)|rehom\w*|"
            r"given (?:away )?(?:my|the) (?:dog|cat|things|stuff)|will is (?:sorted|done|written)|(?:sorted|settled) "
            r"(?:out )?my affairs|letters? for|(?:matter|count|hurt|bother me|be a problem) (?:\w+ )?after\b(?! "
            r"\w+ (?:it|the|that|this|a)\b))")
_MANY = (r"(?:[1-9]\d|twenty|thirty|forty|fifty|sixty|a hundred)")
_SWALLOWED = (r"\b(?:i |i have |have |just |)(?:took|taken|swallowed|downed|necked|had) (?:like |about |around |"
              r"maybe |over |nearly |almost |at least |roughly )?" + _MANY + r" (?:\w+ )?(?:" + MEDICINES
              + r"|paracetamols?|ibuprofens?|aspirins?|capsules|caps)\b(?: \w+){0,12} (?:ago|earlier|before|last night|"
              r"this (?:morning|afternoon|evening))\b")
_COURSE = (r"\b(?:by mistake|accident\w*|over (?:the|a|two|three|\d+) (?:weeks?|months?|days?)|this (?:month|week|"
           r"year)|a (?:month|week|year)|per (?:day|week|month)|a day|each day|every day|daily|course|prescri\w*|"
           r"so far|since (?:january|february|march|april|may|june|july|august|september|october|november|"
           r"december)|will (?:my|it|the|they) (?:\w+ ){0,3}(?:stop|go|help|work))\b")

# Round twenty: "overdosed on coffee this morning haha" is a figure of speech for a food, a drink or a pastime (used
# after the poisoning concept's "overdosed" and "OD on" in `lexicon_general`); caffeine pills are still tablets.
# Session 22: box sets, series, films, games and the like too (OED "overdose", figurative: too much of anything).
NOT_FOOD = (r"(?! on (?:\w+ )?(?:coffee|caffeine|espresso|tea|chocolate|sugar|sweets|cake|carbs|netflix|tv|telly|sun|"
            r"sunshine|sleep|work|gym|cardio|christmas|cheese|crisps|pizza|memes|box ?sets?|series|shows?|films?|"
            r"movies?|youtube|tiktok|social media|games?|gaming|soaps?|podcasts?|books?|shopping|football|music|"
            r"biscuits|ice cream|junk food)\b(?! (?:tablets?|pills?|capsules?)))")

GRAMMAR_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(_INTENT, _BURDEN, _WAKING, _PICTURING,
                                                                       _IF_ALL)),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(_DEAD,), phrases=(_REUNION,)),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(_AFFAIRS,), phrases=(_DAY_DECIDED,)),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=_COURSE, phrases=(_SWALLOWED,)),
)
