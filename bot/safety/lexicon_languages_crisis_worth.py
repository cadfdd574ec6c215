"""Crisis wording in the other languages, round twelve's kinds, in the form of `lexicon_languages` (patterns over
`fold_words`, so they match with or without diacritics).

Round twelve's two missed crisis messages in other languages ("je sers à rien … j'ai commencé à donner mes
affaires", "ia ser melhor pra todo mundo se eu sumisse de vez") were kinds the lexicons held in another shape:

- better for everyone *if I disappeared / died / were not here*, the conditional with "if" (strong, every
  language): "seria melhor se eu sumisse", "sería mejor si desapareciera", "sarebbe meglio se sparissi", "ce serait
  mieux si je disparaissais", "es wäre besser, wenn ich nicht mehr da wäre", "het zou beter zijn als ik er niet
  meer was", "byłoby lepiej, gdybym zniknął", "ölsem herkes için daha iyi". The lexicons had "better *without
  me*" only. C-SSRS question 1 (wish to be dead); 988: feeling a burden. "Seria melhor se eu tomasse a vitamina de
  manhã?" is not: the verb is one of disappearing or dying;
- I am useless, I only cost my family money (weak, paired with any other weak class of
  `lexicon_languages_crisis_signs` or `lexicon_languages_crisis_forms`): "je sers à rien", "no sirvo para nada",
  "não sirvo pra nada", "non servo a niente", "ich bin nutzlos", "ik ben nutteloos", "jestem bezużyteczna",
  "hiçbir işe yaramıyorum" (988: feeling a burden). "Ça ne sert à rien" (it is no use) is not;
- things given away told in the infinitive or the gerund ("j'ai commencé à donner mes affaires", "empecé a
  regalar mis cosas", "comecei a doar minhas coisas"; weak, 988 and NHS: giving away possessions).

Sources: 988 Suicide & Crisis Lifeline warning signs (https://988lifeline.org/how-we-can-all-prevent-suicide/);
NHS "Help for suicidal thoughts"; C-SSRS (Columbia Lighthouse Project).
"""

from __future__ import annotations

from bot.safety.language_patterns import LangConcept, crisis_pairs
from bot.safety.lexicon_languages_crisis_forms import WEAK as FORMS_WEAK
from bot.safety.lexicon_languages_crisis_signs import WEAK_BY_LANGUAGE

STRONG: dict[str, str] = {
    "es": r"(?:seria|estaria|iba a ser|va a ser|estarian|serian) (?:\w+ ){0,4}(?:mejor|mas facil|mas tranquil\w*) "
          r"(?:\w+ ){0,4}si (?:yo )?(?:desapareciera|desapareciese|muriera|muriese|me muriera|no estuviera|ya no "
          r"estuviera|no existiera|me fuera para siempre)\b",
    "pt": r"(?:seria|ia ser|iria ser|vai ser|ficaria|ia ficar|iam ficar|ficariam) (?:\w+ ){0,4}(?:melhor|mais facil|"
          r"mais tranquil\w*) (?:\w+ ){0,4}se eu (?:sumisse|morresse|desaparecesse|nao existisse|nao estivesse|"
          r"fosse embora de vez)\b",
    "it": r"(?:sarebbe|andrebbe|starebbero|sarebbero|starebbe) (?:\w+ ){0,4}(?:meglio|piu facile|piu tranquill\w*) "
          r"(?:\w+ ){0,4}se (?:io )?(?:sparissi|morissi|non ci fossi|non esistessi|me ne andassi per sempre)\b",
    "fr": r"(?:serait|seraient|irait) (?:\w+ ){0,4}(?:mieux|plus simple|plus facile|plus tranquilles?) (?:\w+ ){0,4}"
          r"si je (?:disparaissais|mourais|n etais plus la|n existais plus|partais pour toujours)\b",
    "de": r"(?:ware|waere|waren|waeren|wurde|wuerde|ginge|hatten|haetten) (?:\w+ ){0,4}(?:besser|einfacher|"
          r"leichter|ruhiger) (?:\w+ ){0,4}wenn ich (?:\w+ ){0,2}(?:verschwinden (?:wurde|wuerde)|verschwande|"
          r"verschwaende|sterben (?:wurde|wuerde)|sturbe|stuerbe|tot (?:ware|waere)|nicht mehr (?:da )?(?:ware|waere))"
          r"\b",
    "nl": r"(?:zou|zouden|was|waren) (?:\w+ ){0,4}(?:beter|makkelijker|rustiger) (?:\w+ ){0,4}als ik (?:\w+ ){0,2}"
          r"(?:verdween|verdwijn|dood was|dood ben|er niet meer was|er niet meer ben|niet meer leefde|niet meer "
          r"bestond)\b",
    "pl": r"(?:byloby|bedzie|bylo by|bylaby|byliby) (?:\w+ ){0,4}(?:lepiej|latwiej|prosciej|spokojniej) (?:\w+ ){0,4}"
          r"gdybym (?:\w+ )?(?:zniknal|zniknela|umarl|umarla|nie zyl|nie zyla|nie istnial|nie istniala)\b",
    "tr": r"(?:olsem|olursem|kaybolsam|yok olsam|gitsem) (?:\w+ ){0,3}(?:daha iyi|daha kolay|daha rahat|daha huzurlu)",
}

