"""Georgian, and Serbian in Cyrillic, for safety round fifty-five (session 34), joined by `lexicon_scripts_round55.join`
to `lexicon_scripts_more.MORE_SCRIPT_LEXICONS` and matched over `lexicon_scripts.fold_script`.

- Georgian (Mkhedruli, spaced; endings cling, so unanchored): not wanting to live any more ("აღარ მინდა ცხოვრება"),
  killing oneself ("თავი მოვიკლა"), suicide, wanting to die, harming or cutting oneself, hanging, better off without
  me, all one's tablets at once with tonight; both legs not moving or numb, not able to hold or pass urine, saddle
  numbness, chest pain, not able to breathe, vomiting blood, a fall from stairs, a roof or a tree, a child who
  swallowed tablets. Not "სიკვდილი არ მინდა" / "არ მინდა სიკვდილი" ("I don't want to die"). Written from the
  Georgian Academy's explanatory dictionary and Tschenkéli's *Georgisch-Deutsches Wörterbuch*.
- Serbian is written in both alphabets, letter for letter (Vuk's Cyrillic and Gaj's Latin): one lexicon
  (`lexicon_languages_round55.SERBIAN`, over `fold_words`' Latin form) serves both, a Cyrillic message being
  transliterated into that form before it is matched (ћ ч as c, ш as s, ж as z, ђ as d, џ as dz, љ nj as lj nj).

Sources as in `lexicon_scripts_round55`: NHS red flags for back pain and cauda equina syndrome, NHS "Heart attack",
reference §2.3, WHO suicide fact sheet, C-SSRS. **Not reviewed by a native speaker or clinician.**
"""

from __future__ import annotations

import re

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
from bot.safety.lexicon_languages_round55 import SERBIAN
from bot.safety.lexicon_scripts import folded_unanchored as _any

GEORGIAN: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"აღარ მინდა (?:ცხოვრებ|სიცოცხლ|ცოცხლობ)|(?:ცხოვრება|სიცოცხლე) აღარ მინდა|მოვიკლა თავი|თავი მოვიკლა|"
         r"თავს მოვიკლავ|თავის მოკვლა|თვითმკვლელობ|(?<!არ )(?:მინდა|უნდა) (?:მოვკვდე|მოკვდეს|სიკვდილი)|"
         r"(?:სიკვდილი|მოკვდომა) (?:მინდა|უნდა)|თავს (?:ვიზიანებ|იზიანებს|ვიჭრი|იჭრის)|"
         r"ჩემს გარეშე.{0,25}(?:უკეთესი|უკეთ|ბედნიერ)|თავი ჩამოვიხრჩო|ჩამოვიხრჩობ|აღარ გავიღვიძო"),
    _any("crisis", "C", CRISIS, r"ყველა (?:\S+ )?აბ.{0,30}(?:ერთად|ერთბაშად|ერთდროულად)",
         r"ამაღამ|დღეს ღამით|მშვიდობით|ნახვამდის"),
    _any("chest_pain", "E", CHEST, r"(?:გულმკერდ|მკერდ)\S* (?:\S+ )?(?:მტკივა|სტკივა|ტკივილ|მაწვება|აწვება|მიჭერს)"),
    _any("breathing_difficulty", "E", BREATHING, r"ვერ ვსუნთქავ|ვერ სუნთქავს|სუნთქვა (?:მიჭირს|უჭირს)|"
         r"სუნთქვის უკმარისობ"),
    _any("gi_bleeding", "E", GI, r"სისხლიან\S* ღებინ|სისხლით ღებინ|სისხლს (?:ვაღებინებ|აღებინებს)|ღებინება სისხლით"),
    _any("bladder_problem", "E", BLADDER, r"შარდს ვერ (?:ვიკავებ|იკავებს)|შარდი (?:ვერ|არ) (?:გამოდის|მოდის)|"
         r"ვერ (?:ვშარდავ|შარდავს|ვიშარდებ|იშარდება)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"ფეხებს ვერ (?:ვამოძრავებ|ამოძრავებს|ვგრძნობ|გრძნობს)|"
         r"ორივე ფეხ\S*.{0,16}(?:დამიბუჟდა|დაუბუჟდა|დაბუჟებ|სისუსტ|უძლურ)|ვერ (?:დავდივარ|დადის)"),
    _any("saddle_numbness", "E", SADDLE, r"(?:საჯდომ|ფეხებს შორის|შორისის|საზარდულ)\S*.{0,15}(?:ვერ ვგრძნობ|"
         r"ვერ გრძნობს|დაბუჟ|დამიბუჟდა)"),
    _any("significant_trauma", "E", TRAUMA, r"(?:კიბიდან|კიბეებიდან|სახურავიდან|ხიდან|სიმაღლიდან) (?:\S+ )?"
         r"(?:ჩამოვარდ|ჩამოვვარდი|გადმოვარდ|დავვარდი|დაეცა|წაიქცა)|ავარიაში"),
    _any("poisoning", "P", POISONING, r"აბ(?:ი|ები|ებს).{0,25}(?:გადაყლაპა|შეჭამა|გადასანსლა)",
         r"შვილ|ბავშვ|წლის|ბიჭ|გოგო"),
)

# Serbian Cyrillic, letter for letter into `fold_words`' Latin form (no accents: č ć as c, š as s, ž as z, đ as d).
_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z", "з": "z", "и": "i", "ј": "j",
    "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s"})


class _Transliterated:
    """A compiled Latin pattern that searches a `fold_script` text after transliterating it from Cyrillic."""

    def __init__(self, latin: re.Pattern[str]) -> None:
        self.latin = latin
        self.pattern = latin.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.latin.search(text.translate(_TO_LATIN))


def _cyrillic(c: LangConcept) -> LangConcept:
    return LangConcept(c.name, c.tier, c.label, _Transliterated(c.pattern),  # type: ignore[arg-type]
                       _Transliterated(c.requires) if c.requires else None)  # type: ignore[arg-type]


SERBIAN_CYRILLIC: tuple[LangConcept, ...] = tuple(_cyrillic(c) for c in SERBIAN)
