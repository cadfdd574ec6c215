"""Red-flag and crisis forms found missing in safety round forty (session 23), in the form of `lexicon_languages`
(patterns over `fold_words`: lower case, no accents), and Greek-script forms over `fold_greek`
(`lexicon_greek_tagalog`). Written from dictionaries (RAE, Priberam, Larousse, Van Dale, Svenska Akademiens ordbok,
Triantafyllidis' Λεξικό της κοινής νεοελληνικής, UP Diksiyonaryong Filipino) and the health services' pages, **not
reviewed by native speakers or a clinician**. Each kind was checked in every language of the round (es pt fr de nl sv
el tl) with our own sentences, and added where it was missing, not only where the round's message was.

- The lethality question told with an adjective: how many tablets "are deadly / fatal / lethal" (es "cuántas … son
  mortales", pt "quantos … são fatais", fr "combien de … sont mortels", nl "hoeveel … zijn dodelijk", sv "hur många …
  är dödligt" and "… behövs för att dö", el "πόσα … είναι θανατηφόρα", tl "ilang … ang nakamamatay"); German and
  the verb forms ("para morir", "pour mourir") were there. WHO/IASP media guidance, 988 Lifeline (researching a
  method), as `lexicon_crisis_asked`. Not a question about a child or a pet (the poisoning notice), not "how many
  people die", not "is cancer deadly" (no count asked).
- Wanting to disappear forever (sv "vill bara försvinna för alltid", el "θέλω να εξαφανιστώ για πάντα"), as the English,
  Spanish and French crisis phrases; a farewell letter written (sv "avskedsbrev") with despair ("orkar inte",
  "ingen mening", wanting to disappear or not to live): C-SSRS 1 and 6, 988 Lifeline (saying goodbye). A farewell
  letter to a colleague who retires, alone, is left out.
- Tagalog "gusto ko na lang mamatay" (I just want to die): the particles "na", "lang", "nalang", "talaga", "sana"
  between
  the verb and "mamatay" (UP Diksiyonaryong Filipino); not "ayaw kong mamatay" (I don't want to die).
- Greek in Latin letters ("Greeklish": θ as th or 8, χ as x, ch or h, ω as w or o): wanting to die, suicide, taking
  all one's pills, not waking up again; the same signs as the Greek-script lexicon, in words English never writes.
- A fall with fragile bones (osteoporosis, age 70 and over) and then not getting up, standing or walking, or with
  back pain: sv, el, tl (es pt fr de nl had it). NHS "Falls" (999 if they cannot get up or may have broken a bone);
  NICE CKS "Back pain - low" (minor trauma with osteoporosis). Tagalog "hindi na makatayo" (no longer able to
  stand) with "na" read like "hindi makatayo".
- Greek-script saddle numbness told as "δεν νιώθω" (I cannot feel) the buttocks, genitals or between the legs, and
  wetting oneself "χωρίς να το καταλάβω" (without noticing): NHS "Cauda equina syndrome"; GIRFT / NHS cauda equina
  card. Not "βράχηκα στη βροχή" (got wet in the rain).
"""

from __future__ import annotations

import re

from bot.safety.language_patterns import BLADDER, CRISIS, LEGS, SADDLE, TRAUMA, LangConcept, concept
from bot.safety.lexicon_greek_tagalog import _greek

_NOT_OURS = {   # a child or a pet named: a poisoning question (the poisoning notice), not this one
    "es": r"perros?|gatos?|ninos?|ninas?|bebes?|hijos?|hijas?|mascotas?",
    "pt": r"caes|cao|cachorros?|gatos?|criancas?|bebes?|filhos?|filhas?",
    "fr": r"chiens?|chats?|enfants?|bebes?|fils|filles?",
    "nl": r"honden?|hond|katten?|kat|kinderen|kind|baby s|baby|zoon|dochter",
    "sv": r"hundar|hunden|hund|katter|katten|katt|barn|barnet|bebis|son|dotter",
    "tl": r"aso|pusa|bata|anak|sanggol",
}
_COUNT = r"(?:\w+ ){0,5}"


def _asked(language: str, pattern: str) -> LangConcept:
    """A lethality question in `language`: crisis unless a child or a pet is named anywhere in the message."""
    return LangConcept("crisis", "C", CRISIS, re.compile(r"^(?!.*\b(?:" + _NOT_OURS[language] + r")\b).*?\b(?:"
                                                         + pattern + r")\b"))


_SV_FELL = r"halkade|halkat|ramlade|ramlat|foll|fallit|snubblade|trillade|trillat"
_SV_FRAGILE = r"benskorhet|osteoporos|kortison\w*|[7-9]\d ar|[7-9]\d arig\w*|aldre|pensionar"
_TL_FELL = r"nahulog|nadulas|natumba|bumagsak|nadapa|natisod"
_TL_FRAGILE = r"osteoporosis|marupok na buto|[7-9]\d (?:taon|anyos)|matanda|lola|lolo|[7-9]\d"

