"""Stroke signs, heart-attack wording, and the cancer flags of back pain (a history of cancer; weight loss without
trying) in the other languages, in the form of `lexicon_languages` (patterns over `fold_words`). Joined to each
language's concepts there.

Every lexicon is tried on every message, English included, so these patterns use only words that are not English
("arm", "tumor", "metastases", "lumbar" and "cancer" alone are never enough).

Sources: stroke FAST signs as in NHS "Stroke - Symptoms" (https://www.nhs.uk/conditions/stroke/symptoms/: face
dropped on one side, arm weak or cannot be lifted, speech slurred or garbled) and each country's campaign of the
same signs: Spain "código ictus" (Ministerio de Sanidad), France "VITE" (Visage, Inertie, Trouble de la parole,
En urgence 15; ameli.fr "AVC"), Germany "FAST" (Deutsche Schlaganfall-Hilfe), Portugal "3 F" (Face, Força, Fala;
SNS 24), Poland "UDAR" (Uśmiech, Dłoń, Artykulacja, Reakcja), Italy ISS "Ictus", the Netherlands "FAST"
(Hartstichting: mond, spraak, arm), Turkey "inme" (Sağlık Bakanlığı). Heart attack as in NHS "Heart attack -
Symptoms" (pressure in the chest spreading to the left arm or jaw, sweating). Cancer history and unexplained
weight loss with back pain: the NHS back-pain urgent list and Verhagen et al. 2016 (docs/SAFETY.md).
"""

from __future__ import annotations

from bot.safety.language_patterns import CHEST, LangConcept, concept, near

STROKE = "signs of a stroke"
CANCER = "back pain with a history of cancer"
WEIGHT = "weight loss you can't explain"

ES_BACK = r"espalda|columna|ciatica|rinones"
FR_BACK = r"dos|lombaire\w*|lombalgie|colonne|sciatique|reins"
DE_BACK = r"ru(?:e)?cken\w*|kreuz\w*|wirbelsaule|bandscheibe\w*|ischias"
PT_BACK = r"costas|lombar|coluna|ciatico|ciatica"
PL_BACK = r"plecy|plecow|plecach|kregoslup\w*|krzyz\w*|ledzwi\w*"
IT_BACK = r"schiena|lombar\w*|colonna|sciatica|reni|spina dorsale"
NL_BACK = r"rug\w*|onderrug|ruggengraat|wervel\w*|hernia|ischias"
TR_BACK = r"bel|belim\w*|belin\w*|belden|beli|sirt\w*|omurga\w*|siyatik\w*|kuyruk sokum\w*"

