"""Red-flag lexicons in Spanish, French, German, Portuguese, Polish and Italian: cauda equina signs, leg weakness,
falls, fever with back pain, and crisis wording, in lay words (tiers as in `bot.safety.lexicon`).

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

import re
import unicodedata
from dataclasses import dataclass

_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_EXTRA = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})


def fold_words(text: str) -> str:
    """Lower-case, accent-free words of `text` (how the other-language lexicons are matched)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Me"))
    return " " + _NON_LETTERS.sub(" ", plain).strip() + " "


@dataclass(frozen=True)
class LangConcept:
    """A red-flag or crisis concept in one other language: tier, label and patterns over folded words."""
    name: str
    tier: str
    label: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None


def _near(a: str, b: str, window: int = 8) -> str:
    return rf"(?:{a})(?: \w+){{0,{window}}} (?:{b})|(?:{b})(?: \w+){{0,{window}}} (?:{a})"


def _c(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    return LangConcept(name, tier, label, re.compile(r"\b(?:" + pattern + r")\b"),
                       re.compile(r"\b(?:" + requires + r")\b") if requires else None)


_BLADDER = "new problems peeing or controlling your bladder"
_BOWEL = "loss of bowel control"
_SADDLE = "numbness around the bottom, groin or genitals"
_LEGS = "symptoms in both legs, or leg weakness that is getting worse"
_TRAUMA = "back pain after a fall, accident or injury"
_FEVER = "a fever or infection risk with back pain"
_CRISIS = "thoughts of suicide or self-harm"

ES_BACK = r"espalda|lumbar|lumbago|columna|ciatica|rinones"
FR_BACK = r"dos|lombaire\w*|lombalgie|colonne|sciatique|reins"
DE_BACK = r"ru(?:e)?cken\w*|kreuz\w*|wirbelsaule|bandscheibe\w*|ischias|lws"
PT_BACK = r"costas|lombar|coluna|ciatico|ciatica"
PL_BACK = r"plecy|plecow|plecach|kregoslup\w*|krzyz\w*|ledzwi\w*"
IT_BACK = r"schiena|lombar\w*|colonna|sciatica|reni|spina dorsale"

LEXICONS: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        _c("bladder_problem", "E", _BLADDER,
           r"(?:perdido|perdi|pierdo|perdiendo|sin|no tengo) (?:el )?control (?:de |sobre )?(?:la |mi )?"
           r"(?:vejiga|orina|esfinter\w*)|(?:no|casi no) (?:puedo|consigo|logro) (?:orinar|hacer pis|mear)|"
           r"(?:me )?(?:hice|hago|he hecho) pis encima|me (?:orine|mee|meo|orino) encima|"
           r"(?:me he|se me ha|me habia) (?:meado|orinado|hecho pis)|incontinencia|"
           r"(?:no|ya no) (?:aguanto|retengo|controlo) (?:el |la )?(?:pis|orina|pipi)|"
           r"se me escapa (?:la )?orina|retencion (?:de )?orina|"
           r"(?:no|ya no|casi no) (?:puedo|consigo|logro) (?:controlar|aguantar|retener) (?:\w+ ){0,2}"
           r"(?:vejiga|orina|pis|esfinter\w*)|se me escapa (?:el )?pis"),
        _c("bowel_problem", "E", _BOWEL,
           r"control (?:de |sobre )?(?:los |mis )?(?:intestinos|esfinteres|heces)|(?:me )?(?:hice|he hecho|hago) "
           r"caca encima|me (?:cague|he cagado) encima|incontinencia fecal|"
           r"(?:no|ya no) (?:puedo|consigo|logro) (?:controlar|aguantar|retener) (?:\w+ ){0,2}"
           r"(?:intestino\w*|esfinter\w*|heces|caca)"),
        _c("saddle_numbness", "E", _SADDLE, _near(
            r"entumec\w*|adormec\w*|hormigue\w*|no (?:siento|siente) (?:nada)?|sin sensibilidad|"
            r"perdida de (?:la )?sensibilidad|dormid[ao]s?",
            r"genital\w*|culo|trasero|nalgas?|gluteos?|ano|perine\w*|entrepierna|silla de montar|partes intimas|"
            r"ingle")),
        _c("leg_weakness_or_numbness", "E", _LEGS,
           r"piernas? (?:\w+ ){0,4}(?:debil\w*|no (?:me )?responden|fallan|flojas)|debilit\w* (?:\w+ ){0,3}piernas|"
           r"(?:no|casi no) (?:puedo|puede) (?:caminar|andar|mover las piernas)|no (?:siente|siento) (?:las |mis )?"
           r"piernas"),
        _c("significant_trauma", "E", _TRAUMA,
           r"(?:cai|caido|cayo|caida) (?:\w+ ){0,4}(?:escaleras?|tejado|altura|andamio|caballo|moto|bici\w*)|"
           r"accidente (?:de )?(?:coche|trafico|moto|auto)"),
        _c("fever_with_back_pain", "U", _FEVER, r"fiebre|calentura|escalofrios|temperatura alta", ES_BACK),
        _c("crisis", "C", _CRISIS,
           r"no quiero (?:seguir )?vivir|quiero morir\w*|suicid\w*|acabar con (?:todo|mi vida)|quitarme la vida|"
           r"matarme|(?:mejor|mejores) sin mi|no vale la pena vivir|hacerme dano"),
    ),
    "fr": (
        _c("bladder_problem", "E", _BLADDER,
           r"(?:perte|perdu) (?:de |du )?controle (?:\w+ ){0,2}(?:vessie|urine\w*|sphincter\w*)|(?:arrive|peux|"
           r"parviens) (?:plus|pas) (?:a )?(?:uriner|faire pipi|pisser|retenir (?:mes |les )?urines?)|"
           r"incontinence|fait pipi (?:sur moi|dessous)|retention (?:d )?urine|"
           r"(?:peux|arrive|parviens) (?:plus|pas) (?:a )?(?:controler|retenir) (?:\w+ ){0,2}(?:vessie|urine\w*|pipi)"),
        _c("bowel_problem", "E", _BOWEL,
           r"(?:fait|fais) (?:caca )?dans (?:mon|ma|mes) (?:pantalon|culotte|slip)|incontinence (?:fecale|anale)|"
           r"perte (?:de |du )?controle (?:\w+ ){0,2}(?:intestin\w*|selles|anus|sphincter\w*)|"
           r"(?:peux|arrive|parviens) (?:plus|pas) (?:a )?(?:controler|retenir) (?:\w+ ){0,2}(?:intestin\w*|selles)"),
        _c("saddle_numbness", "E", _SADDLE, _near(
            r"engourdi\w*|fourmill\w*|insensib\w*|sens (?:plus|pas) rien|sent (?:plus|pas) rien|"
            r"perte de (?:la )?sensibilite|anesthesie",
            r"perine\w*|fesses?|anus|parties intimes|organes genitaux|genital\w*|entrejambe|selle|essuie|aine")),
        _c("leg_weakness_or_numbness", "E", _LEGS,
           r"jambes? (?:\w+ ){0,5}(?:faibles?|lachent|ne (?:me )?portent plus|paralys\w*)|(?:du mal|peux plus|"
           r"arrive plus|peut plus) a marcher|sciatique des deux cotes|(?:sent|sens) (?:plus|pas) (?:ses |mes )?"
           r"jambes"),
        _c("significant_trauma", "E", _TRAUMA,
           r"tombe\w* (?:\w+ ){0,4}(?:toit|escaliers?|echelle|hauteur|cheval|velo|moto)|chute (?:\w+ ){0,3}(?:toit|"
           r"escaliers?|echelle|hauteur)|accident (?:de )?(?:voiture|la route|moto)"),
        _c("fever_with_back_pain", "U", _FEVER, r"fievre|frissons|temperature elevee", FR_BACK),
        _c("crisis", "C", _CRISIS,
           r"envie de mourir|veux mourir|me suicider|suicid\w*|me tuer|en finir|mettre fin a (?:mes jours|ma vie)|"
           r"plus envie de vivre|n etais plus la|ne serais plus la|mieux sans moi|me faire du mal"),
    ),
    "de": (
        _c("bladder_problem", "E", _BLADDER,
           r"blase (?:\w+ ){0,4}(?:kontrollier\w*|halten)|(?:kann|konnte) (?:\w+ ){0,3}nicht (?:mehr )?(?:pinkeln|"
           r"urinieren|wasser lassen|pieseln)|inkontinen\w*|in die hose (?:gemacht|gepinkelt)|eingenasst|"
           r"eingepinkelt|harnverhalt|kontrolle uber (?:die |meine )?blase|(?:wasser|urin) nicht (?:mehr )?halten"),
        _c("bowel_problem", "E", _BOWEL,
           r"kontrolle uber (?:den |meinen )?(?:darm|stuhl)|stuhlinkontinenz|in die hose (?:gemacht|gekackt)"),
        _c("saddle_numbness", "E", _SADDLE, _near(
            r"taub\w*|gefu(?:e)?hllos\w*|kribbel\w*|ameisenlaufen|spu(?:e)?re (?:\w+ )?nichts?|kein gefu(?:e)?hl",
            r"genital\w*|po|gesass|hintern|after|damm|reithose\w*|intimbereich|schritt|leiste")),
        _c("leg_weakness_or_numbness", "E", _LEGS,
           r"beine? (?:\w+ ){0,4}(?:schwa\w*|gelahmt|knicken|versagen|nicht (?:mehr )?bewegen)|"
           r"beine? (?:\w+ ){0,3}(?:geben|gibt|gaben|gab) (?:\w+ ){0,2}nach|beine? (?:\w+ ){0,2}(?:knicken|knickten) weg|kann (?:\w+ ){0,2}"
           r"(?:kaum|nicht) (?:mehr |noch )?(?:laufen|gehen|stehen)|spu(?:e)?r\w* (?:meine |ihre |seine )?beine nicht"),
        _c("significant_trauma", "E", _TRAUMA,
           r"von (?:der |einer |dem )?(?:leiter|dach|treppe|geruest|pferd)|treppe (?:\w+ )?(?:runter|hinunter)"
           r"(?:gefallen|gesturzt)|autounfall|verkehrsunfall|motorradunfall"),
        _c("fever_with_back_pain", "U", _FEVER, r"fieber|schu(?:e)?ttelfrost", DE_BACK),
        _c("crisis", "C", _CRISIS,
           r"(?:will|mochte|moechte) nicht mehr leben|will sterben|mich umbringen|suizid\w*|selbstmord|"
           r"mir das leben nehmen|(?:tabletten|pillen) (?:\w+ )?(?:gesammelt|gehortet|sammeln)|ohne mich besser|"
           r"mir (?:was|etwas) antun|schluss machen"),
    ),
    "pt": (
        _c("bladder_problem", "E", _BLADDER,
           r"(?:perdi|perda|perdendo|sem) (?:o )?controle (?:\w+ ){0,2}(?:bexiga|urina|xixi)|(?:nao|quase nao) "
           r"(?:consigo|posso|estou conseguindo) (?:fazer xixi|urinar|mijar)|incontinencia|(?:fiz|faco) xixi nas "
           r"calcas|retencao urinaria|(?:nao|ja nao) (?:consigo|posso) (?:controlar|segurar) (?:\w+ ){0,2}"
           r"(?:bexiga|urina|xixi)"),
        _c("bowel_problem", "E", _BOWEL,
           r"(?:fiz|faco) coco nas calcas|(?:me )?caguei|controle (?:\w+ ){0,2}(?:intestino|fezes|evacuar)|"
           r"incontinencia fecal|(?:nao|ja nao) (?:consigo|posso) (?:controlar|segurar) (?:\w+ ){0,2}"
           r"(?:intestino|fezes|coco)"),
        _c("saddle_numbness", "E", _SADDLE, _near(
            r"dormen\w*|dormente|formigamento|nao sinto|sem sensibilidade|perda de sensibilidade|"
            r"anestesi\w*",
            r"genita\w*|anus|bunda|nadegas?|perineo|virilha|sela|partes intimas")),
        _c("leg_weakness_or_numbness", "E", _LEGS,
           r"pernas? (?:\w+ ){0,4}(?:fracas?|fraqueza|nao obedecem)|(?:nao|quase nao) (?:consigo|consegue) "
           r"(?:andar|caminhar|mexer as pernas)|nao (?:sente|sinto) (?:as |minhas )?pernas"),
        _c("significant_trauma", "E", _TRAUMA,
           r"(?:caiu|cai|caida|queda) (?:\w+ ){0,4}(?:escadas?|telhado|altura|cavalo|moto)|acidente de "
           r"(?:carro|moto|transito)"),
        _c("fever_with_back_pain", "U", _FEVER, r"febre|calafrios", PT_BACK),
        _c("crisis", "C", _CRISIS,
           r"me matar|suicid\w*|quero morrer|nao quero (?:mais )?viver|tirar (?:a )?minha (?:propria )?vida|"
           r"acabar com tudo|melhor sem mim|me machucar"),
    ),
    "pl": (
        _c("bladder_problem", "E", _BLADDER,
           r"nie (?:moge|moze|potrafie) (?:\w+ ){0,2}(?:kontrolowac|utrzymac) (?:\w+ )?(?:pecherz\w*|moczu)|"
           r"nie (?:moge|moze) (?:oddac|oddawac) moczu|nie (?:moge|moze) (?:sikac|siusiac)|nietrzymanie moczu|"
           r"zsikal\w*|posikal\w*|zmoczyl\w*|zatrzymanie moczu"),
        _c("bowel_problem", "E", _BOWEL,
           r"zesral\w*|posral\w*|zrobil\w* (?:\w+ )?w (?:majtki|spodnie)|nietrzymanie stolca|kontrol\w* (?:nad )?"
           r"(?:jelit\w*|stolcem|wyprozni\w*)"),
        _c("saddle_numbness", "E", _SADDLE, _near(
            r"dretwie\w*|zdretwial\w*|mrowien\w*|zaburzenia czucia|brak czucia|nie czuje|bez czucia|odretwien\w*",
            r"krocz\w*|posladk\w*|odbyt\w*|pup\w*|tylek|tylku|narzad\w* plciow\w*|genital\w*|pachwin\w*|siodl\w*")),
        _c("leg_weakness_or_numbness", "E", _LEGS,
           r"nogi? (?:\w+ ){0,4}(?:slabna|slabsze|slabe|oslab\w*|odmawiaja|nie dzialaja)|ledwo (?:chodze|chodzi|"
           r"moge chodzic)|nie (?:moge|moze) (?:chodzic|ruszac nogami)|nie czuje? nog\w*|w obu nogach"),
        _c("significant_trauma", "E", _TRAUMA,
           r"(?:spadl\w*|upadl\w*|przewrocil\w*) (?:\w+ ){0,3}(?:ze schodow|z drabiny|z dachu|z wysokosci|z konia)|"
           r"wypadek (?:samochodowy|drogowy)"),
        _c("fever_with_back_pain", "U", _FEVER, r"goraczk\w*|dreszcze|wysoka temperatur\w*", PL_BACK),
        _c("crisis", "C", _CRISIS,
           r"nie chce (?:mi sie )?(?:juz )?zyc|chce umrzec|zabic sie|samobojst\w*|skonczyc ze soba|ze soba "
           r"skonczyc|odebrac sobie zycie|zrobic sobie krzywde|lepiej beze mnie"),
    ),
    "it": (
        _c("bladder_problem", "E", _BLADDER,
           r"(?:perso|perdo|perdere|perdita del|senza) (?:il )?controllo (?:\w+ ){0,2}(?:vescica|urina|pipi)|"
           r"(?:non|quasi non) (?:riesco|posso|riesce) (?:piu )?(?:a )?(?:urinare|fare (?:la )?pipi|"
           r"(?:trattenere|controllare) (?:la |l )?(?:pipi|urina|vescica))|incontinenza(?! fecale)|"
           r"(?:mi sono|si e) (?:fatt[oa]|bagnat[oa]) (?:la pipi )?addosso|ritenzione (?:urinaria|di urina)"),
        _c("bowel_problem", "E", _BOWEL,
           r"(?:non|quasi non) (?:riesco|posso|riesce) (?:piu )?(?:a )?(?:trattenere|controllare) (?:\w+ ){0,2}"
           r"(?:cacca|feci|intestino|sfintere)|(?:mi sono|si e) fatt[oa] (?:la )?cacca addosso|incontinenza fecale|"
           r"(?:perso|perdo|perdita del) (?:il )?controllo (?:\w+ ){0,2}(?:intestino|feci|sfintere)"),
        _c("saddle_numbness", "E", _SADDLE, _near(
            r"intorpidit\w*|addormentat\w*|formicol\w*|non sento (?:piu )?(?:niente|nulla)|insensibil\w*|"
            r"perdita (?:di |della )?sensibilita|sensibilita ridotta",
            r"genital\w*|sedere|glutei|natiche|ano|perineo|inguine|zona intima|parti intime|a sella|tra le gambe")),
        _c("leg_weakness_or_numbness", "E", _LEGS,
           r"gambe? (?:\w+ ){0,4}(?:debol\w*|cedono|cedute|non (?:mi )?(?:reggono|rispondono)|paralizzat\w*)|"
           r"(?:non|quasi non) (?:riesco|riesce) (?:piu )?a (?:camminare|stare in piedi|muovere le gambe)|"
           r"non (?:sento|sente) (?:piu )?(?:le )?gambe"),
        _c("significant_trauma", "E", _TRAUMA,
           r"(?:caduto|caduta|cadut[ie]|cascato|cascata) (?:\w+ ){0,4}(?:scale|tetto|scala|altezza|cavallo|moto|bici)|"
           r"incidente (?:stradale|in (?:macchina|moto|auto)|d auto)"),
        _c("fever_with_back_pain", "U", _FEVER, r"febbre|brividi|temperatura alta", IT_BACK),
        _c("crisis", "C", _CRISIS,
           r"non voglio piu vivere|voglio morire|suicid\w*|farla finita|togliermi la vita|uccidermi|ammazzarmi|"
           r"meglio senza di me|farmi del male"),
    ),
}

