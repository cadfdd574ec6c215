"""Red-flag lexicon, crisis told as a question or as something done (round thirteen), strong (a crisis alone), in
the form of `bot.safety.lexicon_crisis`.

Round thirteen's English crisis messages that no phrase or class caught were mostly of a few kinds:

- a lethality question: how many or how much of a medicine "would kill you / be fatal / stop your heart / end a
  life / before you don't wake up", whatever the excuse ("purely out of curiosity", "for a story", "asking for a
  friend", "hypothetically"). 988 Lifeline: looking for a way to kill oneself; WHO/IASP 2017/2023: never give
  methods or quantities. Not "how many people die of…", not a question about a child or a pet (a poisoning
  question, answered by the poisoning notice), not "how much vitamin D is too much";
- "would it be quick / painless" after taking so many tablets;
- an overdose already taken *with its reason* ("took all my sleeping tablets because I wanted it to end",
  "swallowed a whole packet on purpose", "so I don't have to wake up"): the crisis text says to call 999 / 911 /
  112 at once, and a crisis outranks the poisoning notice;
- the wish to stop told in everyday words: wanting "it all / everything" to stop or be over with; not seeing the
  point in carrying on or going on; not seeing a way out (Samaritans: feeling trapped); not minding, or being
  happy, never to wake up (C-SSRS question 1) — not a way out *of the maze*, not the pain over with, not waking
  at 5 am;
- making it look like an accident (a plan: C-SSRS questions 4–5);
- self-harm told in the present or as a relapse (NHS "Self-harm"): burning or scratching oneself "so I feel
  something else", "till they bleed", "when it gets too much", with a lighter or a cigarette; back to cutting,
  relapsed with or started using the blades again. Not "back to cutting carbs", not an oven burn.
- (round thirty-eight, session 21) what would happen if someone took a large number of tablets at once ("like 40",
  "a whole bottle"), asked with a disavowal: "hypothetically", "not that I'm planning anything", "asking for a
  friend", "no reason" (WHO/IASP media guidance and 988 Lifeline: researching a method and its lethality; the
  disclaimer that hides intent is itself a warning sign, Samaritans "Signs to look out for"). Both are needed: a
  bare toxicity question ("what happens if you take too much vitamin D") and a child's or a pet's (the poisoning
  notice) stay out.

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); Samaritans "Signs to look out for"
(https://www.samaritans.org/how-we-can-help/if-youre-worried-about-someone-else/); NHS "Self-harm"
(https://www.nhs.uk/mental-health/conditions/self-harm/). Patterns are over the matching form
(`bot.safety.matching`: lower case, contractions expanded, "wud" read "would", "u" read "you").
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import NOT_MORNING

_LABEL = "thoughts of suicide or self-harm"
_QTY = (r"(?:how (?:many|much)(?! (?:people|persons|deaths|cases|patients|adults|children|kids|women|men|americans|"
        r"brits)\b)|(?:what|wat|wht) (?:is )?(?:(?:the|a) )?(?:dose|dosage|amount|quantity|number))")
_HARM = (r"(?:kill (?:you|me|someone|somebody|a person|an adult|a grown \w+|a man|a woman|myself|yourself|them|"
         r"a human)|"
         r"fatal|lethal|deadly|stop (?:\w+ ){0,2}heart|end (?:a|my|your|someone s|someone|one s|one) life|"
         r"die(?! (?:down|off|out|hard|of (?:embarrassment|boredom|laughter)))|(?:not|never) "
         r"wake up|(?<!be an )(?<!is an )(?<!as an )(?<!be a )(?<!is a )overdose)\b")   # not "would be an overdose"
_PILLS = (r"(?:pills|tablets|capsules|caps|meds|medication|medicines|paracetamol|co ?codamol|codeine|tramadol|"
          r"insulin|them|the lot|everything)")
_PURPOSE = (r"(?:on purpose|deliberately|intentionally|so (?:that )?i (?:do not|would not|will not|never) (?:have to )?"
            r"wake|to (?:die|end it|end (?:it all|everything|my life)|kill myself|not wake up)|because i (?:just )?"
            r"(?:want|wanted) (?:to die|to end it|it (?:all )?to (?:end|stop|be over)|everything to (?:end|stop)|to "
            r"not wake up|to sleep forever))")
# Whose it would be: a child or a pet makes the question a poisoning one.
NOT_OURS = r"\b(?:child|children|toddler|toddlers|baby|babies|kid|kids|dog|dogs|cat|cats|puppy|kitten|pets?)\b"

ASKED_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=NOT_OURS, phrases=(
        _QTY + r" (?:\w+ ){0,16}?" + _HARM,
        r"(?:took|take|taking|swallowed|swallow|had|have|drank|ate) (?:\w+ ){0,16}(?:would|will|is|does) (?:it|that|"
        r"death|dying) (?:be )?(?:quick|painless|peaceful|instant|fast|gentle)\b(?! (?:to|acting|relief|release))",
    )),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(
        r"(?:took|taken|swallowed|downed|necked) (?:\w+ ){0,3}(?:all|whole|entire|every|the lot|a load|a handful|"
        r"packet|bottle|box|\d\d+)(?! (?:course|courses|day|days|dose|week))\b (?:\w+ ){0,6}" + _PURPOSE,
        r"(?:took|taken|swallowed|downed|necked|takes|swallows|overdosed on) (?:\w+ ){0,5}" + _PILLS + r" (?:\w+ ){0,6}"
        + _PURPOSE,     # session 22: "overdosed on my tablets on purpose"
        r"(?:want|wanted|wanting|wish|wished) (?:it all|everything|all of it|all this|all of this|the whole thing) "
        r"(?:to )?(?:stop|end|be over|over with)\b(?! (?:hurting|aching|for a|so i can|being))",
        r"(?:not|no|cannot|can not|never|hardly|what is the) (?:\w+ ){0,3}point (?:in|of|to) (?:carrying on|going on|"
        r"living|being alive|being here|existing|waking up|trying any ?more|keeping going)\b",
        r"(?:cannot|can not|could not|do not|does not|no longer|never) (?:\w+ )?see (?:a|any) way out\b(?! (?:of|from) "
        r"(?:this |the |these )?(?:\w+ )?(?:maze|car park|building|contract|queue|traffic|room|mess of|deal|"
        r"subscription))",
        r"(?:would not|do not|will not) (?:really |even )?(?:mind|care) if i (?:just )?(?:never|did not|do not) "
        r"(?:\w+ )?(?:woke|wake) up" + NOT_MORNING,
        r"(?:happy|glad|content|fine|ok|okay) (?:\w+ )?(?:to |if i )?(?:not|never|did not) (?:\w+ )?(?:wake|woke) up"
        + NOT_MORNING,
        r"(?:make|made|making) (?:it|this|my death|things) (?:look|seem|appear) like an accident|so (?:that )?it "
        r"(?:looks|will look|would look|seems|appears) like an accident",
        # Self-harm now or again.
        r"(?:burn|cut|scratch|hit|punch|bite|harm|hurt|bruise|scald) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|"
        r"hands?|stomach|belly)) (?:\w+ ){0,8}(?:(?:so (?:that )?i (?:can )?|to )feel (?:something|anything|alive|"
        r"real|in control|pain|better|less)|to cope|to punish|to numb|"
        r"(?:till|until) (?:it|they) bleeds?|when (?:it|things|everything) (?:all )?(?:gets?|got) too)",
        r"(?:burn|burning|burned|burnt) (?:myself|my \w+) with (?:a |my )?(?:lighter|cigarette|match)",
        r"(?:relapsed|relapsing|relapse|back to|started|starting|gone back to|went back to|began) (?:\w+ ){0,2}"
        r"(?:self harm\w*|harming myself|hurting myself|burning myself|(?:using )?(?:the )?(?:blades?|razors?))\b"
        r"(?! (?:for|to|instead|on (?:my )?(?:legs|face)))|"
        r"(?:back to|started|starting|gone back to|went back to|relapsed into) cutting (?:again|myself|my)\b",
    )),
)
# Round thirty-eight: a large number taken at once, asked about with a disavowal (module docstring).
_LARGE = (r"(?:like |about |around |maybe |say |roughly |over )?(?:\d\d+ (?:\w+ ){0,2}" + _PILLS + r"|(?:a|the) whole "
          r"(?:bottle|packet|pack|box|tub|strip|jar)|an entire (?:bottle|packet|pack|box|tub))")
_DISAVOWED = (r"hypothetical\w*|not that (?:i am|i would|i will|i was|i have been|im) (?:\w+ )?(?:planning|going to|"
              r"thinking|doing)|asking for a friend|(?:for|asking for) no reason|(?:do not|no need to) (?:worry|panic|"
              r"ask why)")
MASKED_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=NOT_OURS, requires=(_DISAVOWED,), phrases=(
        r"(?:what|wat|wht) (?:happens|would happen|will happen|happened|does it do|would it do) (?:\w+ )?(?:if|when) "
        r"(?:someone|somebody|a person|you|i|one|an adult|people) (?:\w+ )?(?:takes?|took|taking|swallows?|swallowed|"
        r"has|had|eats?|ate|downs?|downed) " + _LARGE,
    )),
)
