"""Words found unread in safety round fifty-one (session 31), for `bot.safety.dialects` (joined in its
`VARIETY_WORDS`, one line).

- Northern English reflexives: Geordie and Yorkshire "hissel", "hissen", "hisself", "hersel", "hersen", "theirsel",
  "theirsens" (himself, herself, themselves; the English Dialect Dictionary, Wright 1898-1905, and Griffiths, *A
  Dictionary of North East Dialect*, 2004). "me mate keeps sayin he's gonna top hissel" was never read as "top
  himself"; "meself" and "mesel" had been read since round ten.
- Tagalog kin words in Filipino English: "lola" and "lolo" (grandmother, grandfather), "nanay" / "inay" (mother),
  "tatay" / "itay" (father), "tita" / "tito" (aunt, uncle), read as the English words the relative lists know
  (UP Diksiyonaryong Filipino; Bautista, *Philippine English*, 2000), so "my lola keeps saying she wants to die" is
  someone else's crisis as "my gran keeps saying…" was. "Ate" and "kuya" (elder sister, brother) are left out:
  "ate" is an English word.
- "hopeing" (hoping, its "e" kept before "-ing": the commonest misspelling of it, Crystal, *Txtng*, 2008), so
  "hopeing i just wont wake up" reads as the wish the older patterns know.
"""

from __future__ import annotations

WORDS_ROUND51 = {"hissel": "himself", "hissen": "himself", "hisself": "himself", "hersel": "herself",
                 "hersen": "herself", "theirsel": "themselves", "theirsens": "themselves", "theirselves": "themselves",
                 "lola": "grandma", "lolo": "grandpa", "nanay": "mum", "inay": "mum", "tatay": "dad", "itay": "dad",
                 "tita": "auntie", "tito": "uncle", "hopeing": "hoping"}
