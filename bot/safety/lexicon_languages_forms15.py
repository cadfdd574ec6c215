"""Other-language emergency and self-harm shapes found missing in round twenty-six (session 15), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents). Written with dictionaries, **not reviewed
by native speakers or a clinician**.

- Indonesian had crisis, chest, breathing, fall and poisoning shapes (session 13) but none of the back-pain red
  flags: a fever or chills with back pain (reference §2.2; NICE CKS "Back pain - low (without radiculopathy)": fever
  with back pain may mean infection), both legs weak or numb, or weakness getting worse, and new trouble holding
  urine or stools or numbness between the legs (NHS "Cauda equina syndrome": call 999 or go to A&E). "Kesemutan"
  (pins and needles) in one foot stays ordinary: only both legs or a worsening weakness count;
- Romanian self-harm told with the part of the body hurt ("mă tai pe brațe", "mă ard pe picioare"): NHS "Self-harm"
  names cutting or burning the arms, wrists and thighs. Not a finger cut while cooking ("la deget").

Sources: NICE CKS "Back pain - low (without radiculopathy)"; NHS "Cauda equina syndrome"
(https://www.nhs.uk/conditions/cauda-equina-syndrome/); NHS "Self-harm".
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    CRISIS,
    FEVER,
    LEGS,
    SADDLE,
    LangConcept,
    concept,
    near,
)

_ID_BACK = r"punggung|pinggang|tulang belakang|boyok"
_ID_WEAK = r"lemas|lemah|lumpuh|mati rasa|kebas|tidak (?:bisa|kuat) (?:digerakkan|menopang)"
# Parts of the body where self-harm is done (NHS "Self-harm"), in Romanian, folded.
_RO_BODY = r"brate\w*|bratul|maini\w*|mana|incheieturi\w*|picioare\w*|coaps\w*|burta|piele\w*|corp\w*"

FORMS15_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "id": (concept("fever_with_back_pain", "U", FEVER, r"demam|menggigil|panas tinggi|suhu (?:badan )?tinggi",
                   _ID_BACK),
           concept("leg_weakness_or_numbness", "E", LEGS,
                   r"(?:kedua|dua) (?:belah )?kaki (?:\w+ ){0,3}(?:" + _ID_WEAK + r")|kaki (?:\w+ ){0,2}(?:makin|"
                   r"semakin|tambah|bertambah) (?:lemas|lemah)|(?:tidak|gak|nggak) bisa (?:berjalan|jalan|"
                   r"menggerakkan kaki)"),
           concept("bladder_problem", "E", BLADDER,
                   r"(?:tidak|gak|nggak) bisa (?:menahan |mengontrol |mengendalikan )?(?:kencing|buang air kecil|"
                   r"pipis)|mengompol|ngompol"),
           concept("bowel_problem", "E", BOWEL,
                   r"(?:tidak|gak|nggak) bisa (?:menahan|mengontrol|mengendalikan) (?:buang air besar|bab|berak)"),
           concept("saddle_numbness", "E", SADDLE,
                   near(r"mati rasa|kebas|kesemutan|tidak terasa", r"selangkangan|pantat|bokong|kemaluan|dubur|"
                                                                  r"anus|area intim"))),
    "ro": (concept("crisis", "C", CRISIS,
                   r"ma (?:tai|ard|zgarii|lovesc|ranesc) (?:singur\w* )?(?:pe|la|in) (?:" + _RO_BODY + r")\b"
                   r"(?! (?:\w+ ){0,3}(?:din greseala|gatind|cand gatesc|la bucatarie))"),),
}
