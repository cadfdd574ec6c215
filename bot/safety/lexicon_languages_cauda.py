"""Cauda equina signs told another way in the other languages (round ten: "no siento nada cuando me limpio después
de ir al baño y me hormiguean las dos piernas" got no notice), in the form of `lexicon_languages`.

- numbness noticed when wiping after the toilet, without naming the body part: the way patients describe
  saddle anaesthesia (CES patient cards; NHS back-pain page, "numbness around your bottom or genitals"; the
  English lexicon has "can't feel the toilet paper" and numb + wipe);
- both legs with the verb first ("me hormiguean las dos piernas", "formigam as duas pernas"): the NHS lists
  symptoms in both legs.

Sources as in `bot.safety.lexicon` (NHS back pain, G-care red flags, NICE NG59).
"""

from __future__ import annotations

from bot.safety.language_patterns import LEGS, SADDLE, LangConcept, concept, near

CAUDA_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (concept("saddle_numbness", "E", SADDLE, near(
               r"no (?:siento|noto|siente|senti|note) nada|sin sensibilidad|dormid[oa]|entumec\w*|adormec\w*",
               r"limpio|limpiarme|limpia|limpiandome|papel higienico")),
           concept("leg_weakness_or_numbness", "E", LEGS, near(
               r"hormigue\w*|entumec\w*|adormec\w*|debil\w*|dormid\w*|flojas", r"(?:ambas|las dos) piernas", 4))),
    "fr": (concept("saddle_numbness", "E", SADDLE, near(
               r"sens (?:plus )?rien|sent (?:plus )?rien|engourdi\w*|insensib\w*",
               r"m essuie|m essuyer|papier toilette")),
           concept("leg_weakness_or_numbness", "E", LEGS, near(
               r"fourmill\w*|engourdi\w*|faibles?", r"(?:les )?deux jambes", 4))),
    "de": (concept("saddle_numbness", "E", SADDLE, near(
               r"spure nichts|spuere nichts|spur nichts|taub\w*|gefuhllos|gefuehllos",
               r"abwisch\w*|abputz\w*|klopapier|toilettenpapier")),),
    "pt": (concept("saddle_numbness", "E", SADDLE, near(
               r"nao sinto nada|nao sente nada|dormente|sem sensibilidade",
               r"me limpo|me limpar|limpar|papel higienico")),
           concept("leg_weakness_or_numbness", "E", LEGS, near(
               r"formiga\w*|dormente\w*|fracas", r"(?:as )?duas pernas|ambas as pernas", 4))),
    "it": (concept("saddle_numbness", "E", SADDLE, near(
               r"non sento (?:piu )?(?:niente|nulla)|intorpidit\w*|insensibil\w*",
               r"mi pulisco|pulirmi|pulendomi|carta igienica")),
           concept("leg_weakness_or_numbness", "E", LEGS, near(
               r"formicol\w*|intorpidit\w*|debol\w*", r"(?:entrambe|tutte e due) le gambe", 4))),
    "nl": (concept("saddle_numbness", "E", SADDLE, near(
               r"voel (?:\w+ )?niets|gevoelloos", r"afveg\w*|veeg|toiletpapier|wc papier")),),
    "pl": (concept("saddle_numbness", "E", SADDLE, near(
               r"nic nie czuje|nie czuje nic|dretwie\w*|zdretwial\w*|bez czucia",
               r"podciera\w*|wycieram|wycierania|papier toaletowy")),),
    "tr": (concept("saddle_numbness", "E", SADDLE, near(
               r"hissetmiyorum|his yok|uyusu\w*", r"silerken|silmek|tuvalet kagidi|taharet")),),
}
