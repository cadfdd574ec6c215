"""A passive death wish and a lethality question in the other languages (round ten), in the form of
`lexicon_languages` (patterns over `fold_words`, so they match with or without diacritics).

Round ten's crisis messages in other languages that got nothing used two kinds the lexicons had only in their
formal shape: falling asleep and never waking up, said the way people speak ("je voudrais juste m'endormir et
jamais me réveiller" without "ne", "zasnąć i już się nie obudzić" with "already", "uyuyup bir daha hiç uyanmamak
istiyorum", "per non svegliarsi più" impersonal, "nooit meer wakker worden"), and asking how many tablets it
takes to die or not wake up ("quante pastiglie servono per non svegliarsi più?"). Both are a crisis alone:

- the wish to be dead or to not wake up is the first question of the C-SSRS screener (Columbia Lighthouse
  Project) and PHQ-9 item 9 (Kroenke et al. 2001);
- asking about a lethal amount is "looking for a way to kill oneself" in the 988 Suicide & Crisis Lifeline warning
  signs (https://988lifeline.org/how-we-can-all-prevent-suicide/), and WHO/IASP (2017/2023) says never to answer
  with method or lethality information.

Kept out: not wanting to wake up *with* the pain ("sırt ağrısıyla uyanmak istemiyorum", "non svegliarmi più con il
mal di schiena", "nooit meer wakker worden met pijn"), not managing to wake up in the morning ("je n'arrive plus à
me réveiller le matin"), an upper-limit question that names no death ("quantas cápsulas de vitamina D por dia?").
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept

# Not "... with the pain / in the morning": the wish is about the pain, not about living.
_NOT_WITH = r"(?! (?:con|com|avec|mit|met|z|ze|with|le matin|la mattina|rano|de manha|por la manana)\b)"

WISH_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (concept("crisis", "C", CRISIS,
        r"(?:dormir(?:me)?|quedarme dormid[oa]) y (?:\w+ ){0,2}no (?:volver a )?despertar" + _NOT_WITH + r"|"
        r"cuant[oa]s (?:\w+ ){0,4}(?:hacen falta|se necesitan|necesito|hay que tomar|tengo que tomar|harian falta) "
        r"(?:\w+ ){0,2}para (?:morir|no despertar|matarme|quitarme la vida)|dosis (?:letal|mortal)"),),
    "fr": (concept("crisis", "C", CRISIS,
        r"(?:m endormir|dormir) (?:\w+ ){0,3}(?:et|pour) (?:ne )?(?:plus )?(?:jamais|plus) (?:me )?reveille"
        r"r" + _NOT_WITH
        + r"|(?:plus jamais|jamais plus) me reveiller" + _NOT_WITH + r"|combien (?:de |d )?(?:\w+ ){0,3}(?:faut il|"
        r"faudrait il|il faut|il faudrait|pour) (?:\w+ ){0,4}(?:mourir|ne plus (?:se|me) reveiller|ne pas (?:se|me) "
        r"reveiller|en finir|me tuer|y passer)|dose (?:letale|mortelle)"),),
    "de": (concept("crisis", "C", CRISIS,
        r"einschlafen und (?:\w+ ){0,2}(?:nicht mehr|nie wieder|nie mehr) aufwachen" + _NOT_WITH + r"|wie viele "
        r"(?:\w+ ){0,3}(?:braucht man|brauche ich|muss man|muss ich|sind) (?:\w+ ){0,4}(?:todlich|toedlich|zu sterben|"
        r"sterben|nicht mehr aufzuwachen|nicht mehr aufwachen)|(?:todliche|toedliche) dosis"),),
    "pt": (concept("crisis", "C", CRISIS,
        r"quant[oa]s (?:\w+ ){0,3}(?:sao precis[oa]s|precisa|preciso|e preciso|precisaria|tenho que tomar|tem que "
        r"tomar) (?:\w+ ){0,3}(?:para|pra) (?:morrer|nao acordar|me matar)|dose (?:letal|fatal)"),),
    "pl": (concept("crisis", "C", CRISIS,
        r"zasnac i (?:\w+ ){0,2}(?:sie )?nie obudzic|(?:juz|nigdy|wiecej) (?:\w+ )?sie nie obudzic" + _NOT_WITH + r"|"
        r"ile (?:\w+ ){0,3}(?:trzeba|potrzeba|musze|wziac) (?:\w+ ){0,3}(?:zeby|aby|by|zebym) (?:\w+ )?(?:umrzec|"
        r"sie nie obudzic)|smierteln\w* dawk\w*|dawk\w* smierteln\w*"),),
    "it": (concept("crisis", "C", CRISIS,
        r"(?:addormentarmi|dormire) e (?:\w+ ){0,2}non svegliar\w* piu" + _NOT_WITH + r"|non svegliar(?:si|ci) piu"
        + _NOT_WITH + r"|quant[ei] (?:\w+ ){0,3}(?:servono|ci vogliono|bisogna prendere|devo prendere|ne servono) "
        r"(?:\w+ ){0,2}per (?:morire|non svegliar\w* piu|farla finita|uccidermi)|dose (?:letale|mortale)"),),
    "nl": (concept("crisis", "C", CRISIS,
        r"(?:slapen|inslapen|in slaap vallen) en (?:\w+ ){0,2}(?:nooit meer|niet meer) wakker (?:te )?worden"
        + _NOT_WITH + r"|nooit meer wakker (?:te )?worden" + _NOT_WITH + r"|hoeveel (?:\w+ ){0,3}(?:heb je nodig|"
        r"nodig|moet je|moet ik) (?:\w+ ){0,3}(?:om te sterven|om dood te gaan|om niet meer wakker te worden|"
        r"dodelijk)|dodelijke dosis"),),
    "tr": (concept("crisis", "C", CRISIS,
        r"(?<!yla )(?<!yle )(?:bir daha )?(?:hic )?uyanmamak isti\w*|bir daha (?:hic )?uyanma(?:sam|mak|yayim)\w*|"
        r"uyuyup (?:\w+ ){0,2}uyanma\w*|kac (?:tane )?(?:\w+ ){0,2}(?:icmek|almak|yutmak|lazim|gerek\w*) (?:\w+ ){0,3}"
        r"(?:olmek|olmem|olur|oldurur|uyanmamak)|oldurucu doz"),),
}
