"""Crisis wording in the other languages in the forms people write (round eleven), in the form of
`lexicon_languages` (patterns over `fold_words`, so they match with or without diacritics).

Rounds nine, ten and eleven each found 9 of 16 crisis messages in other languages caught before their fixes: the
lexicons held each phrase in one grammatical shape, and people use the others. Round eleven's misses were shapes,
not new ideas, so this module writes the shapes as classes:

- the pronoun before the verb (strong): Romance clitics climb in front of the helper verb ("me quiero quitar la
  vida", "me voy a matar", "mi voglio ammazzare", "vou me matar") and the Polish reflexive goes first ("chcę się
  zabić", "się powieszę"); German separable verbs ("ich bringe mich um", "nehme mir das Leben"), Dutch "maak mezelf
  van kant", Turkish "kendimi asacağım". Third persons are the idiom, not the wish, and are left out ("este dolor
  me mata", "das bringt mich um", "questo mal di schiena mi ammazza"), as are "me mato a trabajar", "mi ammazzo di
  lavoro", "je me tue au travail", "o mało się nie zabiłem" (an accident) and "kendimi koltuğa attım";
- calmer, easier, happier *without me* in the conditional (strong), with any comparative, not only "better"
  ("mi familia estaría más tranquila sin mí", "alle hätten es leichter ohne mich", "herkes bensiz daha rahat eder");
- nobody would miss me in the spoken conditional (strong): "ninguém ia sentir minha falta", "nadie me iba a echar
  de menos", "nessuno sentirebbe la mia mancanza";
- four weak classes, each ordinary alone, a crisis with any other weak class here or in
  `lexicon_languages_crisis_signs`: nobody will have to look after me or I will no longer be a burden ("bald muss
  sich niemand mehr um mich kümmern", "nie będę już nikomu ciężarem"); possessions given away or affairs put in
  order ("rozdałem swoje rzeczy", "dei meu violão pro meu primo", "meine Sachen geordnet"); having come to say
  goodbye ("sadece vedalaşmak istedim"); tired of everything ("tô cansado de tudo").

Sources: 988 Suicide & Crisis Lifeline warning signs (https://988lifeline.org/how-we-can-all-prevent-suicide/:
talking about wanting to die or to kill oneself, feeling a burden, giving away possessions, saying goodbye); NHS
"Help for suicidal thoughts" (https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-
suicidal-thoughts/: putting affairs in order, giving away possessions); C-SSRS (Columbia Lighthouse Project) for
the wish to die and active thoughts of killing oneself.
"""

from __future__ import annotations

from bot.safety.language_patterns import LangConcept, crisis_pairs
from bot.safety.lexicon_languages_crisis_signs import WEAK_BY_LANGUAGE

# Spanish "sin mí" loses its accent when folded and reads like "sin mi dolor" (without my pain): only "sin mi" at the
# end of the message or before a word that opens a new clause is "without me".
SIN_MI = (r"sin mi\b(?! (?!(?:ya|y|pero|no|lo|la|le|les|porque|que|seguro|creo|eso|asi|todos|todo|nadie|ni|estoy|es|"
          r"me|se|mis|a|en|de verdad|verdad|sabes|lo se)\b)\w+)")
# Polish "mogłem się zabić na tych schodach" (I could have killed myself on those stairs) is an accident.
_NOT_THIRD = r"(?<!vai )(?<!vao )(?<!ira )(?<!va )(?<!van )"
_NOT_ACCIDENT = r"(?<!moglem )(?<!moglam )(?<!moglbym )(?<!moglabym )(?<!mogl )(?<!prawie )(?<!omal )(?<!malo )"

