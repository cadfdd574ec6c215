"""Words found unread in safety round fifty-two (session 31), for `bot.safety.dialects` (joined in its
`VARIETY_WORDS`, one line).

- Boston and eastern New England "-ah" for "-er" (non-rhotic speech written as said): "lettahs" (letters), "ovah",
  "mattah", "nevah", "aftah", "bettah" (Wells, *Accents of English*, 1982, vol. 3, §6.1; the Dictionary of American
  Regional English). "Wrote lettahs to my kids tonight" was never read as the goodbye letters the FAREWELL class knows.
- Text-speak "wats" (what is), "wen" (when), "singel" (single), "fixin" (fixing) (Crystal, *Txtng*, 2008), so "wats
  the point of livin" reads as the hopelessness the older patterns know.
"""

from __future__ import annotations

WORDS_ROUND52 = {"lettahs": "letters", "lettah": "letter", "ovah": "over", "mattah": "matter", "nevah": "never",
                 "aftah": "after", "bettah": "better", "wats": "what is", "wen": "when", "singel": "single",
                 "fixin": "fixing"}
