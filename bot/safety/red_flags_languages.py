"""The back-pain red flags, in brief, in each language the tool has an English-only notice for.

The tool answers in English only: a message in another language gets the English-only notice with the emergency
numbers, and an urgent notice only when a lexicon of that language recognises a red flag. The lexicons are written
from the rows of earlier rounds and miss new wordings (held-out safety round 33: 2 of 8 other-language emergencies
got the notice alone, session 18). So on a site about back pain (`SiteSubject.back_pain`) the notice also says, in
the reader's language, which signs mean calling now and which mean seeing a doctor today: a reader whose red flag no
lexicon caught still reads what to do. It is the same list as the English guidance (bot/safety/guidance.py
`SEE_DOCTOR_GUIDANCE`), shortened.

Clinical source: NHS back pain (nhs.uk/conditions/back-pain: "Call 999 or go to A&E if…", "Ask for an urgent GP
appointment or call 111 if…"); NICE NG59. Emergency numbers as in bot/safety/languages.py (112 in the EU and
Turkey, 192 SAMU in Brazil). The translations are our own, not reviewed by native speakers or clinicians.
"""

from __future__ import annotations

RED_FLAGS = {
    "en": "Call your emergency number now if back pain comes with numbness around your bottom or genitals, new "
          "trouble peeing or controlling your bowels, weakness in your legs, or after a serious fall; see a doctor "
          "today if you also have a fever or have had cancer.",
    "es": "Llame ahora al 112 si el dolor de espalda viene con adormecimiento alrededor de las nalgas o los "
          "genitales, problemas nuevos para orinar o para controlar el intestino, debilidad en las piernas, o tras "
          "una caída grave; vea hoy a un médico si además tiene fiebre o ha tenido cáncer.",
    "fr": "Appelez le 112 maintenant si le mal de dos s'accompagne d'un engourdissement autour des fesses ou des "
          "parties génitales, de nouveaux problèmes pour uriner ou retenir les selles, d'une faiblesse dans les "
          "jambes, ou survient après une chute grave ; consultez un médecin aujourd'hui si vous avez aussi de la "
          "fièvre ou avez eu un cancer.",
    "de": "Rufen Sie jetzt 112 an, wenn Rückenschmerzen mit Taubheit am Gesäß oder im Genitalbereich, neuen "
          "Problemen beim Wasserlassen oder beim Halten des Stuhls, Schwäche in den Beinen oder nach einem "
          "schweren Sturz auftreten; gehen Sie heute zum Arzt, wenn Sie außerdem Fieber haben oder Krebs hatten.",
    "pt": "Ligue agora para o 112 (192 no Brasil) se a dor nas costas vier com dormência nas nádegas ou nos "
          "genitais, problemas novos para urinar ou controlar o intestino, fraqueza nas pernas, ou depois de uma "
          "queda grave; procure um médico hoje se também tiver febre ou já tiver tido câncer.",
    "pl": "Zadzwoń teraz pod 112, jeśli bólowi pleców towarzyszy drętwienie wokół pośladków lub narządów "
          "płciowych, nowe problemy z oddawaniem moczu lub trzymaniem stolca, osłabienie nóg albo ból pojawił się "
          "po poważnym upadku; idź dziś do lekarza, jeśli masz też gorączkę lub chorowałeś na raka.",
    "it": "Chiama subito il 112 se il mal di schiena si accompagna a intorpidimento intorno ai glutei o ai "
          "genitali, nuovi problemi a urinare o a trattenere le feci, debolezza alle gambe, o dopo una caduta "
          "grave; vai oggi da un medico se hai anche la febbre o hai avuto un tumore.",
    "nl": "Bel nu 112 als rugpijn samengaat met een doof gevoel rond de billen of geslachtsdelen, nieuwe problemen "
          "met plassen of het ophouden van ontlasting, zwakte in de benen, of na een ernstige val; ga vandaag naar "
          "een arts als u ook koorts heeft of kanker heeft gehad.",
    "tr": "Sırt ağrısına kalçada veya genital bölgede uyuşma, yeni başlayan idrar yapma ya da dışkı tutma sorunu, "
          "bacaklarda güçsüzlük eşlik ediyorsa ya da ciddi bir düşmeden sonra başladıysa hemen 112'yi arayın; "
          "ayrıca ateşiniz varsa veya kanser geçirdiyseniz bugün bir doktora gidin.",
}


def red_flags(language: str) -> str:
    """The back-pain red flags in `language` (an ISO 639-1 code), or in English when there is no translation."""
    return RED_FLAGS.get(language, RED_FLAGS["en"])
