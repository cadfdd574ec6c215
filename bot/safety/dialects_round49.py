"""Text-speak found unread in safety round forty-nine (session 30), for `bot.safety.dialects` (joined in its
`VARIETY_WORDS` and in `read_in_context`, one line each).

A message typed in heavy text-speak ("cnt do dis no mor … gna tke al my pils 2nite") kept its plan unread: "gna"
(gonna, going to), "tke" (take), "mor" (more) and "al" (all) were no words of the lexicon, so "going to take all my
pills tonight" (reference §2.5, "take all my pills") was never seen. The spellings are the common clipped forms of
SMS and chat English (Crystal, Txtng: the gr8 db8, 2008: vowel omission and clipping).

"al" is read as "all" only before a possessive, an article or a pronoun object ("al my pils", "al the tablets",
"al of them"), never alone: Spanish and Italian "al" ("al médico", "al mattino") are followed by words of their own
language, which the English lexicons never read as these.
"""

from __future__ import annotations

TEXT_SPEAK_ROUND49 = {"gna": "going to", "gnna": "going to", "gunna": "going to", "tke": "take", "mor": "more"}
AL_ALL_BEFORE = frozenset({"my", "mi", "me", "ma", "the", "of", "them", "dem", "those", "these", "ur", "your", "his",
                           "her", "their", "our", "dis", "this", "that", "dat"})
