"""Red flags a newcomer found missing (session 34), in the form of `bot.safety.lexicon` (over the matching form),
chained into `lexicon_newcomer33`'s join (`lexicon_round52.ROUND52_CONCEPTS`) and so into `triage.CONCEPTS`. Each is
a word class or a frame, not the newcomer's sentences; an operator's stomach-bug (viral gastroenteritis) page
brought them.

- (tier U) a baby or young child with fewer or no wet nappies, or no wee for hours: NHS "Dehydration" (under-5s:
  take your baby or child to the GP urgently or go to A&E if they seem drowsy, have few or no tears, a sunken soft
  spot, dark-yellow pee; not having many wet nappies is a sign of dehydration in a baby) and NHS "Diarrhoea and
  vomiting" (get help from 111 or an urgent GP appointment if a child under 5 has signs of dehydration, such as
  fewer wet nappies).
- (tier U) a child who will not drink or feed while being sick or having diarrhoea: NHS "Diarrhoea and vomiting"
  (urgent help if your child stops breastfeeding or taking feeds while they are ill).
- (tier U) being unable to keep fluids down: NHS "Diarrhoea and vomiting" (urgent GP appointment or 111 if you or your
  child keep being sick and cannot keep fluid down) and "Dehydration" (confusion, dizziness that does not go away,
  not peeing all day: urgent help).
- (tier U) a baby 3 to 6 months old with a temperature of 39C or higher: NHS "High temperature (fever) in children"
  (call 111 or ask for an urgent GP appointment if your baby is 3 to 6 months old and has a temperature of 39C or
  higher); NICE NG143 "Fever in under 5s" (age 3-6 months, temperature 39C or higher: red). A second newcomer's
  "my 6 month old has a temp of 39 and is vomiting" got quotes only (session 34).
General asking ("what are the signs of dehydration in babies?") stays quiet: the concepts are gated
(`lexicon.Concept.gated`).
"""

from __future__ import annotations

from bot.safety.lexicon import CANT, PEE, Concept

# --- U: a baby or child with few or no wet nappies, or no wee for hours ---------------------------------------------
_NAPPY = r"(?:nappy|nappies|diaper|diapers)"
_FEW_WET = (r"(?:(?:no|not(?: had)?(?: a| any)?|fewer|hardly any|barely any|only (?:had )?(?:one|1|two|2)) wet "
            + _NAPPY + r"|" + _NAPPY + r" (?:has |have |is |are )?(?:been |stayed |staying |still )?(?:bone )?dry)")
_CHILD = (r"(?:baby|babies|child|kid|son|daughter|toddler|little one|boy|girl|infant|newborn|grandson|"
          r"granddaughter|\d{1,2} (?:year|yr|month|week) old|(?:one|two|three|four|five) (?:year|month) old)")
_NO_WEE = (r"(?:(?:has not|have not|had not|not) (?:had (?:a |any )?)?" + PEE + r"|no " + PEE + r")"
           r"(?: \w+){0,2} (?:since|for|in|all) (?:\w+ ){0,2}(?:hours?|hrs?|yesterday|last night|this morning|day)")

# --- U: a child who will not drink while ill ------------------------------------------------------------------------
_WONT_DRINK = (r"(?:will not|would not|does not|refus\w* to|not|stopped|stopping|" + CANT + r") (?:\w+ )?"
               r"(?:drink\w*|feed\w*|take (?:a |any |his |her )?(?:feeds?|bottles?|milk|fluids?|drinks?)|"
               r"breastfeed\w*)")
_ILL = r"(?:vomit\w*|sick|throw\w* up|threw up|diarr?h?o?ea\w*|diarhea|the runs|gastro|tummy bug|stomach bug)"

# --- U: a baby 3 to 6 months old with 39C or more -------------------------------------------------------------------
_BABY_3_TO_6 = r"(?:(?:3|4|5|6|three|four|five|six) (?:months?|mths?|mnths?|mo) old)"
_39_OR_MORE = (r"(?:(?:temp\w*|temperature|fever|thermometer|reading)(?: \w+){0,3} (?:39|40|41)(?: [0-9])?\b|"
               r"\b(?:39|40|41)(?: [0-9])? ?(?:c|degrees|deg)\b|\b(?:10[2-6])(?: [0-9])? ?(?:f|degrees|deg)\b)")

# --- U: cannot keep fluids down -------------------------------------------------------------------------------------
_KEEP_DOWN = (r"(?:" + CANT + r"|will not|wont|not) (?:\w+ )?keep (?:any |anything |even )?(?:\w+ )?"
              r"(?:water|fluids?|liquids?|drinks?|anything|food|milk|feeds?|sips?)?(?: \w+)? (?:down|in)\b")

NEWCOMER34_CONCEPTS: tuple[Concept, ...] = (
    # near a child word, not the nappy phrase alone: the anchor is what negation reads, and "has not had a wet nappy"
    # holds its own "not" (NegEx took the phrase back as negated)
    Concept("child_dehydration", "U", "a baby or young child with few or no wet nappies",
            near=((_CHILD, _FEW_WET),), window=14),
    Concept("child_dehydration", "U", "a child who has not passed urine for hours", near=((_CHILD, _NO_WEE),),
            window=12),
    Concept("child_not_drinking", "U", "a child who will not drink while being sick",
            near=((_CHILD, _WONT_DRINK),), window=10, requires=(_ILL,)),
    Concept("fluids_not_kept_down", "U", "not able to keep fluids down", phrases=(_KEEP_DOWN,)),
    Concept("young_baby_fever", "U", "a baby 3 to 6 months old with a temperature of 39C or more",
            near=((_39_OR_MORE, _BABY_3_TO_6),), window=14),     # the reading is what context takes back
)
