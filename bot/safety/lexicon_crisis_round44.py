"""Red-flag lexicon, crisis told as a question or a threat (safety round forty-four, session 26), strong (a crisis
alone), in the form of `bot.safety.lexicon_crisis_asked` (joined in `bot.safety.lexicon_general`).

- The lethality question told without "how many": whether a counted amount "is enough to" kill, be fatal or stop a
  heart ("is 100 of the capsules enough to stop a heart"), and what a large amount "would" do told as the death
  pictured as sleep ("if someone took 40 of the tablets with a box of co-codamol, would they just drift off to
  sleep"): WHO/IASP media guidance and 988 Lifeline (researching a method and its lethality; the third person
  hides the writer, Samaritans "Signs to look out for"). A child's or a pet's amount is the poisoning notice's.
- Drinking a poison named as a threat or a plan ("says she will drink the weedkiller if the pain doesn't ease"):
  pesticide self-poisoning is among the commonest methods worldwide (WHO "Preventing suicide: a global imperative",
  2014; Gunnell et al. 2007); C-SSRS 4-5, intent with a method. Said of oneself or reported of someone else (the
  helping-someone text through `bot.safety.crisis_others`). Not a child about to drink it (a poisoning).
- "Finish my life" (a learner's "end my life") wanted, planned or thought of, not with a place or manner ("finish my
  life in Spain / in peace": a retirement wish, as `crisis_complements` sets "live near" aside).
Patterns over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis_asked import _HARM, _PILLS, NOT_OURS

_LABEL = "thoughts of suicide or self-harm"
_COUNTED = (r"(?:\d\d+ (?:\w+ ){0,8}" + _PILLS + r"|(?:a|the) (?:whole|full|entire) (?:bottle|packet|pack|box|tub|"
            r"strip|jar)|(?:a|the|one|two) (?:bottles?|packets?|packs?|boxes|box|tubs?) of)")
_POISON = (r"(?:weedkiller|weed killer|paraquat|gramoxone|rat poison|antifreeze|anti freeze|pesticide|insecticide|"
           r"herbicide|bleach|poison|roundup|glyphosate)")

ROUND44_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=NOT_OURS, phrases=(
        r"(?:is|are|would|will|could|might) (?:\w+ ){0,2}" + _COUNTED + r" (?:\w+ ){0,8}(?:enough|sufficient) "
        r"(?:\w+ )?to " + _HARM,
        r"if (?:someone|somebody|a person|you|i|one|an adult|a grown \w+) (?:\w+ )?(?:took|takes|swallowed|swallows|"
        r"had|downed|were to take|was to take) (?:\w+ ){0,3}" + _COUNTED + r"\b(?: \w+){0,10} would (?:they|he|she|"
        r"you|i|it|a person|one) (?:just |simply |peacefully |gently )?(?:drift off|slip away|fade away|die|not wake|"
        r"never wake|go to sleep (?:for good|forever)|fall asleep (?:for good|forever|and not|and never))\b"
        r"(?!(?: to sleep)? (?:easier|easily|faster|quicker|better|sooner|more))",
        r"(?:will|would|going to|gonna|threaten\w* to|want to|wants to|wanted to|planning to|plans to|ready to|about "
        r"to|say\w* (?:she|he|they|i) (?:will|would)|decided to) (?:just )?(?:drink|swallow|take|down|neck) (?:the |"
        r"some |a bottle of |a cup of |a glass of |that )?" + _POISON + r"\b",
        r"(?:thinking|think|thought|want|wanted|going|planning|plan|decided|ready|wish) (?:to|of|about|on) "
        r"(?:finish|finishing) my (?:own )?life\b(?! (?:in|at|with|as|among|near|surrounded|peacefully|here|there|"
        r"back|on|abroad|quietly|somewhere|by)\b)",
    )),
)
