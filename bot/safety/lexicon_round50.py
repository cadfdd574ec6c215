"""Red flags and crisis phrases found missing in safety round fifty (session 31), in the form of `bot.safety.lexicon`
(over the matching form), chained into `lexicon_round49.ROUND49_CONCEPTS` and so into `triage.CONCEPTS` (`triage.py`
is at its size limit). Each is a kind of phrasing, not a vignette's words.

- (tier E) not being able to pee told as a failed attempt ("haven't managed to pee since last night", "didn't manage
  to wee all day", "failed to pass water"): reference §2.2 and NHS "Cauda equina syndrome" (difficulty peeing or not
  being able to pee: go to A&E); the older forms knew "can't / not been able to pee". Not a urine sample, a pot or a
  scan ("couldn't manage to pee for the sample"), not "haven't had time / a chance to pee" (an errand).
- (tier C) jumping from a height named by a fortification, a coast or a gorge ("thinking really to jump from the
  bastions", "want to throw myself off the ramparts / the sea wall / the gorge"), with an adverb allowed between the
  thought and the act: C-SSRS 3-4 (a method thought, a place); reference §2.5 ("jump off a bridge / building"); the
  height lists of `lexicon_crisis_grammar` and `lexicon_crisis_places` knew bridges, roofs and towers. Not jumping
  for a swim, into the sea or the water, tombstoning, diving, a bungee or a parachute.
- (tier C) not being able to take, bear or stand this life or one's life any more, in either order ("I can't take
  this life anymore", "I cannot take anymore this life": the adverb before the object, as Maltese, Italian and other
  speakers order it): reference §2.5 ("can't go on", "can't take it anymore"); the older phrase had "it / this" only.
  "Anymore", "any more", "any longer" or "much longer" is required; not "this life of night shifts", "my life being
  ruled by", "the city life".
- (tier C) goodbye letters told in the Irish perfect ("I've the letters written for the mam and the lads", "I'm after
  writing the letters to the kids"): 988 Lifeline and NHS warning signs (goodbye letters); the older form wanted
  "written letters to". Only letters, goodbye or last letters to family words (`crisis_cues_round41.KIN`, "lads",
  "young ones"); not Christmas, thank-you or cover letters, not the council or a solicitor.
- (tier C) a decided "do it" timed for when nobody will be there ("I've decided I'm going to do it on Sunday when the
  house is empty", "I'll do it while everyone's asleep"): C-SSRS 4-5 (intent and a plan with its when); 988 Lifeline
  (isolating, making a plan). A bare "do it" only ("I'll do the decorating when the house is empty" stays calm), a
  decision told ("decided", "made my mind up"), and no errand named in the message (an exercise routine, a chore, a
  call, a present: "decided I'll do my physio routine, I'll do it while the kids are at school").
- (not P) tablets swallowed told as the plot of a drama, a film, a book or a news story ("watched a drama where a
  toddler swallowed a load of iron pills"): `POISONING_IN_A_STORY`, an `unless` of the poisoning concepts of
  `lexicon_general` and `lexicon_lay` (ConText, Harkema et al. 2009: a non-patient experiencer; `bot.safety.fiction`
  takes back the other flags so, but never poisoning). Kept when "my / our" child is named, or "I / he / she"
  swallowed or took anything.
"""

from __future__ import annotations

from bot.safety.crisis_cues_round41 import KIN
from bot.safety.lexicon import CHILD, Concept
from bot.safety.lexicon_round51 import OVERDOSE_LONG_OVER, ROUND51_CONCEPTS

_CRISIS = "thoughts of suicide or self-harm"
_BLADDER = "new problems peeing or controlling your bladder"

_FAILED_PEE = (r"(?:(?:have|has|had|did|could) not|never|not) (?:\w+ )?(?:managed|manage|been managing) to (?:\w+ )?"
               r"(?:pee|wee|urinate|piss|pass water|pass urine|pass any urine|empty (?:my|his|her|the) bladder)\b|"
               r"(?:failed|fail|failing) to (?:pee|wee|urinate|pass water|pass urine|empty (?:my|his|her|the) bladder)")
_NOT_RETENTION = (r"\b(?:sample|specimen|pot|scan|ultrasound|test|time to|a chance|chance to|the chance|busy|queue|"
                  r"loo was|toilets? (?:was|were) (?:busy|locked|closed))\b")

_ADVERB = r"(?:really|seriously|honestly|actually|just|now|even|sometimes|often|again)"
_THOUGHT = (r"(?:think|thinking|thought|want|wanted|wanting|wanna|plan|planning|planned|going|gonna|tempted|ready|"
            r"decided|wish i could|could easily|feel like)")
_FORT = (r"(?:bastions?|ramparts?|battlements?|city walls?|castle walls?|fort|fortress|castle|citadel|sea wall|"
         r"harbou?r wall|breakwater|cliff ?top|cliff edge|gorge|ravine|canyon|crag|dam|quarry|lighthouse|cathedral|"
         r"church tower|bell tower|spire|clock tower|tower block|motorway bridge|footbridge|aqueduct|viaduct|"
         r"rocks|rock face|lookout|observation deck|high rise|skyscraper|monument)")
_NOT_LEISURE = (r"(?!(?: \w+){0,6} (?:for (?:a )?swim|swim\w*|into the (?:sea|water|river|harbou?r|lake|pool)|dive|"
                r"diving|bungee|bungy|tombston\w*|for fun|for charity|parachut\w*|paraglid\w*|abseil\w*|zip ?lin\w*|"
                r"with a rope)\b)")
