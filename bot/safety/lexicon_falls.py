"""Red-flag lexicon: a fall told with back pain, serious or minor (session 18, newcomer findings). Over the matching
form (`bot.safety.matching`), in the form of `bot.safety.lexicon`.

- NHS "Back pain" (https://www.nhs.uk/conditions/back-pain/): call 999 or go to A&E when back pain "started after a
  serious accident, such as after a car accident" (reference §2.2, significant trauma: a fall from a height, a
  ladder, stairs, a horse, a crash). A fall from a height, stairs or a vehicle, or one after which the person cannot
  get up or walk, stays tier E (`lexicon.BACK_PAIN_CONCEPTS`), as does any fall with fragile bones (osteoporosis,
  long-term steroids, age 70+: NICE CKS "Back pain - low (without radiculopathy)", reference §2.2).
- A *minor* fall in anyone else (a slip or a trip on level ground, a stumble, a fall told as days ago, with nothing
  serious named) is not the NHS's "serious accident": the newcomer's "slipped on ice last week and my back still
  hurts" opened with 999. It gets same-day advice (tier U: GP, NHS 111) instead, the NHS route for back pain that
  is not getting better; recall is kept, only the tier changes.
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, CANT, FALL, FRAGILE, OLD_INJURY, Concept

# A slip, trip or stumble on level ground, or a fall told as days ago.
_MINOR = (r"slip(?:ped|ping|s)?(?! (?:a |my |his |her )?discs?)|trip(?:ped|ping|s)?|stumbl\w*|"
          r"lost (?:my|his|her) footing|fell over|"
          r"(?:on|in) (?:the |some |a )?(?:ice|black ice|icy \w+|snow|frost|wet (?:floor|grass|leaves)|mud|puddle)|"
          r"last week|the other day|at the weekend|over the weekend|last (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
          r"(?:a|one|two|three|few|couple of|\d+) (?:days?|weeks?) ago|(?:a|one|two|few|couple of|\d+) days back")
# Anything that makes a fall serious: a height, stairs, a vehicle or horse, force, a head injury, not getting up.
_SERIOUS = (r"heights?|ladders?|roof|stairs|steps|staircase|scaffold\w*|horse|balcony|building|trees?|walls?|loft|"
            r"cars?|bikes?|bicycle|motorbike|crash\w*|accident|collision|hard|heavily|badly|awkwardly|from a|off a|"
            r"off the|hit (?:my|his|her) head|head injury|knocked (?:out|unconscious)|unconscious|passed out|"
            r"ambulance|" + CANT + r" (?:get up|stand|walk|move)|landed on (?:my|his|her) (?:head|neck)")
_MINOR_ONLY = r"^(?!.*\b(?:" + _SERIOUS + r")\b)(?=.*\b(?:" + _MINOR + r")\b)"

# Session 22: the fall is a pet's ("our dog fell off the sofa and hurt his back, vet says rest"), and no person in the
# message is told falling: the writer's own sore back has no fall behind it (NHS "Back pain": the 999 sign is back
# pain that started after a serious accident to the person). "I fell over the dog" keeps the flag.
_PERSON_FELL = (r"(?:i|we|me|myself|you|son|daughter|mum|mom|dad|husband|wife|partner|child|kid|baby|nan|gran\w*|"
                r"grandad|grandpa|grandma|brother|sister|friend)")
_PET_FELL = (r"^(?!.*\b" + _PERSON_FELL + r" (?:\w+ ){0,2}(?:fell|fall|falls|fallen|slipped|tripped|tumbled|landed|"
             r"came off)\b)(?=.*\b(?:dog|cat|puppy|pup|kitten|pet|rabbit|bunny|hamster|guinea pig|budgie|parrot|"
             r"tortoise)s? (?:\w+ ){0,2}(?:fell|fall|falls|fallen|slipped|tumbled|jumped|came off)\b)")

FALL_CONCEPTS: tuple[Concept, ...] = (
    Concept("significant_trauma", "E", "a fall, accident or injury", window=12,
            unless=OLD_INJURY + "|" + _MINOR_ONLY + "|" + _PET_FELL, near=((FALL, BACK_PAIN + r"|back"),)),
    Concept("minor_fall", "U", "back pain after a fall", window=12, unless=OLD_INJURY + "|" + FRAGILE + "|" + _PET_FELL,
            requires=(_MINOR_ONLY,),
            near=((FALL, BACK_PAIN + r"|back"),)),
)
