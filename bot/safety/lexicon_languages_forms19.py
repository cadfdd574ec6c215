"""Other-language crisis and emergency shapes found missing in round thirty-three (session 19), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents). Each is a grammatical form or a spelling the
lexicons lacked, written with grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- Someone else's wish to kill themselves told in the third person with the reflexive pronoun (pt "quer se matar",
  es "quiere matarse / se quiere matar", it "vuole uccidersi", fr "veut se tuer", de "will sich umbringen"): the
  lexicons had the first person ("me matar") only. Cunha and Cintra, Nova gramática (pronominal verbs); Butt and
  Benjamin, Spanish grammar §11 (clitic climbing: "se quiere matar" = "quiere matarse"). 988 Lifeline: someone
  talking about wanting to kill themselves is a warning sign for them. Not "se matar de trabalhar / de rir" (to
  work oneself to death, to die laughing), nor "matarse a trabajar / estudiando";
- French self-harm in the passé composé ("je me suis (encore) scarifiée / mutilée", the participle agreeing with a
  feminine writer; Grevisse, Le bon usage: pronominal verbs take "être"); the lexicon had the present only. Cutting
  and burning are kept to a body part or "exprès" ("je me suis coupé en cuisinant" is an accident; NHS "Self-harm");
- German lethality question spelled "wieviele" (one word, the pre-1996 and common spelling; Duden: "wie viele")
  and ending in the indicative "stirbt / sterbe" ("damit man stirbt"); WHO/IASP media guidance;
- Not being there any more told with a goodbye done (it "non ci sarò più" with a letter or things given away; es
  "ya no estaré", pt "não vou mais estar aqui", fr "je ne serai plus là"): 988 Lifeline, saying goodbye and
  giving things away. Never alone ("non ci sarò più in ufficio" is a job);
- Swedish: someone's message that they will take all their tablets, then silence ("skrev att hon ska ta alla sina
  tabletter … slutade svara"); evening dosing ("tar alla mina tabletter på kvällen") is left alone by requiring the
  silence or a goodbye (988 Lifeline; NHS: if someone's life is at risk, call 999);
- Italian: a slip ("è scivolato / inciampato") with not being able to get up, told with the euphonic "ad" before a
  vowel ("non riesce ad alzarsi"; Serianni, Grammatica italiana); NHS "Back pain", 999 after a fall with severe pain;
  NICE CKS "Back pain - low": minor trauma with osteoporosis;
- Vietnamese: legs getting weaker ("chân yếu dần / yếu đi") and not able to walk about ("đi lại không được"):
  NHS "Cauda equina syndrome", weakness in the legs getting worse, difficulty walking.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LEGS, TRAUMA, LangConcept, concept, near

_NOT_IDIOM = (r"(?! (?:de|a|trabalhando|trabajando|estudando|estudiando|lavorando|di lavoro|au travail|de rire|"
              r"de rir)\b)")

FORMS19_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "pt": (concept("crisis", "C", CRISIS,
                   r"(?:quer|queria|vai|ia|pensa em|pensando em|tentou|tenta|ameaca|ameacou|ameacando) se (?:matar|"
                   r"suicidar|enforcar)" + _NOT_IDIOM + r"|"
                   r"(?:nao vou|nao vai|nao estarei|nunca mais vou) (?:mais )?estar (?:mais )?aqui"),),
    "es": (concept("crisis", "C", CRISIS,
                   r"(?:quiere|queria|va a|iba a|piensa en|intento|amenaza con) (?:matarse|suicidarse|quitarse la "
                   r"vida)" + _NOT_IDIOM + r"|se (?:quiere|queria|va a|iba a) (?:matar|suicidar)" + _NOT_IDIOM),
           concept("crisis", "C", CRISIS, r"ya no (?:estare|voy a estar) (?:aqui|mas)",
                   requires=r"carta\w*|regal\w*|despedi\w*|adios|testamento")),
    "it": (concept("crisis", "C", CRISIS,
                   r"(?:vuole|voleva|vorrebbe|pensa di|tenta di|ha tentato di|minaccia di) (?:uccidersi|ammazzarsi|"
                   r"togliersi la vita|suicidarsi)|si (?:vuole|voleva|vorrebbe) (?:uccidere|ammazzare|suicidare)"),
           concept("crisis", "C", CRISIS, r"non ci saro piu\b(?! (?:in|a|al|alla|per|da|dal|dalla)\b)",
                   requires=r"letter[ae]|regalat\w*|dato via|addio|biglietto|testamento|salutat\w*"),
           concept("significant_trauma", "E", TRAUMA,
                   near(r"(?:e |sono )?(?:scivolat[oa]|inciampat[oa]|caduto|caduta|cascat[oa])",
                        r"non (?:riesce|riesco) (?:piu )?ad? (?:alzarsi|alzarmi|rialzarsi|rialzarmi|stare in piedi|"
                        r"camminare)", 14))),
    "fr": (concept("crisis", "C", CRISIS,
                   r"je me suis (?:encore |de nouveau |a nouveau )?(?:scarifie|mutile|automutile)e?s?|je me suis "
                   r"(?:encore |de nouveau |a nouveau )?(?:coupee?|brulee?) (?:\w+ ){0,2}(?:les bras|les poignets|les "
                   r"cuisses|le bras|la cuisse|expres|volontairement)|(?:veut|voulait|voudrait|va|allait|pense a) se "
                   r"(?:tuer|suicider|foutre en l air)"),
           concept("crisis", "C", CRISIS, r"je ne serai plus (?:la|ici)\b(?! (?:pour|a|au|en|le|la semaine)\b)",
                   requires=r"lettre\w*|donne mes|adieu|testament")),
    "de": (concept("crisis", "C", CRISIS,
                   r"wieviele? (?:\w+ ){0,4}(?:brauchte|braeuchte|brauchten|musste|muesste|muss|braucht|brauche) "
                   r"(?:man|ich) (?:\w+ ){0,4}(?<!nicht )(?<!kein )(?:todlich|toedlich|zu sterben|sterben|tot|stirbt|"
                   r"sterbe)\b|wie viele? (?:\w+ ){0,4}(?:braucht|brauche|muss) (?:man|ich) (?:\w+ ){0,3}damit (?:man|"
                   r"ich) (?:stirbt|sterbe)|(?:will|wollte|mochte|moechte) sich (?:\w+ )?(?:umbringen|das leben "
                   r"nehmen|toten|toeten)"),),
    "sv": (concept("crisis", "C", CRISIS,
                   r"(?:ska|skall|tanker|kommer att|vill|tankte) ta (?:alla|samtliga) (?:sina|mina|hans|hennes|de|dom) "
                   r"(?:\w+ )?(?:tabletter|piller|mediciner|medicin)",
                   requires=r"slutade (?:\w+ )?svara|svarar (?:\w+ )?inte|hej da|farval|forlat|sista"),),
    "vi": (concept("leg_weakness_or_numbness", "E", LEGS,
                   r"chan (?:\w+ )?yeu (?:dan|di|han|hon)|di lai (?:khong|chang) (?:duoc|noi)|(?:khong|chang) "
                   r"(?:the )?di lai (?:duoc|noi)"),),
}
