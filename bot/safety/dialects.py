"""Spellings of English varieties that the red-flag and crisis lexicons read as the standard word.

Round ten's blind vignettes were written in Scottish, Irish, Australian, Jamaican and other Englishes, and the
lexicons, written in standard spelling, missed "wet meself", "cannae lift ma foot", "it's slappin on the ground",
"mi nuh waan wake up". These are the written forms of those varieties (Scots: Dictionaries of the Scots Language,
https://dsl.ac.uk, for "cannae", "dae", "didnae", "masel", "heid", "hame", "noo", "wi", "aw"; Jamaican Creole:
Cassidy and Le Page, Dictionary of Jamaican English, for "cyaan" cannot, "nuh" not, "waan" want, "tek" take;
Irish, Australian and northern English "meself"; round eleven: Scots "naebody", "aff", "wid", "ah've", Jamaican
"neva", "jus", "fi", and the text-speak of messages typed on a phone, "abt", "cuz", "wknd", "tmrw"; round twelve:
Scots "tae" to, Nigerian Pidgin "wan" want, Irish "ye" you, text-speak "hv" have), and the
dropped final g of informal writing everywhere ("walkin", "draggin"), listed for the verbs the lexicons use
rather than guessed by rule ("vitamin" and "protein" are not "vitaming"). Left out on purpose: "y" for "why" ("my
4 y/o" is an age), "an" for "and" (the article), "b" for "be" (the vitamin).

Each maps one token of the matching form (`bot.safety.matching`, lower case, apostrophes removed) to its
standard spelling; none is an ordinary standard-English word that would then read differently.
"""

from __future__ import annotations

import re

from bot.safety.dialects_round48 import WID_WITH_ROUND48
from bot.safety.dialects_round49 import AL_ALL_BEFORE, TEXT_SPEAK_ROUND49
from bot.safety.dialects_round50 import WILL_CONTRACTIONS
from bot.safety.dialects_round51 import WORDS_ROUND51
from bot.safety.dialects_round52 import WORDS_ROUND52

VARIETY_WORDS: dict[str, str] = {
    # Reflexive and first person.
    "meself": "myself", "mesel": "myself", "masel": "myself", "maself": "myself", "mysel": "myself",
    "ma": "my",
    # Scots.
    "dae": "do", "didnae": "did not", "dinnae": "do not", "disnae": "does not", "wouldnae": "would not",
    "couldnae": "could not", "shouldnae": "should not", "isnae": "is not", "wasnae": "was not", "cannae": "cannot",
    "wisnae": "was not",
    "willnae": "will not", "wullnae": "will not", "havnae": "have not", "hasnae": "has not",
    "noo": "now", "wi": "with", "aw": "all", "hame": "home", "heid": "head", "aboot": "about", "oot": "out",
    "hoose": "house", "wean": "child", "weans": "children",
    # Round eleven: "naebody wid even notice if ah went aff it", "ah've been lookin".
    "naebody": "nobody", "naebdy": "nobody", "nae": "no", "aff": "off", "widnae": "would not",
    "gonnae": "going to", "wis": "was", "ahve": "i have", "ah've": "i have", "ahm": "i am", "ah'm": "i am",
    # Jamaican Creole and other Caribbean Englishes.
    "cyaan": "cannot", "caan": "cannot", "kyaan": "cannot", "nuh": "not", "waan": "want", "tek": "take",
    "everyting": "everything", "nuttin": "nothing", "mawnin": "morning", "neva": "never", "jus": "just",
    "fi": "to",
    # Text-speak (round eleven: "idk y im even askin abt b12 cuz i wont b here by fri"); "b" for "be" is read by
    # the patterns themselves, since "b" is also the vitamin ("vitamin b 12").
    "abt": "about", "cuz": "because", "coz": "because", "bcuz": "because", "wknd": "weekend",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2nite": "tonight",
    "tonite": "tonight", "nxt": "next", "fri": "friday",
    # Round twelve: Scots "tae" (to), Nigerian Pidgin "wan" (want), Irish "ye" (you), text-speak "hv" (have).
    "tae": "to", "wan": "want", "ye": "you", "hv": "have",
    # Round twenty-eight: Scots "fer" (for), "tak" (take), "hert" / "hairt" (heart; DSL), and the text-speak "hw"
    # (how) and "hart" (heart: the deer's name is not a word of health questions). Scots "o" (of) is read in
    # context by `bot.safety.matching` ("my 4 y/o" is an age).
    "fer": "for", "tak": "take", "hert": "heart", "hairt": "heart", "hw": "how", "hart": "heart",
    # Round thirty: Scots "efter" (after), "nicht" (night), "guid" (good), "backs" as "back's" is already read.
    "efter": "after", "nicht": "night", "guid": "good",
    # Round thirty-two: Scots "wi'oot" / "withoot" (without; DSL "withoot"), typed with or without the apostrophe.
    "wioot": "without", "wi'oot": "without", "withoot": "without",
    # Session 19 (second helper): Jamaican Creole third person and reported speech (Cassidy and Le Page, Dictionary
    # of Jamaican English: "har" her, "fren" friend, "seh" say, "lef" left, "wha" what), so a friend's plan told in
    # Creole reads as one. "di" (the) and "dis" (this) are left out: Italian and Tagalog lexicons use "di".
    "har": "her", "fren": "friend", "frens": "friends", "seh": "say", "lef": "left", "wha": "what",
    # Session 21 (round thirty-seven): Jamaican Creole "dem" (Cassidy and Le Page: them; those, before a noun, as in
    # "100 a dem pill"), read as "those": as "them" it would make a writer who drops the subject ("jus waan know…")
    # read as telling of someone else (`crisis_cues._OTHERS`).
    "dem": "those",
    # Session 22 (round thirty-nine): Trinidadian Creole "mih" (my; Winer, Dictionary of the English/Creole of
    # Trinidad & Tobago, 2009). Its "ah" (I) and "de" (the) are read in context (`read_in_context`).
    "mih": "my",
}

