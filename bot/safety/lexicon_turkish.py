"""Red-flag lexicon in Turkish, in the form of `lexicon_languages` (patterns over `fold_words`, so written
without diacritics: ı -> i, ş -> s, ğ -> g, ü -> u, ö -> o, ç -> c; a message typed with or without them folds to the
same words).

Concepts: cauda equina signs (retention and incontinence, bowel control, saddle numbness), both legs numb or weak
or getting worse, falls and road accidents, chest pain, difficulty breathing, lip/tongue/throat swelling, fever
with back pain, and crisis wording. Sources: T.C. Sağlık Bakanlığı (Ministry of Health) and university-hospital
patient pages on "kauda ekina sendromu" (idrar yapamama, idrar/gaita kaçırma, kasık ve makat bölgesinde uyuşma
— eyer tipi anestezi —, bacaklarda güç kaybı) and "bel ağrısı" alarm signs; 112 Acil Çağrı Merkezi (Turkey's
single emergency number, also for suicide risk); anaphylaxis signs as in the NHS page (dudak, dil, boğaz şişmesi,
nefes darlığı). Lay forms (çiş, işeyemiyorum, altıma kaçırdım) are included because people write them.
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    SADDLE,
    SWELLING,
    TRAUMA,
    LangConcept,
    concept,
    near,
)

TR_BACK = r"bel|belim\w*|belin\w*|belden|beli|sirt\w*|omurga\w*|siyatik\w*|bel fitig\w*|kuyruk sokum\w*"

TURKISH: dict[str, tuple[LangConcept, ...]] = {
    "tr": (
        concept("bladder_problem", "E", BLADDER,
           r"idrar\w* (?:\w+ ){0,2}(?:yapamiyo\w*|yapamadim|yapamiyor\w*|tutamiyo\w*|tutamadim|kacir\w*|gelmiyor|"
           r"cikmiyor|zorlan\w*)|iseyemiyo\w*|iseyemedim|cis\w* (?:\w+ ){0,2}(?:yapamiyo\w*|yapamadim|tutamiyo\w*|"
           r"kacir\w*)|altima (?:\w+ )?kacir\w*|mesane\w* (?:\w+ ){0,2}(?:kontrol edemiyo\w*|kontrolunu kaybet\w*|"
           r"tutamiyo\w*)|idrar retansiyon\w*|idrar (?:yaparken )?(?:hissetmiyo\w*|hissedemiyo\w*)"),
        concept("bowel_problem", "E", BOWEL,
           r"(?:bagirsak\w*|diski\w*|kaka\w*|gaita\w*) (?:\w+ ){0,2}(?:kontrol edemiyo\w*|tutamiyo\w*|kacir\w*)|"
           r"altima (?:yaptim|kaka)|gaita kacirma"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"uyus\w*|uyuk\w*|hissizlik\w*|his kayb\w*|hissetmiyo\w*|hissedemiyo\w*|karincalan\w*|his yok",
            r"kasik\w*|popo\w*|makat\w*|genital\w*|apis ara\w*|cinsel bolge\w*|perine\w*|anus\w*|anal bolge\w*|"
            r"tuvalet kagid\w*|eyer\w*|oturma bolge\w*|kaba et\w*|mahrem bolge\w*")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"(?:iki|her iki) bacag\w*(?: \w+){0,6} (?:uyus\w*|guc\w* kayb\w*|gucsuz\w*|zayif\w*|karincalan\w*|"
           r"agri\w*|his\w* kayb\w*|tutmuyor\w*)|bacaklar\w* (?:\w+ ){0,4}(?:tutmuyor\w*|gucsuz\w*|zayifl\w*|uyus\w*|"
           r"felc\w*|guc\w* kayb\w*)|yuruyemiyo\w*|yurumekte (?:\w+ )?zorlan\w*|yurumek(?:te)? (?:cok )?zor|"
           r"(?:ayagimi|bacagimi) (?:\w+ )?kaldiramiyo\w*|bacak\w*(?: \w+){0,8} (?:gittikce|giderek|git gide) "
           r"(?:kotules\w*|zayifl\w*|artiyor)"),
        concept("significant_trauma", "E", TRAUMA,
           r"(?:merdiven\w*|yuksek\w*|cati\w*|iskele\w*|agac\w*|balkon\w*|attan|at ustunden|merdivenden) "
           r"(?:\w+ ){0,2}dus\w*|(?:trafik|araba|motor|motosiklet) kaza\w*|kaza (?:gecir\w*|yap\w*)"),
        concept("chest_pain", "E", CHEST,
           r"gogus\w* (?:\w+ ){0,2}(?:agri\w*|sikis\w*|baski\w*|sanci\w*)|gogsum\w* (?:\w+ ){0,2}(?:agri\w*|sikis\w*|"
           r"baski\w*|yan\w*)|kalp kriz\w*"),
        concept("breathing_difficulty", "E", BREATHING,
           r"nefes (?:\w+ )?alamiyo\w*|nefes almak(?:ta)? (?:\w+ )?(?:zorlan\w*|zor)|nefesim (?:\w+ )?daral\w*|"
           r"nefes darlig\w*|bogulu\w*|soluk alamiyo\w*|hava alamiyo\w*"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:dudak\w*|dilim\w*|dil|bogaz\w*) (?:\w+ ){0,3}(?:sis\w*|kapan\w*)|anafilaksi\w*"),
        concept("fever_with_back_pain", "U", FEVER, r"ates\w*|titreme\w*|yuksek ates", TR_BACK),
        concept("crisis", "C", CRISIS,
           r"yasamak (?:\w+ )?istemiyo\w*|olmek isti\w*|kendimi (?:\w+ )?oldur\w*|intihar\w*|canima kiy\w*|"
           r"hayatima son ver\w*|(?:her seye|herseye) son ver\w*|kendime zarar ver\w*|bensiz (?:\w+ ){0,2}daha iyi|"
           r"yasamanin (?:hicbir |bir )?anlami (?:kalmadi|yok)|olsem (?:\w+ )?(?:daha iyi|keske)|keske olsem|"
           # Not wanting to wake up *with* the pain ("sırt ağrısıyla uyanmak istemiyorum") is not this (round ten).
           r"(?<!yla )(?<!yle )uyanmak istemiyo\w*|bir daha uyanmasam|(?:hap|ilac)\w* (?:\w+ )?biriktir\w*"),
    ),
}
