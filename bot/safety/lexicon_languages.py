"""Red-flag lexicons in Spanish, French, German, Portuguese and Polish (Italian and Dutch are in
`lexicon_languages_more`, Turkish in `lexicon_turkish`, breathing, swelling and both-legs wording for all of them in
`lexicon_languages_general`, stroke, heart-attack and cancer flags in `lexicon_languages_acute`, crisis kinds in
`lexicon_languages_crisis` and `lexicon_languages_crisis_signs`, vomiting blood in `lexicon_languages_bleeding`):
cauda equina signs, leg weakness, chest pain, falls, fever with back pain, and crisis wording, in lay words (tiers
as in `bot.safety.lexicon`).

Patterns are written over `fold_words(text)`: lower case, accents removed (ü -> u, ł -> l, ç -> c), every
run of non-letters one space. Typed "ue" for ü is allowed where common (ruecken).

Sources, per language, are the national health services' back-pain and crisis pages (docs/SAFETY.md,
"Other languages"): Spain, MedlinePlus en español "Síndrome de la cola de caballo" and "Dolor de espalda"
(https://medlineplus.gov/spanish/); France, ameli.fr "Lombalgie" (signes d'alerte) and 3114 (numéro
national de prévention du suicide); Germany, gesundheitsinformation.de "Kreuzschmerzen" and
Telefonseelsorge; Portugal/Brazil, SNS 24 "Lombalgia" and CVV; Poland, pacjent.gov.pl "Ból pleców" and
116 123 / 800 70 2222; Italy, ISS "Sindrome della cauda equina" and Ministero della Salute "Mal di schiena",
Telefono Amico 02 2327 2327. Wording was cross-checked against the blind vignettes' phrasing kinds, not lines.
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    SADDLE,
    TRAUMA,
    LangConcept,
    concept,
    fold_words,
    near,
)
from bot.safety.lexicon_greek_tagalog import TAGALOG
from bot.safety.lexicon_languages_acute import ACUTE_BY_LANGUAGE
from bot.safety.lexicon_languages_asked import ASKED_BY_LANGUAGE
from bot.safety.lexicon_languages_bleeding import BLEEDING_BY_LANGUAGE
from bot.safety.lexicon_languages_cauda import CAUDA_BY_LANGUAGE
from bot.safety.lexicon_languages_crisis import CRISIS_BY_LANGUAGE
from bot.safety.lexicon_languages_crisis_forms import FORMS_BY_LANGUAGE, SIN_MI
from bot.safety.lexicon_languages_crisis_signs import CRISIS_SIGNS_BY_LANGUAGE
from bot.safety.lexicon_languages_crisis_wish import WISH_BY_LANGUAGE
from bot.safety.lexicon_languages_crisis_worth import WORTH_BY_LANGUAGE
from bot.safety.lexicon_languages_forms13 import FORMS13_BY_LANGUAGE
from bot.safety.lexicon_languages_forms15 import FORMS15_BY_LANGUAGE
from bot.safety.lexicon_languages_forms15b import FORMS15B_BY_LANGUAGE
from bot.safety.lexicon_languages_forms16 import FORMS16_BY_LANGUAGE
from bot.safety.lexicon_languages_forms19 import FORMS19_BY_LANGUAGE
from bot.safety.lexicon_languages_forms19b import FORMS19B_BY_LANGUAGE
from bot.safety.lexicon_languages_forms20 import FORMS20_BY_LANGUAGE
from bot.safety.lexicon_languages_forms21 import FORMS21_BY_LANGUAGE
from bot.safety.lexicon_languages_forms22 import FORMS22_BY_LANGUAGE
from bot.safety.lexicon_languages_forms23 import FORMS23_BY_LANGUAGE
from bot.safety.lexicon_languages_forms24 import FORMS24_BY_LANGUAGE
from bot.safety.lexicon_languages_forms33 import FORMS33_BY_LANGUAGE
from bot.safety.lexicon_languages_fragility import FRAGILITY_BY_LANGUAGE
from bot.safety.lexicon_languages_general import GENERAL_BY_LANGUAGE
from bot.safety.lexicon_languages_inflections import INFLECTIONS_BY_LANGUAGE
from bot.safety.lexicon_languages_more import MORE_LEXICONS
from bot.safety.lexicon_languages_poisoning import POISONING_BY_LANGUAGE
from bot.safety.lexicon_languages_round52 import ROUND52_BY_LANGUAGE
from bot.safety.lexicon_languages_round53 import ROUND53_BY_LANGUAGE
from bot.safety.lexicon_languages_round54 import join as join_round54
from bot.safety.lexicon_languages_round55 import join as join_round55
from bot.safety.lexicon_languages_told import TOLD_MORE, VIETNAMESE
from bot.safety.lexicon_scripts import ROMANISED_HINDI
from bot.safety.lexicon_scripts_more import MORE_LATIN_LEXICONS, TOLD_BY_LANGUAGE
from bot.safety.lexicon_turkish import TURKISH

ES_BACK = r"espalda|lumbar|lumbago|columna|ciatica|rinones"
FR_BACK = r"dos|lombaire\w*|lombalgie|colonne|sciatique|reins"
DE_BACK = r"ru(?:e)?cken\w*|kreuz\w*|wirbelsaule|bandscheibe\w*|ischias|lws"
PT_BACK = r"costas|lombar|coluna|ciatico|ciatica"
PL_BACK = r"plecy|plecow|plecach|kregoslup\w*|krzyz\w*|ledzwi\w*"

_LEXICONS: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        concept("bladder_problem", "E", BLADDER,
           r"(?:perdido|perdi|pierdo|perdiendo|sin|no tengo) (?:el )?control (?:de |sobre )?(?:la |mi )?"
           r"(?:vejiga|orina|esfinter\w*)|(?:no|casi no) (?:puedo|consigo|logro) (?:orinar|hacer pis|mear)|"
           r"(?:me )?(?:hice|hago|he hecho) pis encima|me (?:orine|mee|meo|orino) encima|"
           r"(?:me he|se me ha|me habia) (?:meado|orinado|hecho pis)|incontinencia|"
           r"(?:no|ya no) (?:aguanto|retengo|controlo) (?:el |la )?(?:pis|orina|pipi)|"
           r"se me escapa (?:la )?orina|retencion (?:de )?orina|"
           r"(?:no|ya no|casi no) (?:puedo|consigo|logro) (?:controlar|aguantar|retener) (?:\w+ ){0,2}"
           r"(?:vejiga|orina|pis|esfinter\w*)|se me escapa (?:el )?pis"),
        concept("bowel_problem", "E", BOWEL,
           r"control (?:de |sobre )?(?:los |mis )?(?:intestinos|esfinteres|heces)|(?:me )?(?:hice|he hecho|hago) "
           r"caca encima|me (?:cague|he cagado) encima|incontinencia fecal|"
           r"(?:no|ya no) (?:puedo|consigo|logro) (?:controlar|aguantar|retener) (?:\w+ ){0,2}"
           r"(?:intestino\w*|esfinter\w*|heces|caca)"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"entumec\w*|adormec\w*|hormigue\w*|no (?:siento|siente) (?:nada)?|sin sensibilidad|"
            r"perdida de (?:la )?sensibilidad|dormid[ao]s?",
            r"genital\w*|culo|trasero|nalgas?|gluteos?|ano|perine\w*|entrepierna|silla de montar|partes intimas|"
            r"ingle|entre las piernas")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"piernas? (?:\w+ ){0,4}(?:debil\w*|no (?:me )?responden|fallan|flojas)|debilit\w* (?:\w+ ){0,3}piernas|"
           r"(?:no|casi no) (?:puedo|puede) (?:caminar|andar|mover las piernas)|no (?:siente|siento) (?:las |mis )?"
           r"piernas"),
        concept("significant_trauma", "E", TRAUMA,
           r"(?:cai|caido|cayo|caida) (?:\w+ ){0,4}(?:escaleras?|tejado|altura|andamio|caballo|moto|bici\w*)|"
           r"accidente (?:de )?(?:coche|trafico|moto|auto)"),
        concept("chest_pain", "E", CHEST, r"dolor (?:\w+ ){0,2}(?:en el|de|del) pecho|(?:opresion|"
                                          r"presion) (?:en el|del) pecho"),
        concept("fever_with_back_pain", "U", FEVER, r"fiebre|calentura|escalofrios|temperatura alta", ES_BACK),
        concept("crisis", "C", CRISIS,
           r"no quiero (?:seguir )?vivir|quiero morir\w*|suicid\w*|acabar con (?:todo|mi vida)|quitarme la vida|"
           r"matarme|(?:mejor|mejores) " + SIN_MI + r"|(?:mejor|mejores) (?:\w+ ){0,3}si me muero|ojala me muera|"
           r"me quiero morir|no vale la pena vivir|hacerme dano"),
    ),
    "fr": (
        concept("bladder_problem", "E", BLADDER,
           r"(?:perte|perdu) (?:de |du )?controle (?:\w+ ){0,2}(?:vessie|urine\w*|sphincter\w*)|j?(?:arrive|peux|"
           r"parviens) (?:plus|pas) (?:a )?(?:uriner|faire pipi|pisser|retenir (?:mes |les )?urines?)|"
           # Session 17: "incontinence" after a French determiner only; the bare word is English too.
           r"(?:l|une|d|mon|son|cette|d une) incontinence|fait pipi (?:sur moi|dessous)|retention (?:d )?urine|"
           r"(?:peux|arrive|parviens) (?:plus|pas) (?:a )?(?:controler|retenir) (?:\w+ ){0,2}(?:vessie|urine\w*|pipi)"),
        concept("bowel_problem", "E", BOWEL,
           r"(?:fait|fais) (?:caca )?dans (?:mon|ma|mes) (?:pantalon|culotte|slip)|incontinence (?:fecale|anale)|"
           r"perte (?:de |du )?controle (?:\w+ ){0,2}(?:intestin\w*|selles|anus|sphincter\w*)|"
           r"(?:peux|arrive|parviens) (?:plus|pas) (?:a )?(?:controler|retenir) (?:\w+ ){0,2}(?:intestin\w*|selles)"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"engourdi\w*|fourmill\w*|insensib\w*|sens (?:plus |pas )?rien|sent (?:plus |pas )?rien|"
            r"perte de (?:la )?sensibilite|anesthesie",
            r"perine\w*|fesses?|anus|parties intimes|organes genitaux|genital\w*|entrejambe|selle|essuie|aine|"
            r"entre les jambes")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"jambes? (?:\w+ ){0,5}(?:faibles?|lachent|ne (?:me )?portent plus|paralys\w*)|(?:du mal|peux plus|"
           r"arrive plus|peut plus) a marcher|sciatique des deux cotes|(?:sent|sens) (?:plus|pas) (?:ses |mes )?"
           r"jambes"),
        concept("significant_trauma", "E", TRAUMA,
           r"tombe\w* (?:\w+ ){0,4}(?:toit|escaliers?|echelle|hauteur|cheval|velo|moto)|chute (?:\w+ ){0,3}(?:toit|"
           r"escaliers?|echelle|hauteur)|accident (?:de )?(?:voiture|la route|moto)"),
        concept("chest_pain", "E", CHEST, r"(?:douleur|mal) (?:\w+ ){0,2}(?:a la|dans la|de) poitrine|"
                                          r"serre la poitrine"),
        concept("fever_with_back_pain", "U", FEVER, r"fievre|frissons|temperature elevee", FR_BACK),
        concept("crisis", "C", CRISIS,
           r"envie de mourir|(?:veux|veut|veulent|voulait|voulais) mourir|me suicider|suicid\w*|me tuer|"
           r"en finir(?! avec (?:ce|cette|mon|ma|mes|les|"
           r"le|la|ces)\b)|mettre fin a (?:mes jours|ma vie)|"
           r"plus envie de vivre|n etais plus la|ne serais plus la|mieux sans moi|me faire du mal"),
    ),
    "de": (
        concept("bladder_problem", "E", BLADDER,
           r"blase (?:\w+ ){0,4}(?:kontrollier\w*|halten)|(?:kann|konnte) (?:\w+ ){0,3}nicht (?:mehr )?(?:pinkeln|"
           r"urinieren|wasser lassen|pieseln)|inkontinen\w*|in die hose (?:gemacht|gepinkelt)|eingenasst|"
           r"eingepinkelt|harnverhalt|kontrolle uber (?:die |meine )?blase|(?:wasser|urin) nicht (?:mehr )?halten"),
        concept("bowel_problem", "E", BOWEL,
           r"kontrolle uber (?:den |meinen )?(?:darm|stuhl)|stuhlinkontinenz|in die hose (?:gemacht|gekackt)"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"taub\w*|gefu(?:e)?hllos\w*|kribbel\w*|ameisenlaufen|spu(?:e)?re (?:\w+ )?nichts?|kein gefu(?:e)?hl",
            r"genital\w*|po|gesass|hintern|after|damm|reithose\w*|intimbereich|schritt|leiste")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"beine? (?:\w+ ){0,4}(?:schwa\w*|gelahmt|knicken|versagen|nicht (?:mehr )?bewegen)|"
           r"beine? (?:\w+ ){0,3}(?:geben|gibt|gaben|gab) (?:\w+ ){0,2}nach|beine? (?:\w+ ){0,2}(?:knicken|"
           r"knickten) weg|kann (?:\w+ ){0,2}"
           r"(?:kaum|nicht) (?:mehr |noch )?(?:laufen|gehen|stehen)|spu(?:e)?r\w* (?:meine |ihre |seine )?beine nicht"),
        concept("significant_trauma", "E", TRAUMA,
           r"von (?:der |einer |dem )?(?:leiter|dach|treppe|geruest|pferd)|treppe (?:\w+ )?(?:runter|hinunter)"
           r"(?:gefallen|gesturzt)|autounfall|verkehrsunfall|motorradunfall"),
        concept("chest_pain", "E", CHEST, r"brustschmerz\w*|schmerz\w* (?:\w+ ){0,2}in der brust|"
                                          r"druck auf der brust|engegefu\w*"),
        concept("fever_with_back_pain", "U", FEVER, r"fieber|schu(?:e)?ttelfrost", DE_BACK),
        concept("crisis", "C", CRISIS,
           r"(?:will|mochte|moechte) nicht mehr leben|will sterben|mich umbringen|suizid\w*|selbstmord|"
           r"mir das leben nehmen|(?:tabletten|pillen) (?:\w+ )?(?:gesammelt|gehortet|sammeln)|ohne mich besser|"
           r"mir (?:was|etwas) antun|schluss machen"),
    ),
    "pt": (
        concept("bladder_problem", "E", BLADDER,
           r"(?:perdi|perda|perdendo|sem) (?:o )?controle (?:\w+ ){0,2}(?:bexiga|urina|xixi)|(?:fiz|faco) xixi na cama|"
           r"xixi (?:\w+ ){0,3}sem (?:perceber|sentir)|(?:nao|quase nao) "
           r"(?:consigo|posso|estou conseguindo) (?:fazer xixi|urinar|mijar)|incontinencia|(?:fiz|faco) xixi nas "
           r"calcas|retencao urinaria|(?:nao|ja nao) (?:consigo|posso) (?:controlar|segurar) (?:\w+ ){0,2}"
           r"(?:bexiga|urina|xixi)"),
        concept("bowel_problem", "E", BOWEL,
           r"(?:fiz|faco) coco nas calcas|(?:me )?caguei|controle (?:\w+ ){0,2}(?:intestino|fezes|evacuar)|"
           r"incontinencia fecal|(?:nao|ja nao) (?:consigo|posso) (?:controlar|segurar) (?:\w+ ){0,2}"
           r"(?:intestino|fezes|coco)"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"dormen\w*|dormente|formigamento|nao sinto|sem sensibilidade|perda de sensibilidade|"
            r"anestesi\w*",
            r"genita\w*|anus|bunda|nadegas?|perineo|virilha|sela|partes intimas|entre as pernas")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"pernas? (?:\w+ ){0,4}(?:fracas?|fraqueza|nao obedecem)|(?:nao|quase nao) (?:consigo|consegue) "
           r"(?:andar|caminhar|mexer as pernas)|nao (?:sente|sinto) (?:as |minhas )?pernas"),
        concept("significant_trauma", "E", TRAUMA,
           r"(?:caiu|cai|caida|queda) (?:\w+ ){0,4}(?:escadas?|telhado|altura|cavalo|moto)|acidente de "
           r"(?:carro|moto|transito)"),
        concept("chest_pain", "E", CHEST, r"dor (?:\w+ ){0,2}(?:no|do) peito|aperto no peito|pressao no peito"),
        concept("fever_with_back_pain", "U", FEVER, r"febre|calafrios", PT_BACK),
        concept("crisis", "C", CRISIS,
           r"(?<!vai )(?<!vao )(?<!ira )me matar|suicid\w*|(?:guardado|guardando|juntando|juntei|guardei) "
           r"(?:\w+ ){0,2}(?:comprimidos|remedios|"
           r"pilulas)|tomar (?:tudo|todos) de uma vez|quero morrer|nao quero (?:mais )?viver|"
           r"tirar (?:a )?minha (?:propria )?vida|"
           r"acabar com tudo|melhor sem mim|me machucar"),
    ),
    "pl": (
        concept("bladder_problem", "E", BLADDER,
           r"nie (?:moge|moze|potrafie) (?:\w+ ){0,2}(?:kontrolowac|utrzymac) (?:\w+ )?(?:pecherz\w*|moczu)|"
           r"nie (?:moge|moze) (?:oddac|oddawac) moczu|nie (?:moge|moze) (?:sikac|siusiac)|nietrzymanie moczu|"
           r"zsikal\w*|posikal\w*|zmoczyl\w*|zatrzymanie moczu"),
        concept("bowel_problem", "E", BOWEL,
           r"zesral\w*|posral\w*|zrobil\w* (?:\w+ )?w (?:majtki|spodnie)|nietrzymanie stolca|kontrol\w* (?:nad )?"
           r"(?:jelit\w*|stolcem|wyprozni\w*)"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"dretwie\w*|zdretwial\w*|mrowien\w*|zaburzenia czucia|brak czucia|nie czuje|bez czucia|odretwien\w*",
            r"krocz\w*|posladk\w*|odbyt\w*|pup\w*|tylek|tylku|narzad\w* plciow\w*|genital\w*|pachwin\w*|siodl\w*|"
            r"miedzy nogami")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"nogi? (?:\w+ ){0,4}(?:slabna|slabsze|slabe|oslab\w*|odmawiaja|nie dzialaja)|ledwo (?:chodze|chodzi|"
           r"moge chodzic)|nie (?:moge|moze) (?:chodzic|ruszac nogami)|nie czuje? nog\w*|w obu nogach"),
        concept("significant_trauma", "E", TRAUMA,
           r"(?:spadl\w*|upadl\w*|przewrocil\w*) (?:\w+ ){0,3}(?:ze schodow|z drabiny|z dachu|z wysokosci|z konia)|"
           r"wypadek (?:samochodowy|drogowy)"),
        concept("chest_pain", "E", CHEST, r"bol (?:\w+ ){0,2}(?:w klatce piersiowej|w piersi|za mostkiem)|"
                                          r"ucisk w klatce"),
        concept("fever_with_back_pain", "U", FEVER, r"goraczk\w*|dreszcze|wysoka temperatur\w*", PL_BACK),
        concept("crisis", "C", CRISIS,
           r"nie chce (?:mi sie )?(?:juz )?zyc|chce umrzec|zabic sie|samobojst\w*|skonczyc ze soba|ze soba "
           r"skonczyc|odebrac sobie zycie|zrobic sobie krzywde|lepiej beze mnie"),
    ),
}
_BY_LANGUAGE = {**_LEXICONS, **MORE_LEXICONS, **TURKISH, **ROMANISED_HINDI, **MORE_LATIN_LEXICONS,
                "vi": VIETNAMESE, "tl": TAGALOG, "id": (), "sv": (), "cs": (), "hu": (), "ms": (),
                "el": (),   # Greek in Latin letters (`lexicon_languages_forms24`; Greek script: `languages`)
                "da": (), "fi": (), "sw": ()}   # `lexicon_languages_forms25`
LEXICONS: dict[str, tuple[LangConcept, ...]] = {
    lang: concepts + GENERAL_BY_LANGUAGE.get(lang, ()) + ACUTE_BY_LANGUAGE.get(lang, ())
    + CRISIS_BY_LANGUAGE.get(lang, ()) + CRISIS_SIGNS_BY_LANGUAGE.get(lang, ()) + BLEEDING_BY_LANGUAGE.get(lang, ())
    + WISH_BY_LANGUAGE.get(lang, ()) + POISONING_BY_LANGUAGE.get(lang, ()) + CAUDA_BY_LANGUAGE.get(lang, ())
    + FORMS_BY_LANGUAGE.get(lang, ()) + WORTH_BY_LANGUAGE.get(lang, ()) + ASKED_BY_LANGUAGE.get(lang, ())
    + TOLD_BY_LANGUAGE.get(lang, ()) + TOLD_MORE.get(lang, ()) + FORMS13_BY_LANGUAGE.get(lang, ())
    + FORMS15_BY_LANGUAGE.get(lang, ()) + FORMS15B_BY_LANGUAGE.get(lang, ()) + FORMS16_BY_LANGUAGE.get(lang, ())
    + INFLECTIONS_BY_LANGUAGE.get(lang, ()) + FRAGILITY_BY_LANGUAGE.get(lang, ()) + FORMS19_BY_LANGUAGE.get(lang, ())
    + FORMS19B_BY_LANGUAGE.get(lang, ()) + FORMS20_BY_LANGUAGE.get(lang, ()) + FORMS21_BY_LANGUAGE.get(lang, ())
    + FORMS22_BY_LANGUAGE.get(lang, ()) + FORMS23_BY_LANGUAGE.get(lang, ()) + FORMS24_BY_LANGUAGE.get(lang, ())
    + FORMS33_BY_LANGUAGE.get(lang, ())   # sessions 23-30, rounds 41-49 (25b, 26-32 chained in forms33)
    + ROUND52_BY_LANGUAGE.get(lang, ())   # session 31, round 52 (`lexicon_languages_round52`)
    + ROUND53_BY_LANGUAGE.get(lang, ())   # session 32, round 53 (`lexicon_languages_round53`)
    for lang, concepts in _BY_LANGUAGE.items()}
join_round54(LEXICONS)   # session 33, round 54: Somali, Hausa, Croatian (`lexicon_languages_round54`)
join_round55(LEXICONS)   # session 34, round 55: Yoruba, Zulu, Serbian (`lexicon_languages_round55`)
__all__ = ["LEXICONS", "fold_words"]