# Session 19 (second helper): "dye" sounds as "die" and is written for it ("want to dye"); read as "die" after
# "to" only when nothing is dyed (no object, no determiner, colour or hair word next, not "back to" a colour;
# `bot.safety.matching`). Session 20: a sentence ends right after it ("want to dye. my back..."): the next word
# opens a new sentence and is no object (`DYE_ENDS_SENTENCE`; a transitive verb's object follows in its clause).
DYE_ENDS_SENTENCE = re.compile(r"\bto dye\s*[.!?;]+(?=\s|$)", re.IGNORECASE)
DYED = frozenset({"my", "your", "his", "her", "our", "their", "it", "them", "the", "this", "that", "these", "those",
                  "a", "an", "some", "hair", "clothes", "eggs", "fabric", "wool", "yarn", "beard", "roots", "jeans",
                  "shirt", "shirts", "blue", "red", "black", "brown", "blonde", "pink", "purple", "green", "grey",
                  "gray", "white", "yellow", "orange", "dark", "darker", "lighter", "over", "with"})



def read_in_context(words: list[str]) -> None:
    """Session 21 (round thirty-seven): words read by their neighbours, in place, after the one-token table.
    A "bowl of" something is a dish ("my back sounds like a bowl of Rice Krispies"), not the bowel the typo table
    makes of "bowl": "bowel" is never followed by "of" in a lay account. "It al" is "it all" typed short ("thinking
    about ending it al"). Jamaican Creole "a" for "of" (Cassidy and Le Page: "tired a life", "100 a dem") only between
    a word that takes "of" or a number and a word "a" never comes before ("a life", "a them", "a it"). Session 22:
    Caribbean Creole "ah" (I) and "de" (the), each by its neighbours (`_AH_VERBS`, `_DE_AFTER`)."""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "bowel" and nxt == "of":
            words[i] = "bowl"
        elif w == "al" and (i and words[i - 1] == "it" or nxt in AL_ALL_BEFORE):   # session 30: "al my pils"
            words[i] = "all"
        elif w == "a" and i and (words[i - 1] in _A_OF_AFTER or words[i - 1].isdigit()) and nxt in _A_OF_BEFORE:
            words[i] = "of"
        elif w == "ah" and (nxt in _AH_VERBS or i and words[i - 1] in _AH_AFTER):
            words[i] = "i"
        elif w == "de" and i and words[i - 1] in _DE_AFTER:
            words[i] = "the"
        elif w == "wit" and nxt in _WIT_BEFORE:
            words[i] = "with"
        elif w == "dis" and i and words[i - 1] in _DIS_AFTER:
            words[i] = "this"
        elif w == "bout" and i and words[i - 1] in _BOUT_AFTER:
            words[i] = "about"
        elif w == "ta" and nxt in _TA_BEFORE:   # session 24, round 42: Scots "ta" (to) before a verb
            words[i] = "to"
        elif w == "mi" and (nxt in _MI_VERBS or nxt in _MI_OWN):   # session 25, round 43: Jamaican "mi" (I, my)
            words[i] = "i" if nxt in _MI_VERBS else "my"
        elif w == "wid":    # session 23, round 41: Caribbean "wid" (with) before a determiner, else Scots "would"
            words[i] = "with" if nxt in _WID_WITH else "would"
        else:
            words[i] = read_more(words, i, w, nxt)   # session 26, round 44


