"""Red-flag lexicon, crisis told through its means, its rehearsal or its aftermath (round fifteen), strong (a crisis
alone), in the form of `bot.safety.lexicon_crisis`.

Round fifteen's English crisis messages that no phrase or class caught were of these kinds:

- a method pictured or rehearsed: walking or wading into the sea, a river, a lough "and not coming back (out)",
  "letting it take me"; steering, swerving or driving into a barrier, a tree or a lorry, told as a thought or urge;
  sitting or lying with a gun in one's lap, across the knees, to the head or in the mouth. Rehearsal and access to
  lethal means are warning signs of their own (VA/DoD Clinical Practice Guideline "Assessment and Management of
  Patients at Risk for Suicide", 2019: preparatory behaviour, rehearsal, firearm access; 988 Lifeline warning
  signs: looking for a way, a plan). Not "walked into the sea for a swim", not "driving into work", not a rifle's
  recoil at the gun club;
- a lethality question with "finish" ("how much of the tablets can finish somebody"; West African and
  non-native English for kill), and "end everything" with a wish, "and go and rest";
- medicines set, put or kept aside "for when" (a stash with a time: C-SSRS questions 4-6, preparatory acts), and
  taking all of a box or bottle "one time / at once" so the pain stops forever or one does not wake (non-native
  wording of an overdose plan);
- a decision with its aftermath: "so it doesn't look weird to my family afterwards", "after I'm gone"; a decision
  not to live like this another year, with "I've decided / made up my mind" said in the message;
- taking oneself and another "out of this" (a carer's homicide-suicide thought: Cohen, Llorente and Eisdorfer,
  "Homicide-suicide in older persons", Am J Psychiatry 1998;155:390-6, most often a caring spouse);
- euphemisms: checking or clocking out early, for good, of this life; going to sleep for good or forever wished
  for or said to sound nice (C-SSRS question 1: wished you could go to sleep and not wake up);
- self-harm told with the tool: cutting or burning an arm, wrist, leg or thigh with a blade, a razor, a sharpener,
  a lighter or a cigarette, or "on purpose" (NICE NG225, "Self-harm", 2022); not a finger cut while cooking, not
  a leg nicked while shaving;
- no purpose, reason or sense in carrying on or going on (a variant of "no point", Samaritans: hopelessness).

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NICE NG225 (https://www.nice.org.uk/guidance/ng225);
VA/DoD CPG (https://www.healthquality.va.gov/guidelines/MH/srb/). Patterns are over the matching form
(`bot.safety.matching`: lower case, contractions expanded, dropped final g restored).
"""

from __future__ import annotations

from bot.safety.fiction import OWNED
from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import MEDICINES, NOT_MORNING

_LABEL = "thoughts of suicide or self-harm"
_WATER = r"(?:sea|river|lough|loch|lake|ocean|canal|water|waves|reservoir|quarry|surf|tide)"
_THOUGHT = (r"(?:think|thinking|thought|thoughts|tempted|urge|want|wanted|wanting|wanna|picture|picturing|imagine|"
            r"imagining|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|wish|wishing|keep|kept)")
_GUN = r"(?:gun|pistol|revolver|rifle|shotgun|handgun|firearm|glock|piece)"
_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|forearms?|ankles?)"
_TOOL = r"(?:blade|razor|knife|scissors|glass|lighter|compass|sharpener|cigarette|scalpel)"
_DECIDED = r"\b(?:i have|i|i ve|i am) (?:\w+ )?(?:decided|made up my mind|made my mind up|mind is made up)\b"

