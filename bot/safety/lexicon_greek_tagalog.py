"""Red-flag lexicons in Greek and Tagalog (round sixteen: "Δεν θέλω να ζω άλλο", "Ayoko nang mabuhay", a Greek writer
unable to pass urine with numbness between the legs and a Filipino father hurt in a motorbike accident got the English
notice with the emergency numbers but neither the crisis text nor the emergency notice).

Concepts as in `lexicon_languages` and `lexicon_scripts`: the NHS red flags for back pain and cauda equina syndrome
(unable to pee or bladder control lost, numbness around the bottom or between the legs, both legs numb or weak or
unable to walk or move, a fall from a height or a road accident, chest pain, difficulty breathing, fever with back
pain) and the crisis signs of the WHO suicide fact sheet (Greek edition of the WHO pages, Philippine Department of
Health's National Center for Mental Health crisis line material in Tagalog): wanting to die or not to live,
suicide, killing or harming oneself, not waking up again, all of one's tablets at once, a lethality question,
better off without me, ending one's life. Written in the lay words people type, from dictionaries and those texts:
**no native speaker or clinician has reviewed them** (docs/SAFETY.md, "Round sixteen").

Greek is matched over `fold_greek` (lower case, accents and diaeresis removed, final sigma as sigma, one space
between words): people type Greek with and without accents. Tagalog is Latin script and matched over
`fold_words` like the other Latin-script lexicons; every Tagalog phrase is one English never writes (all lexicons see
every message).
"""

from __future__ import annotations

import re
import unicodedata

from bot.safety.language_patterns import (
    BLADDER,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    SADDLE,
    TRAUMA,
    LangConcept,
    concept,
)