STRONG: dict[str, str] = {
    # Not "essa dor vai me matar" (the pain will kill me: the third person is the idiom), read by every lexicon.
    "es": _NOT_THIRD + r"me (?:(?:quiero|voy a|pienso|tengo que|quisiera|podria|deberia|iba a|he pensado en|"
          r"estoy pensando en) )?"
          r"(?:matar|quitar la vida|suicidar|ahorcar)(?! (?:a|al|de risa)\b)|me (?:matare|mataria|suicido|suicidare|"
          r"ahorco|ahorcare|quito la vida|quitare la vida)\b(?! (?:a|de)\b)|"
          r"(?:estaria|estarian|seria|serian|viviria|vivirian|iria|irian|estara|estaran) (?:\w+ ){0,3}" + SIN_MI + r"|"
          r"nadie me (?:iba a|va a) (?:echar de menos|extranar)|nadie me (?:extranaria|extranara)",
    "pt": r"(?:vou|quero|penso em|pensando em|deveria|preciso|queria|ia) me (?:matar|suicidar|enforcar)|"
          r"matar me\b|me (?:mato|matarei|mataria|suicido|enforco)\b(?! (?:a|de|trabalhando|estudando|na|no)\b)|"
          r"(?:estaria\w*|seria\w*|ficaria\w*|viveria\w*|iam? ficar|iam? estar) (?:\w+ ){0,3}sem mim\b|"
          r"ninguem (?:\w+ )?(?:ia|iria|vai|vao|sentiria) (?:\w+ )?(?:sentir )?(?:a )?(?:minha )?falta(?: de mim)?",
    "pl": _NOT_ACCIDENT + r"sie (?:(?!nie\b)\w+ )?(?:zabic|zabije|powiesic|powiesze|otruc|otruje)\b|"
          r"(?:zabije|powiesze|otruje|zabic|powiesic|otruc) sie\b|odbiore sobie zycie|sobie (?:\w+ )?(?:odebrac|"
          r"odbiore) zycie|"
          r"(?:spokojniej|lepiej|latwiej|lzej|prosciej|szczesliwsi|spokojniejsi) (?:\w+ ){0,3}beze mnie",
    "it": r"mi (?:(?:voglio|vorrei|devo|vado a|sto per|potrei|penso di|ho pensato di|dovrei) )?(?:ammazzare|uccidere|"
          r"togliere la vita|impiccare)\b|mi (?:ammazzo|uccido|ammazzero|uccidero|tolgo la vita|togliero la vita|"
          r"impicco)\b(?! (?:di|dal|dalle|dalla|a|per)\b)|"
          r"(?:starebbe\w*|sarebbe\w*|vivrebbe\w*|andrebbe\w*) (?:\w+ ){0,3}(?:piu|meglio|meno) (?:\w+ )?senza "
          r"(?:di )?me\b|nessuno (?:\w+ )?(?:sentirebbe|sentira|sentiranno) (?:la )?(?:mia )?mancanza|"
          r"(?:non )?mancherei a nessuno",
    "fr": r"me (?:pendre|flinguer|foutre en l air|jeter (?:sous|du haut|d un|du pont|par la fenetre))\b|je me "
          r"(?:tuerai|tuerais|pends|pendrai)\b|(?:serai\w*|vivrai\w*|irai\w*|aurai\w*) (?:\w+ ){0,3}(?:plus|mieux|"
          r"moins) (?:\w+ )?sans moi\b|je ne manquerai\w* a personne|personne ne (?:me )?regretterai\w*",
    "de": r"(?:ich bring(?:e)?|bringe) mich (?:\w+ ){0,3}um\b(?! (?:den|die|das|meinen|meine|mein|seinen|ihren)\b)|"
          r"nehme? mir (?:\w+ ){0,3}das leben|"
          r"(?:will|mochte|moechte|werde|wurde|wuerde|sollte) mich (?:\w+ ){0,2}(?:toten|toeten|erhangen|erhaengen|"
          r"aufhangen|aufhaengen|vergiften|erschiessen)\b|(?:hange|haenge|hang) mich (?:\w+ ){0,2}auf\b|"
          r"(?:war\w*|waer\w*|hatt\w*|haett\w*|ging\w*|wurde\w*|wuerde\w*) (?:\w+ ){0,4}(?:besser|leichter|ruhiger|"
          r"einfacher|glucklicher|gluecklicher|entspannter) (?:\w+ )?ohne mich|"
          r"(?:niemand|keiner) (?:wurde|wuerde|wird|wurden) mich (?:\w+ )?vermissen",
    "nl": r"(?:maak|maken|ga|wil) (?:\w+ ){0,2}(?:mezelf|mijzelf) (?:\w+ )?van kant|(?:mezelf|mijzelf) (?:\w+ ){0,2}"
          r"(?:van kant (?:te )?maken|om (?:te )?brengen|ombrengen|doden|op (?:te )?hangen|ophangen|verhangen)\b|"
          r"(?:breng|brengen) (?:mezelf|mijzelf) om\b|(?:hang|hangen) (?:mezelf|mijzelf) op\b|"
          r"(?:zou|zouden|was|waren) (?:\w+ ){0,3}(?:rustiger|beter|makkelijker|gelukkiger|blijer|lichter) "
          r"(?:\w+ ){0,2}zonder mij|niemand (?:zal|zou) (?:me|mij) (?:\w+ )?missen",
    "tr": r"kendimi (?:\w+ ){0,2}(?:asacag\w*|asicam|asmak|asarim|asayim)|kendimi (?:kopruden|catidan|pencereden|"
          r"balkondan|trenin onune|asagi) (?:\w+ )?at\w*|kendimi oldurece\w*|"
          r"(?:bensiz|ben olmasam|ben olmazsam) (?:\w+ ){0,3}daha (?:mutlu|iyi|rahat|huzurlu|kolay|guzel)\w*",
}