MEANS_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=r"\b(?:swim|swimming|paddl\w*|surf\w*)\b",
            phrases=(
        r"(?:walk|walking|walked|wade|wading|waded|swim|swimming|go|going) (?:out )?into (?:the |a )?(?:\w+ )?"
        + _WATER + r" (?:\w+ ){0,4}(?:(?:and |an |n )?(?:not|never|no) (?:\w+ ){0,2}(?:coming|come|came|swimming)"
        r" (?:back|out)|(?:and |an |n )?(?:let|letting) (?:it|the (?:water|waves|sea|current|tide)) take me)\b",)),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(
        _THOUGHT + r" (?:\w+ ){0,4}(?:steer|steering|swerve|swerving|drive|driving|crash|crashing|veer|veering|plough|"
        r"ploughing|plow|plowing) (?:\w+ ){0,2}into (?:a |the |an )?(?:\w+ )?(?:barrier|tree|wall|lorry|truck|bridge|"
        r"oncoming|traffic|bus|pillar|central reservation|median|ditch|river|sea|train)\b",
        r"(?:sit|sitting|sat|lie|lying|lay|hold|holding|held|put|putting) (?:\w+ ){0,6}(?:my |the |a |his |dad s )?"
        + _GUN + r" (?:\w+ ){0,1}(?:in my (?:lap|mouth|hands?)|to my (?:head|temple|chin|mouth)|across my (?:knees|"
        r"lap)|on my (?:lap|knees)|under my chin|against my head)\b",
        r"(?:how many|how much|what amount|what quantity|what dose) (?:\w+ ){0,6}(?:can|could|would|will|to|it takes "
        r"to) finish (?:somebody|someone|a person|a man|a woman|me|myself|you|yourself)\b",
        r"(?:should|want to|wanna|going to|think about|thinking of|feel like|feel i should|tempted to) (?:just )?end "
        r"everything\b(?! (?:with|between|on|at|in))",
        MEDICINES + r" (?:\w+ ){0,3}(?:set|put|kept|saved|stored|tucked|hidden|squirrelled) (?:\w+ ){0,2}aside (?:\w+ )"
        r"{0,3}for when\b|(?:setting|putting|keeping|saving) (?:\w+ ){0,3}" + MEDICINES + r" (?:\w+ ){0,1}aside\b"
        r"(?: \w+){0,4} (?:for when|each night|every night|each week|every week|night by night|week by week)\b",
        r"(?:take|taking|drink|drinking|swallow|swallowing|eat|eating) all (?:\w+ ){0,5}(?:one time|at one time|in one"
        r" time|at once|in one go|together|same time) (?:\w+ ){0,8}?so\b(?: \w+){0,7}? (?:forever|(?:not|never|no "
        r"more) (?:\w+ )?wake|not feel|feel nothing|die|dead|gone)\b",
        r"(?:look|looks|seem|seems) (?:\w+ ){0,2}(?:weird|strange|odd|suspicious|bad|obvious) (?:\w+ ){0,4}"
        r"(?:afterwards|after i am gone|after i go|when i am gone|after i die|after i have gone)\b|(?:so|and) "
        r"(?:that )?(?:nothing|it|this) (?:does not|will not|would not|do not) (?:\w+ )?(?:look|seem) (?:\w+ )?"
        r"(?:weird|strange|odd|suspicious) (?:\w+ ){0,4}(?:afterwards|after i am gone|when i am gone)\b",
        r"(?:take|taking|took) (?:us both|both of us|the both of us|us two|the two of us|me and (?:him|her|my \w+)|"
        r"myself and (?:him|her|my \w+)) out of (?:this|it|here|(?:this |our |the )?(?:misery|world|life|pain))\b",
        r"(?:thinking|thought|think|want|wanna|ready|tempted|plan\w*|going) (?:about |of |to )?(?:just )?(?:check|"
        r"checking|clock|clocking|tap|tapping) out (?:early|for good|permanently|of (?:this|life|this life|this world"
        r"))\b(?! (?:from|of) (?:the )?(?:hotel|hospital|room|shop|ward|airbnb))",
        r"(?:go|going|to) (?:to )?sleep (?:for good|forever|for ever|permanently)\b(?! (?:long|stretches|hours|nights|"
        r"quality|night)) (?:\w+ ){0,2}(?:sounds|seems|would be|feels)\b",
        r"(?:want|wanna|wish|wishing|long|longing|dream of|like) (?:\w+ ){0,3}(?:to )?(?:go to )?sleep (?:for good|"
        r"forever|for ever|permanently)\b(?! (?:long|stretches|hours|nights|quality|night))",
        r"(?:cut|cutting|sliced|slicing|slashed|slashing|scratched|carved|carving|burned|burnt|burning) my " + _BODY +
        r" (?:\w+ ){0,8}(?:on purpose|deliberately)\b",
        r"(?:no|not any|see no|not see any) (?:\w+ ){0,2}(?:purpose|reason|sense|use) (?:in |to |of )?(?:carrying on|"
        r"going on|living|being alive|being here|keeping going|keep going|go on|carry on)\b",
        r"(?:kill|killing|kil|hurt|harm|hurting|harming) my self\b|(?:want|wanna|wish|going) to dei\b",
        r"(?:setting|putting|keeping|saving|set|put|kept|saved) aside (?:\w+ ){0,2}" + MEDICINES + r"(?: \w+){0,4} "
        r"(?:for when|each night|every night|each week|every week|night by night|week by week)\b",
        r"(?:thinking|thought|think|dreaming|wishing|wish) (?:about|of|bout|on) (?:\w+ ){0,2}(?:not|never) (?:waking|"
        r"wake|to wake) up(?: no more| any ?more| ever again| again)?" + NOT_MORNING,
        r"sleep (?:and|an|n) (?:not|never) (?:\w+ )?wake up(?: no more| any ?more| ever again| again)?" + NOT_MORNING,
    )),
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False,
            unless=r"\b(?:shav\w*|by accident|accident\w*|chopping|cooking|slipped)\b", phrases=(
        r"(?:cut|cutting|sliced|slicing|slashed|carved|burned|burnt|burning) my " + _BODY + r" (?:\w+ ){0,8}(?:with|"
        r"using) (?:a |the |my )?(?:\w+ ){0,4}" + _TOOL + r"\b",)),
    # A decision not to live like this any longer, with the decision said in the message.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(_DECIDED,), phrases=(
        r"(?:not going to|will not|am not|refuse to|cannot) (?:\w+ )?(?:live|go on|carry on|be here|be around) (?:like "
        r"this |this way )?(?:another|much longer|past|beyond|after)\b",)),
    # A story the writer owns (`bot.safety.fiction.OWNED`, round fifteen: their own weight given beside the
    # character's): the character ending her life and how many tablets she would need count.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(OWNED,), phrases=(
        r"(?:ends|ended|ending|end|takes|took) (?:his|her|their) (?:own )?life|how many (?:\w+ ){0,4}(?:tablets|pills|"
        r"capsules) would (?:a|an|she|he|they|someone) (?:\w+ ){0,3}need\b",)),
)