FORMS24_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (_asked("es", r"cuant[oa]s " + _COUNT + r"(?:son|es|serian|seria|resultan|resulta) (?:\w+ )?(?:mortal|"
                        r"mortales|letal|letales|fatal|fatales)|dosis (?:letal|mortal)"),),
    "pt": (_asked("pt", r"quant[oa]s " + _COUNT + r"(?:sao|e|seriam|seria) (?:\w+ )?(?:fatal|fatais|letal|letais|"
                        r"mortal|mortais)|dose (?:letal|fatal|mortal)"),),
    "fr": (_asked("fr", r"combien (?:de |d )?" + _COUNT + r"(?:sont|est|seraient|serait|deviennent) (?:\w+ )?(?:mortel|"
                        r"mortels|mortelle|mortelles|letal|letale|letaux|letales|fatal|fatals|fatale|fatales)|dose "
                        r"(?:mortelle|letale)"),),
    "nl": (_asked("nl", r"hoeveel " + _COUNT + r"(?:zijn|is|zou|zouden|wordt|worden) (?:\w+ ){0,2}dodelijk"),),
    "sv": (_asked("sv", r"hur manga " + _COUNT + r"(?:ar|blir|skulle vara|vore) (?:\w+ )?(?:dodlig|dodligt|dodliga)|"
                        r"dodlig dos|hur manga " + _COUNT + r"(?:behovs|kravs|maste man ta|tar det) for att (?:do|inte "
                        r"vakna)"),
           concept("crisis", "C", CRISIS, r"(?:vill|ville|onskar) (?:bara |helst |nog |verkligen )?forsvinna for "
                                          r"alltid"),
           concept("crisis", "C", CRISIS, r"(?:skrivit|skrev|skriver|skrivet) (?:ett |mitt |ett sista )?avskedsbrev",
                   r"orkar inte|vill inte leva|forsvinna|ingen mening|ta livet|vill do"),
           concept("significant_trauma", "E", TRAUMA, r"(?:" + _SV_FELL + r")(?: \w+){0,14} (?:kan|kunde|kommer|"
                   r"kom) (?:\w+ ){0,2}inte (?:resa sig|resa mig|sta|ga|komma upp|ta sig upp|ta mig upp)|(?:"
                   + _SV_FELL + r")(?: \w+){0,14} (?:ont i ryggen|ryggen|ryggont|rygg)", _SV_FRAGILE)),
    "tl": (concept("crisis", "C", CRISIS, r"(?:gusto|nais|gustong gusto) (?:ko |kong )?(?:(?:na|nang|lang|nalang|"
                                          r"talaga|talagang|sana|sanang|ng) ){1,3}mamatay"),
           _asked("tl", r"ilang " + _COUNT + r"(?:ang )?(?:nakamamatay|nakakamatay|makakapatay|nakakapatay)"),
           concept("leg_weakness_or_numbness", "E", LEGS, r"(?:hindi|di) na (?:ako |siya |sya )?(?:makalakad|"
                   r"makatayo|makabangon)"),
           concept("significant_trauma", "E", TRAUMA, r"(?:" + _TL_FELL + r")(?: \w+){0,10} (?:hindi|di) (?:na )?"
                   r"(?:ako |siya |sya )?(?:makatayo|makalakad|makabangon)", _TL_FRAGILE)),
    # Greek in Latin letters (Greeklish): no Greek-script word here, all are read by `fold_words`.
    "el": (concept("crisis", "C", CRISIS,
                   r"thel[wo] (?:apla |mono )?na (?:pe(?:th|8|u)an[wo]|pe(?:th|8)enw)|(?:den|dn) thel[wo] (?:allo )?"
                   r"na (?:z[wo]|zhsw|ziso)\b|a[fuy]toktoni\w*|a[fuy]tokton[wo]\w*|"
                   r"(?:na |tha )?(?:parw|paro|piw|pio|katapiw|katapio) (?:\w+ )?ola ta (?:xapia|chapia|hapia|"
                   r"xapakia|farmaka|diskia|ypnwtika|ipnotika)\b|na m[hi]n (?:ksana)?(?:ks|x|j)[yi]pn[hi]s[wo]"),),
}

GREEK_MORE: tuple[LangConcept, ...] = (
    _greek("crisis", "C", CRISIS, r"ποσα \S+ (?:\S+ ){0,4}(?:ειναι|θα ηταν|ειν) θανατηφορ\S*|θανατηφορα δοση|"
                                  r"θελ\S* (?:\S+ )?να εξαφανιστω για παντα"),
    _greek("saddle_numbness", "E", SADDLE, r"δε ?ν? (?:νιωθω|νοιωθω|αισθανομαι) (?:\S+ ){0,3}(?:γλουτ\S*|οπισθια|"
                                           r"γεννητικ\S*|περινε\S*|καβαλο|αναμεσα στα ποδια)"),
    _greek("bladder_problem", "E", BLADDER, r"(?:βραχηκα|κατουρηθηκα|μου ξεφυγαν ουρα) (?:\S+ ){0,2}χωρισ να (?:το )?"
                                            r"(?:καταλαβω|νιωσω|αντιληφθω)"),
    _greek("significant_trauma", "E", TRAUMA,
           r"(?:επεσε|επεσα|γλιστρησε|γλιστρησα|σκονταψε|σκονταψα) (?:\S+ ){0,12}δε ?ν? (?:μπορει|μπορω|μπορουσε) "
           r"(?:πια |καθολου )?να (?:σηκωθει|σηκωθω|σταθει|σταθω|περπατησει|περπατησω)",
           r"οστεοπορωσ\S*|[7-9]\d|γιαγια\S*|παππου\S*|ηλικιωμεν\S*"),
)
