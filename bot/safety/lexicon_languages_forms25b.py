"""Crisis forms found missing in safety round forty-one (session 23, second helper), each written in every language of
the round (es pt fr de it da fi sw), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents; "pa", "pra" and a dropped "ne" as people type them). Written from dictionaries
(RAE, Priberam, Larousse, Duden, Treccani, Den Danske Ordbog, Kielitoimiston sanakirja, TUKI Kamusi), **not reviewed
by native speakers or a clinician**.

- The lethality question told by its aim: how many tablets are needed "not to wake up" (es "cuántas … hacen falta pa
  no despertarse"). WHO/IASP media guidance and 988 Lifeline (researching a method), as `lexicon_crisis_asked`; the
  question is the method looked up, whatever follows. Not with a child or a pet named (the poisoning notice).
- The passive wish told as a conditional: "it would be better if I didn't wake up (tomorrow)" (fr "ce serait mieux si
  je me réveillais pas"): C-SSRS 1 ("wish you could go to sleep and not wake up"); PHQ-9 item 9 ("better off dead").
- Throwing oneself from a balcony, bridge, window or roof, or under a train, in the first person (it "buttarmi dal
  balcone"): C-SSRS 2-3 (a method thought of); NICE NG225 1.5. Not a jump into a pool, not an animal.
- A method thought about ("I've already thought about how I'd do it", de "überlegt wie ich es mache") beside not
  being able to go on ("ich will nicht mehr", "en jaksa enää"): C-SSRS 3 with 1-2. Neither alone.
- Tablets collected or hoarded beside a death word, a goodbye or despair (de "dass er seine Tabletten sammelt"
  after "er bringt sich um"): C-SSRS 6 (preparatory acts: collecting pills). Someone else's threat "bringt sich um"
  (third person) as the first person was. Not tablets collected from the pharmacy alone.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept
from bot.safety.lexicon_languages_forms24 import _asked
from bot.safety.lexicon_languages_forms25 import FORMS25_BY_LANGUAGE

_W = r"(?:\w+ ){0,8}"
# How many ... not to wake up (again).
_NOT_WAKE = {
    "es": r"cuant[oa]s " + _W + r"(?:para|pa) no (?:volver a )?despertar\w*",
    "pt": r"quant[oa]s " + _W + r"(?:para|pra|pro) (?:eu )?(?:nao|nunca mais) (?:mais )?acordar\w*",
    "fr": r"combien " + _W + r"pour (?:ne )?(?:plus |pas |jamais )(?:me |se )?(?:re)?reveiller",
    "de": r"wie ?viele? " + _W + r"(?:um )?(?:nicht mehr|nie mehr|nie wieder) (?:aufzuwachen|aufwachen)",
    "it": r"quant[ei] " + _W + r"per non (?:svegliarmi|svegliarsi|risvegliarmi|risvegliarsi|svegliarsi piu)",
    "da": r"hvor mange " + _W + r"(?:for )?(?:at )?(?:ikke|aldrig) (?:at )?(?:vagne|vagner)",
    "fi": r"(?:montako|kuinka monta|paljonko) " + _W + r"(?:etten|ettei|jotta en) (?:enaa )?(?:heraa|herais)",
    "sw": r"(?:vingapi|ngapi) " + _W + r"(?:nisiamke|asiamke|nisiamke tena)",
}
# Better (or I wish) ... if I did not wake up.
_BETTER_NOT_WAKE = {
    "es": r"(?:mejor|ojala) (?:\w+ ){0,3}(?:si )?no (?:me )?(?:despertara|despertase|despierto|vuelvo a despertar)",
    "pt": r"(?:melhor|tomara|queria) (?:\w+ ){0,3}(?:se )?(?:eu )?(?:nao|nunca mais) (?:acordasse|acordar|acordo)",
    "fr": r"(?:mieux|j aimerais|je voudrais) (?:\w+ ){0,3}(?:si je |de )(?:ne )?(?:me )?(?:reveill\w*|plus me "
          r"reveiller|pas me reveiller)(?: pas| plus| jamais)?",
    "de": r"(?:besser|wunsche mir|wunschte) (?:\w+ ){0,4}(?:wenn|dass) ich (?:\w+ ){0,2}(?:nicht mehr|nie mehr|nie "
          r"wieder) aufwach\w*",
    "it": r"(?:meglio|vorrei) (?:\w+ ){0,3}(?:se )?(?:non mi|non) (?:svegliassi|risvegliassi|svegliarmi piu)",
    "da": r"(?:bedre|onsker|ville onske) (?:\w+ ){0,4}(?:hvis|at) jeg (?:bare )?(?:ikke|aldrig) (?:\w+ )?vagne\w*",
    "fi": r"(?:parempi|toivon|toivoisin) (?:\w+ ){0,3}(?:jos|etta|etten) (?:en )?(?:enaa )?herais\w*",
    "sw": r"(?:bora|natamani|ingekuwa bora) (?:\w+ ){0,3}nisiamke",
}
# Not waking up *with* the pain ("vorrei non svegliarmi più con il mal di schiena"): a wish about the pain.
_WITH = r"(?! (?:con|col|com|avec|mit|med|na|senza|sin|sem|sans|ohne|uden|ilman)\b)"
for _table in (_NOT_WAKE, _BETTER_NOT_WAKE):
    for _key in _table:
        _table[_key] = r"(?:" + _table[_key] + r")" + _WITH
_THROW = {
    "es": r"(?:tirarme|lanzarme|aventarme|arrojarme|me tiro|me lanzo) (?:por|de|desde|del|al|a|bajo) (?:el |la |un "
          r"|una |las )?(?:balcon|puente|ventana|azotea|techo|edificio|vias|tren)",
    "pt": r"(?:me jogar|me atirar|jogar me|atirar me|me jogo|me atiro) (?:da|do|de|pela|pelo|na frente do|para "
          r"baixo do) (?:\w+ )?(?:janela|ponte|varanda|sacada|predio|telhado|terraco|trem|metro)",
    "fr": r"(?:me jeter|me jette|sauter) (?:du|d un|de la|par la|sous un|sous le|depuis le) (?:\w+ )?(?:balcon|pont|"
          r"fenetre|toit|immeuble|train|metro)",
    "de": r"(?:vom|von der|von einer|aus dem) (?:\w+ )?(?:balkon|brucke|dach|fenster|hochhaus) (?:zu )?(?:springen|"
          r"sturzen|werfen|runterspringen)|vor (?:den|einen) zug (?:zu )?(?:werfen|springen)",
    "it": r"(?:buttarmi|gettarmi|lanciarmi|mi butto|mi getto) (?:giu )?(?:dal|dalla|da un|da una|sotto un|sotto il|"
          r"dalla finestra|dal ponte) ?(?:balcone|ponte|finestra|tetto|terrazzo|palazzo|treno)?",
    "da": r"(?:springe|kaste mig|hoppe) (?:ud )?(?:fra|af|ud fra|ud af|foran) (?:altanen|broen|taget|vinduet|toget|"
          r"et tog|en bro)",
    "fi": r"(?:hypata|hyppaan|hyppaisin|heittaytya|heittaydyn) (?:\w+ )?(?:parvekkeelta|sillalta|katolta|ikkunasta|"
          r"junan alle)",
    "sw": r"(?:kujirusha|nijirushe|nitajirusha) (?:kutoka )?(?:ghorofani|darajani|dirishani|juu ya \w+)",
}
# How I would do it (a method thought about) ...
_HOW = {
    "es": r"(?:pensado|pensando|pienso) (?:\w+ ){0,2}(?:en )?como (?:hacerlo|lo haria|lo voy a hacer)",
    "pt": r"(?:pensei|pensando|penso) (?:\w+ ){0,2}(?:em )?como (?:fazer isso|eu faria|vou fazer|faria)",
    "fr": r"(?:pense|reflechi|reflechis) (?:\w+ ){0,2}a comment (?:je )?(?:le )?(?:ferais|faire|ferai)",
    "de": r"(?:uberlegt|nachgedacht|gedanken gemacht|weiss schon|weiss auch schon) (?:\w+ ){0,2}wie ich es "
          r"(?:mache|tue|anstelle|machen wurde|tun wurde|machen werde)",
    "it": r"(?:pensato|penso|pensando) (?:\w+ ){0,2}a come (?:farlo|lo farei|farla finita)",
    "da": r"(?:taenkt|taenker|overvejet|overvejer) (?:\w+ ){0,2}(?:over |pa )?hvordan jeg (?:vil |skal )?(?:gor|gore) "
          r"det",
    "fi": r"(?:mietin|miettinyt|mietiskelen|ajattelen) (?:\w+ ){0,2}miten (?:tekisin|teen) sen",
    "sw": r"(?:nafikiria|ninawaza|nimefikiria) jinsi (?:ya |nitakavyo)?(?:kufanya|kujiua)",
}
# ... beside not being able to go on.
_CANNOT_GO_ON = {
    "es": r"no puedo mas|ya no quiero seguir|no aguanto mas|cansad[oa] de todo|no quiero vivir",
    "pt": r"nao aguento mais|nao quero mais viver|cansad[oa] de tudo|nao consigo mais",
    "fr": r"j en peux plus|je n en peux plus|marre de tout|plus envie de vivre",
    "de": r"will (?:einfach )?nicht mehr|kann nicht mehr|halte (?:das|es) nicht mehr aus|keinen sinn mehr",
    "it": r"non ce la faccio piu|non voglio piu vivere|stanc[oa] di tutto",
    "da": r"orker ikke (?:mere|mer)|vil ikke mere|ingen mening",
    "fi": r"en jaksa|en kesta enaa|ei ole mitaan jarkea",
    "sw": r"nimechoka na maisha|sitaki kuishi|siwezi tena",
}
_COLLECTED = {
    "es": r"(?:juntando|acumulando|guardando|juntado|acumulado|guardado) (?:\w+ ){0,2}(?:pastillas|medicamentos)",
    "pt": r"(?:juntando|acumulando|guardando|juntei|juntou|guardou) (?:\w+ ){0,2}(?:comprimidos|remedios)",
    "fr": r"(?:accumule|stocke|garde de cote|mis de cote|amasse) (?:\w+ ){0,2}(?:cachets|comprimes|medicaments)",
    "de": r"tabletten (?:sammelt|gesammelt|hortet|gehortet|bunkert|gebunkert)|(?:sammelt|hortet|bunkert) (?:\w+ ){0,2}"
          r"tabletten",
    "it": r"(?:accumula|accumulando|messo da parte|mettendo da parte|conservando) (?:\w+ ){0,2}(?:pillole|pastiglie|"
          r"compresse|farmaci)",
    "fi": r"(?:kerannyt|keraan|keraa|saastanyt) (?:\w+ ){0,2}(?:laakkeita|pillereita|tabletteja|unilaakkeita)",
}
_DEATH = {
    "es": r"matarse|matarme|suicid\w*|morir|quitarse la vida", "pt": r"se matar|me matar|suicid\w*|morrer",
    "fr": r"se tuer|me tuer|suicid\w*|mourir|en finir", "de": r"bringt sich um|umbringen|sterben|suizid\w*|abschied",
    "it": r"uccidersi|uccidermi|suicid\w*|morire|farla finita", "fi": r"tappaa itsensa|itsemurh\w*|kuolla",
}
# All one's tablets taken ... beside an end, tonight, or not waking (not a dosing question: "all at night").
_ALL_PILLS = {
    "es": r"(?:tomar|tomarme|tragar|tragarme|me tomo|me trago) (?:\w+ )?todas (?:las|mis) (?:\w+ ){0,2}(?:pastillas|"
          r"pildoras|medicinas|medicamentos)",
    "pt": r"(?:tomar|engolir|tomo|engulo) (?:\w+ )?todos os (?:meus )?(?:comprimidos|remedios|medicamentos)",
    "fr": r"(?:prendre|avaler|prends|avale) (?:\w+ )?tous (?:mes|les) (?:\w+ )?(?:cachets|comprimes|medicaments|"
          r"pilules)",
    "de": r"alle (?:meine |seine |ihre |die )?(?:\w+ )?tabletten (?:\w+ ){0,3}(?:nehmen|schlucken|einnehmen)",
    "it": r"(?:prendere|ingoiare|prendo|ingoio) (?:\w+ )?tutte le (?:mie )?(?:\w+ )?(?:pillole|pastiglie|compresse|"
          r"medicine)",
    "da": r"(?:tage|sluge|tager|sluger) alle (?:mine )?\w*(?:piller|tabletter)",
    "fi": r"(?:ottaa|otan|nielen|niela\w*) kaikki (?:\w+ )?(?:laakkeet|pillerit|tabletit|unilaakkeet)",
}
_TO_END = {
    "es": r"(?:para|pa) acabar con (?:todo|esto)|esta noche|no despertar\w*",
    "pt": r"(?:pra|para) acabar com (?:isso|tudo)|de uma vez por todas|hoje a noite|nao acordar",
    "fr": r"pour en finir|ce soir|ne plus me reveiller", "de": r"heute nacht|zu beenden|schluss|nicht mehr aufwach\w*",
    "it": r"per farla finita|stanotte|stasera|per non svegliarmi", "da": r"i nat|gore en ende|farvel|ikke vagne",
    "fi": r"tana yona|lopettaakseni|ettei heraa|hyvasti",
}
# Someone else's threat told in the third person ("er bringt sich um", "sie bringt sich um").
_THIRD = {"de": r"(?:er|sie) (?:\w+ ){0,2}bring(?:t|e) sich (?:\w+ ){0,3}um\b(?! (?:\d|zu|die|den|das|ihre|seine))"}

FORMS25B_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {}
for _lang in ("es", "pt", "fr", "de", "it", "da", "fi", "sw"):
    FORMS25B_BY_LANGUAGE[_lang] = (
        *FORMS25_BY_LANGUAGE.get(_lang, ()),
        # a child or a pet named turns the question into the poisoning notice where `_asked` knows the words
        _asked(_lang, _NOT_WAKE[_lang]) if _lang in ("es", "pt", "fr") else concept("crisis", "C", CRISIS,
                                                                                      _NOT_WAKE[_lang]),
        concept("crisis", "C", CRISIS, _BETTER_NOT_WAKE[_lang]),
        concept("crisis", "C", CRISIS, _THROW[_lang]),
        concept("crisis", "C", CRISIS, _HOW[_lang], _CANNOT_GO_ON[_lang]),
        *((concept("crisis", "C", CRISIS, _COLLECTED[_lang], _DEATH[_lang]),) if _lang in _COLLECTED else ()),
        *((concept("crisis", "C", CRISIS, _ALL_PILLS[_lang], _TO_END[_lang]),) if _lang in _ALL_PILLS else ()),
        *((concept("crisis", "C", CRISIS, _THIRD[_lang]),) if _lang in _THIRD else ()),
    )