ACUTE_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        concept("stroke_signs", "E", STROKE,
           r"(?:cara|boca) (?:\w+ ){0,3}(?:torcida|caida|ladeada|desviada|paralizada)|se le (?:ha )?(?:caido|cae|"
           r"torcido|tuerce) (?:\w+ ){0,2}(?:la cara|la boca|un lado)|(?:habla|hablar|hablando) (?:\w+ ){0,3}(?:raro|"
           r"rara|torpe|enredad\w*|arrastrando|sin sentido)|arrastra (?:las )?palabras|no (?:le |me )?salen (?:las )?"
           r"palabras|no (?:puede|puedo) (?:levantar|mover) (?:el |un |su |mi )?brazo|brazo (?:\w+ ){0,3}(?:sin "
           r"fuerza|caido|muerto|paralizado)"),
        concept("chest_pain", "E", CHEST, near(r"pecho", r"brazo izquierdo|mandibula|sudor frio|sudando frio")),
        concept("cancer_history", "U", CANCER,
           r"(?:tuve|tengo|he tenido|tenia|me operaron de|me quitaron) (?:un |una )?(?:cancer|tumor)|cancer de (?:mama|"
           r"prostata|pulmon|colon|rinon|tiroides)|metastasis|quimioterapia", ES_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:perdido|perdi|bajado|baje|adelgazado|adelgace)(?: \w+){0,4} sin (?:querer|motivo|razon|hacer dieta|"
           r"buscarlo|proponermelo)|perdida de peso (?:inexplicable|involuntaria|sin motivo)"),
    ),
    "fr": (
        concept("stroke_signs", "E", STROKE,
           r"(?:visage|bouche) (?:\w+ ){0,3}(?:deform\w*|tordu\w*|de travers|paralyse\w*|affaiss\w*|tombant\w*)|"
           r"(?:parle|parler|parole|elocution) (?:\w+ ){0,3}(?:bizarre\w*|pateuse|incomprehensible|brouill\w*)|"
           r"trouble\w* de la parole|(?:trouve|trouvait) (?:plus|pas) (?:ses|mes) mots|bafouill\w*|"
           r"(?:peut|peux|arrive) (?:plus|pas) (?:a )?lever (?:le |son |mon )?bras|bras (?:\w+ ){0,3}(?:paralyse|"
           r"inerte)"),
        concept("chest_pain", "E", CHEST, near(r"poitrine", r"bras gauche|machoire|sueurs? froides?")),
        concept("cancer_history", "U", CANCER,
           r"(?:eu|ai|atteint\w* d|opere\w* d) un cancer|cancer (?:du|de la|des) (?:sein|prostate|poumon|colon|rein|"
           r"thyroide)|tumeur|chimiotherapie|chimio", FR_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:perdu|maigri)(?: \w+){0,4} sans (?:raison|le vouloir|regime|faire de regime|explication)|perte de "
           r"poids (?:inexpliquee|involontaire)"),
    ),
    "de": (
        concept("stroke_signs", "E", STROKE,
           r"mundwinkel (?:\w+ ){0,4}(?:hangt|hangen|runter|herab|schief)|gesicht (?:\w+ ){0,4}(?:hangt|schief|"
           r"verzogen)|(?:hangend\w*|schiefe\w*) (?:mundwinkel|gesicht\w*)|(?:redet|spricht|sprache|sprechen) "
           r"(?:\w+ ){0,3}(?:verwaschen|undeutlich|lallend|wirr)|lallt|verwaschene sprache|findet (?:\w+ ){0,2}"
           r"(?:keine|nicht die) worte|arm (?:\w+ ){0,3}(?:nicht (?:mehr )?(?:heben|hochheben)|lahm|schlaff|kraftlos)|"
           r"halbseitig\w* (?:gelahmt|taub|lahmung)"),
        concept("chest_pain", "E", CHEST, near(r"brust\w*", r"linken arm|linker arm|kiefer|kalte\w* schwei\w*")),
        concept("cancer_history", "U", CANCER,
           r"krebs\w*|\w+krebs|metastasen|chemotherapie|bestrahlung", DE_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:ohne (?:grund|diat|absicht)|ungewollt)(?: \w+){0,4} (?:abgenommen|gewichtsverlust|kilo verloren)|"
           r"abgenommen(?: \w+){0,4} ohne (?:grund|diat|es zu wollen|absicht)|(?:unerklarlich|ungewollt)\w* "
           r"gewichtsverlust"),
    ),
    "pt": (
        concept("stroke_signs", "E", STROKE,
           r"(?:boca|rosto|cara) (?:\w+ ){0,3}(?:torta|torto|caid[oa]|paralisad\w*|entortou|desviad\w*)|fala "
           r"(?:\w+ ){0,3}(?:enrolad\w*|arrastad\w*|embolad\w*)|(?:nao|mal) (?:consegue|consigo) (?:falar|levantar o "
           r"braco|mexer o braco)|braco (?:\w+ ){0,3}(?:sem forca|paralisad\w*|caido|mole)|enrolando a lingua"),
        concept("chest_pain", "E", CHEST,
           r"aperto (?:\w+ ){0,2}(?:no|do) peito|peito (?:\w+ ){0,2}apertado|" + near(
               r"peito", r"braco esquerdo|queixo|mandibula|suando frio|suor frio")),
        concept("cancer_history", "U", CANCER,
           r"(?:tive|tenho|tinha) (?:um )?(?:cancer|tumor)|cancer de (?:mama|prostata|pulmao|intestino|rim|tireoide)|"
           r"metastase\w*|quimioterapia|quimio", PT_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:perdi|emagreci|perdeu|emagreceu)(?: \w+){0,4} sem (?:querer|motivo|razao|fazer dieta|explicacao)|"
           r"perda de peso (?:inexplicavel|involuntaria|sem motivo)"),
    ),
    "pl": (
        concept("stroke_signs", "E", STROKE,
           r"(?:opadajac\w*|opadl\w*|opada|krzyw\w*|wykrzywion\w*) (?:\w+ ){0,2}(?:kacik\w* ust|usta|twarz\w*)|"
           r"(?:kacik\w* ust|twarz\w*|usta) (?:\w+ ){0,3}(?:opad\w*|krzyw\w*|wykrzywi\w*)|belko\w*|mowi (?:\w+ ){0,2}"
           r"niewyraznie|niewyrazn\w* mow\w*|nie (?:moze|moge) (?:podniesc|uniesc) (?:\w+ )?(?:reki|reke|ramienia)|"
           r"(?:reka|ramie) (?:\w+ ){0,3}(?:bezwladn\w*|opad\w*)"),
        concept("chest_pain", "E", CHEST,
           near(r"klatk\w* piersiow\w*|w piersi|mostk\w*", r"lewej rek\w*|lewego ramienia|lewa reka|szczek\w*|"
                                                          r"zimny pot")),
        concept("cancer_history", "U", CANCER,
           r"rak\w*|nowotw\w*|przerzut\w*|chemioterapi\w*|chemii", PL_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:schudl\w*|stracil\w*)(?: \w+){0,4} bez (?:powodu|przyczyny|diety|odchudzania|starania)|"
           r"(?:niezamierzon\w*|niewyjasnion\w*) (?:utrat\w* (?:wagi|masy)|spadek wagi)"),
    ),
    "it": (
        concept("stroke_signs", "E", STROKE,
           r"(?:bocca|viso|faccia) (?:\w+ ){0,3}(?:storta|storto|cadente|abbassat\w*|paralizzat\w*|deformat\w*)|"
           r"(?:parla|parlare|parola|parole|linguaggio) (?:\w+ ){0,3}(?:impastat\w*|strano|strana|biascicat\w*|"
           r"incomprensibil\w*)|biascic\w*|non (?:riesce|riesco) (?:piu )?a (?:parlare|alzare (?:il |un )?braccio|"
           r"sollevare (?:il |un )?braccio)|braccio (?:\w+ ){0,3}(?:cadente|paralizzat\w*|senza forza|molle)"),
        concept("chest_pain", "E", CHEST, near(r"petto", r"braccio sinistro|mascella|sudore freddo|sudato freddo")),
        concept("cancer_history", "U", CANCER,
           r"tumore|cancro|metastasi|chemioterapia|chemio|radioterapia|mastectomia", IT_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:perso|dimagrit[oa])(?: \w+){0,4} senza (?:volerlo|motivo|un motivo|dieta|fare (?:la )?dieta|"
           r"cercarlo)|perdita di peso (?:inspiegabile|involontaria|senza motivo)"),
    ),
    "nl": (
        concept("stroke_signs", "E", STROKE,
           r"(?:mond|mondhoek|gezicht) (?:\w+ ){0,3}(?:scheef|hangt|hangend|afhangend|verlamd)|scheve mond|"
           r"(?:praat|spraak|spreekt|praten) (?:\w+ ){0,3}(?:onduidelijk|raar|vreemd|wartaal|brabbel\w*|lallend)|"
           r"(?:kan|kon) (?:\w+ )?niet (?:meer )?uit (?:zijn|haar|mijn) woorden|(?:kan|kon) (?:zijn|haar|mijn) arm "
           r"(?:\w+ )?niet (?:meer )?(?:optillen|heffen|bewegen)|arm (?:\w+ ){0,3}(?:krachteloos|verlamd)"),
        concept("chest_pain", "E", CHEST, near(r"borst", r"linkerarm|linker arm|kaak|koud zweet|klam")),
        concept("cancer_history", "U", CANCER,
           r"kanker|\w+kanker|uitzaaiing\w*|chemokuur|chemotherapie|bestraling", NL_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:afgevallen|kilo kwijt|gewicht verloren)(?: \w+){0,4} zonder (?:reden|dieet|te willen|dat ik)|"
           r"zonder (?:reden|dieet)(?: \w+){0,4} (?:afgevallen|kwijt)|(?:onverklaarbaar|ongewild) (?:\w+ )?"
           r"(?:afgevallen|gewichtsverlies)"),
    ),
    "tr": (
        concept("stroke_signs", "E", STROKE,
           r"yuz\w* (?:\w+ ){0,3}(?:kaydi|kaymis|kayiyor|carpil\w*|sarkti|sarkik|egrildi|felc\w*)|agz\w* (?:\w+ ){0,2}"
           r"(?:kaydi|kaymis|carpil\w*|egril\w*)|konusma\w* (?:\w+ ){0,2}(?:bozul\w*|peltek\w*|anlasilm\w*)|"
           r"peltekles\w*|kol(?:um|unu|u|lari|larini|umu) (?:\w+ ){0,2}(?:kaldiramiyo\w*|kaldiramadi|tutmuyor)"),
        concept("chest_pain", "E", CHEST, near(r"gogus\w*|gogs\w*", r"sol kol\w*|cene\w*|soguk ter\w*")),
        concept("cancer_history", "U", CANCER,
           r"kanser\w*|metastaz\w*|kemoterapi\w*|kemo|radyoterapi\w*", TR_BACK),
        concept("weight_loss", "U", WEIGHT,
           r"(?:sebepsiz|nedensiz|istemeden|durduk yere|aciklanamayan)(?: \w+){0,4} (?:kilo\w*|zayifla\w*)|kilo "
           r"(?:\w+ )?(?:verdim|kaybettim|kaybi)(?: \w+){0,3} (?:sebepsiz|nedensiz|istemeden)"),
    ),
}
