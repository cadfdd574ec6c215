"""Red-flag lexicon, crisis told in a few more everyday shapes (round fourteen), strong (a crisis alone), in the form
of `bot.safety.lexicon_crisis`.

Round fourteen's English crisis messages that no phrase or class caught were of these kinds:

- a preference for not waking or not living ("I'd rather just not wake up", "I'd sooner not be here", "rather be
  dead than live like this"): a passive wish to die, C-SSRS question 1 ("wished you were dead or wished you could
  go to sleep and not wake up"). Not "rather not wake up so early", not "rather die than eat liver" (a dislike);
- a lethality look-up told without its outcome, with the medicine at hand ("sat with a full box of her tablets
  wondering how many it would take", "how many would do it"): 988 Lifeline, looking for a way to kill oneself.
  Not "how many weeks it would take", not "how many it would take to get my level up";
- a plan to take everything, the lot or all the tablets of a cupboard, a drawer or the house, at a time named
  ("tonight", "when everyone is asleep"), typed as it comes ("evrythin in the cuboard tonite"): C-SSRS questions 4-5
  (intent with a plan). Not "take everything to the charity shop", not "should I take all my tablets tonight or in
  the morning";
- a story the writer says is their own ("it's basically me", "the man is me"): a character's wish to die counts;
- food, drink or medicines stopped on purpose "so it happens sooner" (indirect self-harm by self-neglect; NICE
  NG225, "Self-harm: assessment, management and preventing recurrence", 2022: self-harm includes acts whatever
  the motive; older adults' refusal to eat with the wish to die is a recognised presentation).

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NICE NG225 (https://www.nice.org.uk/guidance/ng225).
Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded, "I'd" read
"i would").
"""

from __future__ import annotations

from bot.safety.fiction import OWNED
from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import END_IT, MEDICINES, NOT_MORNING

_LABEL = "thoughts of suicide or self-harm"
# What living would be compared with: "rather be dead than live like this" is a wish; "than eat liver" is a dislike.
_THAN = (r"(?! than (?!(?:live|living|go on|going on|carry on|carrying on|face|facing|suffer|suffering|spend|keep "
         r"going|be in (?:this )?pain|put up with|feel like this|deal with|wake up)\b))")
_RATHER = (r"(?:would|had) (?:\w+ )?(?:rather|sooner) (?:just |simply |honestly |really )?(?:(?:not|never) (?:\w+ )?"
           r"(?:wake up|woke up)" + NOT_MORNING + r"|not (?:be here|be alive|be around|exist|live|be living)\b|"
           r"(?:be dead|die)\b" + _THAN + r")")
# "How many (of these) would it take", nothing after: time, a target level or a count of other things is not this.
_HOW_MANY = (r"how many (?:(?:of )?(?:these|them|those|my|her|his|their|the) )?(?:" + MEDICINES + r" )?"
             r"(?:it would|would it|it will|will it|it d|would|will|it takes|does it) (?:take|do it|be enough|need)\b"
             r"(?! (?:to|for|before|until|till|per|a day|each|every|daily|weekly|in|on|with|if)\b)")
_EVERYTHING = r"(?:everything|evrything|everythin|evrythin|every thing|the lot|the whole lot)"
_TONIGHT = (r"(?:tonight|tonite|2nite|tomorrow|later|this evening|when (?:everyone|everybody|they|he|she|the kids|"
            r"the house|it) (?:is|are|has|have|goes|go|gets) (?:\w+ )?(?:asleep|to bed|out|gone|quiet)|once "
            r"(?:everyone|everybody|they) (?:is|are) (?:asleep|in bed|out))")
_PLACE = r"(?:cupboard|cuboard|cabinet|drawer|house|box|bottle|bathroom|kitchen|packet|tin|stash)"
_TAKE_ALL = (r"(?:take|taking|swallow|swallowing|down|neck|necking|have) (?:\w+ ){0,2}?(?:" + _EVERYTHING + r"|all "
             r"(?:of )?(?:the |my |her |his |their |mum s |dad s )?(?:\w+ )?" + MEDICINES + r")\b(?: (?!to\b|back\b)"
             r"\w+){0,6} " + _TONIGHT + r"\b")
_TAKE_ALL_FROM = (r"(?:take|taking|swallow|swallowing|down|neck|necking) (?:\w+ ){0,2}?" + _EVERYTHING + r" (?:in|from|"
                  r"out of|inside) (?:the |my |her |his |our |mum s |dad s )?(?:\w+ )?" + _PLACE + r"\b(?! (?:to|"
                  r"back|down|out|off|over|round|into)\b)")
# A timing or dose question about one's own tablets is not a plan.
_QUESTION = (r"\b(?:should|can|could|may|do) i (?:\w+ )?take\b|\bis it (?:ok|okay|safe|fine|alright) to take\b|\bor "
             r"(?:in )?(?:the )?(?:morning|tomorrow|at night|with food)\b")
_STOPPED = (r"(?:stopped|stopping|quit|given up|giving up|not|refusing|refuse|refused|cut out) (?:\w+ ){0,2}(?:eating|"
            r"drinking|food|water|fluids|meals|my (?:tablets|meds|medication|insulin|heart tablets))\b(?: \w+){0,5} so "
            r"(?:that )?(?:(?:it|the end|death|this|everything|things) (?:\w+ ){0,3}(?:sooner|quicker|faster|more "
            r"quickly|over with)|i (?:go|die|pass|am gone|will go|will die) (?:\w+ )?(?:sooner|quicker|faster))\b")

TOLD_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(_RATHER, _HOW_MANY, _TAKE_ALL_FROM, _STOPPED)),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=_QUESTION, phrases=(_TAKE_ALL,)),
    # Session 12 (someone else's crisis, read in their own voice by `bot.safety.crisis_others`, and the writer's):
    # cutting told with no object, at the end or with "again" ("she's been cutting", not "cutting back on sugar");
    # "top myself" (British and Australian slang for suicide; not "topped", a death told); asking to be helped to
    # die. NHS "Self-harm" (cutting is the commonest form); 988 Lifeline (talking about wanting to die).
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(
        r"(?:been|started|keep|am|is|was) cutting(?: again)?(?:$| (?:again|since|every|at night|on (?:my|his|her) "
        r"(?:arms?|legs?|thighs?|wrists?|stomach)))",
        r"(?:going to|want to|will|might|could|about to|thinking of|thinking about) top myself\b|topping myself\b",
        r"help me (?:to )?(?:die|" + END_IT + r"|end (?:it all|my life|things|everything))\b",
    )),
    # A character's wish in a story the writer says is their own ("a poem about a man who wants to die ... the man
    # is me": `bot.safety.fiction`).
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(OWNED,), phrases=(
        r"(?:wants|wanted|wanting|wishes|wished|tries|tried|trying|plans|planned|decides|decided) to (?:die|kill "
        r"(?:himself|herself|themselves)|end (?:it|it all|his life|her life|their life|everything))\b",)),
)
