"""Crisis wording in the other languages, by kind, in the form of `lexicon_languages` (patterns over `fold_words`);
joined to each language's concepts there. The engine's crisis classifier reads English only, so for these
languages the lexicon is the only net.

Kinds, each a warning sign in the 988 Suicide & Crisis Lifeline list (https://988lifeline.org/how-we-can-all-
prevent-suicide/) and NHS "Help for suicidal thoughts" (https://www.nhs.uk/mental-health/feelings-symptoms-
behaviours/behaviours/help-for-suicidal-thoughts/): a passive death wish ("I just don't want to wake up"); feeling
a burden ("everyone would be better off without me"); saying goodbye or a last message; self-harm by cutting or
burning; saving up pills or putting affairs in order (a will) with another sign. Crisis lines as in
`lexicon_languages` (Telefonseelsorge, 3114, CVV, 116 123, Telefono Amico, 113, 112).

Words that are ordinary elsewhere are kept out: Dutch "last van" (suffer from), Italian "mi taglio i capelli",
Spanish "no quiero despertarme con dolor".
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept

CRISIS_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        concept("crisis", "C", CRISIS,
           r"no (?:volver a )?despertar(?:me)? (?:nunca|jamas)|ojala no (?:me )?despierte|dormir(?:me)? y no "
           r"despertar|quisiera (?:estar muert[oa]|morirme|desaparecer para siempre)|(?:soy|me siento) una carga|"
           r"ser una carga para|me (?:he )?despedi(?:do)? de (?:todos|todo el mundo|mi familia)|(?:es|este es) "
           r"(?:mi )?(?:el )?ultimo mensaje|(?:la )?ultima vez que (?:escribo|hablo) (?:aqui|con)|adios a todos|"
           r"me corto (?:\w+ ){0,2}(?:brazos|munecas|piernas|muslos|piel)|cortarme (?:los brazos|las munecas|la piel)|"
           r"me hago cortes|autolesion\w*|(?:me (?:volvi|vuelvo|he vuelto|sigo|estoy) (?:a )?cortar\w*|"
           r"volvi a cortarme)(?! "
           r"(?:el|la|las|los) (?:pelo|unas|flequillo|barba|cabello|punta\w*))|(?:guardando|guardado|acumulando|"
           r"juntando|ahorrando) (?:\w+ ){0,2}"
           r"(?:pastillas|pildoras|medicamentos|comprimidos)"),
    ),
    "fr": (
        concept("crisis", "C", CRISIS,
           r"ne (?:plus|jamais) me reveiller|dormir pour toujours|j aimerais (?:mourir|ne plus exister)|"
           r"(?:je suis|etre) (?:un fardeau|une charge) pour|dernier message|derniere fois que (?:j ecris|je vous "
           r"ecris|je parle)|adieu a tous|(?:fait|faire) mes adieux|je me (?:coupe|scarifie|mutile)|me scarifier|"
           r"scarification\w*|automutilation|me couper (?:les bras|les poignets)|(?:garde|accumule|stocke|mis de "
           r"cote) (?:\w+ ){0,2}(?:cachets|comprimes|medicaments|pilules)"),
    ),
    "de": (
        concept("crisis", "C", CRISIS,
           r"nicht mehr aufwachen|nie (?:wieder|mehr) aufwachen|(?:ware|waere) (?:lieber|am liebsten) tot|"
           r"(?:nur noch|bloss noch|einfach nur) (?:eine )?last|(?:allen|fur alle|fuer alle|meiner familie) "
           r"(?:\w+ ){0,3}(?:eine )?last\b|zur last (?:fallen|falle)|letzte nachricht|(?:von allen|von euch) "
           r"verabschiedet|lebt wohl|abschiedsbrie\w*|ritze mich|mich (?:\w+ ){0,2}(?:ritzen|ritze)|schneide mich|"
           r"selbstverletz\w*"),
    ),
    "pt": (
        concept("crisis", "C", CRISIS,
           r"nao acordar mais|nunca mais acordar|dormir e nao acordar|queria (?:estar mort[oa]|morrer|nao acordar)|"
           r"sou (?:um|uma) (?:peso|fardo)|(?:ja )?me despedi de (?:todo mundo|todos|voces|todas)|(?:e|essa e|esta e) "
           r"a ultima vez que (?:falo|escrevo)|ultima mensagem|adeus a todos|me (?:corto|cortar|cortei|cortando) "
           r"(?:\w+ ){0,2}(?:de novo|nos bracos|os bracos|os pulsos|nas pernas|de proposito)|automutila\w*|autolesao"),
    ),
    "pl": (
        concept("crisis", "C", CRISIS,
           r"nie widze (?:juz )?sensu (?:\w+ ){0,3}(?:zyc|zycia|dalej)|nie ma sensu (?:\w+ ){0,2}zyc|nie obudzic sie|"
           r"nigdy sie nie obudzic|zasnac i (?:sie )?nie obudzic|(?:lepiej|lepsze) (?:\w+ ){0,2}(?:beze mnie|bezemnie)|"
           r"jestem (?:tylko )?ciezarem|ostatni\w* wiadomosc\w*|pozegnal\w* (?:sie )?z (?:wszystkimi|rodzina)|"
           r"list pozegnaln\w*|zegnajcie|tne sie|ciac sie|pocial\w* sie|samookalecz\w*|"
           # The reflexive before the verb is as common ("znowu się tnę", "zaczęłam się ciąć"): round ten.
           r"sie (?:\w+ )?(?:tne|ciac|ciecie|pocial\w*|ciela|cial)\b|(?:zbieram|zbieral\w*|"
           r"odkladam|odkladal\w*|uzbieral\w*) (?:\w+ ){0,2}(?:tabletki|tabletek|leki|lekow|pigulki)"),
    ),
    "it": (
        concept("crisis", "C", CRISIS,
           r"non (?:ri)?svegliarmi piu(?! con)|vorrei (?:morire|non esserci piu|non svegliarmi(?! piu con))|"
           r"non (?:ha (?:piu )?senso|vedo "
           r"(?:piu )?il senso di) vivere|sono (?:solo |soltanto )?un peso|ultimo messaggio|ultima volta che (?:scrivo|"
           r"vi scrivo)|addio a tutti|lettera d addio|mi (?:taglio|tagli|sono tagliat\w*) (?:\w+ ){0,3}(?:braccia|"
           r"braccio|polsi|polso|gambe|cosce|pelle)|tagliarmi (?:le braccia|i polsi|la pelle)|autolesion\w*|"
           r"(?:messo da parte|accumulato|tenuto da parte|accumulando) (?:\w+ ){0,2}(?:pastiglie|pillole|farmaci|"
           r"compresse)"),
    ),
    "nl": (
        concept("crisis", "C", CRISIS,
           r"(?:was|ware) ik (?:maar )?dood|wil er niet meer zijn|ben (?:\w+ ){0,3}een last\b(?! van)|tot last (?:zijn|"
           r"ben|val)|een last voor (?:iedereen|mijn|jullie)|laatste bericht|afscheid genomen van|afscheidsbrie\w*|"
           r"snij (?:mezelf|mijzelf)|mezelf (?:\w+ ){0,2}(?:snijden|krassen|branden)|zelfbeschadig\w*|"
           r"pillen (?:\w+ ){0,3}(?:gespaard|verzameld|opgespaard)|(?:gespaard|verzameld|opgespaard) (?:\w+ ){0,3}"
           r"pillen"),
        # A will made, with pills or a goodbye in the same message (NHS: putting affairs in order).
        concept("crisis", "C", CRISIS, r"testament (?:\w+ ){0,3}(?:klaar|geregeld|gemaakt)|alles (?:\w+ )?geregeld",
                r"pillen|tabletten|laatste bericht|afscheid"),
    ),
    "tr": (
        concept("crisis", "C", CRISIS,
           r"(?:herkese|aileme|aileye) (?:\w+ )?yuk(?:um|uyum| oluyorum| oldum)|yuk oluyorum|son mesaj\w*|"
           r"herkesle vedalas\w*|veda mektub\w*|kendimi (?:\w+ )?kes(?:iyorum|tim|mek|erim|eyim|ip)|"
           r"(?:kollarimi|bileklerimi) "
           r"(?:\w+ )?kes(?:iyorum|tim|mek|erim|eyim|ip)|"
           r"jiletle\w*"),
    ),
}
