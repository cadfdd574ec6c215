"""A child who ate or swallowed tablets, in the other languages (round ten: "meu filho de 3 anos comeu vários
comprimidos de ferro" got no notice), in the form of `lexicon_languages` (patterns over `fold_words`).

Tier P like the English concept in `bot.safety.lexicon_general`: a child, a verb of eating or swallowing, and
tablets, capsules or vitamins within a few words. Source: the reference notes §2.3 (iron poisoning in children,
https://www.poison.org/articles/2014-jun/iron-poisoning : iron tablets are a leading cause of poisoning deaths in
young children; call the poison centre or emergency number at once) and NHS "Poisoning"
(https://www.nhs.uk/conditions/poisoning/). Only eating and swallowing count: "my son took vitamin D today" ("meu
filho tomou vitamina D") is a question about a dose, not an accident; a meal ("comeu feijão com arroz") names no
tablets.
"""

from __future__ import annotations

from bot.safety.language_patterns import POISONING, LangConcept, concept, near


def _child_ate(child: str, ate: str, tablets: str) -> tuple[LangConcept, ...]:
    return (concept("poisoning", "P", POISONING, near(ate, tablets, 5), child),)


POISONING_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": _child_ate(r"hij[oa]s?|nin[oa]s?|bebe|nen[ea]|crio|pequen[oa]|sobrin\w*|niet[oa]s?",
                     r"comio|comido|trago|tragado|ingirio|ingerido|mastico",
                     r"pastillas|pildoras|comprimidos|capsulas|tabletas|vitaminas|gominolas"),
    "fr": _child_ate(r"fils|fille|enfant|bebe|petit|petite|neveu|niece|gamin\w*",
                     r"mange|avale|croque|ingere",
                     r"comprimes|cachets|pilules|gelules|vitamines|medicaments"),
    "de": _child_ate(r"kind|sohn|tochter|baby|kleine\w*|enkel\w*|sohnchen|tochterchen",
                     r"gegessen|aufgegessen|geschluckt|verschluckt|runtergeschluckt",
                     r"\w*tabletten|pillen|kapseln|vitamine|medikamente"),
    "pt": _child_ate(r"filh[oa]s?|crianca|bebe|net[oa]|sobrinh\w*|menin[oa]",
                     r"comeu|engoliu|ingeriu|mastigou",
                     r"comprimidos|pilulas|remedios|capsulas|vitaminas|medicamentos"),
    "pl": _child_ate(r"syn\w*|cork\w*|dzieck\w*|maluch\w*|wnuk\w*|wnucz\w*|coreczka",
                     r"zjadl\w*|polknal\w*|polknela|polknelo",
                     r"tablet\w*|pigul\w*|leki|lekow|witamin\w*|kapsul\w*"),
    "it": _child_ate(r"figli[oa]|bambin[oa]|bimb[oa]|nipote|piccol[oa]",
                     r"mangiato|ingoiato|inghiottito|ingerito",
                     r"pastiglie|pillole|compresse|capsule|vitamine|farmaci|medicine"),
    "nl": _child_ate(r"zoon\w*|dochter\w*|kind\w*|baby|peuter|kleintje",
                     r"gegeten|opgegeten|ingeslikt|doorgeslikt",
                     r"\w*tabletten|\w*pillen|pilletjes|capsules|vitamines|medicijnen"),
    "tr": _child_ate(r"oglum\w*|kizim\w*|cocu\w*|bebe\w*|torun\w*",
                     r"yedi|yemis|yuttu|yutmus",
                     r"hap\w*|ilac\w*|tablet\w*|vitamin\w*"),
}