WEAK: dict[str, dict[str, str]] = {
    "es": dict(
        burden=r"nadie (?:\w+ ){0,2}(?:tendra|tendria|va a tener) que (?:preocuparse|cuidarme|ocuparse|cargar)|"
               r"(?:ya )?no (?:sere|voy a ser) (?:\w+ ){0,2}(?:una )?carga",
        given=r"(?:regale|he regalado|reparti|he repartido|di|he dado|done|he donado) (?:\w+ ){0,3}(?:mis|todas mis) "
              r"(?:cosas|pertenencias|libros|guitarra|ropa)|(?:deje|he dejado|puse|he puesto) (?:todo|mis cosas|mis "
              r"asuntos) (?:\w+ )?(?:en orden|arreglad\w*|organizad\w*)",
        goodbye=r"(?:solo )?(?:queria|quise|vengo a) despedirme",
        tired=r"cansad[oa] de (?:todo|vivir|la vida)|agotad[oa] de todo"),
    "pt": dict(
        burden=r"ninguem (?:\w+ ){0,2}(?:vai|vao|ia|precisara|tera|terao) (?:\w+ ){0,2}(?:se preocupar|cuidar de mim)|"
               r"(?:nao vou|nunca mais vou) ser (?:\w+ ){0,2}(?:um )?(?:peso|fardo)",
        given=r"(?:dei|doei|distribui) (?:\w+ ){0,2}(?:meu|minha|meus|minhas) (?:\w+ )?(?:coisas|violao|guitarra|"
              r"livros|roupas|pertences)|(?:deixei|coloquei) (?:tudo|minhas coisas) (?:em ordem|organizad\w*|"
              r"arrumad\w*)",
        goodbye=r"(?:queria|quero|vim) (?:so |apenas )?(?:me )?despedir",
        tired=r"cansad[oa] de (?:tudo|viver|todo mundo|a vida)"),
    "pl": dict(
        burden=r"nie bede (?:\w+ ){0,2}ciezarem|nikt (?:juz )?nie bedzie musial (?:\w+ ){0,3}(?:zajmowac|przejmowac|"
               r"martwic|opiekowac)",
        given=r"(?:rozdal\w*|oddal\w*|rozdaj\w*) (?:\w+ ){0,2}(?:swoje |moje )?(?:rzeczy|ksiazki|gitare|ubrania)|"
              r"(?:uporzadkowal\w*|pozalatwial\w*) (?:\w+ ){0,2}(?:swoje |moje )?sprawy",
        goodbye=r"(?:chcial\w*|chce) sie (?:tylko )?pozegnac|(?:chcial\w*|chce) (?:tylko )?sie pozegnac",
        tired=r"(?:mam dosc|dosc mi) (?:\w+ )?(?:wszystkiego|zycia)|zmeczon\w* (?:wszystkim|zyciem)"),
    "it": dict(
        burden=r"non saro piu (?:\w+ ){0,2}(?:un peso|un fardello)|nessuno (?:\w+ ){0,2}(?:dovra|dovrebbe) (?:piu )?"
               r"(?:preoccuparsi|occuparsi|prendersi cura) (?:di|per) me",
        given=r"(?:regalato|dato via|distribuito) (?:\w+ ){0,2}(?:le mie|i miei|la mia|il mio|tutte le mie) (?:cose|"
              r"libri|chitarra|vestiti)|(?:messo in ordine|sistemato) (?:le mie cose|i miei affari|tutto)",
        goodbye=r"(?:volevo|voglio) (?:solo |soltanto )?(?:salutarvi|dirvi addio|dire addio|salutare tutti)",
        tired=r"stanc[oa] di (?:tutto|vivere)"),
    "fr": dict(
        burden=r"(?:ne serai plus|ne vais plus etre) (?:\w+ ){0,2}(?:un poids|une charge|un fardeau)|personne n aura "
               r"(?:plus )?a (?:s occuper|se soucier|s inquieter) de moi",
        given=r"(?:donne|distribue|offert) (?:\w+ ){0,2}(?:mes|toutes mes) (?:affaires|biens|livres|guitare|"
              r"vetements)|(?:range|mis de l ordre dans|regle) mes affaires",
        goodbye=r"(?:voulais|veux) (?:juste |seulement )?(?:vous )?dire (?:au revoir|adieu)",
        tired=r"(?:fatigue|epuise|las)e? de (?:tout|vivre|la vie)"),
    "de": dict(
        burden=r"(?:niemand|keiner) (?:\w+ ){0,4}um mich (?:\w+ ){0,2}(?:kummern|kuemmern|sorgen)|(?:niemandem|keinem) "
               r"(?:\w+ ){0,2}(?:eine )?last",
        given=r"(?:meine|all meine) (?:sachen|angelegenheiten|dinge) (?:\w+ ){0,2}(?:geordnet|geregelt|verschenkt|"
              r"weggegeben|verteilt)|(?:verschenkt|weggegeben|verteilt) (?:\w+ ){0,2}(?:meine )?(?:sachen|gitarre|"
              r"bucher)|(?:wohnungsschlussel|schlussel) (?:\w+ ){0,3}abgegeben",
        goodbye=r"(?:wollte|will|mochte|moechte) mich (?:\w+ ){0,2}verabschieden",
        tired=r"(?:alles|das leben) (?:so )?(?:satt|leid)|(?:mude|muede) von allem|lebensmu(?:e)?de"),
    "nl": dict(
        burden=r"niemand (?:\w+ ){0,3}(?:voor|om|over) mij (?:\w+ )?(?:zorgen|te zorgen|maken|te maken)|"
               r"(?:niet meer|niet langer|nooit meer) (?:\w+ ){0,2}(?:een )?last (?:zijn|voor)",
        given=r"(?:mijn|al mijn) (?:spullen|zaken|boeken|gitaar) (?:\w+ ){0,2}(?:weggegeven|verdeeld|geregeld|op orde)|"
              r"(?:weggegeven|verdeeld) (?:\w+ ){0,2}(?:mijn )?(?:spullen|gitaar|boeken)",
        goodbye=r"(?:wilde|wil) (?:\w+ ){0,2}afscheid nemen|(?:wilde|wil) (?:jullie )?(?:gedag|vaarwel) zeggen",
        tired=r"(?:moe|beu) van (?:alles|het leven)|alles beu|levensmoe"),
    "tr": dict(
        burden=r"kimse (?:\w+ ){0,3}(?:endiselenmek|ugrasmak|bakmak) zorunda kalma\w*|kimseye (?:\w+ )?yuk "
               r"olma\w*",
        given=r"esyalarimi (?:\w+ ){0,2}(?:dagittim|verdim|dagitiyorum|bagisladim)|(?:her seyi|islerimi) (?:\w+ )?"
              r"(?:ayarladim|hallettim|yoluna koydum)",
        goodbye=r"(?:vedalasmak|veda etmek) ist[ei]\w*",
        tired=r"(?:her seyden|hayattan) (?:\w+ )?(?:yoruldum|bikt\w*|sikildim)|artik (?:cok )?yoruldum"),
}


def _forms(lang: str) -> tuple[LangConcept, ...]:
    """The strong shapes alone; each weak class with any other weak class of this module or of the signs, except
    two words for the same exhaustion ("fatiguée de tout, j'en peux plus de ce mal de dos" is one sign, not two)."""
    return crisis_pairs(STRONG[lang], WEAK[lang], {**WEAK_BY_LANGUAGE.get(lang, {}), **WEAK[lang]},
                        (frozenset({"tired", "exhausted"}),))


FORMS_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {lang: _forms(lang) for lang in STRONG}
