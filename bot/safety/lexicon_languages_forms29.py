"""Crisis forms and two red flags found missing in safety round forty-five (session 27), each written in every language
of the round (es pt fr de it nl pl ro), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents, hyphens as spaces). Chained after `lexicon_languages_forms28` (joined in
`lexicon_languages`). Written from dictionaries and grammars (RAE, Priberam, Larousse, Duden, Treccani, Van Dale, SJP
PWN, DEX), **not reviewed by native speakers or a clinician**.

- Thinking of taking all the tablets ("he pensado en tomarme todas las pastillas que tengo en casa"): a thought with
  a method (C-SSRS 2-3; 988 Lifeline). The forms of round 43 wanted the tablets saved and a time; this is the thought.
- Possessions given away or a letter written to family, with ending it ("rozdałem swoje rzeczy, napisałem list do
  mamy. jutro to zakończę"): preparatory acts and a goodbye (C-SSRS 6; 988 Lifeline: giving away possessions, saying
  goodbye) with the act named. "Ending it" alone is finishing a task ("jutro to zakończę" = I'll finish it tomorrow):
  only with a farewell act beside it.
- (tier E) a vehicle crash into a tree, a wall, a post or another vehicle, with back pain ("met de auto tegen een boom
  gereden … mijn rug doet enorm pijn"): significant trauma (reference §2.5; NICE CKS "Back pain - low": major trauma
  such as a road traffic collision).
- (tier E) being unable, or barely able, to lift both legs ("kan mijn benen bijna niet optillen"): weakness in both
  legs (reference §2.4; NHS "Cauda equina syndrome"). The plural only: one leg is the sciatica of `lexicon_languages`.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LEGS, TRAUMA, LangConcept, concept, near
from bot.safety.lexicon_languages_forms28 import FORMS28_BY_LANGUAGE

_THOUGHT = {
    "es": r"pensad[oa] en|pensando en|pienso en|pense en|penso en|se me (?:ha )?ocurrido",
    "pt": r"pensei em|pensado em|pensando em|penso em|pensou em",
    "fr": r"pense a|pensais a|pense de|songe a|envie de",
    "de": r"daran gedacht|dran gedacht|denke daran|denke dran|uberlege|ueberlege|uberlegt|ueberlegt|mit dem gedanken",
    "it": r"pensato di|pensando di|penso di|pensavo di|pensato a",
    "nl": r"nagedacht om|denk erover|dacht erover|overweeg|erover nagedacht|denk eraan|dacht eraan",
    "pl": r"myslal\w* o|mysle o|mysle zeby|myslal\w* zeby|zastanawiam sie",
    "ro": r"m am gandit sa|ma gandesc sa|m am gandit la|ma gandeam sa",
}
_TAKE_ALL = {
    "es": r"(?:tomar\w*|trag\w*) (?:\w+ )?(?:todas|todos) (?:las |los |mis )?(?:\w+ )?(?:pastillas|pildoras|"
          r"medicamentos|medicinas|comprimidos|calmantes)",
    "pt": r"(?:tomar|engolir) (?:\w+ )?(?:todos|todas) (?:os |as |meus |minhas )?(?:\w+ )?(?:comprimidos|remedios|"
          r"pilulas|medicamentos|calmantes)",
    "fr": r"(?:prendre|avaler) (?:\w+ )?(?:tous|toutes) (?:les |mes )?(?:\w+ )?(?:medicaments|comprimes|cachets|"
          r"pilules|somniferes)",
    "de": r"alle (?:meine |meiner |die )?(?:\w+ )?(?:tabletten|pillen|medikamente|schlaftabletten)(?: \w+){0,2} "
          r"(?:zu )?(?:nehmen|schlucken|einnehmen|einzunehmen)",
    "it": r"(?:prendere|ingoiare|mandare giu) (?:\w+ )?(?:tutte|tutti) (?:le |i |mie |miei )?(?:\w+ )?(?:pastiglie|"
          r"pillole|farmaci|compresse|sonniferi|medicine)",
    "nl": r"(?:al|alle) (?:mijn |de )?(?:\w+ )?(?:pillen|tabletten|medicijnen|slaappillen)(?: \w+){0,2} "
          r"(?:in te nemen|te slikken|innemen|slikken)",
    "pl": r"(?:wziac|wziasc|lyknac|polknac|zazyc|polkniecie\w*|zazycie\w*) (?:\w+ )?wszystki\w* (?:\w+ )?(?:tablet\w*|"
          r"lek\w*|pigul\w*|prochy|proszki)",
    "ro": r"(?:iau|inghit|inghita|beau) (?:\w+ )?(?:toate|tot) (?:\w+ )?(?:pastilele|medicamentele|comprimatele|"
          r"pastile|pilulele)",
}
_FAREWELL = {
    "es": r"(?:regale|he regalado|regalado|di|he dado|repartido|reparti) (?:\w+ )?(?:mis|todas mis) (?:cosas|"
          r"pertenencias)|(?:escribi|he escrito|escrita) (?:una |la )?carta (?:a|para) (?:mi|mis)",
    "pt": r"(?:dei|doei|distribui) (?:\w+ )?(?:as minhas|minhas|todas as minhas) (?:coisas|pertences)|(?:escrevi|"
          r"escrita) (?:uma |a )?carta (?:a|para) (?:a minha|o meu|minha|meu)",
    "fr": r"(?:donne|distribue) (?:\w+ )?(?:mes|toutes mes) (?:affaires|choses)|(?:ecrit|ecrite) (?:une |la )?"
          r"lettre (?:a|pour) (?:ma|mon|mes)",
    "de": r"(?:meine|all meine) (?:\w+ )?sachen (?:\w+ )?(?:verschenkt|weggegeben|verteilt)|(?:brief|briefe|"
          r"abschiedsbrief\w*) (?:\w+ ){0,3}(?:an|fur|fuer) (?:meine|mein|mama|papa|die kinder)\w*(?: \w+){0,2} "
          r"geschrieben",
    "it": r"(?:regalato|dato via|distribuito) (?:\w+ )?(?:le mie|tutte le mie) (?:cose|robe)|(?:scritto|scritta) "
          r"(?:una |la )?lettera (?:a|per) (?:mia|mio|mamma|papa)",
    "nl": r"(?:mijn|al mijn) (?:\w+ )?spullen (?:\w+ )?(?:weggegeven|weggeschonken|verdeeld)|(?:een |de )?(?:brief|"
          r"afscheidsbrief) (?:\w+ )?(?:aan|voor) (?:mijn|mama|papa|de kinderen)\w*(?: \w+){0,2} geschreven",
    "pl": r"(?:rozdal\w*|oddal\w*) (?:\w+ )?(?:swoje|moje|wszystkie) (?:rzeczy|rzeczy osobiste)|(?:napisal\w*) "
          r"(?:\w+ )?(?:list|listy) do",
    "ro": r"(?:mi am dat|am dat|am impartit) (?:\w+ )?(?:lucrurile|toate lucrurile)|(?:am scris|i am scris) (?:o |"
          r"cate o )?scrisoare",
}
_END_IT = {   # "end it (all)", with no object after it ("acabo con todo el papeleo" is paperwork)
    "es": r"(?:acab\w*|termin\w*) con todo(?! (?:el|la|los|las|lo|mi|mis|esto|eso)\b)|lo (?:acab|termin)\w*|"
          r"(?:pon\w*|pondre) fin(?: a todo| a mi vida)?(?! a (?:la|el|los|las|mi|mis)\b)",
    "pt": r"(?:acab\w*|termin\w*) com tudo(?! (?:o|a|os|as|do|da|meu|minha|isto|isso)\b)|vou acabar com (?:isto|isso)"
          r"(?: tudo)?\b",
    "fr": r"j en finis|en finir(?: avec tout| avec la vie)?(?! avec (?:le|la|les|ce|mon|ma|mes)\b)|je vais en finir|"
          r"mettre fin a (?:tout|mes jours|ma vie)|tout arreter",
    "de": r"mache ich schluss|schluss machen|beende ich (?:es|alles)|ein ende (?:machen|setzen)|alles beenden",
    "it": r"la faccio finita|farla finita|finisco tutto(?! (?:il|la|lo|i|le|quello)\b)|metto fine a tutto",
    "nl": r"maak ik er een eind\w* aan|er een eind\w* aan (?:maken|te maken)|stop ik ermee|ermee (?:stoppen|ophouden)",
    "pl": r"to (?:zakoncze|skoncze)|(?:zakoncze|skoncze|zakonczyc|skonczyc) (?:z tym|ze soba|to wszystko|z zyciem)",
    "ro": r"termin cu totul|termin totul|pun capat (?:la tot|vietii|zilelor)|o termin cu (?:viata|totul)",
}
# Taking all the tablets at a time of day, together or with food is a schedule question, not a method.
_SCHEDULE = {
    "es": r"por la manana|por la noche|juntas|a la vez|con (?:la )?comida|en ayunas|antes de (?:comer|dormir|"
          r"desayunar)|despues de (?:comer|cenar|desayunar)|al dia|cada dia",
    "pt": r"de manha|a noite|juntos|juntas|ao mesmo tempo|com (?:a )?comida|em jejum|por dia|todos os dias",
    "fr": r"le matin|le soir|ensemble|en meme temps|au repas|avec le repas|a jeun|par jour|chaque jour",
    "de": r"morgens|abends|zusammen|gleichzeitig|zum essen|nuchtern|nuechtern|am morgen|am abend|pro tag|taglich|"
          r"taeglich",
    "it": r"la mattina|alla mattina|la sera|insieme|contemporaneamente|ai pasti|a digiuno|al giorno|ogni giorno",
    "nl": r"s ochtends|s avonds|tegelijk|samen|bij het eten|op een lege maag|per dag|elke dag|in de ochtend",
    "pl": r"rano|wieczorem|razem|jednoczesnie|do posilku|na czczo|dziennie|codziennie",
    "ro": r"dimineata|seara|impreuna|la masa|pe stomacul gol|pe zi|zilnic",
}
_VEHICLE = {
    "es": r"coche|carro|auto|moto|bici\w*|camion|furgoneta",
    "pt": r"carro|mota|moto|bicicleta|camiao|caminhao|carrinha",
    "fr": r"voiture|moto|velo|scooter|camion|auto", "de": r"auto|wagen|motorrad|fahrrad|rad|lkw|roller",
    "it": r"macchina|auto|moto|motorino|bici\w*|camion|scooter", "nl": r"auto|motor|fiets|scooter|brommer|wagen",
    "pl": r"samochod\w*|autem|auto|motocykl\w*|motorem|rower\w*|skuter\w*", "ro": r"masina|masinii|motocicleta|"
          r"bicicleta|scuter",
}
_CRASH = {
    "es": r"(?:choque|chocado|choco|me estrelle|estrellado|me empotre) (?:\w+ ){0,4}(?:contra|con) (?:un|una|el|la) "
          r"(?:\w+ )?(?:arbol|muro|pared|poste|farola|coche|camion|valla|guardarrail)",
    "pt": r"(?:bati|batido|embati) (?:\w+ ){0,4}(?:numa|num|contra|em uma|em um|no|na) (?:\w+ )?(?:arvore|muro|"
          r"parede|poste|carro|camiao|caminhao|rail)",
    "fr": r"(?:percute|rentre|heurte|fonce|encastre|embouti) (?:\w+ ){0,4}(?:(?:dans|contre) )?(?:un|une|le|la|l) "
          r"(?:\w+ )?(?:arbre|"
          r"mur|poteau|voiture|camion|glissiere|lampadaire)",
    "de": r"(?:gegen|in) (?:einen|eine|ein|den|die|das) (?:\w+ )?(?:baum|mauer|wand|laterne\w*|pfosten|leitplanke|"
          r"auto|lkw|laster)(?: \w+)? (?:gefahren|geprallt|gekracht|gerast|geknallt|geschleudert)",
    "it": r"(?:sbattere|sbattuto|schiantat\w*|urtato|finito|andat\w* addosso) (?:\w+ ){0,4}(?:contro|a) (?:un|una|il|"
          r"la|l) (?:\w+ )?(?:albero|muro|palo|auto|macchina|camion|guardrail|lampione)",
    "nl": r"tegen (?:een|de|het) (?:\w+ )?(?:boom|muur|paal|lantaarnpaal|auto|vrachtwagen|vangrail)(?: \w+)? "
          r"(?:gereden|gebotst|geknald|geklapt|gereden|gevlogen)",
    "pl": r"(?:wjechal\w*|uderzyl\w*|rozbil\w*|walnal\w*) (?:\w+ ){0,3}(?:w|o) (?:\w+ )?(?:drzewo|mur|slup|sciane|"
          r"samochod|ciezarowke|barierke|latarnie)",
    "ro": r"(?:intrat|izbit|lovit|busit) (?:\w+ ){0,4}(?:intr un|intr o|in|de un|de o|cu masina in) (?:\w+ )?"
          r"(?:copac|zid|stalp|masina|camion|parapet)",
}
_BACK = {"es": r"espalda|columna|lumbar\w*", "pt": r"costas|coluna|lombar", "fr": r"dos|colonne|lombaire\w*",
         "de": r"rucken\w*|ruecken\w*|wirbel\w*|kreuz", "it": r"schiena|colonna|lombar\w*",
         "nl": r"rug\w*|onderrug|wervel\w*", "pl": r"plecy|plecach|plecow|kregoslup\w*|krzyz\w*",
         "ro": r"spate\w*|coloana|lombar\w*"}
_LIFT_LEGS = {
    "es": (r"no puedo|casi no puedo|apenas puedo|no consigo|me cuesta", r"levantar las piernas|mover las piernas"),
    "pt": (r"nao consigo|quase nao consigo|mal consigo|nao posso", r"levantar as pernas|mexer as pernas"),
    "fr": (r"n arrive pas|n arrive presque pas|arrive a peine|ne peux pas|peux a peine|n arrive plus",
           r"lever les jambes|soulever les jambes|bouger les jambes|lever mes jambes"),
    "de": (r"kann|konnte|schaffe es", r"beine (?:fast |so gut wie )?(?:kaum|nicht|nicht mehr) (?:richtig )?(?:heben|"
           r"anheben|hochheben|bewegen)"),
    "it": (r"non riesco|riesco a malapena|quasi non riesco|non posso|non riesco piu",
           r"sollevare le gambe|alzare le gambe|muovere le gambe"),
    "nl": (r"kan|kon", r"benen (?:bijna |haast )?(?:niet|nauwelijks) (?:meer )?(?:optillen|tillen|opheffen|bewegen)"),
    "pl": (r"nie moge|ledwo moge|nie jestem w stanie|prawie nie moge", r"podniesc nog|podniesc nogi|ruszac nogami"),
    "ro": (r"nu pot|abia pot|abia imi pot|nu imi pot|nu mai pot", r"ridica picioarele|misca picioarele"),
}


def _forms(lang: str) -> tuple[LangConcept, ...]:
    cannot, legs = _LIFT_LEGS[lang]
    return (concept("crisis", "C", CRISIS, rf"(?!.*\b(?:{_SCHEDULE[lang]})\b)(?:"
                    + near(_THOUGHT[lang], _TAKE_ALL[lang], 6) + ")"),
            concept("crisis", "C", CRISIS, near(_FAREWELL[lang], _END_IT[lang], 24)),
            concept("significant_trauma", "E", TRAUMA, _CRASH[lang],   # a vehicle named, and the back
                    requires=rf"(?=.*\b(?:{_BACK[lang]})\b)(?=.*\b(?:{_VEHICLE[lang]})\b)"),
            concept("leg_weakness_or_numbness", "E", LEGS, near(cannot, legs, 3)))


_ROUND45 = ("es", "pt", "fr", "de", "it", "nl", "pl", "ro")
FORMS29_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS28_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND45 else ())
    for lang in (*FORMS28_BY_LANGUAGE, *_ROUND45)}
