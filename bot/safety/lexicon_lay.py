"""Red-flag lexicon, part five: emergencies as people tell them (round eleven), in the form of `bot.safety.lexicon`.

Round eleven's missed emergencies were told in lay words the lexicons had in another shape: a fall told with its
height between the verb and the place ("fell about 3 metres off the loft ladder"), tablets taken by the load with
a slang verb ("necked a load of tablets", "downed a whole packet of paracetamol"), someone who "won't wake up
properly" and whose "breathing sounds wrong". Its near misses included a figure of speech ("paralysed with
indecision"). Each is written here as a kind:

- a fall from a height given in metres, feet or storeys: NICE NG232 "Head injury" (2023) and its cervical-spine
  rules count "a fall from a height of greater than 1 metre or 5 stairs" as a dangerous mechanism of injury;
  reference §2.2 "fell from (a ladder, roof, stairs, height)". An old fall stays old (`OLD_INJURY`);
- many tablets taken at once, adult or child, whatever the verb (tier P): NHS "Paracetamol overdose" and NHS 111
  "Taken too much of a medicine": call 999 or go to A&E if someone has taken more than the stated dose and is
  unwell, drowsy or not responding; reference §2.3 poisoning;
- someone who cannot be woken properly, and breathing that sounds wrong (tier E): NHS "When to call 999":
  someone unconscious or not responding, or with noisy, rattling or struggling breathing;
- round thirteen: bladder or bowel control lost "a bit" (played down), a fall told as a tumble, then unable to get
  up (NHS "Cauda equina syndrome"; NICE CKS as above);
- round twelve: a fall told with the furniture ("slid off the bed", "rolled out of bed") by someone older or with
  fragile bones and back pain, or who then cannot stand (NICE CKS "Back pain - low": suspect a fracture after minor
  trauma with osteoporosis or older age; reference §2.2); a week's tablets taken in one go by mistake (tier P, NHS 111
  "Taken too much of a medicine"); someone very sleepy and hard to wake (NHS "Sepsis", "When to call 999"); soiling
  without feeling it (loss of bowel sensation, NHS "Cauda equina syndrome");
- "paralysed" (reference §2.2, bilateral neurological deficit), except "paralysed with fear / by choice /
  with indecision" and "analysis paralysis", figures of speech for not being able to decide or act;
- session 13 (newcomer tests): both legs going weak or numb, or numb ("my legs are weak and numb"), and bowels that
  cannot be held (reference §2.2 "both legs numb/weak", "weakness getting worse", loss of bowel control).
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, CANT, EXERCISE, FALL, FRAGILE, OLD_INJURY, POO, Concept
from bot.safety.lexicon_round50 import POISONING_IN_A_STORY

_HEIGHT = (r"(?:about |around |over |nearly |almost |at least |like )?(?:\d+(?: \d+)? ?(?:m|metres?|meters?)|"
           r"(?:one|two|three|four|five|six|ten|a couple of|a few) (?:metres?|meters?)|(?:[3-9]|[1-9]\d+) ?(?:feet|"
           r"foot|ft)|(?:three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:feet|foot)|(?:a|one|two|"
           r"three|\d+) (?:storeys?|stories|floors?|flights? of stairs))\b")
_TABLETS = (r"(?:tablets?|pills?|painkillers?|paracetamol|ibuprofen|co ?codamol|codeine|tramadol|sleeping pills|"
            r"meds|medication|medicines?|capsules|antidepressants|iron)")
# "Taking loads of iron tablets for months" and "took all my tablets this morning" are use, not an overdose: "took"
# counts only with a whole packet or a handful; the slang verbs also with "a load of" or all of someone's tablets.
_PACKET = (r"(?:a handful of|(?:a |the )?(?:whole |full |entire )?(?:packet|pack|box|bottle|strip|tub|blister) of)")
_A_LOT = r"(?:a load of|a bunch of|all (?:of )?(?:his|her|their|the|your)|" + _PACKET + r")"

# Round twelve. Falling told with the furniture it was off ("slid off the bed", "rolled out of bed", "tumbled off
# the sofa"); an older relative named by age or as a grandparent (FRAGILE's ages said of anyone: "my husband is 75",
# "Grandad (88)").
_FALL_LAY = (r"(?:slid|slide|sliding|slipped|tumbled|tumbling|rolled|rolling|came|come|fell) (?:\w+ )?(?:off|out of|"
             r"down|from|onto) (?:the |his |her |my |a |their )?(?:\w+ ){0,2}(?:bed|chair|sofa|couch|settee|toilet|"
             r"stairs?|steps|kerb|curb|ladder|bath|wheelchair|stool|floor)\b")
_OLDER = (r"(?:is|am|aged|turned|now) (?:[7-9]\d|1[01]\d)\b(?! ?(?:kg|kilos?|pounds|lbs|mins?|minutes|percent|miles|"
          r"km|cm|mg|units|degrees|times|hours|days|weeks|years? ago))|(?:nan|nana|nanna|gran|granny|grandma|grandad|"
          r"granddad|grandpa|grandmother|grandfather|great grand\w*)\b|(?:mum|mom|mother|dad|father|husband|wife|aunt|"
          r"uncle) (?:[7-9]\d|1[01]\d)\b")
# Someone else who is hard to wake (NHS "Sepsis" and "When to call 999": very sleepy or difficult to wake, not
# responding); not a teenager "hard to wake in the mornings".
_HARD_TO_WAKE = (r"(?:(?:he|she|they) (?:is|are|was|were|has been|have been|seems?|seemed)|(?:mum|mom|mother|dad|"
                 r"father|nan|gran|granny|grandma|grandad|grandpa|husband|wife|partner|son|daughter|baby|brother|"
                 r"sister|he|she)) (?:\w+ ){0,2}(?:hard|difficult|impossible) to (?:wake|rouse)(?: (?:up|him|her|"
                 r"them))?\b(?! (?:in the mornings?|for (?:work|school)|early|at \d))|(?:barely|hardly|cannot|can not|"
                 r"could not) (?:\w+ )?(?:wake|rouse) (?:him|her|them|my \w+)\b(?! (?:up )?(?:in the mornings?|for "
                 r"(?:work|school)|early|at \d))")
# A week's or a month's tablets in one go, by mistake (NHS 111 "Taken too much of a medicine"); a blister pack or a
# dosette box is the week's tablets.
_PERIOD = r"(?:whole |entire |full )?(?:week|weeks|month|months|fortnight|fortnights|days?|\w+ days)"
_WEEKS_TABLETS = (r"(?:took|taken|swallowed|had|necked|downed) (?:\w+ ){0,3}(?:(?:a |the |his |her |their |my )?"
                  + _PERIOD + r" (?:worth |supply )?(?:of )?(?:\w+ ){0,3}(?:" + _TABLETS[3:-1] + r"|blister packs?|"
                  r"dosette box|pill organi[sz]er)|" + _TABLETS
                  + r" (?:for|of) the (?:whole )?(?:week|month|fortnight))")
_ONE_GO = r"in one go|at once|all at once|at the same time|together|by mistake|by accident|accidentally|mixed up"
# Soiling without feeling it (loss of bowel sensation: cauda equina, NHS "Cauda equina syndrome"; GIRFT national
# pathway, 2023).
_SOILED = (r"(?:pooed|pooped|soiled|shat|messed|dirtied|had an accident in) (?:himself|herself|myself|themselves|"
           r"(?:his|her|my|their) (?:pants|trousers|underwear|knickers|bed)|the bed)|(?:messed|soiled|dirtied) (?:his|"
           r"her|my|the) (?:pants|trousers|underwear|bed)")
_UNAWARE = (r"(?:never|not|did not|does not|without|no) (?:\w+ ){0,2}(?:felt|feel|feeling|realis\w*|realiz\w*|"
            r"know\w*|knew|notic\w*|aware)|(?:no|never felt the|without the) (?:urge|need to go|warning)")

# Round thirteen: control "a bit" lost, said to play it down ("minor thing - lost a bit of control of my bowels");
# NHS "Cauda equina syndrome": any new loss of bladder or bowel control is an emergency. A fall told as a tumble.
_SOME_CONTROL = (r"(?:lost|losing|lose|loss of) (?:a (?:little |tiny |wee )?bit (?:of )?|a little (?:bit )?(?:of )?|"
                 r"some |a touch of |partial |slight )control (?:of |over )?(?:\w+ ){0,4}")
_TUMBLE = (r"(?:took|had|taken|has had) (?:a |another )?(?:\w+ )?(?:tumble|fall)|fell (?:over|down)|went over|"
           r"keeled over")

# Round fourteen: the going itself not felt ("couldn't feel myself going for a poo", "didn't realise I'd finished";
# NHS "Cauda equina syndrome": loss of feeling when you go to the toilet), legs gone to jelly with the stairs
# beyond them (weakness in both legs), not after the gym.
_FELT_GOING = (CANT + r" (?:\w+ )?(?:feel|tell|sense) (?:myself|it|when i|that i|whether i|if i) (?:am |was |had |have "
               r"|d |m )?(?:\w+ ){0,2}?(?:going for|doing|having|going|need|needed)? ?(?:a )?")
_FINISHED = (r"(?:did not|do not|never|had not) (?:even )?(?:realis|realiz|notic|know|knew|feel|felt)\w* (?:that )?"
             r"(?:i (?:had|d|have|was) )?(?:finished|done|gone|gone to the (?:toilet|loo))\b")
_STAIRS = (CANT + r" (?:\w+ )?(?:make it|get|climb|walk|go) (?:\w+ )?up (?:the |our |my )?(?:stairs|steps)")

# Session 13 (a newcomer test): both legs (the plural) going weak or numb now, told as it happens ("my legs are going
# weak", "my legs have gone numb"): reference §2.2 "both legs numb/weak", "weakness getting worse" (NHS "Cauda equina
# syndrome"), not one leg, and not after sitting awkwardly or exercise (the concept's `unless`).
_LEGS_GOING = (r"\blegs (?:\w+ ){0,3}(?:going|gone|getting|turning|becoming|went|started|starting) (?:to (?:go |feel "
               r")?)?(?:all |really |very |a bit |kind of |completely )?(?:weak\w*|numb\w*|dead|tingly)\b|"
               # Numb, not only weak (weak legs alone may be tiredness): "my legs are weak and numb", "legs are numb".
               r"\blegs (?:\w+ ){0,4}numb\w*")
# The bowels that cannot be held (loss of bowel control, NHS "Cauda equina syndrome"): "my bowels have gone funny,
# can't hold it".
_CANT_HOLD = (r"(?:bowels?|poo|stool|number twos?)\b(?: \w+){0,6} " + CANT + r" (?:\w+ )?(?:hold|control|stop) "
              r"(?:it|them|it in|them in|on)\b")

LAY_CONCEPTS: tuple[Concept, ...] = (
    Concept("bowel_problem", "E", "loss of bowel control", phrases=(
        _FELT_GOING + r"(?:poo|number two|open\w* my bowels|pass\w* (?:a )?stool)",
        _FINISHED + r"(?: \w+){0,6} (?:poo|bowels?|stool)|(?:poo|bowels?|stool)\b(?: \w+){0,8} " + _FINISHED)),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", phrases=(
        _FELT_GOING + r"(?:wee|pee|weeing|peeing|pass\w* (?:urine|water))",)),
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse",
            unless=EXERCISE + r"|out of breath|breathless|puffed|with (?:nerves|fright|fear|excitement)|(?:after|from|"
            r"when|while) (?:\w+ ){0,2}(?:sitting|sat|kneeling|knelt|squatting|crossed|cross legged)|(?:fine|ok|okay|"
            r"better|normal|gone) now|went away|wore off|passed off|years? ago", window=10,
            phrases=(r"legs? (?:\w+ ){0,3}(?:jelly|wobbly)\b", _LEGS_GOING), near=((_STAIRS, r"legs?"),)),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", phrases=(
        _SOME_CONTROL + r"(?:bladder|pee|wee|urine|waterworks)",)),
    Concept("bowel_problem", "E", "loss of bowel control", phrases=(_SOME_CONTROL + POO, _CANT_HOLD)),
    Concept("significant_trauma", "E", "a fall, accident or injury", window=14, unless=OLD_INJURY,
            near=((_TUMBLE, CANT + r" (?:\w+ )?(?:stand|get up|walk|move|bear weight|put weight)"),)),
    Concept("significant_trauma", "E", "a fall, accident or injury", unless=OLD_INJURY,
            phrases=(FALL + r" (?:\w+ ){0,2}" + _HEIGHT,)),
    Concept("poisoning", "P", "tablets swallowed by a child, or too many taken", gated=False,
            unless=POISONING_IN_A_STORY, phrases=(   # session 31: a drama's (`lexicon_round50`)
        r"(?:took|taken) (?:\w+ )?" + _PACKET + r" (?:\w+ ){0,3}" + _TABLETS + r"\b",
        r"(?:necked|necking|downed|downing|swallowed|popped|knocked back|chugged|scoffed) (?:\w+ )?" + _A_LOT
        + r" (?:\w+ ){0,3}" + _TABLETS + r"\b",)),
    Concept("collapse", "E", "collapse or loss of consciousness", phrases=(
        # Someone else, not "I can't wake up properly in the mornings" (tiredness).
        r"(?:he|she|they) (?:\w+ )?(?:will not|would not|cannot|can not|is not|are not) (?:\w+ )?(?:wake|waking|come "
        r"round|coming round) (?:up )?properly|(?:cannot|can not|could not) (?:\w+ )?wake (?:him|her|them) (?:up )?"
        r"properly|(?:he|she|they|and) (?:will not|would not|is not|are not) (?:wake|waking) up\b(?! (?:in the|for|"
        r"on time|early|before|until|till|at|when|unless|if)\b)",)),
    Concept("breathing_difficulty", "E", "difficulty breathing", phrases=(
        r"(?:his|her|their) breathing (?:\w+ )?(?:sounds?|is|looks|seems|went|has gone|gone) (?:\w+ )?(?:wrong|"
        r"weird|funny|strange|odd|noisy|rattl\w*|gurgl\w*)",)),
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse",
            phrases=(r"(?<!analysis )paralys\w*(?! (?:with|by) (?:\w+ )?(?:indecision|fear|choices?|options|doubt|"
                     r"nerves|anxiety|panic|terror|worry|shyness|stage fright|laughter))",)),
    Concept("significant_trauma", "E", "a fall, accident or injury", unless=OLD_INJURY,
            phrases=(_FALL_LAY,), requires=(BACK_PAIN, FRAGILE + "|" + _OLDER)),
    Concept("significant_trauma", "E", "a fall, accident or injury", window=14, unless=OLD_INJURY,
            near=((_FALL_LAY, CANT + r" (?:\w+ )?(?:stand|get up|walk|move|bear weight|put weight)"),)),
    Concept("collapse", "E", "collapse or loss of consciousness", phrases=(_HARD_TO_WAKE,)),
    Concept("poisoning", "P", "tablets swallowed by a child, or too many taken", gated=False, phrases=(_WEEKS_TABLETS,),
            requires=(r"(?:whole|entire|full|all) (?:\w+ )?(?:week|month|fortnight)|" + _ONE_GO,)),
    Concept("bowel_problem", "E", "loss of bowel control", phrases=(_SOILED,), requires=(_UNAWARE,),
            unless=r"\b(?:puppy|puppies|dog|dogs|cat|cats|kitten|pets?)\b"),   # a pet that soiled the bed
)