_A_OF_AFTER = frozenset({"tired", "sick", "weary", "lot", "full", "most", "all", "none", "some"})
_A_OF_BEFORE = frozenset({"life", "living", "them", "it", "everything", "this", "these", "those", "me", "my"})
# Session 22 (round thirty-nine): Caribbean Creole "ah" (I) and "de" (the) (Winer, Dictionary of the English/Creole
# of Trinidad & Tobago; Cassidy and Le Page): "ah" is "I" before a verb or after a conjunction ("if ah gone", "ah
# take out"), never an interjection before a pause ("ah ok", "ah thanks"); "de" is "the" after an English word that
# takes an article ("all de tablets", "from de cupboard"), never in a Spanish or French phrase ("dolor de espalda").
_AH_VERBS = frozenset({"wid", "keep", "kept", "take", "took", "tek", "gone", "go", "going", "feel", "felt", "want",
                       "wan", "waan", "cyaan", "cannot", "could", "does", "doh", "did", "have", "had", "tired", "think",
                       "just", "really", "never", "need", "will", "would", "was", "am", "know", "done", "doing"})
_AH_AFTER = frozenset({"if", "when", "and", "but", "so", "because", "cuz", "that", "till", "until", "since"})
_DE_AFTER = frozenset({"all", "from", "at", "to", "for", "with", "take", "took", "out", "into", "by", "under",
                       "behind"})
# Session 23 (round forty): Bahamian and other Caribbean "wit" (with) and "dis" (this) (Holm and Shilling, Dictionary
# of Bahamian English, 1982; Cassidy and Le Page), and informal "bout" (about; OED "bout", aphetic "about"), each by
# its neighbours: "wit" before a determiner or pronoun ("done wit dis life"), never "a quick wit and"; "dis" after a
# preposition ("with dis"); "bout" after a verb of thinking or talking ("thinkin bout"), never "a bout of sciatica".
_WIT_BEFORE = frozenset({"dis", "this", "that", "dat", "de", "the", "my", "mi", "me", "it", "you", "him", "her",
                         "them", "dem", "all", "everything", "life"})
_DIS_AFTER = frozenset({"with", "wit", "of", "in", "on", "like", "about", "bout", "all", "from", "for", "at"})
_BOUT_AFTER = frozenset({"thinking", "think", "thought", "talking", "talk", "talked", "worry", "worried", "worrying",
                         "care", "know", "forget", "dreaming", "how", "what"})

