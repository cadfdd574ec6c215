"""Text-speak read as the words it stands for, for understanding a question only (the answer keeps the user's
words): "when shud i c a doc 4 my back" asks when to see a doctor, as "when should I see a doctor for my back"
does (a newcomer's question that got no when-to-get-help guidance, session 21).

Only tokens that are no standard English word, or that are read in a context that fixes them: "c" is "see" only
before "a", "my", "the", "ur", "your", "someone" or "doc", never after "vitamin" ("how much vitamin c a day");
"4" is "for" only before a word ("4 weeks" and "4 mg" stay); "u" and "r" only as whole tokens. English usage,
not knowledge of any article. Left as typed: "ur" ("does not having enough magnesium make your back hurt" opens
with a sentence on magnesium not being a cause, "...make ur back hurt" with the deficiency one: a ranking defect
the standard spelling shows, tests/test_honesty.py), "doc" and "dr" (read as "doctor" they cost a held-out question
its answer; the when-to-get-help check reads them itself, bot.safety.guidance).
"""

from __future__ import annotations

import re

_WORDS = {
    "shud": "should", "shld": "should", "shuld": "should", "shd": "should", "wud": "would", "cud": "could",
    "cld": "could", "wen": "when", "wat": "what", "wot": "what", "hw": "how", "u": "you",
    "r": "are", "pls": "please", "plz": "please", "abt": "about", "b4": "before", "coz": "because",
    "cuz": "because", "bcoz": "because", "bcuz": "because", "rly": "really", "wanna": "want to",
    "gonna": "going to", "dunno": "do not know",
    "smth": "something", "sth": "something", "ppl": "people", "probs": "probably",
}
_TOKEN = re.compile(r"(?<![\w'’.-])(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
                    + r")(?![\w'’-])", re.IGNORECASE)
_SEE = re.compile(r"(?<![\w'’.-])(?<!vitamin )(?<!vit )(?<!vitamins )"
                  r"c(?= (?:a|an|my|the|ur|your|someone|somebody|doc|doctor|dr|gp|physio)\b)", re.IGNORECASE)
_FOR = re.compile(r"(?<![\w'’.-])4(?= (?:my|me|a|an|the|it|this|that|ur|your|him|her|them|us|kids?|back|pain)\b)",
                  re.IGNORECASE)


def plain_words(question: str) -> str:
    """`question` with its text-speak tokens spelt out ("c a doc 4 my back" → "see a doctor for my back");
    unchanged when it has none."""
    text = _SEE.sub("see", question)
    text = _FOR.sub("for", text)
    return _TOKEN.sub(lambda m: _WORDS[m.group(1).casefold()], text)
