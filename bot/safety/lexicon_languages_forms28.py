"""Crisis forms and one red flag found missing in safety round forty-four (session 26), each written in every language
of the round (es pt fr de it sv hu id), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents, hyphens as spaces). Chained after `lexicon_languages_forms27` (joined in
`lexicon_languages`). Written from dictionaries (RAE, Priberam, Larousse, Duden, Treccani, SAOL, Magyar értelmező
kéziszótár, KBBI), **not reviewed by native speakers or a clinician**.

- The whole box or all the tablets with falling asleep "for good / forever" ("si je prends toute la boîte … est-ce
  que je m'endors pour de bon"): the death pictured as sleep, asked of a lethal amount (WHO/IASP media guidance;
  C-SSRS 1-3). Round 42 had "not wake up"; this is the same question told with "for good".
- Someone else's wish to kill themselves told in a reported clause, the verb last or in the third person ("dass er
  sich umbringen will", "qu'il veut se suicider", "att han vill ta livet av sig", "meg akarja ölni magát", "mau bunuh
  diri"): C-SSRS 1-2 said by another; the gate counts it a crisis, `crisis_others` words the notice.
- Self-cutting told as again, last night or with a blade ("mi sono tagliata di nuovo con la lametta", "nyayat tanganku
  lagi"): NHS "Self-harm". Not hair, nails, a beard or a finger cut while cooking (`_NOT_GROOMING`).
- A goodbye to everyone with something "no longer needed" ("szeretnék elbúcsúzni mindenkitől … már nem lesz rá
  szükségem"): two farewell signs (988 Lifeline: saying goodbye; not being around to need things).
- (tier E) back pain reaching into the chest ("dolore … alla schiena che arriva fino al petto"): chest pain with back
  pain, and the tearing pain of a dissection (reference §2.2; NHS "Aortic dissection").
"""

from __future__ import annotations

from bot.safety.language_patterns import CHEST, CRISIS, LangConcept, concept, near
from bot.safety.lexicon_languages_forms27 import FORMS27_BY_LANGUAGE

