"""Back pain with fragile bones after a fall, and with a history of cancer, in languages whose lexicon lacked them
(round thirty-two, session 18), in the form of `lexicon_languages` (patterns over `fold_words`). German has the fall
in `lexicon_languages_told`, the other languages the cancer flag in `lexicon_languages_acute`. Written with
dictionaries, **not reviewed by native speakers or a clinician**.

- Dutch: a fall (any fall: "gevallen", "gestruikeld", "uitgegleden", "onderuit gegaan") with back pain (not "geen
  rugpijn", no back pain) or unable to get up afterwards, in someone with osteoporosis ("botontkalking", the lay
  word, or "osteoporose"), on long-term steroids or aged 70 and over. NICE CKS "Back pain - low (without
  radiculopathy)": suspect a vertebral fracture after minor trauma in people with osteoporosis, on corticosteroids
  or older (reference §2.2, as `lexicon_told`);
- Romanian and Indonesian: back pain with a history of cancer (NHS "Back pain": urgent if you have had cancer;
  NICE NG234, metastatic spinal cord compression). "cancer" and "tumor" alone are English too, so the Romanian
  pattern wants a Romanian verb or organ ("am avut cancer", "cancer de sân") and every pattern needs the
  language's own back word.
"""

from __future__ import annotations

from bot.safety.language_patterns import TRAUMA, LangConcept, concept

CANCER = "back pain with a history of cancer"

_NL_FELL = r"gevallen|gestruikeld|uitgegleden|onderuit gegaan|valpartij|ten val gekomen"
_NL_FRAGILE = r"botontkalking|osteoporose|broze botten|prednis\w*|corticosteroid\w*|[7-9]\d|1[01]\d"
_RO_BACK = r"spate\w*|coloana|lombar\w*|vertebr\w*"
_ID_BACK = r"punggung|pinggang|tulang belakang|boyok"

FRAGILITY_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "nl": (concept("significant_trauma", "E", TRAUMA,
                   r"(?:" + _NL_FELL + r")(?: \w+){0,14} (?<!geen )(?:rug\w*|onderrug|wervel\w*|stuitje)|"
                   r"(?:rug\w*|onderrug|wervel\w*)(?: \w+){0,14} (?:" + _NL_FELL + r")|"
                   r"(?:" + _NL_FELL + r")(?: \w+){0,12} (?:kan|kon) (?:\w+ ){0,4}niet (?:meer )?(?:opstaan|overeind|"
                   r"bewegen|lopen|staan)",
                   _NL_FRAGILE),),
    "ro": (concept("cancer_history", "U", CANCER,
                   r"(?:am avut|a avut|are|avea|aveam|am fost operat\w* de|tratat\w* de) (?:un )?cancer|cancer (?:de|"
                   r"la) (?:san|prostata|plaman\w*|colon|rinichi|tiroida|col uterin)|tumor(?:a|i|ile|ii)\b|metastaz\w*|"
                   r"chimioterapie|radioterapie|mastectomie",
                   _RO_BACK),),
    "id": (concept("cancer_history", "U", CANCER,
                   r"kanker|tumor ganas|kemoterapi|kemo|radioterapi|metastasis|mastektomi", _ID_BACK),),
}
