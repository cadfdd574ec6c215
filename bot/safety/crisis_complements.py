"""A wish not to live or not to wake up, or a jump, whose complement makes it about a place, a time or a manner
(session 24, found while reading safety round forty-two): set aside like the idioms of `crisis_idioms` (which calls
`strip_complements`), for the crisis phrases, the warning-sign classes and the learned check (`semantic.idiom_free`).

- "(do) not want / wish to live" + a place or a manner of living: near, in, at, with someone, by the sea, next to,
  there, here, abroad, alone, on my own, together, somewhere else, so far from ("I don't want to live near a main
  road", "I do not want to live in the city any more"); and a time of life (to 100, forever). Never "live like this",
  "in this pain / world / body", "with this pain", "at all", "at this point": those stay the wish they are;
- "(do) not want to wake up" + a time or a reason for the hour: early, at 6, before dawn, for work, in the dark, on
  Sundays or at weekends ("don't want to wake up early on Sundays"). Never "tomorrow", "in the morning", "again";
- jumping in, or off a pier, a harbour wall, a jetty, the rocks or a boat, into the sea, the water, a pool or a lake
  (a swim: "we're going to jump off the pier into the sea this weekend"). Never off a bridge or a cliff (`_HIGH` is
  not a launch place here), never beside "not / never come back", drowning, tonight, alone or a goodbye.

The rule is grammatical: the verb's complement is what the wish is about, as in ConText (Harkema et al., J Biomed
Inform 2009), where a termination term ends the scope of a trigger; here a locative or temporal complement ends the
reading of "not want to live" as C-SSRS item 1 (a wish to be dead). Only the wish and its complement are removed, so a
crisis phrase beside them is still read, and `crisis_cues.without_life_idioms` keeps the whole message when a sign of
intent, means or hopelessness is left. Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

import re

_WISH = r"(?:not|never|no longer) (?:\w+ ){0,2}?(?:want|wanting|wish|wishing|wanna|waan|wan)(?: to)?"
_WHO = (r"(?:(?:my|his|her|their|our|your|a|an|the|other|some|any|more) )?(?:\w+ )?(?:parents?|mum|mom|mam|dad|mother|"
        r"father|family|in laws?|inlaws|flatmates?|housemates?|roommates?|room mates?|partner|boyfriend|girlfriend|"
        r"husband|wife|kids|children|son|daughter|brother|sister|nan|gran|grandparents|friends?|people|strangers|"
        r"students|lodgers?|tenants?|landlord|neighbou?rs?|pets?|dogs?|cats?)|him|her|them|us|me|you|anyone|someone|"
        r"somebody|anybody|nobody")
# States, bodies and worlds one may not want to live in are the wish itself, as are fillers left by lost punctuation.
_NOT_A_PLACE = (r"(?!(?:(?:this|that|such|so much|constant|chronic|all this|the|my|a) )?(?:pain|agony|misery|"
                r"torment|hell|fear|darkness|despair|suffering|body|world|state|way|life|condition|shame|silence|fact|short|truth|"
                r"general|reality|head|mind|limbo|a world)\b)")
_DET = r"(?:(?:a|an|the|this|that|my|our|his|her|their|your|such a|one) )?"
_PLACE = (r"(?:(?:near|nearer|nr|beside|opposite|above|below|under|next to|close to|far from|so far from|so close to|"
          r"anywhere near|right by|by) (?!myself\b)" + _DET + r"\w+|in " + _NOT_A_PLACE + _DET + r"\w+|"
          r"at (?:home|(?:my|his|her|their|our|your|the|a|an) (?!moment|end|point|stage|rate|time|minute)\w+)|"
          r"with (?:" + _WHO + r")|there(?! (?:is|are|was|were|s|will|would|has|have|had|seems|must|may|might|no)\b)|"
          r"here(?! (?:is|are|was|s)\b)|abroad|overseas|alone|on (?:my|our|his|her|their|your) own|by (?:myself|"
          r"ourselves|himself|herself|themselves)|together|nearby|downstairs|upstairs|somewhere(?: else)?|"
          r"anywhere (?:else|near)|out of (?:a|my|our) (?:suitcase|car|van|bag)|on (?:a|an|the) (?:\w+ )?(?:boat|"
          r"houseboat|barge|estate|island|coast|street|farm|floor|campus|site|base)|off campus|on campus|"
          r"to (?:be )?(?:a hundred|100|1\d\d|9\d|8\d|very old|that old|old age|a great age)|forever|for ever)\b")
_TIME = (r"(?:early|earlier|so early|too early|at (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"twelve|half|quarter|dawn|sunrise|the crack of dawn|silly o clock|stupid o clock|weekends|the weekends?)|"
         r"before (?:\d+|dawn|sunrise|five|six|seven|eight|nine|the alarm|everyone|the kids|it is light)|"
         r"for (?:work|school|college|uni|the school run|(?:a|my|the|an) (?:\w+ )?shift|the gym|training|church)|"
         r"in the dark|to (?:an|the|my) alarm|on (?:weekends|sundays|saturdays|mondays|my days? off|holidays?|"
         r"holiday))\b")
# Never beside a death, a plan for tonight or a return refused.
_ENDING = re.compile(r"\b(?:(?:not|never) (?:\w+ )?(?:come back|come up|resurface|surface|swim back|wake up)|drown\w*|"
                     r"die|dead|end it|kill myself|suicid\w*|tonight|alone|by myself|goodbye|for good|stones|weights|"
                     r"sink)\b")
_LAUNCH = (r"(?:pier|jetty|harbour wall|harbor wall|harbour|harbor|sea wall|quay|quayside|rocks?|diving boards?|"
           r"boards?|boat|dock|pontoon|slipway|breakwater|groyne|wall|promenade|prom|bank|edge|side)")
_WATER = r"(?:sea|water|pool|lake|ocean|waves|surf|harbour|harbor|loch|lido|plunge pool|swimming pool|lagoon|bay)"
_LIVE_OR_WAKE = re.compile(r"\b" + _WISH + r" (?:(?:be )?liv(?:e|ing) " + _PLACE + r"|(?:wake|waken|get) "
                           r"(?:back )?up " + _TIME + r")")
_SWIM = re.compile(r"\b(?:jump\w*|leap\w*|div\w*|dove|hop\w*) (?:(?:off|from) (?:the |a |that |this |our )?(?:\w+ )?"
                   + _LAUNCH + r" (?:\w+ ){0,3}?)?(?:in|into) (?:the |a |our |that |this )?(?:\w+ )?" + _WATER + r"\b")
_NEAR = 60   # characters either side (about ten words)


def strip_complements(folded: str) -> str:
    """`folded` (matching form) with a wish not to live / wake up that has a complement of place, time or manner, and
    a jump into the water for a swim, replaced by a space, unless a death, a refused return or tonight is near.
    "i do not want to live near a main road" → " "; "i do not want to live like this" → unchanged."""
    def keep_or_drop(m: re.Match[str]) -> str:
        window = folded[max(0, m.start() - _NEAR):m.end() + _NEAR]
        return m.group(0) if _ENDING.search(window.replace(m.group(0), " ")) else " "
    return _SWIM.sub(keep_or_drop, _LIVE_OR_WAKE.sub(keep_or_drop, folded))
