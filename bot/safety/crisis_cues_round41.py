"""Warning signs found missing in safety round forty-one (session 23, second helper), for the classes of
`bot.safety.crisis_cues` (joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second,
different class) except the self-harm shapes, a crisis alone as the self-harm class always is. Each is a grammatical
frame or a class of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`).

- HOPELESS, the passive wish told as a conditional: "(it would be) easier / better (all round) if I just didn't wake
  up" (C-SSRS 1: "wished you could go to sleep and not wake up"; PHQ-9 item 9); with "not wake up" (ENDING) it is a
  crisis alone, as the C-SSRS item is. Not "better if I didn't wake up so early / at 5".
- MEANS, the whole stock gathered: "collected / gathered / rounded up all the tablets" (C-SSRS 6, preparatory acts:
  collecting pills); a poison bought or kept (rat poison, pesticide, weedkiller; WHO 2014 "Preventing suicide: a
  global imperative", pesticide self-poisoning) was already MEANS.
- INTENT: the plan to take them all told with "thinking to / of", "intend to", "mean to" and a time or "at once"
  (C-SSRS 4-5); "which / how many of (mum's) tablets would do it" after checking, looking up or googling (988
  Lifeline: researching a way); "I will take all (of) my <medicine>" (with "and be done", ENDING, someone else's
  threat too, through `crisis_others`); a poison kept or hidden away with no pest, weed or crop named anywhere in the
  message (C-SSRS 6: a method acquired and put by).
- ENDING: going out (paddle, swim, walk, row, sail, drive, wander) and "not / never come back" (round forty had it
  only with the sea or a river named; here the frame alone, "past the reef" or "out on the board"), not "till dark"
  or "to the gym"; "and (just) be done" after a whole stock taken.
- FAREWELL: one's own funeral arranged: the hymns, songs or readings one would like, told to a vicar or chosen, or
  "planned my own funeral" (C-SSRS 6 and 988 Lifeline: making arrangements, putting affairs in order); not a prepaid
  funeral plan, not someone else's funeral or a wedding.
- SELF-HARM, alone: a flame or hot thing held to one's own arm, wrist, skin or leg ("I hold a lighter to my forearm";
  NHS "Self-harm": burning the skin) - not a heat pad, an ice pack or a hot water bottle; cutting, scratching or
  slicing one's own arms, wrists, thighs or skin with a blade, razor, knife or glass (NHS "Self-harm": cutting or
  scratching) - not shaving, not "cut my arm on a nail", not an accident while cooking or shaving.

`KIN`: the people for whom things would be "easier / better for my ..." (HOPELESS in `crisis_cues`, Van Orden et al.
2010, perceived burdensomeness), so "would that work better for my back?" is no burden.
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import MEDICINES

KIN = (r"(?:family|kids|children|child|wife|husband|partner|parents|mum|mom|mam|dad|son|daughter|sons|daughters|"
       r"boys|girls|loved ones|friends|people|folks|ohana|whanau|wife and kids|husband and kids|sister|brother|"
       r"carers?|mother|father|nan|gran|grandchildren|grandkids|other half|missus|mrs|fella|boyfriend|girlfriend)")
_NOT_WAKE_TIME = (r"(?! (?:so|too|as|early|late|at|till|until|for|before|in time|with|stiff|sore|in pain|every|during|"
                  r"to|on time|feeling|again with|when)\b)")
_ALL = r"(?:them all|all of them|all the \w+|the lot|the whole lot|everything|every one of them|all (?:of )?my \w+)"
_WHEN = (r"(?:tonight|tomorrow(?: night)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:weekend|evening)|at "
         r"once|in one go|all together|so (?:that )?i can (?:finally )?(?:rest|sleep|go|be at peace))")
_POISON = r"(?:rat poison|rodenticide|pesticides?|insecticide|weed ?killer|paraquat|poison|antifreeze)"
_PESTS = (r"(?:rats|mice|mouse|rodents?|pests?|weeds?|garden|allotment|crops?|field|farm|ants|cockroach\w*|insects?|"
          r"slugs|vermin|moles|wasps?)")
_PLACE = r"(?:almirah|wardrobe|cupboard|drawer|room|bed|bag|locker|cabinet|box|suitcase|car|trunk|cupboards)"
_BODY = r"(?:arms?|forearms?|wrists?|skin|thighs?|legs?|stomach|belly|hips?|ankles?|shoulders?|chest)"
_HOT = r"(?:lighter|flame|lit match|match|cigarette|fag|lit \w+|hot (?:knife|iron|spoon|metal|coin|pan)|candle)"
_SHARP = r"(?:razor(?: blade)?|blade|knife|glass|scissors|compass|sharpener(?: blade)?|pin|needle|box cutter)"

ROUND41 = {
    "hopeless": (r"(?:easier|better|simpler|kinder|best) (?:\w+ ){0,3}if i (?:just |simply |only )?(?:did not|never|"
                 r"were not to|was not to) (?:\w+ )?(?:wake|woke|waked) up\b" + _NOT_WAKE_TIME),
    "means": (r"(?:collected|gathered|got together|rounded up|amassed|gathering|collecting) (?:up )?all (?:of )?(?:the|"
              r"my|his|her|\w+ s) (?:\w+ )?" + MEDICINES + r"\b"),
    "intent": (r"(?:thinking|planning|intending|meaning|decided|ready) (?:to|of|about|on) (?:just )?(?:swallow|"
               r"swallowing|take|taking|down|downing|gulp|gulping) " + _ALL + r" (?:\w+ ){0,2}" + _WHEN + r"\b|"
               r"(?:i|we) (?:intend|mean|plan|am planning|am going|have decided|want) to (?:take|swallow|down) (?:them "
               r"|it |the lot |all of them )?all (?:at once|in one go|together)\b|"
               r"(?:checked|looked up|googled|searched|researched|worked out|found out|read up on|checking|looking "
               r"up|googling|researching|looked at) (?:which|what|how many) (?:of )?(?:\w+ ){0,3}" + MEDICINES
               + r" (?:\w+ ){0,2}(?:would|will|could|might) (?:do it|do the job|be enough|kill|be fatal|be "
               r"lethal)\b(?! (?:for|to|on|better|faster|quicker)\b)|"
               r"i (?:will|am going to|am gonna|plan to|want to|might) (?:take|swallow|down) all (?:of )?my (?:\w+ )?"
               + MEDICINES + r"\b(?! (?:as|at|with|in the morning|every|each|like|before|after|for)\b)|"
               r"(?<![\s\S])(?![\s\S]*\b" + _PESTS + r"\b)[\s\S]*?\b" + _POISON + r" (?:\w+ ){0,4}(?:and )?(?:kept|"
               r"hid|hidden|stored|put|keeping|hiding) (?:it|them) (?:away )?(?:in|under|inside|behind) (?:the|my) "
               + _PLACE + r"\b"),
    "ending": (r"(?:paddl|swim|walk|row|sail|driv|wander|drift|head|kayak|float)\w* (?:out|off|away)\b(?: \w+){0,6} "
               r"(?:and|an|n) (?:just )?(?:not|never|no) (?:come|coming|came|return|returning)(?: back)?\b(?! (?:until|"
               r"till|til|before|for|in time|to|from|with|when|unless)\b)|"
               r"all (?:of )?my (?:\w+ )?" + MEDICINES + r" and (?:just )?be done\b(?! (?:with|by|in|before|soon|"
               r"for)\b)"),
    "farewell": (r"(?:told|asked|tell|chosen|chose|picked|sorted|planned|written down|wrote down) (?:\w+ ){0,3}"
                 r"(?:which|what) (?:hymns?|songs?|music|readings?) (?:i would like|i want|i would want|to play "
                 r"at my|at my funeral|for my funeral)\b|(?:chosen|chose|picked|planned|sorted|arranged) (?:out )?"
                 r"(?:the |my )?(?:hymns?|songs?|music|readings?) (?:for|at) my (?:own )?funeral\b|(?:planned|"
                 r"planning|arranged|arranging|sorted) (?:out )?my (?:own )?funeral\b(?! (?:plan|insurance|cover|"
                 r"policy|bond)\b)"),
    "self_harm": (r"(?:hold|held|holding|put|putting|press|pressed|pressing) (?:a |the |my )?" + _HOT + r" (?:\w+ )?"
                  r"(?:to|against|on|onto|into) my (?:\w+ )?" + _BODY + r"\b|"
                  r"(?:cut|cutting|scratch|scratching|scratched|scrape|scraping|scraped|slice|slicing|sliced|slash|"
                  r"slashing|slashed|carve|carving|carved) (?:up |at |into )?my (?:own )?" + _BODY + r" (?:\w+ ){0,2}"
                  r"(?:with|using) (?:a |the |my |some |an )?" + _SHARP + r"\b(?!(?: \w+){0,4} (?:while|when|by "
                  r"accident|accidentally|cooking|shaving|opening|slipped|at work|in the kitchen)\b)"),
}
