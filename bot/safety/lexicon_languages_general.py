"""General emergencies and two-legged or worsening leg symptoms in the other languages: difficulty breathing, lip /
tongue / throat swelling (anaphylaxis, e.g. after a new supplement) and both legs numb or weak, or weaker day by day.
Joined to each language's concepts in `lexicon_languages`; same form (patterns over `fold_words`).

Sources: NHS "Anaphylaxis" (https://www.nhs.uk/conditions/anaphylaxis/: swelling of the throat and tongue,
difficulty breathing; call 999) and the national services already cited for each language in `lexicon_languages`
(MedlinePlus en español "Anafilaxia", ameli.fr "Choc anaphylactique", gesundheitsinformation.de "Anaphylaxie",
SNS 24, pacjent.gov.pl, ISS, Thuisarts.nl "Anafylaxie"); "pain, tingling, weakness or numbness in both legs" from
the NHS back-pain 999 list, in each language's lay words.
"""

from __future__ import annotations

from bot.safety.language_patterns import BREATHING, LEGS, SWELLING, LangConcept, concept

GENERAL_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        concept("breathing_difficulty", "E", BREATHING,
           r"(?:no|casi no|apenas) (?:puedo|puede|consigo) respirar|me cuesta (?:\w+ )?respirar|dificultad (?:para|al) "
           r"respirar|me falta el aire|me ahogo|no me entra (?:el )?aire"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:labios?|lengua|garganta) (?:\w+ ){0,3}hinch\w*|se me (?:\w+ )?(?:hincha\w*|cierra) (?:\w+ ){0,2}"
           r"(?:labios?|lengua|garganta)|hinchazon (?:de|en) (?:\w+ )?(?:labios|lengua|garganta)|anafila\w*"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"(?:ambas|las dos) piernas (?:\w+ ){0,6}(?:dormid\w*|entumec\w*|debil\w*|hormigue\w*|adormec\w*|flojas|"
           r"fallan)|cada vez (?:mas )?(?:debil\w*|flojas)|(?:casi no|apenas) (?:puedo|puede) (?:caminar|andar)"),
    ),
    "fr": (
        concept("breathing_difficulty", "E", BREATHING,
           r"(?:peux|arrive|parviens) (?:plus|pas|a peine) (?:a )?respirer|du mal a respirer|difficulte\w* a respirer|"
           r"j etouffe|manque d air"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:levres?|langue|gorge) (?:\w+ ){0,3}(?:gonfl\w*|enfl\w*)|(?:gonfl\w*|enfl\w*) (?:\w+ ){0,2}(?:levres|"
           r"langue|gorge)|gorge (?:\w+ ){0,2}(?:se ferme|serre\w*)|anaphyla\w*|oedeme de quincke"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"(?:deux|les deux) jambes (?:\w+ ){0,8}(?:engourdi\w*|faibles?|fourmill\w*|lourdes|paralys\w*|lachent|"
           r"insensibles?)|jambes (?:\w+ ){0,3}engourdi\w*|de plus en plus (?:faibles?|engourdi\w*)|"
           r"(?:arrive|peux|parviens) (?:a )?peine a (?:marcher|me lever|tenir debout)"),
    ),
    "de": (
        concept("breathing_difficulty", "E", BREATHING,
           r"kann (?:\w+ ){0,2}(?:kaum|nicht) (?:mehr )?atmen|atemnot|(?:bekomme|kriege|krieg) (?:\w+ )?(?:keine|kaum) "
           r"luft|schwer (?:zu )?atmen|ersticke"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:lippen|zunge|rachen) (?:\w+ ){0,3}(?:geschwollen|schwillt|schwellen|anschwell\w*)|schwellung "
           r"(?:\w+ ){0,2}(?:lippen|zunge|rachen)|anaphyla\w*|hals (?:\w+ ){0,2}(?:schnurt\w*|schwillt zu)"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"beiden? beinen? (?:\w+ ){0,6}(?:taub\w*|schwach\w*|kribbel\w*|gelahmt|gefu(?:e)?hllos\w*)|(?:in|an) "
           r"beiden beinen|immer schwacher|(?:werden|wird) (?:\w+ ){0,2}schwacher"),
    ),
    "pt": (
        concept("breathing_difficulty", "E", BREATHING,
           r"(?:nao|quase nao|mal) (?:consigo|consegue) respirar|dificuldade (?:para|de|em) respirar|falta de ar|"
           r"sufocando"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:labios?|lingua|garganta) (?:\w+ ){0,3}(?:inchad\w*|inchando|inchou|incham)|anafila\w*|garganta "
           r"(?:\w+ ){0,2}fechando"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"(?:as duas|ambas as|nas duas|ambas) pernas (?:\w+ ){0,6}(?:dorment\w*|fracas?|formig\w*|fraqueza)|"
           r"cada vez mais (?:fracas?|fraco|dormente\w*)|(?:mal|quase nao) (?:consigo|consegue) (?:andar|caminhar)"),
    ),
    "pl": (
        concept("breathing_difficulty", "E", BREATHING,
           r"nie (?:moge|moze) (?:\w+ )?oddychac|ledwo oddycham|brakuje mi powietrza|dusze sie|dusznosc\w*|trudno "
           r"(?:mi )?oddychac"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:usta|warg\w*|jezyk\w*|gardlo|gardle) (?:\w+ ){0,3}(?:spuch\w*|puchn\w*|obrzek\w*)|(?:spuchniet\w*|"
           r"opuchniet\w*|obrzek\w*) (?:\w+ ){0,2}(?:usta|wargi|warg\w*|jezyk\w*|gardl\w*)|anafila\w*"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"obie nogi (?:\w+ ){0,6}(?:zdretwial\w*|dretwie\w*|slab\w*|mrowi\w*)|coraz slabsz\w*"),
    ),
    "it": (
        concept("breathing_difficulty", "E", BREATHING,
           r"non riesco (?:piu )?a respirare|fatico a respirare|difficolta a respirare|mi manca (?:l aria|il respiro)|"
           r"soffoco"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:labbra|labbro|lingua|gola) (?:\w+ ){0,3}gonfi\w*|gonfi\w* (?:\w+ ){0,2}(?:labbra|lingua|gola)|"
           r"anafila\w*|gola (?:\w+ ){0,2}(?:si chiude|chiusa)"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"(?:entrambe le|tutte e due le|le due|tutte due le) gambe (?:\w+ ){0,6}(?:intorpidit\w*|debol\w*|"
           r"formicol\w*|addormentat\w*)|sempre piu (?:debol\w*|intorpidit\w*)|faccio fatica a camminare"),
    ),
    "nl": (
        concept("breathing_difficulty", "E", BREATHING,
           r"kan (?:\w+ )?niet (?:meer )?ademen|krijg (?:\w+ )?(?:geen|bijna geen|nauwelijks|amper) (?:\w+ )?lucht|"
           r"benauwd|ademnood|moeilijk (?:ademen|ademhalen)"),
        concept("allergic_reaction", "E", SWELLING,
           r"(?:lippen|lip|tong|keel) (?:\w+ ){0,3}(?:zwell\w*|zwol\w*|opgezwollen)|(?:zwell\w*|opgezwollen|gezwollen) "
           r"(?:\w+ ){0,2}(?:lippen|tong|keel)|anafyla\w*|keel (?:\w+ ){0,2}(?:dicht|knijpt)"),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"(?:beide|allebei (?:mijn |m n )?) ?benen (?:\w+ ){0,6}(?:slap\w*|zwak\w*|verlamd|doof|dove|gevoelloos|"
           r"tintel\w*)|(?:in|op) beide benen|steeds zwakker|(?:kan|kon) (?:\w+ )?(?:nauwelijks|bijna niet|amper) "
           r"(?:meer )?(?:lopen|staan)"),
    ),
}
