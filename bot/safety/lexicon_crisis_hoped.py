"""Crisis phrases found missing in round thirty-six (session 20): a lethal outcome hoped for from what the writer
takes, and the pain or the time of dying by an overdose asked about. Strong (a crisis alone), in the form of
`bot.safety.lexicon_crisis`; grammatical shapes, not any message's words.

- Taking or doing something "hoping / in the hope / praying" that it kills the writer, stops their heart, or that
  they die: an act done with the wish to die is a suicide attempt in the C-SSRS (suicidal behaviour: "a potentially
  self-injurious act committed with at least some wish to die"), whatever the dose; NICE NG225 (self-harm, any
  intent). Not the hope that it kills the pain, the bacteria or the cravings, nor that it stops the heart *racing,
  pounding or fluttering* (magnesium for palpitations is an ordinary question).
- How long it takes, or whether it hurts, to die by an overdose or from its lethal effect ("shuts down your liver",
  "stops your heart", "would it kill you"), asked about taking a large amount at once: the painfulness and duration
  of a method are what a person weighing it asks (988 Lifeline warning signs: researching a way to kill oneself;
  C-SSRS item 3, method; WHO/IASP media guidance, never describe how painful or quick a method is). Any excuse
  ("not for anything", "just curious") changes nothing, as for the lethality question of `lexicon_crisis_asked`.
  Not without the amount taken at once (an infusion that "takes an hour, does it hurt?"), nor about a child or a
  pet (the poisoning notice).

Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis_asked import NOT_OURS

_LABEL = "thoughts of suicide or self-harm"
_HOPING = r"(?:hoping|in the hope|in hope|praying|wishing|so hopefully|secretly hoping)"
_LETHAL_TO_ME = (r"(?:kill|kills|would kill|will kill) me\b(?! (?:off )?(?:the|my) (?:pain|craving|urge|bacteria|germs|"
                 r"infection|bug))|(?:stop|stops|would stop|will stop) my heart\b(?! (?:from |)(?:racing|pounding|"
                 r"fluttering|skipping|palpitat\w*|flutters|beating so|going so|thumping|jumping))|i (?:will |would |"
                 r"might )?(?:die|do not wake up|never wake up|will not wake up|stop breathing)\b|(?:it|this) (?:will |"
                 r"would )?(?:finish|finishes|end|ends) me\b|it (?:will |would )?(?:be|is) the end of me")
_HOPED = _HOPING + r" (?:that )?(?:it|they|this|that|the \w+|i) (?:\w+ ){0,2}?" + r"(?:" + _LETHAL_TO_ME + r")"
AMOUNT_AT_ONCE = (r"(?:a ton|tons|a load|loads|a lot|lots|a handful|handfuls|a bunch|the lot|all|the whole|a whole|"
                   r"a full|an entire|the entire|too many|\d\d+) (?:\w+ ){0,4}(?:at once|in one go|at the same time|"
                   r"all together|in one sitting)\b|(?:a whole|the whole|an entire|the entire|a full) (?:bottle|"
                   r"packet|pack|box|tub|strip|jar)")
_LETHAL_EFFECT = (r"(?:shuts?|shutting|shut) down (?:your|my|the|a person s|someone s) (?:liver|kidneys?|heart|organs|"
                  r"body)|(?:liver|kidney|organ|heart) (?:failure|shut ?down)|(?:stops?|stopping) (?:your|my|the) "
                  r"heart|\b(?:fatal|lethal|deadly)\b|kills? (?:you|me|someone|a person)\b|\b(?:die|dying|death)\b")
_PAIN_OR_TIME = (r"(?:whether|if|does|do|would|will) (?:it|that|they|dying|death) (?:\w+ )?hurts?\b|how (?:much|"
                 r"badly) (?:it|that|they|dying) (?:would |will |does )?hurts?\b|(?:is|would|will) (?:it|that|dying|"
                 r"death) (?:be )?(?:painful|agony|slow)\b|how painful|how long (?:it|that|they|dying|death) (?:would "
                 r"|will )?takes?\b|how long (?:does|would|will|did) (?:it|that|they|dying|death) take")

HOPED_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(_HOPED,)),
    # The amount and the question in one phrase (a phrase is a crisis mention for `crisis_resolved`: "how long does it
    # take" alone is no mention).
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(
        r"(?:" + AMOUNT_AT_ONCE + r") (?:\w+ ){0,24}?(?:" + _PAIN_OR_TIME + r")",
        r"(?:" + _PAIN_OR_TIME + r") (?:\w+ ){0,12}?(?:" + AMOUNT_AT_ONCE + r")"),
        requires=(_LETHAL_EFFECT,), unless=NOT_OURS),
)
