"""Vomiting blood, vomit like coffee grounds, and black tarry stools in the other languages (round nine: "bloed
overgegeven, het leek op koffiedik" was missed), in the form of `lexicon_languages` (patterns over `fold_words`).

Source: the reference notes §2.3 (GI bleeding: "vomiting blood", "sick looks like coffee grounds", "black tarry
poo"; black stools alone are usual on iron tablets, so black needs tar or stickiness) and NHS "Vomiting blood"
(https://www.nhs.uk/conditions/vomiting-blood/: call 999 or go to A&E), in each language's lay words. Kept out:
Dutch "koffiedik kijken" (guesswork), Spanish "melena" (a mane of hair).
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    GI,
    LangConcept,
    concept,
)

BLEEDING_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (concept("gi_bleeding", "E", GI,
        r"(?:vomit\w*|devuelto|devolvi) (?:\w+ ){0,3}sangre|sangre (?:\w+ ){0,3}(?:vomito|al vomitar)|posos? de cafe|"
        r"(?:heces|caca) (?:\w+ ){0,3}negras? (?:\w+ ){0,3}(?:alquitran|pegajosas?)|como (?:el )?alquitran"),),
    "fr": (concept("gi_bleeding", "E", GI,
        r"vomi\w* (?:\w+ ){0,3}(?:du )?sang|sang (?:\w+ ){0,3}vomi\w*|marc de cafe|(?:selles|caca) (?:\w+ ){0,3}"
        r"noires? (?:\w+ ){0,3}(?:goudron|collantes?|poisseuses?)|comme du goudron"),),
    "de": (concept("gi_bleeding", "E", GI,
        r"blut (?:\w+ ){0,3}(?:erbrochen|gekotzt|gespuckt|gebrochen)|(?:erbrech\w*|erbrochen\w*|kotz\w*) (?:\w+ ){0,3}"
        r"blut|kaffeesatz\w*|teerstuhl|(?:stuhl|kot) (?:\w+ ){0,3}(?:wie teer|teerartig|teerschwarz)"),),
    "pt": (concept("gi_bleeding", "E", GI,
        r"vomit\w* (?:\w+ ){0,3}sangue|sangue (?:\w+ ){0,3}vomit\w*|borra de cafe|(?:fezes|coco) (?:\w+ ){0,3}"
        r"(?:pretas?|escuras?) (?:\w+ ){0,3}(?:alcatrao|pegajos\w*|piche)|como (?:piche|alcatrao)"),),
    "pl": (concept("gi_bleeding", "E", GI,
        r"(?:wymiotowal\w*|wymiotuje|zwymiotowal\w*|wymioty|wymiotach) (?:\w+ ){0,3}krwi\w*|krwi\w* (?:\w+ ){0,3}"
        r"wymiot\w*|fus\w* (?:od |z )?kawy|smolist\w*|czarn\w* (?:\w+ ){0,2}jak smola"),),
    "it": (concept("gi_bleeding", "E", GI,
        r"vomit\w* (?:\w+ ){0,3}sangue|sangue (?:\w+ ){0,3}vomit\w*|fondi? di caffe|(?:feci|cacca) (?:\w+ ){0,3}"
        r"(?:nere|picee) (?:\w+ ){0,3}(?:catrame|appiccicose)|come (?:il )?catrame|melena"),),
    "nl": (concept("gi_bleeding", "E", GI,
        r"bloed (?:\w+ ){0,3}(?:overgegeven|gebraakt|gespuugd|overgeven|braken|spugen)|(?:overgegeven|gebraakt|"
        r"gespuugd|braak\w*|spuug\w*) (?:\w+ ){0,3}bloed|(?:leek op|lijkt op|als|zoals) koffiedik|teerontlasting|"
        r"(?:ontlasting|poep) (?:\w+ ){0,3}(?:als teer|teerachtig|teerzwart|pikzwart en plakkerig)"),),
    "tr": (concept("gi_bleeding", "E", GI,
        r"kan (?:\w+ )?kus(?:tum|tu|uyorum|uyor|mak|mus|tuk)\b|kanli (?:\w+ )?kus\w*|kusmu\w* (?:\w+ ){0,3}kan\b|"
        r"(?:kahve )?telvesi gibi|(?:diski|diskim|diskisi|diskilamam) (?:\w+ ){0,3}(?:katran|zift) gibi|"
        r"katran gibi (?:siyah )?diski"),),
}
