"""Crisis phrases found missing in round twenty-eight (session 16): what people *do* or have at hand when they are
close to acting, rather than what they wish. Grammatical shapes and word classes in the writer's voice, over the
matching form (`bot.safety.matching`: lower case, contractions expanded, variety spellings read as the standard
word by `bot.safety.dialects`); someone else's are read in their voice by `bot.safety.crisis_others`.

- A plan to take a whole bottle, pack or box of tablets, or all of a store of them, told as decided or set for a
  time ("I have decided I will drink the whole bottle tonight", "gathered my pills and will take all of them on
  Sunday"): C-SSRS questions 4-5 (intent, a plan). "Drink" is how tablets are taken in South Asian and West African
  English. Not a course finished as prescribed, nor the whole bottle of water.
- A means held or handled with nothing else to do with it ("I take the gun out and just sit holding it"): C-SSRS
  question 6 (preparatory behaviour); lethal-means counselling (Harvard T.H. Chan School, "Means Matter": access to
  a firearm). Not cleaning it, the range, a hide or a shoot.
- An interrupted attempt and the doubt about the next one ("I stopped that time. I don't know if I will stop next
  time"): C-SSRS "interrupted / aborted attempt". Not "stop at the chemist next time".
- A place for a method looked up ("looking up bridges near me at night"): 988 Lifeline warning signs ("looking for
  a way to kill oneself, such as searching online"). Not a walk, a photo trip, homework or a commute.
- At the top of the stairs thinking about "just letting go" or throwing oneself down (C-SSRS 3: a method thought
  of, with the place at hand; `lexicon_crisis_places` has windows and bridges). Not the fear of falling.
- Possessions given away because "I won't need them where I'm going", or that alone with no trip in sight (988
  Lifeline: giving away prized possessions; NHS "Help for suicidal thoughts").
- How long an overdose leaves before it is "too late to save" someone, or whether it would hurt, asked of a whole
  tub or bottle (WHO/IASP media guidance: questions about lethality and suffering are method-seeking). Not of a child
  or a pet: that is the poisoning notice's.
- A found note in which someone says they are sorry for everything or goodbye: someone else's crisis (988 Lifeline:
  saying goodbye, a note), like a goodbye message received (`lexicon_crisis_wishes.RECEIVED_GOODBYE`).
- Session 17 (round thirty): medicines one depends on stopped *so that* it can all be over or end sooner (C-SSRS
  "preparatory acts"; NICE NG225: self-harm is any intentional act of self-injury, whatever its form). Not a
  course stopped because of a side effect or on a doctor's advice, which carries no such purpose.
- Session 18 (round thirty-two): whether a whole tub would make someone "just not wake up" or die, asked like the
  other lethality questions above; sitting in a closed garage with the engine running (car exhaust, a method named
  in the WHO/IASP media guidance and in NICE NG225's means restriction), not warming the car with the door open.
"""

from __future__ import annotations

from bot.safety.lexicon import CHILD, Concept
from bot.safety.lexicon_crisis import MEDICINES
from bot.safety.lexicon_crisis_wishes import RECEIVED_GOODBYE

_LABEL = "thoughts of suicide or self-harm"
_TAKE = r"(?:take|drink|swallow|down|neck|have|eat)"
_STORE = r"(?:whole|entire|full) (?:bottle|pack|packet|box|tub|strip|jar|container)"
# Decided, or set for a time: not a course finished as prescribed.
_DECIDED = (r"(?:i (?:have |had )?decided (?:to|that i will|i will|i am going to)|i (?:will|am going to|am gonna|"
            r"plan to|am planning to) (?:just |finally )?)")
_WHEN = (r"(?:tonight|today|tomorrow|this (?:evening|weekend)|on (?:\w+day|the \w+)|at once|in one go|all together|"
         r"when (?:\w+ ){0,3}(?:asleep|out|gone|away)|so (?:that )?(?:i|he|she|it)\b)")
_PLAN = (_DECIDED + r"(?:\w+ ){0,2}" + _TAKE + r" (?:the |a |my |his |her )?" + _STORE + r" (?:of )?(?:\w+ ){0,3}"
         + MEDICINES + r"(?! (?:as prescribed|over|each|a day|daily|per day|every))|" + _DECIDED + r"(?:\w+ ){0,2}"
         + _TAKE + r" (?:the |a |my |his |her )?" + _STORE + r"\b(?: \w+){0,6} " + _WHEN)
_GATHERED = (r"(?:gathered|collected|counted out|lined up|put together|got together|saved) (?:up )?(?:all )?"
             r"(?:\w+ ){0,2}" + MEDICINES + r"(?: \w+){0,4} (?:will|going to|gonna|to) " + _TAKE + r" (?:all|every "
             r"one|the lot|them all)")
_ARMS = r"(?:gun|guns|pistol|revolver|handgun|rifle|shotgun|firearm|weapon)"
_HELD = (r"(?:take|took|taking|get|got|getting|pull\w*) (?:the |my |a |that )?" + _ARMS + r" out(?: \w+){0,3} "
         r"(?:and )?(?:just )?(?:sit|sat|sitting|hold|holding|held|stare|staring|look at|looking at)\b|"
         r"(?:sit|sat|sitting) (?:there )?(?:just )?holding (?:the |my |a |that )?" + _ARMS)
_NOT_KEEPING = (r"\b(?:clean\w*|range|hide|shoot|shooting season|hunt\w*|deer|ducks?|pheasants?|licen[cs]e|safe|"
                r"oil\w*)\b")
