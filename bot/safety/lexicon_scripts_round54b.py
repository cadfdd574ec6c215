"""Amharic and Bulgarian red-flag and crisis lexicons found missing in safety round fifty-four (session 33), joined by
`lexicon_scripts_round54.join` and matched over `lexicon_scripts.fold_script` (lower case; Bulgarian ё as е).
Amharic is spaced and its verbs carry their person in the ending, so its patterns are unanchored with short gaps;
Bulgarian patterns are unanchored in lower case.

Concepts and sources as in `lexicon_scripts_round54`: NHS red flags for back pain and cauda equina syndrome (not able
to pee, both legs weak or numb, no feeling around the buttocks, not able to stand after a fall from a height), NHS
"Heart attack", reference §2.3 (vomiting blood; a child who swallowed tablets), and the WHO suicide fact sheet and
C-SSRS (not wanting to live, wanting to die, killing oneself, cutting or hanging oneself, better off without me, all
one's tablets collected with a time or taken together "tonight"). Written from dictionaries (Kane's *Amharic-English
Dictionary*; the Bulgarian Academy of Sciences' Български тълковен речник), **not reviewed by a native speaker or
clinician**. Not matched: መሞት አልፈልግም and не искам да умра ("I don't want to die"), "умирам от смях" (dying of
laughter), all the morning tablets taken together with no time or goodbye.
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BREATHING,
    CHEST,
    CRISIS,
    GI,
    LEGS,
    POISONING,
    SADDLE,
    TRAUMA,
    LangConcept,
)
from bot.safety.lexicon_scripts_round54 import _any

_AM_PILLS = r"(?:መድሃኒ|መድኃኒ|ኪኒን|ክኒን|እንክብል)"
_AM_CHILD = r"(?:ልጄ|ልጃችን|ሕፃን|ህፃን|ዓመት|አመት|ልጅ)"

AMHARIC: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"መኖር (?:አልፈልግም|አልፈልግ|አልሻም)|መሞት (?:እፈልጋለሁ|ፈልጌ|እፈልጋለው)|ራሴን (?:ማጥፋት|ላጠፋ|ልገድል|መግደል|"
         r"እገድላለሁ|አጠፋለሁ|ልሰቅል|መስቀል|እጎዳለሁ|መጉዳት|ጎዳሁ)|ራስን (?:ማጥፋት|መግደል)|ያለ ?እኔ .{0,6}(?:ይሻላቸዋል|"
         r"ይሻላል|ይሻላቸው)|ዳግመኛ (?:እንዳልነቃ|ላልነቃ)"),
    _any("crisis", "C", CRISIS, _AM_PILLS + r"\S*.{0,20}(?:ሁሉ|ሁሉንም)", r"ዛሬ ማታ|ዛሬ ሌሊት|ሰብስቤ|ደህና ሁኑ|ተሰናበቱ"),
    _any("bladder_problem", "E", BLADDER, r"መሽናት (?:አልቻልኩም|አቃተኝ|አልችልም)|ሽንቴ (?:ቆመ|አልወጣም|አልመጣም)|ሽንት (?:አልወጣም|ቆመ)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"ሁለቱም እግሮቼ.{0,12}(?:ደክመዋል|ደነዘዙ|ደንዝዘዋል|ሞተዋል|አይታዘዙም)|"
         r"መራመድ (?:አልቻልኩም|አልችልም)|መቆም (?:አልቻልኩም|አልችልም)"),
    _any("saddle_numbness", "E", SADDLE, r"(?:መቀመጫ|ቂጤ|ብልቴ|ፊንጢጣ)\S*.{0,15}(?:ስሜት የለውም|ስሜት አይሰማኝም|ደነዘዘ|ደንዝዟል)"),
    _any("chest_pain", "E", CHEST, r"(?:ደረቴ|የደረት|ደረት)\S* ?(?:ህመም|ሕመም|ያመኛል|ይወጋኛል|ይጨመቃል)"),
    _any("breathing_difficulty", "E", BREATHING, r"መተንፈስ (?:አቃተኝ|ቸገረኝ|አልቻልኩም|አልችልም)"),
    _any("gi_bleeding", "E", GI, r"ደም (?:አስታወከኝ|አስታወኩ|አስመለስኩ|ማስመለስ|ማስታወክ|እያስመለሰኝ|እያስታወከኝ)"),
    _any("significant_trauma", "E", TRAUMA, r"(?:ከደረጃ|ከፎቅ|ከጣሪያ|ከዛፍ|ከመሰላል)\S* .{0,10}(?:ወደቅሁ|ወደቅኩ|ወደቀ|ወደቀች)"),
    _any("poisoning", "P", POISONING, _AM_PILLS + r"\S*.{0,20}(?:ዋጠ|ዋጠች|በላ|በላች|ውጦ|ውጣ)", _AM_CHILD),
)

_BG_PILLS = r"(?:хапчета|хапчетата|хапче|таблетки|таблетките|лекарства|лекарствата)"
_BG_CHILD = r"(?:дете|детето|синът ми|дъщеря ми|бебе|годишн|внук|внучк)"

BULGARIAN: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"не искам (?:повече )?да живея|(?<!не )искам да умра(?! от)|самоубий|да се (?:самоубия|убия|обеся)|"
         r"ще се (?:убия|самоубия|обеся)|да сложа край на (?:живота си|всичко)|(?:режа|порязвам|нараня|наранявам) се|"
         r"по-добре без мен|да не се събудя"),
    _any("crisis", "C", CRISIS, r"(?:събрах|събирам|скрих|пазя|трупам) .{0,30}" + _BG_PILLS,
         r"довечера|тази нощ|наведнъж|всичките|сбогом"),
    _any("crisis", "C", CRISIS, r"(?:изпия|изпивам|глътна|гълтам|взема) (?:ги )?всичките", r"довечера|тази нощ|сбогом"),
    _any("bladder_problem", "E", BLADDER, r"не мога да (?:уринирам|пишкам|се изпишкам)|задържане на урина"),
    _any("leg_weakness_or_numbness", "E", LEGS,
         r"(?:двата )?крака(?:та)? ми (?:са )?(?:изтръпна|безчувствен|отслабна|слаби|парализ)|не мога да (?:стана|"
         r"вървя|ходя|стоя прав)|не усещам краката"),
    _any("saddle_numbness", "E", SADDLE,
         r"(?:изтръп|не усещам|безчувств).{0,20}(?:седалище|слабини|между краката|чатал|ануса)"),
    _any("chest_pain", "E", CHEST, r"болк[аи] в гърдите|гърдите ме (?:стягат|болят)|стягане в гърдите"),
    _any("breathing_difficulty", "E", BREATHING, r"не мога да дишам|задъхвам се|трудно дишам|не ми стига въздух"),
    _any("gi_bleeding", "E", GI,
         r"повръщам кръв|повърнах кръв|кръв в повърнатото|изпражнения като катран|катранено черн"),
    _any("significant_trauma", "E", TRAUMA,
         r"(?:паднах|падна|паднала|паднал) от (?:стълбата|стълба|стълбите|покрива|височина|скелето|дърво)|"
         r"(?:пътна|автомобилна) катастрофа|катастрофирах"),
    _any("poisoning", "P", POISONING, r"(?:глътна|погълна|изяде|изпи)\S* .{0,20}" + _BG_PILLS, _BG_CHILD),
)