# Informal "-in" for "-ing", for the verbs of the lexicons and the crisis classes.
_DROPPED_G = (
    "walk", "slapp", "dragg", "look", "tripp", "flopp", "stumbl", "go", "gett", "feel", "pee", "wee", "leak",
    "bleed", "puk", "vomit", "shak", "burn", "ach", "hurt", "kill", "dy", "liv", "cutt", "think", "plann", "sav",
    "giv", "tak", "say", "fall", "los", "pass", "breath", "wheez", "chok", "cough", "spread", "shoot", "throw",
    "sleep", "wak", "stand", "sitt", "cry", "try", "writ", "hid", "buy", "crash", "slipp", "collaps", "scratch",
    "limp", "numb", "swell", "sweat", "shiver", "hoard", "stockpil", "drink", "swallow", "jump", "stepp",
    # Round fifteen ("been thinkin about endin it all", "keep wishin", "checkin out", "steerin into").
    "end", "wish", "check", "clock", "steer", "swerv", "wad", "sett", "putt", "pictur", "imagin", "want",
    # Session 23 (round forty): a friend "not answerin" (the silence after a goodbye, `lexicon_crisis_wishes`).
    "answer", "reply", "respond", "pick",
)
VARIETY_WORDS.update({stem + "in": stem + "ing" for stem in _DROPPED_G})
# Session 23 (round forty-one): "wid" is Scots "would" ("naebody wid even notice"; DSL) and Caribbean "with" before a
# determiner ("scratching my arms wid a razor blade"; Allsopp, Dictionary of Caribbean English Usage,
# 1996). "Beter" (better, its doubled letter typed once) is read with the text-speak.
_WID_WITH = frozenset({"a", "an", "the", "de", "da", "di", "my", "mi", "some", "sum",
                       "dis", "dat", "this", "that", "dem", "those"})   # not "wid it be"; round 42: "wid dis life"
_WID_WITH |= WID_WITH_ROUND48   # session 29, round 48: "done wid life" (`dialects_round48`)
VARIETY_WORDS["beter"] = "better"
VARIETY_WORDS.update(TEXT_SPEAK_ROUND49)   # session 30, round 49: "gna tke", "no mor" (`dialects_round49`)
VARIETY_WORDS.update(WILL_CONTRACTIONS)   # session 31, round 50: "she'll" is not "shell" (`dialects_round50`)
VARIETY_WORDS.update(WORDS_ROUND51)   # session 31, round 51: "top hissel", "my lola" (`dialects_round51`)
VARIETY_WORDS.update(WORDS_ROUND52)   # session 31, round 52: "lettahs", "wats" (`dialects_round52`)
# Session 24 (round forty-two): Scots and Shetland "ony" (any), "mair" (more), "awbody" / "aabody" (everybody)
# (DSL, Dictionaries of the Scots Language); "ta" (to) only before a verb (`_TA_BEFORE`), never the British "ta"
# (thanks).
VARIETY_WORDS.update({"ony": "any", "mair": "more", "awbody": "everybody", "aabody": "everybody",
                      "awbiddy": "everybody"})
_TA_BEFORE = frozenset({"be", "live", "die", "go", "wake", "take", "tak", "do", "get", "see", "keep", "end", "feel",
                        "carry", "face", "bother", "stay", "sleep", "hurt", "kill"})
# Session 25 (round forty-three): Jamaican Creole "mi" is I, me and my (Cassidy and Le Page, Dictionary of Jamaican
# English: "mi cut mi han"), read as "I" before an English verb and "my" before a body part or belonging, so "mi cut
# up mi arm" reads as "i cut up my arm". Only before these English words: Spanish and Italian "mi" ("mi espalda", "mi
# faccio") are followed by words of their own language, which the English lexicons never read.
_MI_VERBS = frozenset({"cut", "cutting", "cuts", "burn", "burnt", "burned", "burning", "scratch", "scratched",
                       "scratching", "hurt", "hurting", "take", "took", "taking", "swallow", "swallowed", "feel",
                       "felt", "tired", "wish", "want", "cannot", "never", "just", "did", "done", "have", "had",
                       "think", "tink", "need", "try", "tried", "kill", "gone", "going", "slice", "sliced", "stab",
                       "stabbed"})
_MI_OWN = frozenset({"arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs", "skin", "back", "head",
                     "belly", "stomach", "chest", "neck", "foot", "feet", "hand", "hands", "face", "body", "tablets",
                     "pills", "life", "heart", "bladder", "bottom", "mind"})
# Session 26 (round forty-four): Trinidadian Creole "cyah" / "cyar" (cannot), "doh" (do not), "meh" (my), "tantie"
# (aunt) (Winer, Dictionary of the English/Creole of Trinidad & Tobago, 2009); Orkney and north-east Scots "wisna",
# "wasna", "canna", "dinna", "didna", "widna" (the "-na" negative), "jist" (just), "peedie" (little) (DSL); the
# dropped g of "hangin", "starin", "lyin", "driftin". "Go" (will) before a verb, Orkney "a" (I) and "wad" (would)
# and northern English "me" (my) are read in context (`read_in_context`).
VARIETY_WORDS.update({"cyah": "cannot", "cyar": "cannot", "doh": "do not", "meh": "my", "tantie": "aunt",
                      "wisna": "was not", "wasna": "was not", "canna": "cannot", "dinna": "do not", "didna": "did not",
                      "widna": "would not", "cannit": "cannot", "jist": "just", "peedie": "little", "hangin": "hanging",
                      "starin": "staring", "lyin": "lying", "driftin": "drifting"})
