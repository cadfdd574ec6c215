"""Red-flag lexicon: a wish to die told as a plea to be released, and other strong wordings (session 13), in the
form of `bot.safety.lexicon_crisis` (tier C, whatever the form, never taken back by context).

- **A plea to be let die or released** ("let me die", "please just let me go", "wish someone would put me out of
  my misery", "pray God takes me"): a wish to be dead told as a request to others, C-SSRS question 1 ("Have you
  wished you were dead or wished you could go to sleep and not wake up?"); in serious illness the desire for
  hastened death (Breitbart et al., JAMA 2000;284:2907-11: associated with depression and hopelessness, and to be
  assessed, not taken as a settled wish). Told of someone else ("my nan keeps asking me to let her die") the
  clause is read in her voice (`crisis_others`) and gets the crisis text worded for helping her. Not "don't let me
  die", "let me die of embarrassment", "let me go to the shops", "put me out of my misery and tell me which
  vitamin D is best" (an everyday "just tell me"), "take me to hospital".
- **Sleeping and never coming round** ("go to sleep and never come round", "want to stay asleep forever"): the
  same C-SSRS question in other words. Not "help me stay asleep through the night".
- **Every pill in the house** taken or about to be (988 Lifeline: looking for a way to kill oneself).
- **No point in one's own being** ("no point me being here", "what's the point of anything anymore"): the 988
  Lifeline's "having no reason to live"; not "no point me being here if the GP is closed" (a place), nor "what's
  the point of vitamin D".
- **A lethality question told as "doing it"** ("how much paracetamol would do it", "the number where there's no
  coming back"): WHO/IASP, never a method or a quantity. Not "how much magnesium would do it for cramps".

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); Breitbart et al. 2000; WHO/IASP, Preventing suicide: a
resource for media professionals (2017/2023), https://paho.org/en/node/92857.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import MEDICINES, NOT_IDIOM

# Not a fear of dying ("please don't let me die"), not an order about something else.
_NOT_FEAR = r"(?<!not )(?<!never )(?<!dont )(?<!wont )"
# What "let me go" may end with to be a plea to be released ("just let me go, I can't do this").
_RELEASE_END = (r"(?:and not (?:call|ring|phone|get)\b|in peace\b|peacefully\b|already\b|please\b|now i\b|i (?:cannot|"
                r"can not|am (?:so )?(?:tired|done|"
                r"ready)|have had enough|do not want)\b)")
_PLEA = r"(?:please|just|beg\w*|asking|asks|asked|keeps? (?:asking|begging|saying)|want (?:you|them|someone|god) to)"
_WISH = (r"(?:wish|wishing|wished|want|wanting|hope|hoping|pray|praying|prayed|beg\w*|asking|asked|need|needs|"
         r"wants)")
# "...and tell me which one", "...: is it B12?": the everyday "just tell me".
_NOT_JUST_TELL = (r"(?! (?:and |just |by |with )?(?:tell|telling|explain\w*|answer\w*|which|what|how|is|are|does|do|"
                  r"can|could|should|give|say|let me know|someone|anyone))")

RELEASE_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        _NOT_FEAR + r"let (?:me|us) (?:just )?(?:die|pass|slip away)\b" + NOT_IDIOM[:-1]
        + r"|(?: (?:happy|laughing|a legend|of old age|in my sleep when|at home|in (?:my|her|his) own bed|in "
        r"(?:a |the )?(?:hospital|hospice)|surrounded by|with my family)\b))",
        _PLEA + r" (?:\w+ ){0,2}let me (?:just )?go(?:$| (?:\w+ )?" + _RELEASE_END + ")",
        _WISH + r" (?:\w+ ){0,3}(?:put|putting) me out of my misery\b" + _NOT_JUST_TELL,
        _WISH + r" (?:that )?(?:god|the lord|jesus|allah) (?:would |will |could )?(?:just )?(?:take|takes|took) me"
        r"\b(?! (?:to|through|out|back|away from|in hand)\b)",
        r"(?:sleep|asleep|go under) and (?:\w+ )?(?:never|not) (?:\w+ )?(?:come round|come around|come to|wake)\b",
        r"(?:want|wish|like|love) to (?:\w+ ){0,4}(?:stay asleep|sleep|be asleep) (?:\w+ ){0,2}(?:forever|for good|"
        r"and never wake)\b",
        r"(?:take|took|taking|swallow\w*|down\w*) every (?:single )?(?:pill|tablet|tab|capsule)s? (?:in the (?:house|"
        r"flat|cupboard|drawer|cabinet)|i (?:have|own|can find|could find|have got))",
        r"no point (?:in )?(?:me )?(?:being (?:here|alive|around)|existing|me living)\b(?! (?:if|when|unless|until|"
        r"in|on|for)\b)(?! at (?!all\b))|(?:what is|whats) the point (?:of|in) (?:anything|everything|it all|any of "
        r"(?:it|this)|being (?:here|alive)|existing)(?: \w+)? (?:anymore|any more)\b",
        r"how (?:much|many) (?:\w+ ){0,3}" + MEDICINES + r" (?:\w+ ){0,2}(?:would|will|to|does it take to|it take to) "
        r"(?:actually |really |just |definitely )?do it\b(?! (?:for|with) (?:my |a |the |your )?(?:headache|pain|"
        r"back|migraine|cold|fever|toothache|cramps?|sleep|period))|(?:number|amount|dose|point) (?:where|when|"
        r"after which|that) (?:there is|you|theres) (?:have )?no coming back",
        r"(?:thinking|thought|think) (?:bout|abt) ending (?:it|things|everything|my life)",
    )),
    # Self-poisoning told, a whole packet already taken ("am after taking a full packet of paracetamol": the Irish
    # "after" perfect, just done; round twenty-six: "i already swallowed a whole pack"). NICE NG225: intentional
    # self-poisoning whatever the motive; not by mistake, not a child (the poisoning notice), not a packet used up
    # over a week.
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"(?:^|\bi )(?:(?:am after|have just|have|just) (?:taking|taken|took|swallowed|swallowing|had|downed)|"
        r"(?:already|have already|just now) (?:took|swallowed|downed)) (?:a |"
        r"the |my )?(?:full|whole|entire) (?:packet|pack|box|bottle|strip|tub|blister) of (?:\w+ ){0,2}" + MEDICINES
        + r"(?!(?: \w+){0,3} (?:over|across|during|in|for) (?:the |a |this |last |past )*(?:week|days?|month|few|"
        r"couple))",
    ), unless=r"by mistake|by accident|accidental\w*|not on purpose|child|toddler|baby|kid|son|daughter"),
)
