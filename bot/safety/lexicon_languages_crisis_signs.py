"""Crisis warning signs in the other languages, as classes (round nine), in the form of `lexicon_languages`
(patterns over `fold_words`, so Turkish, Polish and the rest match with or without their diacritics).

The crisis check reads English only, so for es, fr, de, pt, pl, it, nl and tr the lexicons are the only net, and
round nine's crisis messages in those languages (3 of 8 shown the helplines) used wording none of them had. As in
`bot.safety.crisis_cues` for English, the signs are written as classes:

- alone a crisis (STRONG): farewell letters ("cartas de despedida"); ending it ("la faccio finita", "acabar con
  todo", "er een eind aan maken"); everyone better off or happier without me ("wszyscy byliby szczęśliwsi, gdyby
  mnie nie było", "iedereen zou beter af zijn zonder mij"); not wanting to exist ("ik wil er gewoon niet meer
  zijn"); nobody would miss me;
- a crisis with a second, different class (weak, each ordinary alone): medicines prepared or set aside ("mam już
  przygotowane tabletki", "j'ai mis de côté toutes mes boîtes de médicaments"); a time set ("ce soir c'est la
  bonne"); nobody will notice ("personne ne s'en rendra compte"); no sense in anything ("não vejo mais sentido em
  nada"); going to a bridge, a roof or the tracks; and (round ten) not being able to go on ("não aguento mais",
  "non ce la faccio più", "nie mam już siły", "artık dayanamıyorum"), all the tablets at once ("tomar todos os
  remédios de uma vez"), letters written for the children or the family ("ho già scritto le lettere per i miei
  figli"). Each of these is ordinary alone ("j'en peux plus de ce mal de dos", "posso tomar todos os suplementos
  de uma vez?", a letter to Father Christmas); two of them together are the warning signs of the 988 list
  (hopelessness with a plan, means or a goodbye).

Sources: 988 Suicide & Crisis Lifeline warning signs (https://988lifeline.org/how-we-can-all-prevent-suicide/:
feeling a burden, making a plan, saying goodbye, getting means); NHS "Help for suicidal thoughts"
(https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/); C-SSRS
(Columbia Lighthouse Project) for wish, plan and preparation. Everyday uses are kept out: "farla finita con il fumo"
(quitting smoking), "en finir avec ce mal de dos", a farewell letter to colleagues.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept

# A farewell letter to colleagues or at retirement is not a goodbye of this kind (every lexicon is tried on every
# message, so Spanish and Portuguese work words are both listed).
NOT_WORK = (r"(?! (?:\w+ ){0,3}(?:trabajo|trabalho|companer\w*|colegas?|equipo|equipe|jubil\w*|aposentad\w*|oficina|"
            r"empresa|escritorio))")


_WEAK: list[dict[str, str]] = []


def signs(strong: str, **weak: str) -> tuple[LangConcept, ...]:
    """Concepts for one language: `strong` alone, and each weak class together with any other weak class."""
    _WEAK.append(weak)
    out = [concept("crisis", "C", CRISIS, strong)]
    for name, pattern in weak.items():
        out.append(concept("crisis", "C", CRISIS, pattern, "|".join(p for n, p in weak.items() if n != name)))
    return tuple(out)


CRISIS_SIGNS_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": signs(
        r"cartas? de despedida" + NOT_WORK + r"|nota de suicidio|"
        r"(?:todos|todo el mundo|mi familia|mis hijos) (?:\w+ ){0,3}(?:estarian|estaria|serian|seria|vivirian) (?:\w+ )"
        r"{0,2}(?:mejor|mas felices) sin mi|(?:ya )?no quiero (?:\w+ )?(?:existir|seguir existiendo|"
        r"estar en este mundo)|"
        r"nadie me (?:echaria|echara|va a echar) de menos|terminar con todo|acabar de una vez con todo",
        means=r"(?:pastillas|pildoras|medicamentos|comprimidos) (?:\w+ ){0,3}(?:preparad\w*|listas|listos|separad\w*)|"
              r"(?:prepare|separe|tengo preparad\w*) (?:\w+ ){0,3}(?:pastillas|pildoras|medicamentos|comprimidos)",
        time=r"esta noche (?:\w+ ){0,2}(?:es la (?:noche|buena)|lo hago|lo hare)|ya tengo (?:el )?(?:dia|fecha)",
        unnoticed=r"nadie (?:se )?(?:va a dar|dara|daria|darian) cuenta|nadie (?:lo )?(?:notara|notaria|va a notar)",
        senseless=r"no (?:le )?(?:veo|encuentro) (?:\w+ )?sentido a nada|(?:ya )?nada tiene (?:\w+ )?sentido",
        place=r"(?:voy|ire|subir|subo|tirarme|saltar) (?:\w+ ){0,3}(?:puente|azotea|vias del tren|acantilado)",
        exhausted=r"(?:ya )?no (?:puedo|aguanto|soporto) mas|no puedo seguir (?:asi|viviendo)",
        allpills=r"(?:todas|todos) (?:las |los |mis )?(?:pastillas|pildoras|medicamentos|comprimidos|"
                 r"medicinas) (?:\w+ ){0,2}(?:de golpe|de una vez|a la vez|juntas|juntos)",
        letters=r"cartas? (?:\w+ ){0,2}(?:a|para) (?:mis|mi) (?:hijos|hijas|hijo|hija|familia|mujer|marido|esposa|"
                r"esposo|padres|madre|padre|ninos)"),
    "fr": signs(
        r"lettres? d adieux?(?! (?:\w+ ){0,3}(?:collegues|travail|equipe|boulot|retraite))|"
        r"(?:veux|vais|voudrais|envie d) en finir(?! avec (?:ce|cette|mon|ma|mes|les|le|la|ces)\b)|"
        r"mettre fin a mes jours|me foutre en l air|(?:tout le monde|ma famille|mes enfants|ils) (?:\w+ ){0,3}"
        r"(?:serai(?:en)?t|vivrai(?:en)?t) (?:\w+ ){0,2}(?:mieux|plus heureux) sans moi|"
        r"(?:ne )?veux plus (?:exister|etre la|vivre)|personne ne me regrettera",
        means=r"(?:mis de cote|prepare|preparees|stocke|accumule) (?:\w+ ){0,4}(?:medicaments|comprimes|cachets|"
              r"pilules|boites)|(?:medicaments|comprimes|cachets|pilules) (?:\w+ ){0,3}(?:prets|preparees|de cote)",
        time=r"ce soir c est (?:la bonne|le soir)|c est pour ce soir|(?:ce soir|cette nuit|demain) (?:\w+ ){0,2}je "
             r"(?:le fais|passe a l acte|vais le faire)",
        unnoticed=r"personne ne (?:s en )?(?:rendra|rendrait|va se rendre) compte|personne ne (?:le )?remarquera",
        senseless=r"(?:plus )?aucun sens a (?:rien|la vie|ma vie)|rien n a (?:plus )?de sens|ne vois plus (?:le |"
                  r"aucun )"
                  r"?sens",
        place=r"(?:sauter|me jeter) (?:\w+ ){0,2}(?:pont|falaise|toit|fenetre)|(?:aller|vais|irai) sur le pont",
        exhausted=r"(?:j en|je n en) peux plus|je ne peux plus continuer|je (?:ne )?tiens plus|je suis a bout",
        allpills=r"(?:tous|toutes) (?:mes |les )?(?:medicaments|comprimes|cachets|pilules|boites) (?:\w+ ){0,2}(?:d un "
                 r"coup|en une fois|d un seul coup|a la fois|en meme temps)",
        letters=r"lettres? (?:\w+ ){0,4}(?:a|pour) (?:mes|mon|ma|chacun de mes) (?:enfants|fils|fille|filles|famille|"
                r"femme|mari|parents|proches)"),
    "de": signs(
        r"mir das leben nehmen|meinem leben ein ende|allem ein ende (?:setzen|machen)|(?:alle|jeder|meine familie|"
        r"meine "
        r"kinder) (?:\w+ ){0,3}(?:war|ware|waere|waren|waeren) (?:\w+ ){0,3}(?:besser dran|glucklicher|gluecklicher) "
        r"ohne mich|ohne mich (?:\w+ ){0,2}(?:besser dran|glucklicher|gluecklicher)|(?:will|mochte|"
        r"moechte) (?:\w+ )?nicht mehr "
        r"(?:\w+ )?(?:existieren|leben|da sein)|niemand (?:wurde|wuerde|wird) mich vermissen",
        means=r"(?:tabletten|pillen|medikamente|schlaftabletten) (?:\w+ ){0,3}(?:bereit|bereitgelegt|zurechtgelegt|"
              r"gesammelt|gehortet)|(?:gesammelt|gehortet|zuruckgelegt|zurueckgelegt|bereitgelegt) (?:\w+ ){0,3}"
              r"(?:tabletten|pillen|medikamente)",
        time=r"heute nacht (?:\w+ ){0,2}(?:ist es so weit|mache ich es)|(?:heute|morgen) (?:abend |"
             r"nacht )?mache ich es",
        unnoticed=r"(?:niemand|keiner) (?:wird|wurde|wuerde) es (?:\w+ )?(?:merken|bemerken)",
        senseless=r"(?:alles|das leben|mein leben) (?:ist|hat) (?:\w+ ){0,2}(?:sinnlos|keinen sinn)|sehe keinen sinn "
                  r"mehr|nichts (?:hat|macht) (?:mehr )?(?:einen )?sinn",
        place=r"(?:auf die|von der|zur) (?:brucke|bruecke)|von (?:\w+ ){0,2}(?:dach|hochhaus) springen|vor den zug",
        exhausted=r"ich kann nicht mehr|ich halte (?:es|das) nicht mehr aus|ich schaffe (?:es|das) nicht mehr",
        allpills=r"alle (?:\w+ )?(?:tabletten|pillen|medikamente|schlaftabletten) (?:\w+ ){0,2}(?:auf einmal|auf einen "
                 r"schlag|gleichzeitig|zusammen)",
        letters=r"(?:briefe?|abschiedsbrief\w*) (?:\w+ ){0,2}(?:an|fur|fuer) (?:meine|meinen|mein) (?:kinder|kind|"
                r"familie|"
                r"frau|mann|eltern|tochter|sohn)"),
    "pt": signs(
        r"cartas? de despedida" + NOT_WORK + r"|bilhete de despedida|"
        r"acabar com (?:tudo|a minha vida|minha vida)|tirar a (?:minha )?(?:propria )?vida|(?:todos|todo mundo|minha "
        r"familia|meus filhos) (?:\w+ ){0,3}(?:estariam|seriam|ficariam|viveriam) (?:\w+ ){0,2}(?:melhor|mais felizes) "
        r"sem mim|nao quero mais (?:existir|viver|estar aqui)|ninguem (?:vai|iria) sentir (?:a )?minha falta",
        means=r"(?:comprimidos|remedios|pilulas|medicamentos) (?:\w+ ){0,3}(?:separados|prontos|guardados)|"
              r"(?:separei|guardei|juntei|preparei) (?:\w+ ){0,3}(?:comprimidos|remedios|pilulas|medicamentos)",
        time=r"(?:hoje|esta noite) (?:\w+ ){0,2}(?:e o dia|e a noite|eu faco)|(?:vai|vou) ser (?:hoje|esta noite)",
        unnoticed=r"ninguem (?:vai|iria) (?:nem )?(?:perceber|notar|reparar)",
        senseless=r"nao vejo (?:mais )?sentido em (?:nada|viver|continuar)|nada (?:mais )?faz sentido",
        place=r"(?:pular|me jogar) (?:\w+ ){0,3}(?:ponte|predio|janela|trilhos)|(?:vou|ir) (?:ate |para )?a ponte",
        exhausted=r"nao aguento mais|nao consigo mais (?:viver|continuar)|nao tenho mais forcas?",
        allpills=r"(?:todos|todas) (?:os |as |meus |minhas )?(?:remedios|comprimidos|pilulas|medicamentos) "
                 r"(?:\w+ ){0,2}(?:de uma vez|de uma so vez|juntos|ao mesmo tempo)",
        letters=r"cartas? (?:\w+ ){0,3}(?:filhos|filhas|filho|filha|familia|esposa|marido|pais)"),
    "pl": signs(
        r"(?:wszyscy|wszystkim|rodzina|rodzinie|dzieci) (?:\w+ ){0,3}(?:byliby|byloby|bylaby|bedzie) (?:\w+ ){0,2}"
        r"(?:szczesliwsi|lepiej|lzej)|(?:szczesliwsi|lepiej|lzej) (?:\w+ ){0,3}gdyby mnie nie bylo|skoncz\w* ze soba|"
        r"odebrac sobie zycie|nie chce (?:juz )?(?:istniec|zyc)|nikt (?:nie bedzie|by nie) (?:za mna )?tesknil",
        means=r"przygotowan\w* (?:\w+ ){0,2}(?:tabletki|leki|pigulki|tabletek)|(?:tabletki|leki|pigulki) (?:\w+ ){0,3}"
              r"(?:przygotowan\w*|gotowe|odlozone)",
        time=r"(?:dzis|dzisiaj) (?:\w+ ){0,2}to zrobie|(?:jutro|w nocy) to zrobie",
        unnoticed=r"nikt (?:nawet )?nie zauwazy|nikt by nie zauwazyl",
        senseless=r"nic nie ma (?:juz )?sensu|nie widze (?:juz )?(?:w niczym )?sensu",
        place=r"(?:skocze|skoczyc|pojde|ide) (?:\w+ ){0,2}(?:z mostu|na most|z dachu|pod pociag)",
        exhausted=r"nie mam (?:juz )?sily|nie dam (?:juz )?rady|nie wytrzymam",
        allpills=r"wszystkie (?:\w+ )?(?:tabletki|leki|pigulki|proszki) (?:\w+ ){0,2}(?:naraz|na raz|jednoczesnie|za "
                 r"jednym razem)",
        letters=r"list\w* (?:\w+ ){0,2}(?:do|dla) (?:moich |mojej |mojego )?(?:dzieci|corki|syna|rodziny|zony|meza|"
                r"rodzicow)"),
    "it": signs(
        r"(?:la faccio|farla|falla) finita(?! con (?!tutto|tutti|la vita|questa vita))|togliermi la vita|(?:tutti|"
        r"la mia "
        r"famiglia|i miei figli) (?:\w+ ){0,3}(?:starebbero|sarebbero|vivrebbero) (?:\w+ ){0,2}(?:meglio|piu felici) "
        r"senza (?:di )?me|non voglio piu (?:esistere|esserci|vivere)|nessuno sentira la mia mancanza|lettere d addio",
        means=r"(?:pillole|pastiglie|farmaci|compresse) (?:\w+ ){0,3}(?:pronte|preparat\w*|da parte)|preparato (?:\w+ )"
              r"{0,2}(?:pillole|pastiglie|farmaci|compresse)",
        time=r"(?:stanotte|stasera|domani|oggi) (?:\w+ ){0,2}(?:lo faccio|e la (?:notte|sera|volta) (?:giusta|buona))",
        unnoticed=r"nessuno (?:se ne )?(?:accorgera|accorgerebbe|notera|noterebbe)",
        senseless=r"(?:niente|nulla) ha (?:piu )?senso|non vedo (?:piu )?(?:il )?senso (?:in|di) (?:niente|nulla)",
        place=r"(?:vado|andro|salgo|mi butto) (?:\w+ ){0,2}(?:sul ponte|dal ponte|dal tetto|sotto un treno)",
        exhausted=r"non ce la faccio piu|non reggo piu|non ne posso piu|sono allo stremo",
        allpills=r"tutt[ei] (?:le |i )?(?:mie |miei )?(?:pastiglie|pillole|compresse|medicine|farmaci) (?:\w+ ){0,2}"
                 r"(?:insieme|in una volta|in un colpo)",
        letters=r"letter[ae] (?:\w+ ){0,2}(?:per|ai|alle|a) (?:i |le )?(?:miei |mia |mio |mie )?(?:figli|figlie|figlio|"
                r"figlia|famiglia|moglie|marito|bambini|genitori)"),
    "nl": signs(
        r"wil er (?:\w+ ){1,2}niet meer zijn|wil niet meer (?:leven|bestaan)|(?:iedereen|mijn familie|mijn kinderen|ze|"
        r"zij|jullie) (?:\w+ ){0,3}(?:zou|zouden) (?:\w+ ){0,2}(?:beter af|gelukkiger) (?:\w+ ){0,2}zonder mij|"
        r"(?:beter af|gelukkiger) zonder mij|er een eind(?:e)? aan (?:maken|maak)|niemand zal me missen",
        means=r"(?:pillen|tabletten|medicijnen|slaappillen) (?:\w+ ){0,3}(?:klaar|klaargelegd|bewaard)|"
              r"(?:klaargelegd|bewaard) (?:\w+ ){0,3}(?:pillen|tabletten|medicijnen)",
        time=r"(?:vannacht|vanavond|morgen) (?:\w+ ){0,2}(?:doe ik het|is het zover|gebeurt het)",
        unnoticed=r"niemand (?:zal|zou|gaat) het (?:\w+ )?(?:merken|zien|opmerken)",
        senseless=r"(?:het )?heeft (?:allemaal )?geen zin meer|alles is zinloos",
        place=r"(?:van|op) de brug (?:\w+ ){0,2}(?:springen|gaan)|voor de trein (?:springen|gaan)",
        exhausted=r"ik kan (?:het )?niet meer(?! (?:slapen|lopen|zitten|staan|bukken|werken|tillen))|ik (?:trek|hou|"
                  r"houd) het niet meer",
        allpills=r"al (?:mijn |de )?(?:pillen|tabletten|medicijnen|slaappillen) (?:\w+ ){0,2}(?:in een keer|tegelijk|"
                 r"allemaal tegelijk)",
        letters=r"brie(?:f|ven) (?:\w+ ){0,2}(?:voor|aan) (?:mijn|m n) (?:kinderen|kind|familie|vrouw|man|ouders|"
                r"dochter|"
                r"zoon)"),
    "tr": signs(
        r"var olmak istemiyo\w*|(?:herkes|ailem|cocuklarim) (?:\w+ ){0,3}(?:bensiz|ben olmasam) (?:\w+ ){0,2}(?:daha )?"
        r"(?:mutlu|iyi)|bensiz (?:\w+ ){0,2}daha (?:mutlu|iyi)|hayatima son ver\w*|kimse (?:beni )?ozlemez|kimse beni "
        r"ozlemeyecek",
        means=r"(?:ilaclari\w*|haplari\w*) (?:\w+ ){0,2}(?:biriktir\w*|hazirla\w*|hazir)|(?:biriktirdigim|"
              r"hazirladigim) "
              r"(?:\w+ ){0,2}(?:ilac\w*|hap\w*)",
        time=r"bu (?:gece|aksam) (?:\w+ ){0,2}(?:yapacagim|yapicam|her sey bitecek)|yarin (?:\w+ ){0,2}yapacagim",
        unnoticed=r"kimse fark (?:etmez|etmeyecek)|kimsenin (?:\w+ )?fark\w* (?:bile )?etmeyecek",
        senseless=r"hicbir seyin (?:\w+ )?anlami (?:kalmadi|yok)|her sey anlamsiz",
        place=r"kopru\w* (?:\w+ ){0,2}(?:atla\w*|gidece\w*)|(?:catidan|kopruden) atla\w*",
        exhausted=r"artik dayanamiyorum|dayanacak gucum kalmadi|artik yapamiyorum|pes ediyorum",
        allpills=r"(?:butun|tum) (?:\w+ )?(?:ilac\w*|hap\w*) (?:\w+ ){0,2}(?:birden|bir kerede|ayni anda)",
        letters=r"(?:cocuklarim\w*|aileme|esime) (?:\w+ ){0,2}mektup\w*"),
}
# The weak classes per language, for the weak classes of `lexicon_languages_crisis_forms` to pair with.
WEAK_BY_LANGUAGE: dict[str, dict[str, str]] = dict(zip(CRISIS_SIGNS_BY_LANGUAGE, _WEAK, strict=True))
