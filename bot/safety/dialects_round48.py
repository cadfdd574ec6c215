"""Caribbean "wid" (with) before a bare noun of living, found in safety round forty-eight (session 29), for
`bot.safety.dialects` (joined in its `_WID_WITH`, one line).

Jamaican Creole "wid" is "with" (Cassidy and Le Page, Dictionary of Jamaican English; Allsopp, Dictionary of Caribbean
English Usage, 1996); `dialects` read it as "with" only before a determiner and as Scots "would" otherwise, so "mi done
wid life" (I'm done with life: reference §2.5, "can't go on") was read "i done would life" and missed. Scots "wid"
(would) is followed by a pronoun or a verb ("naebody wid even notice", "wid it be"), never by these nouns.
"""

from __future__ import annotations

WID_WITH_ROUND48 = frozenset({"life", "living", "everything", "everyting", "everybody", "everyone"})