_WHOLE = {
    "es": r"toda la caja|todo el bote|todo el frasco|todo el blister|la caja entera|todas (?:las|mis) (?:\w+ )?"
          r"(?:pastillas|pildoras|capsulas)",
    "pt": r"a caixa toda|toda a caixa|a cartela toda|o frasco todo|todos os (?:\w+ )?(?:comprimidos|remedios)|todas as "
          r"(?:\w+ )?(?:capsulas|pilulas)",
    "fr": r"toute la boite|toute la plaquette|tout le flacon|tous (?:mes|les) (?:\w+ )?(?:cachets|comprimes|"
          r"medicaments|somniferes|gelules)",
    "de": r"die ganze (?:packung|schachtel|dose|flasche)|alle (?:meine |meiner )?(?:\w+ )?(?:tabletten|pillen|"
          r"schlaftabletten|kapseln)",
    "it": r"tutta la (?:scatola|confezione|boccetta)|tutto il flacone|tutte le (?:\w+ )?(?:pastiglie|pillole|"
          r"compresse)|"
          r"tutti i (?:\w+ )?(?:farmaci|sonniferi)",
    "sv": r"hela (?:burken|kartongen|asken|forpackningen|paketet|flaskan)|alla (?:mina )?(?:\w+ )?(?:tabletter|piller|"
          r"somntabletter|kapslar)",
    "hu": r"(?:az|egy) egesz (?:\w+ )?doboz\w*|az osszes (?:\w+ )?(?:gyogyszer\w*|tablett\w*|pirul\w*|kapszul\w*)",
    "id": r"satu (?:kotak|botol|strip|bungkus|papan)|sekotak|sebotol|semua (?:\w+ )?(?:obat|pil|tablet|kapsul)\w*",
}
_FOR_GOOD = {
    "es": r"(?:dormir|duermo|dormirme|me duermo|quedarme dormid[oa]|me quedo dormid[oa]) (?:para siempre|de una vez "
          r"por "
          r"todas|y no despierto)",
    "pt": r"(?:dormir|durmo|adormecer|adormeco|apagar|apago) (?:\w+ )?(?:para sempre|pra sempre|de vez)",
    "fr": r"(?:m endors|m endormir|m endormirais|endormir|dormir|dors) (?:\w+ )?(?:pour de bon|pour toujours|a jamais|"
          r"definitivement)",
    "de": r"(?:fur immer|fuer immer|endgultig|endgueltig) (?:\w+ )?(?:einschlafen|einschlafe|schlafen|schlafe|"
          r"einschlaft)|(?:einschlafen|einschlafe|schlafe|einschlaft) (?:\w+ ){0,3}(?:fur immer|fuer immer|endgultig)",
    "it": r"(?:addormentarmi|mi addormento|dormire|dormo|addormentarsi|si addormenta) (?:\w+ )?(?:per sempre|"
          r"definitivamente|per non svegliarmi)",
    "sv": r"(?:somna|somnar|sova|sover) (?:in )?(?:\w+ ){0,2}(?:for alltid|for gott)",
    "hu": r"orokre (?:\w+ )?(?:elalszom|elaludni|elalszik|alszom|aludni)|(?:elalszom|elaludni|elalszik) (?:\w+ )?"
          r"orokre",
    "id": r"tidur (?:\w+ )?(?:selamanya|untuk selamanya|dan (?:tidak|tak|gak|nggak) bangun lagi)",
}
_THIRD = {
    "es": r"(?:quiere|queria|quisiera) (?:matarse|suicidarse|quitarse la vida|morirse)|se (?:quiere|queria) (?:matar|"
          r"suicidar|morir)",
    "pt": r"(?:quer|queria) (?:se matar|suicidar se|tirar a propria vida)|se (?:quer|queria) matar",
    "fr": r"(?:veut|voulait|voudrait) (?:se tuer|se suicider|mettre fin a ses jours|en finir avec la vie)",
    "de": r"sich (?:\w+ ){0,3}(?:umbringen|das leben nehmen|toten|toeten) (?:will|wolle|mochte|moechte|wollte)",
    "it": r"(?:vuole|voleva|vorrebbe) (?:uccidersi|ammazzarsi|suicidarsi|togliersi la vita)|si (?:vuole|voleva) "
          r"(?:uccidere|ammazzare|suicidare)",
    "sv": r"(?:vill|ville|tanker) (?:\w+ )?ta livet av sig",
    "hu": r"meg akarja olni magat|(?:ongyilkos|ongyilkossagot) (?:akar|szeretne|akart) (?:lenni|elkovetni)",
    "id": r"(?:mau|ingin|pengen|pingin|berniat|ingin sekali) bunuh diri",
}
_NOT_GROOMING = (r"(?!(?: \w+){0,4} (?:pelo|cabello|cabelo|cheveux|haare?|capelli|unghie|unas|unhas|ongles|nagel|barba|"
                 r"barbe|bart|dedo|dito|dita|doigt|finger|haj\w*|koromm?\w*|ujj\w*|rambut|kuku|jari|har|haret|naglar|"
                 r"fingret|skagg\w*|tumme\w*|pulgar|polegar|pouce|daumen|pollice|huvelyk\w*|jempol|cozinhando|"
                 r"cocinando|cuisinant|kochen|cucinando|lagade|fozes|masak)\b)")