WEAK: dict[str, dict[str, str]] = {
    "es": dict(useless=r"no sirvo (?:\w+ )?(?:para|pa) (?:nada|nadie)|soy (?:un |una )?(?:inutil|estorbo)",
               giving=r"(?:regalar|repartir|donar|regalando|repartiendo|donando) (?:\w+ ){0,2}(?:mis|todas mis) "
                      r"(?:cosas|pertenencias|libros|ropa|guitarra)"),
    "pt": dict(useless=r"nao sirvo (?:\w+ )?(?:pra|para) (?:nada|ninguem)|sou (?:um |uma )?(?:inutil|estorvo|peso "
                       r"morto)",
               giving=r"(?:doar|distribuir|doando|distribuindo|dando) (?:\w+ ){0,2}(?:meus|minhas) (?:\w+ )?(?:coisas|"
                      r"pertences|livros|roupas|violao)"),
    "it": dict(useless=r"non servo a (?:niente|nulla|nessuno)|sono (?:un |una )?(?:inutile|buon[oa] a nulla)",
               giving=r"(?:regalare|dare via|regalando|dando via) (?:\w+ ){0,2}(?:le mie|i miei|tutte le mie) (?:cose|"
                      r"libri|vestiti)"),
    "fr": dict(useless=r"(?:je (?:ne )?|j )sers a rien|je suis (?:un |une )?(?:bon(?:ne)? a rien|inutile)|(?:coute|"
                       r"couter|coutes) (?:\w+ ){0,3}a (?:ma famille|mes enfants|mes parents|tout le monde)",
               giving=r"(?:donner|distribuer|offrir|donne|distribue) (?:\w+ ){0,2}(?:mes|toutes mes) (?:affaires|biens|"
                      r"livres|bijoux|objets)"),
    "de": dict(useless=r"ich bin (?:\w+ )?(?:nutzlos|wertlos|zu nichts nutze|nichts wert)|ich tauge (?:zu )?nichts",
               giving=r"(?:verschenke|verschenken|verschenkte) (?:\w+ ){0,2}(?:meine |all meine )?(?:sachen|bucher|"
                      r"buecher|kleider|gitarre)"),
    "nl": dict(useless=r"ik ben (?:\w+ )?(?:nutteloos|waardeloos|niks waard|niets waard)",
               giving=r"(?:mijn|al mijn) (?:spullen|boeken|kleren) (?:\w+ ){0,2}weg (?:te )?geven"),
    "pl": dict(useless=r"jestem (?:\w+ )?(?:bezuzyteczn\w*|do niczego|nic nie wart\w*)|do niczego sie nie nadaje",
               giving=r"(?:rozdawac|rozdaje|rozdawalem|rozdawalam) (?:\w+ ){0,2}(?:swoje |moje )?(?:rzeczy|ksiazki|"
                      r"ubrania)"),
    "tr": dict(useless=r"(?:hicbir )?ise yaramiyorum|ise yaramaz(?:in teki|im)",
               giving=r"esyalarimi (?:\w+ ){0,2}(?:dagitmaya|vermeye|dagitmak)"),
}


def _worth(lang: str) -> tuple[LangConcept, ...]:
    """The strong conditional alone; each weak class here with any other weak class of this language."""
    # Things given away in two tenses are one sign, not two.
    return crisis_pairs(STRONG[lang], WEAK[lang], {**WEAK_BY_LANGUAGE.get(lang, {}), **FORMS_WEAK.get(lang, {}),
                                                   **WEAK[lang]}, (frozenset({"given", "giving"}),))


WORTH_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {lang: _worth(lang) for lang in STRONG}