_AH_VERBS |= {"do", "cannot"}
_DE_AFTER |= {"drink", "drank", "swallow", "swallowed"}
_DIS_AFTER |= {"if", "when", "because"}
# Caribbean and West African "go" (will) between a subject and a bare verb ("nobody go miss me", "she go drink").
_GO_SUBJECTS = frozenset({"i", "ah", "she", "he", "they", "we", "nobody", "somebody", "everybody", "you"})
_GO_VERBS = frozenset({"miss", "notice", "care", "drink", "take", "swallow", "kill", "end", "jump", "hang", "cut",
                       "finish", "do", "die", "be", "feel", "know", "mind"})
# Orkney and Shetland "A" (I) before a verb after a conjunction ("whiles A think", "if A jist wisna here"; DSL "A").
_A_AFTER = frozenset({"whiles", "if", "when", "that", "because", "and", "but", "so", "till", "until"})
_A_VERBS = frozenset({"think", "just", "was", "am", "feel", "want", "wish", "cannot", "do", "did", "would", "keep",
                      "know", "need", "went", "go", "took", "take"})
_MI_PEOPLE = frozenset({"friend", "friends", "sister", "brother", "mother", "father", "mum", "mom", "dad", "aunt",
                        "uncle", "cousin", "son", "daughter", "husband", "wife", "girlfriend", "boyfriend", "gran"})
_ME_MY_AFTER = frozenset({"of", "o", "in", "on", "all", "from", "with"})
# Session 27 (round forty-five): Scots "ower" (over), "gae" / "gaein" / "gaun" (go, going), and Shetland "da" (the;
# DSL "da", Shetland) after a preposition or verb that takes an article ("oot ower da banks"), never "my da" (father,
# Irish and Scots) or Italian and Portuguese "da" after a noun ("dor da coluna").
VARIETY_WORDS.update({"ower": "over", "gae": "go", "gaein": "going", "gaun": "going"})
_DA_AFTER = _DE_AFTER | {"over", "off", "in", "on", "of", "up", "down", "through", "round", "past"}
# Northern English, Cumbrian and Yorkshire "t'" (the; definite article reduction) before a word ("t'family", "in
# t'kitchen drawer"), and "'d" (would) after a noun ("t'family'd be better off"); "to dye." (`DYE_ENDS_SENTENCE`).
_T_ARTICLE = re.compile(r"(?<![\w'’])t['’](?=[a-z])")
_NOUN_D = re.compile(r"(?<=[a-z]{3})['’]d(?= (?:be|have|not|never|rather|all|just|probably|only|miss)\b)")


def respell(folded: str) -> str:
    """`folded` (the folded text, before tokens) with the spellings read across an apostrophe or a sentence end."""
    return _NOUN_D.sub(" would", _T_ARTICLE.sub("the ", DYE_ENDS_SENTENCE.sub("to die.", folded)))


def read_more(words: list[str], i: int, w: str, nxt: str) -> str:
    """Session 26: the round-44 readings by neighbours (`_GO_*`, `_A_*`, "wad", "me"); `w` unchanged otherwise."""
    prev = words[i - 1] if i else ""
    if w == "go" and prev in _GO_SUBJECTS and nxt in _GO_VERBS:
        return "will"
    if w == "a" and (prev in _A_AFTER or not i) and nxt in _A_VERBS:
        return "i"
    if w == "wad" and nxt in ("be", "have", "not", "rather", "like", "never", "just"):
        return "would"
    if w == "me" and prev in _ME_MY_AFTER and nxt in _MI_OWN or w == "mi" and nxt in _MI_PEOPLE:
        return "my"
    if w == "da" and prev in _DA_AFTER:   # session 27, round 45: Shetland "da" (the)
        return "the"
    return "of" if w == "o" and prev in ("box", "bottle", "packet", "pack", "tub", "strip") else w
