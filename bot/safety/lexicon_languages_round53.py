"""Swahili forms found missing in safety round fifty-three (session 32), over `fold_words` (lower case, no accents).
Joined in `lexicon_languages.LEXICONS` (one import, one term). Written from dictionaries (TUKI *Kamusi ya
Kiswahili Sanifu*; TUKI *Kamusi ya Kiswahili-Kiingereza*), **not reviewed by a native speaker or a clinician**.

- All of one's tablets to be swallowed ("nitameza vidonge vyote") told beside "this night" ("usiku huu") or a
  farewell letter ("barua ya kuaga"): `lexicon_languages_forms25.SWAHILI_PAIRS` knew "usiku wa leo", "leo usiku"
  and "kwaheri" only. C-SSRS 6 (collected pills) with a time or a goodbye; 988 Lifeline (saying goodbye).
- Vomiting blood or "coffee-like" matter ("nikitapika damu inayofanana na kahawa"), or black stools "like tar"
  ("kinyesi … cheusi kama lami"): reference §2.3 (vomiting blood; black, tarry stools); black stools alone only
  with dizziness or fainting (iron darkens stools), as the other lexicons.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept
from bot.safety.language_patterns import GI as _GI  # noqa: E402

_SWALLOW_ALL = (r"(?:kumeza|kunywa|nimeze|nitameza|nitakunywa|nimemeza|nimekunywa) (?:vidonge |dawa |tembe )?"
                r"(?:vyote|zote)")
_TONIGHT_OR_GOODBYE = r"usiku huu|usiku huu wa leo|barua ya kuaga|ujumbe wa kuaga|kuaga familia|nawaaga|naaga"
_VOMIT_BLOOD = (r"(?:kutapika|nikitapika|natapika|ninatapika|anatapika|nimetapika|ametapika|matapishi ya) damu|"
                r"(?:kutapika|nikitapika|natapika|nimetapika) (?:\w+ ){0,3}kama (?:kahawa|mashapo ya kahawa)")
_TAR = r"kinyesi (?:\w+ ){0,3}(?:kama lami|cha lami)|kinyesi cheusi kama lami"
_BLACK = r"kinyesi (?:\w+ ){0,3}cheusi|choo cheusi"
_FAINT = r"kizunguzungu|kuzimia|nazimia|nilizimia|nataka kuzimia|kupoteza fahamu"

ROUND53_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "sw": (concept("crisis", "C", CRISIS, _SWALLOW_ALL, requires=_TONIGHT_OR_GOODBYE),
           concept("gi_bleeding", "E", _GI, _VOMIT_BLOOD + "|" + _TAR),
           concept("gi_bleeding", "E", _GI, _BLACK, requires=_FAINT)),
}