def fold_greek(text: str) -> str:
    """Words of `text` lower-cased, accents removed, "ς" as "σ", one space apart, a space at each end."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("ς", "σ"))
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    words = "".join(ch if unicodedata.category(ch)[0] in "LN" else " " for ch in plain)
    return " " + " ".join(words.split()) + " "


def _greek(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    """A concept over `fold_greek` words, the pattern written with or without accents and anchored on spaces."""
    def anchored(p: str) -> re.Pattern[str]:
        decomposed = unicodedata.normalize("NFD", p.replace("ς", "σ"))
        plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
        return re.compile(r"(?<!\S)(?:" + plain + r")(?!\S)")
    return LangConcept(name, tier, label, anchored(pattern), anchored(requires) if requires else None)


_W = r"(?:\S+ )"     # one Greek word and its space
_EL_PILLS = r"(?:χαπια|χαπι|φαρμακα|δισκια|υπνωτικα|παυσιπονα)"
_EL_BACK = r"μεση\S*|πλατη\S*|σπονδυλ\S*|οσφυ\S*|μεσουλα"

GREEK: tuple[LangConcept, ...] = (
    _greek("crisis", "C", CRISIS,
           rf"θελ\S* να πεθαν\S*|δε ?ν? θελ\S* {_W}{{0,1}}να (?:ζω|ζησω|ζει|ζουμε)|αυτοκτον\S*|"
           rf"(?:σκοτωσω|σκοτωνω|σκοτωσει) τον εαυτο (?:μου|του|τησ)|να σκοτωθω|"
           rf"(?:βλαψω|βλαπτω|βλαψει|πληγωσω|πληγωνω|τραυματισω) τον εαυτο (?:μου|του|τησ)|"
           rf"(?:κανω|κανει) κακο στον εαυτο (?:μου|του|τησ)|αυτοτραυματ\S*|κοβω (?:τον εαυτο μου|τα χερια μου|τουσ "
           rf"καρπουσ μου)|να μην (?:ξανα)?ξυπνησω|να μην ξυπνησω ποτε|(?:παρω|πιω|καταπιω|παιρνω|πινω) {_W}{{0,1}}"
           rf"ολα τα {_EL_PILLS}|ποσα {_EL_PILLS} {_W}{{0,5}}(?:πεθαν\S*|να μην ξυπνησ\S*)|καλυτερα χωρισ (?:εμενα|"
           rf"μενα)|(?:τελειωσω|τερματισω|βαλω τελοσ σ?τη|δωσω τελοσ σ?τη) (?:τη |την )?ζωη μου|να τελειωνω"),
    _greek("bladder_problem", "E", BLADDER,
           rf"δε ?ν? (?:μπορω|μπορει|μπορουσα) να (?:ουρησω|ουρησει|κατουρησω|κατουρησει|ουρω)|"
           rf"δε ?ν? (?:ελεγχω|κραταω|κρατω|ελεγχει) {_W}{{0,2}}(?:ουρα|ουροδοχο|κυστη)|ακρατεια|κατουρηθηκα|"
           rf"επισχεση ουρων"),
    _greek("saddle_numbness", "E", SADDLE,
           rf"μουδια\S* {_W}{{0,4}}(?:γλουτ\S*|αναμεσα στα ποδια|περινε\S*|βουβων\S*|γεννητικ\S*|οπισθια)|"
           rf"(?:γλουτ\S*|αναμεσα στα ποδια|περινε\S*|βουβων\S*) {_W}{{0,3}}μουδια\S*"),
    _greek("leg_weakness_or_numbness", "E", LEGS,
           rf"(?:και τα δυο|τα δυο|και τα δυο μου|τα δυο μου) ποδια {_W}{{0,2}}(?:μουδια\S*|αδυνατ\S*|παραλυ\S*|δεν "
           rf"κουνιουνται)|μουδιαζ\S* {_W}{{0,3}}(?:και τα δυο|τα δυο) {_W}{{0,1}}ποδια|δε ?ν? (?:μπορω|μπορει|"
           rf"μπορουσα) να (?:περπατησω|περπατησει|περπαταω|σταθω|σηκωθω|κουνησω τα ποδια)|δε ?ν? νιωθω τα ποδια"),
    _greek("significant_trauma", "E", TRAUMA,
           rf"επεσ\S* {_W}{{0,3}}(?:απο|απ) (?:τη |την |το |τα |ενα |μια )?(?:σκαλα|σκαλεσ|ταρατσα|σκεπη|υψοσ|"
           rf"μπαλκονι|δεντρο|αλογο|μηχανη)|τροχαιο|ατυχημα (?:με|στο|στη) (?:το |τη |την )?(?:αυτοκινητο|μηχανη|"
           rf"μοτοσυκλετα|αμαξι)"),
    _greek("chest_pain", "E", CHEST, rf"πον\S* {_W}{{0,2}}στο στηθοσ|σφιξιμο στο στηθοσ"),
    _greek("breathing_difficulty", "E", BREATHING,
           r"δε ?ν? μπορω να αναπνευσω|δυσκολευομαι να αναπνευσω|δυσπνοια|λαχανιαζω"),
    _greek("fever_with_back_pain", "U", FEVER, r"πυρετ\S*|ριγη", _EL_BACK),
)

_TL_PILLS = r"(?:tableta|tabletas|gamot|pills|pildoras|kapsula|sleeping pills|pampatulog)"
_TL_BACK = r"likod|gulugod|balakang|baywang"

TAGALOG: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"(?:gusto|gusto ko|nais ko|gustong gusto ko) (?:\w+ ){0,1}(?:nang |na )?mamatay|(?:ayoko|ayaw ko|hindi ko "
            r"na gustong|ayoko na) (?:nang |na )?mabuhay|magpakamatay|nagpakamatay|pagpapakamatay|magpapakamatay|"
            r"(?:patayin|papatayin|saktan|sasaktan|sinasaktan|sinaktan) (?:ko )?(?:na )?(?:lang )?(?:ang )?sarili "
            r"ko|(?:tapusin|tatapusin|wakasan|wawakasan) (?:\w+ ){0,3}(?:ang )?buhay ko|(?:hindi|di) na (?:ako )?"
            r"(?:magising|magigising|gigising)|mas (?:mabuti|maganda|okay|ok|magaan) (?:pa )?(?:kung|kapag|pag) wala "
            r"na ako|(?:iinumin|inumin|lulunukin|lunukin|iinom) (?:ko )?(?:na )?(?:\w+ ){0,2}lahat ng " + _TL_PILLS +
            r"|ilang " + _TL_PILLS + r" (?:\w+ ){0,6}(?:mamatay|hindi na (?:ako )?magising)"),
    concept("bladder_problem", "E", BLADDER,
            r"(?:hindi|di) (?:ako |siya |sya )?(?:makaihi|maka ihi)|(?:hindi|di) (?:ko |niya )?(?:mapigilan|makontrol) "
            r"(?:ang )?(?:pag ?ihi|ihi)|naiihi (?:ako |siya )?nang hindi"),
    concept("saddle_numbness", "E", SADDLE,
            r"(?:manhid|namamanhid|walang pakiramdam) (?:\w+ ){0,3}(?:puwit|pwet|singit|ari|pagitan ng (?:mga )?hita)"),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"(?:namamanhid|manhid|mahina|nanghihina|hindi maigalaw) (?:\w+ ){0,3}(?:dalawang|parehong|magkabilang) "
            r"(?:binti|paa)|(?:dalawang|parehong|magkabilang) (?:binti|paa) (?:\w+ ){0,3}(?:namamanhid|manhid|mahina|"
            r"nanghihina)|(?:hindi|di) (?:\w+ ){0,2}(?:makalakad|maigalaw|maikilos|maigalaw) (?:\w+ ){0,5}(?:binti|"
            r"paa)|(?:hindi|di) (?:ako |siya |sya )?(?:makalakad|makatayo)"),
    concept("significant_trauma", "E", TRAUMA,
            r"naaksidente|nabangga|aksidente sa (?:motor|sasakyan|kotse|daan)|(?:nahulog|bumagsak|nalaglag) (?:\w+ )"
            r"{0,3}(?:mula sa |galing sa |sa )?(?:hagdan|hagdanan|bubong|puno|mataas|bintana|motor)"),
    concept("chest_pain", "E", CHEST, r"(?:masakit|sumasakit) (?:ang )?(?:aking )?dibdib|sakit sa dibdib|paninikip ng "
                                      r"dibdib"),
    concept("breathing_difficulty", "E", BREATHING, r"(?:hindi|di) (?:ako |siya )?makahinga|hirap (?:akong |ako |"
                                                    r"siyang )?(?:huminga|makahinga)"),
    concept("fever_with_back_pain", "U", FEVER, r"lagnat|nilalagnat|nanginginig sa ginaw", _TL_BACK),
)
