"""Warning signs found missing in safety round forty-six (session 27), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), written as
frames or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`).

- INTENT, precautions against being found or stopped: "so (that) nobody asks questions / notices / finds out / can
  stop me", "nobody would find me till spring / for days": the Beck Suicide Intent Scale's items on precautions
  against discovery and intervention (Beck, Schuyler and Herman 1974), and C-SSRS 4-5 (intent). Not "so nobody
  worries / is late / gets lost", and not hide and seek ("nobody would find me in the game").
- MEANS, tablets bought from several shops or chemists (a pack-size limit got round: Hawton et al., BMJ 2013, on the
  UK paracetamol pack-size legislation; C-SSRS 6, acquiring means), not "shopping around for a better price"; going
  out into the snow, the cold or the water and lying down or walking on (death by exposure or drowning as a method:
  C-SSRS 2-3, a method thought of), not a walk "in the snow" with the dog.
"""

from __future__ import annotations

_SHOPS = r"(?:chemists?|chemist shops|pharmacies|pharmacys|shops|stores|supermarkets|places|drugstores|petrol stations)"
_TABLETS = (r"(?:paracetamol|co codamol|codeine|ibuprofen|aspirin|tylenol|acetaminophen|panadol|painkillers?|pain "
            r"killers?|tablets|pills|sleeping pills|sleeping tablets|boxes|packets|packs)")

ROUND46 = {
    "intent": (r"\bso (?:that )?(?:nobody|no one|noone|no body|they do not|the pharmacist does not|the chemist does "
               r"not) (?:\w+ )?(?:asks?|would ask|ask\w* (?:any )?questions|notices?|would notice|suspects?|finds? out|"
               r"gets? suspicious|can stop me|could stop me|stops? me|finds? me|would find me)\b|"
               r"\b(?:nobody|no one|noone) (?:would|will|could|is going to) (?:ever )?find me\b(?! (?:in|at|behind|"
               r"under)\b)"),
    "means": (r"\b(?:buying|bought|buy|getting|got|collecting|picking up) (?:\w+ ){0,2}" + _TABLETS + r" (?:from|at|in)"
              r" (?:\w+ )?(?:different|several|various|lots of|multiple|separate|a few|a lot of) " + _SHOPS
              + r"(?!(?: \w+){0,3} (?:cheaper|price|prices|deal|deals|offer|offers|stock|in stock|sold out)\b)|"
              r"\b(?:walk\w*|go|going|wander\w*|head\w*) (?:out )?into the (?:snow|cold|freezing \w+|blizzard|sea|"
              r"water|river|loch|lake|waves|night)\b(?: \w+){0,4} (?:and |then )?(?:just )?(?:lie|lying|lay|laying) "
              r"down\b|\b(?:walk\w*|swim\w*|go|going) (?:out )?into the (?:sea|water|river|loch|lake|waves)\b(?: \w+)"
              r"{0,3} (?:and )?(?:keep|keeping|kept) (?:walking|going|swimming)\b"),
}