_NEXT_TIME = (r"(?:i stopped (?:myself )?(?:that|this|last) time|(?:do not|did not) (?:know|think) (?:if|whether|that)"
              r" i (?:will|would|can|could) (?:stop|stop myself|pull back|hold back) (?:again |the )?next time)\b")
_LOOKED_UP = (r"(?:looking|looked|look|searching|searched|googl\w*|research\w*) (?:up |for |into )?(?:\w+ )?"
              r"(?:bridges|cliffs|tall buildings|high buildings|multi storey car parks|railway lines|train lines)"
              r"(?: near (?:me|here|where i live))?(?: at night)?\b(?!(?: \w+){0,6} (?:for (?:a |my |the )?(?:walk|"
              r"photo\w*|project|homework|essay|trip|run|ride|drive|commute|history|work|tour)|to (?:visit|"
              r"photograph|walk|cross|cycle|draw|paint)))")
_STAIRS = (r"(?:stand|stood|standing|sit|sat|sitting) (?:\w+ )?(?:at|on) (?:the )?top of (?:the |our |my )?"
           r"(?:stairs|staircase|stairwell|steps)(?: \w+){0,4} (?:think\w*|thought|wonder\w*|want\w*|tempt\w*|"
           r"imagin\w*) (?:about |of )?(?:just |simply )?(?:letting go|throwing myself|jumping)\b"
           r"(?! (?:of|off the|down the last)\b)")
_WHERE_GOING = (r"(?:will not|would not|do not|shall not|am not going to) need (?:it|them|this|that|these|those|any "
                r"of (?:it|them|this)|my \w+|anything|money)(?: \w+){0,2} where i am (?:going|headed|heading)\b"
                r"(?!(?: \w+){0,8} (?:holiday|trip|abroad|beach|sunny|hot|warm|weather|camp\w*|festival|retreat|"
                r"travel\w*|flight|cruise|spain|tenerife|florida|dubai|australia|india|moving|new job|uni|"
                r"university|college))")
_GIVEN_AWAY = (r"(?:gave|given|giving|give) away (?:\w+ ){0,6}(?:will not|would not|do not|shall not) need (?:it|"
               r"them|any of (?:it|them))\b(?! (?:since|because|as|after|now that)\b)")
_TOO_LATE = (r"(?:how long|how quickly|how fast|how soon) (?:\w+ ){0,6}(?:before|until|till) (?:it is|it was|it "
             r"would be|it will be) too late to save")
_HURT = r"(?:would|will|does|did) (?:it|that|dying) (?:\w+ )?(?:hurt|be painful)"
_NOT_WAKE = (r"(?:would|will|could|might) (?:they|i|you|someone|somebody|a person|he|she) (?:just |simply )?(?:not "
             r"wake up|never wake up|die|be dead|stop breathing|slip away)")
_EXHAUST = (r"(?:sitting|sat|sit|sits|lying|lay|staying|stayed) (?:\w+ ){0,3}in (?:the|my|our|a) (?:closed |shut )?"
            r"garage (?:\w+ ){0,3}with (?:the )?(?:car|engine|motor) (?:running|on|going|idling)\b(?!(?: \w+){0,4} "
            r"(?:to warm|warm(?:ing)? (?:it )?up|door (?:open|up)|with the door))")
_WHOLE_LOT = r"(?:a |the )?(?:whole|entire|full) (?:tub|bottle|pack|packet|box|jar|strip)|all of (?:them|it|the)"
_FINAL_THIRD = (r"(?:(?:he|she|they) (?:is|was|are|were) sorry for everything|sorry for everything|goodbye forever|"
                r"it is not (?:your|anyone s|anybody s) fault|forgive (?:me|him|her|them))")
_FOUND_NOTE = (r"(?:found|find|came across|discovered) (?:a |his |her |their |this |an )?(?:\w+ )?(?:note|letter)"
               r"(?: \w+){0,16} " + _FINAL_THIRD)

_STOPPED = (r"(?:stopped|stopping|stop|quit|quitting|not taking|skipping|skipped|given up|gave up|giving up) "
            r"(?:taking )?(?:\w+ ){0,3}(?:tablets|pills|meds|medication|medications|medicines?|insulin|treatment|"
            r"dialysis|inhalers?|injections?)(?: \w+){0,3} so (?:that )?(?:(?:this|it|it all|everything|things) "
            r"(?:can|will|could|would|might) (?:all )?(?:be over|end)|i (?:can|will|could|would|might) die|the end "
            r"(?:comes?|will come|can come))\b")

ACTS_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False,
            phrases=(_PLAN, _GATHERED, _NEXT_TIME, _LOOKED_UP, _STAIRS, _WHERE_GOING, _GIVEN_AWAY, _STOPPED,
                     _EXHAUST)),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=_NOT_KEEPING, phrases=(_HELD,)),
    # Lethality and suffering asked of a whole tub: not of a child's or a pet's accident (the poisoning notice).
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, window=30,
            unless=r"\b(?:" + CHILD + r"|dog|cat|puppy|kitten|pet)\b",
            near=((_TOO_LATE + r"|" + _HURT + r"|" + _NOT_WAKE, _WHOLE_LOT),)),
    # Always someone else's: the writer found the note (`triage`: the notice worded for helping them).
    Concept(RECEIVED_GOODBYE, "C", _LABEL, gated=False, phrases=(_FOUND_NOTE,)),
)