_JUMP_FORT = (_THOUGHT + r" (?:" + _ADVERB + r" ){0,2}(?:to|of|about|on) (?:" + _ADVERB + r" )?(?:jump|jumping|leap|"
              r"leaping|throw myself|throwing myself|hurl myself) (?:off|from|over|down) (?:the |a |our |those |these "
              r"|that |this )?(?:top of (?:the |a )?)?(?:old |high |city )?" + _FORT + r"\b" + _NOT_LEISURE)

_MORE = r"(?:anymore|any more|any longer|much longer|another day)"
_THIS_LIFE = r"(?:this|my|such a|this kind of) (?:\w+ )?life\b(?! (?:of|being|in|on|as|at|with|without|style)\b)"
_TAKE_LIFE = (r"(?:cannot|can not|could not|can no longer) (?:take|bear|stand|handle|live with|cope with|go on with) "
              r"(?:" + _MORE + r" " + _THIS_LIFE + r"|" + _THIS_LIFE + r" " + _MORE + r")")

_KIN = r"(?:" + KIN[3:-1] + r"|lads|lasses|young ones|wee ones|mammy|daddy|da|ma|the lot of them)"
_LETTER = r"(?:the |my |all the |all my |a few |some )?(?:goodbye |farewell |last |final )?letters?"
_TO_KIN = (r"(?:for|to) (?:the |my |each of the |all the |each of my |all my )?(?:\w+ )?" + _KIN + r"\b(?! (?:school|"
           r"teacher|class|club|team|doctor|gp|dentist|nursery|college|uni|work)\b)")
_LETTERS = (r"(?:i have|i have got|have got|got) " + _LETTER + r" (?:all )?(?:written|wrote|done|finished|left) "
            r"(?:out )?" + _TO_KIN + r"|(?:i am after|am after|after) writing " + _LETTER + r" " + _TO_KIN)

_NOBODY_THERE = (r"(?:the (?:house|flat|place|home) (?:is|will be) empty|(?:nobody|no one|noone) (?:is|will be) "
                 r"(?:home|in|around|here|about|up)|every(?:one|body) (?:is |has |will be )?(?:\w+ )?(?:out|gone|"
                 r"away|asleep|in bed|left)|(?:the )?(?:kids|children|family|wife|husband|partner) (?:is|are|will be) "
                 r"(?:out|away|asleep|at school|at work)|i (?:have|will have) the (?:house|flat|place) to myself)")
_DO_IT_ALONE = (r"(?:decided|made up my mind|made my mind up|i am going to|i will|i am gonna|i plan to|i am planning "
                r"to|i am ready to) (?:\w+ ){0,4}?do it(?: (?:on \w+|tonight|tomorrow|this \w+|next \w+|then))? "
                r"(?:\w+ ){0,2}(?:when|while|once|after) " + _NOBODY_THERE)

_DECIDED = r"(?:decided|made up my mind|made my mind up|my mind is made up|it is decided|no going back)"
# A "do it" with its errand named anywhere in the message: an exercise, a chore, a call, a test.
_CHORE = (r"(?:exercises?|stretch\w*|routine|physio|workout|yoga|pilates|hoover\w*|vacuum\w*|clean\w*|decorat\w*|"
          r"paint\w*|tidy\w*|bath|shower|injection|jab|test|scan|call|phone|video|homework|laundry|washing|ironing|"
          r"meditat\w*|practi[cs]e|recording|sing\w*|danc\w*|surprise|present|wrapping|baking|revision|revise)")

_SOMEONE = (r"(?:" + CHILD[3:-1] + r"|woman|man|lady|guy|character|teenager|teen|person|mother|father|mum|mom|dad|"
            r"patient|student|nurse|girl|boy|pensioner|widow|addict)")
_STORY = (r"(?:watch\w*|saw|seen|read|reading|heard|listening to) (?:a|an|the|this|that|some) (?:\w+ ){0,2}(?:drama|"
          r"film|movie|show|series|episode|soap|documentary|programme|program|story|novel|book|article|news (?:story|"
          r"report|item)|report|podcast|play) (?:where|in which|about|on which|that showed|showing|with) (?:a|an|some|"
          r"the|this) (?:\w+ ){0,2}" + _SOMEONE)
# The unless of the poisoning concepts (`lexicon_general`, `lexicon_lay`): a story's person, and no child of the
# writer's, no "I" and no "he / she has" swallowing told beside it.
POISONING_IN_A_STORY = (r"^(?!.*\b(?:my|our) (?:\w+ )?" + CHILD + r"\b)(?!.*\b(?:i|he|she|we) (?:have |has |had |just "
                        r"|might have |may have |think i )*(?:swallowed|eaten|ate|taken|took|necked|downed|got into)\b)"
                        r"(?=.*\b" + _STORY + r"\b)") + "|" + OVERDOSE_LONG_OVER   # round 51: years ago, well since

ROUND50_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_JUMP_FORT, _TAKE_LIFE, _LETTERS)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, requires=(_DECIDED,), unless=_CHORE,
            phrases=(_DO_IT_ALONE,)),
    Concept("bladder_problem", "E", _BLADDER, window=8, unless=_NOT_RETENTION, phrases=(_FAILED_PEE,)),
)
ROUND50_CONCEPTS += ROUND51_CONCEPTS   # session 31, round 51 (`lexicon_round51`)
