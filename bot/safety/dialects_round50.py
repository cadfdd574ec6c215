"""Contractions found misread in safety round fifty (session 31), for `bot.safety.dialects` (joined in its
`VARIETY_WORDS`, one line).

"she'll", "he'll", "they'll" and the other "'ll" contractions but "i'll" lost their apostrophe in the matching form
and became other words ("she'll end it" read "shell end it", "he'll" read "hell"), so someone else's stated intent
("Mum's been saying she'll end it") was never read as "she will end it". Each maps the token with its apostrophe
(curly quotes are folded first, `bot.safety.matching.fold`), so "shell", "hell", "well" and "wed" typed as words
are untouched; the apostrophe-less "theyll" and "itll" stay as the older patterns read them.
"""

from __future__ import annotations

WILL_CONTRACTIONS = {"she'll": "she will", "he'll": "he will", "they'll": "they will", "we'll": "we will",
                     "you'll": "you will", "it'll": "it will", "that'll": "that will", "there'll": "there will",
                     "who'll": "who will", "u'll": "you will"}
