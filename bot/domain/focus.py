"""The thing a question is about when its grammar asks for that thing itself, not for what it does: whether it is
needed, how it is caught, how one recovers from it, what it is, or what a clinician proposed ("my surgeon
mentioned pyloroplasty for my gastroparesis, what's recovery like after it?"). A covered condition in the same
clause ("… for my gastroparesis") does not make it answerable: the articles are asked about the thing, and when
they never use its rare word they cannot explain it (a second question in another clause is still answered:
bot.domain.scope). Used by bot.domain.asked (rare words only: bot.domain.rarity). English question grammar, not
knowledge of any article.
"""

from __future__ import annotations

import re

# The thing a question is about when it asks whether it is needed, how it is caught, or how one recovers from it:
# "do I need a cystoscopy if …", "can you get hantavirus from …", "what's recovery like after pyloroplasty". These
# slots also hold wording ("do I need b12 injections forever"), so the unknown word must be rare in English too
# (bot.domain.rarity): "forever" is not a thing asked about, "cystoscopy" is.
FOCUS_SLOTS = tuple(re.compile(p) for p in (
    r"\b(?:do|does|will|would|should|might) (?:i|he|she|you|we|they|my \w+|our \w+) (?:really |actually |still )?"
    r"(?:need|have to have|have to get)\s+(?:a |an |the |any |to have |to get )?(?P<x>[^,.?!]+?)"
    r"(?= if | when | for | after | because | since | and | or |[,.?!]|$)",
    r"\bcan (?:you|i|he|she|we|they|people|a person|kids|children|my \w+) (?:get|catch|pick up) (?P<x>[^,.?!]+?)"
    r"(?= from | by | off | after | if | when |[,.?!]|$)",
    r"\brecovery (?:after|from|time after|time for|like after) (?:a |an |the )?(?P<x>[^,.?!]+?)(?= is | take|[,.?!]|$)",
    # What someone else put to the asker: "my surgeon mentioned pyloroplasty for my …", "the doctor suggested X"
    r"\b(?:mentioned|suggested|recommended|brought up|wants me to (?:try|have|get|take))\s+(?:a |an |the |trying |"
    r"having |getting |taking )?(?P<x>[^,.?!]+?)(?= for | to | as | because | since | and | but | -|[,.?!]|$)",
    # A definition asked of a thing: "what is a schilling test", "what's X and do I need one"
    # ("what's recovery like after X" is the recovery slot's; "the difference between" is a comparison's)
    r"^(?:so |and |ok |okay )?(?:what is|what's|whats|what are) (?!(?:a |an |the )?(?:difference|same))(?:a |an |the )?"
    r"(?![^,.?!]* like\b)(?P<x>[^,.?!]+?)(?= and | or | for | in | used |[,.?!]|$)",
))