_CUT = {
    "es": r"me (?:volvi a cortar|corte (?:otra vez|de nuevo|anoche|con (?:una|la) (?:cuchilla|navaja)))|me corto con "
          r"(?:una|la) (?:cuchilla|navaja)",
    "pt": r"me cortei (?:de novo|outra vez|ontem a noite|com (?:a|uma) (?:lamina|gilete))|me corto com (?:a|uma) "
          r"(?:lamina|gilete)",
    "fr": r"je me suis (?:encore |de nouveau |a nouveau )?(?:coupee?|entaillee?) (?:\w+ )?(?:avec (?:une|la) lame|au "
          r"rasoir|encore|de nouveau|a nouveau)",
    "de": r"(?:mich|mir) (?:\w+ ){0,3}(?:mit (?:der|einer) (?:rasierklinge|klinge)|wieder) (?:\w+ )?(?:geritzt|"
          r"geschnitten|aufgeschnitten)",
    "it": r"mi sono (?:di nuovo |ancora )?tagliat[ao] (?:\w+ )?(?:di nuovo|ancora|con (?:la|una) (?:lametta|lama|"
          r"rasoio))|mi taglio con (?:la|una) lametta",
    "sv": r"(?:skar|skurit|rispat|ristat) mig (?:\w+ )?(?:igen|med (?:ett|en) (?:rakblad|kniv|blad))",
    "hu": r"(?:megint|ujra|ujbol) (?:\w+ )?(?:megvagtam|vagtam meg|megvagom) magam|megvagtam magam (?:\w+ )?(?:megint|"
          r"ujra|pengevel|zsilettel)|(?:pengevel|zsilettel) (?:\w+ )?(?:megvagtam|vagtam|vagom)",
    "id": r"(?:menyayat|nyayat|sayat|nyilet|menyilet|ngiris|mengiris|menggores|nggores|gores) (?:\w+ )?(?:tangan|"
          r"lengan|"
          r"pergelangan|paha|nadi|kulit)\w*|(?:melukai|menyakiti|lukai|sakiti) diri(?: \w+)?",
}
_BYE = {
    "es": r"despedirme de todos|me despido de todos|decir adios a todos",
    "pt": r"despedir de todos|despedir de todo mundo|me despeco de todos|dizer adeus a todos",
    "fr": r"dire adieu a (?:tous|tout le monde)|dire au revoir a tout le monde|faire mes adieux",
    "de": r"mich von allen verabschieden|verabschiede mich von allen|lebt alle wohl",
    "it": r"salutare tutti per l ultima volta|dire addio a tutti|salutarvi tutti per l ultima volta",
    "sv": r"ta farval av alla|saga hej da till alla|saga adjo till alla",
    "hu": r"elbucsuzni mindenkitol|elbucsuzom mindenkitol|bucsuzom mindenkitol|bucsuzni szeretnek",
    "id": r"pamit (?:ke|sama|kepada) (?:semua|kalian)|berpamitan (?:ke |sama |kepada )?(?:semua|kalian)|selamat "
          r"tinggal "
          r"(?:semua|kalian)",
}
_NO_NEED = {
    "es": r"ya no (?:lo |la |los |las |me )?(?:voy a )?(?:necesitar|necesito|necesitare)\w*|no (?:lo |la )?voy a "
          r"necesitar mas",
    "pt": r"(?:nao vou|ja nao vou) (?:mais )?precisar|nao (?:vou )?precis\w* mais",
    "fr": r"n en aurai plus besoin|n aurai plus besoin|je n en ai plus besoin",
    "de": r"(?:brauche|werde) (?:ich )?(?:\w+ ){0,3}nicht mehr(?: brauchen)?",
    "it": r"non mi servira piu|non ne avro piu bisogno|non mi serve piu",
    "sv": r"(?:behover|kommer) (?:jag )?inte (?:att )?(?:behova )?(?:det |den |dem )?(?:mer|langre)",
    "hu": r"nem lesz (?:ra |erre )?szuksegem|mar nem (?:lesz ra szuksegem|kell)",
    "id": r"(?:tidak|nggak|gak|tak) (?:akan )?(?:saya |aku )?(?:butuh|perlu|memerlukan|dibutuhkan)\w* (?:\w+ )?lagi",
}
_BACK_TO_CHEST = {
    "es": (r"espalda", r"hasta el pecho|al pecho|hacia el pecho"),
    "pt": (r"costas", r"ate o peito|para o peito|ao peito"),
    "fr": (r"dos", r"jusqu a la poitrine|dans la poitrine|vers la poitrine"),
    "de": (r"rucken|ruecken|ruckenschmerz\w*", r"bis in die brust|in die brust|zur brust"),
    "it": (r"schiena", r"fino al petto|al petto|verso il petto"), "sv": (r"ryggen|rygg", r"ut i brostet|till brostet"),
    "hu": (r"hat\w*|derek\w*", r"a mellkas\w*|mellkasom\w*"), "id": (r"punggung", r"ke dada|sampai dada|tembus dada"),
}


def _forms(lang: str) -> tuple[LangConcept, ...]:
    back, chest = _BACK_TO_CHEST[lang]
    return (concept("crisis", "C", CRISIS, near(_WHOLE[lang], _FOR_GOOD[lang], 14)),
            concept("crisis", "C", CRISIS, _THIRD[lang]),
            concept("crisis", "C", CRISIS, rf"(?:{_CUT[lang]}){_NOT_GROOMING}"),
            concept("crisis", "C", CRISIS, near(_BYE[lang], _NO_NEED[lang], 20)),
            concept("chest_pain", "E", CHEST, near(back, chest, 8)))


_ROUND44 = ("es", "pt", "fr", "de", "it", "sv", "hu", "id")
FORMS28_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS27_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND44 else ())
    for lang in (*FORMS27_BY_LANGUAGE, *_ROUND44)}
