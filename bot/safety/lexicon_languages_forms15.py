"""Other-language emergency and self-harm shapes found missing in round twenty-six (session 15), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents). Written with dictionaries, **not reviewed
by native speakers or a clinician**.

- Indonesian had crisis, chest, breathing, fall and poisoning shapes (session 13) but none of the back-pain red
  flags: a fever or chills with back pain (reference §2.2; NICE CKS "Back pain - low (without radiculopathy)": fever
  with back pain may mean infection), both legs weak or numb, or weakness getting worse, and new trouble holding
  urine or stools or numbness between the legs (NHS "Cauda equina syndrome": call 999 or go to A&E). "Kesemutan"
  (pins and needles) in one foot stays ordinary: only both legs or a worsening weakness count;
- Swedish had only crisis shapes (session 11) although the language detector names it: now each red flag the other
  lexicons carry (bladder, bowel, numbness between the legs, both legs weak or numb, a fall from a height or down
  stairs, a road accident, fever or chills with back pain, chest pain, difficulty breathing, a child who swallowed
  tablets), with the same sources. A coverage gap found by listing the concepts of each language, not from a
  message;
- Romanian had no loss of bowel control and no child poisoning shape (the same listing): now both;
- Romanian self-harm told with the part of the body hurt ("mă tai pe brațe", "mă ard pe picioare"): NHS "Self-harm"
  names cutting or burning the arms, wrists and thighs. Not a finger cut while cooking ("la deget").

Sources: NICE CKS "Back pain - low (without radiculopathy)"; NHS "Cauda equina syndrome"
(https://www.nhs.uk/conditions/cauda-equina-syndrome/); NHS "Self-harm".
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    POISONING,
    SADDLE,
    TRAUMA,
    LangConcept,
    concept,
    near,
)

_ID_BACK = r"punggung|pinggang|tulang belakang|boyok"
_ID_WEAK = r"lemas|lemah|lumpuh|mati rasa|kebas|tidak (?:bisa|kuat) (?:digerakkan|menopang)"
# Parts of the body where self-harm is done (NHS "Self-harm"), in Romanian, folded.
_RO_BODY = r"brate\w*|bratul|maini\w*|mana|incheieturi\w*|picioare\w*|coaps\w*|burta|piele\w*|corp\w*"

_SV_PILLS = r"(?:tabletter|tablett|piller|vitaminer|vitamintabletter|jarntabletter|kapslar|medicin\w*)"
_SV_CHILD = r"(?:barn\w*|dotter|dottern|son|sonen|bebis|baby|bebisen|lillkill\w*|lillasyster|lillebror|\w+aring\w*)"

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
    "sv": (concept("bladder_problem", "E", BLADDER,
                   r"kan (?:inte|inte langre) (?:halla|kontrollera) (?:\w+ )?(?:urinen|blasan|kisset|tatt)|kan inte "
                   r"kissa|(?:har )?kissat pa mig|urinstopp"),
           concept("bowel_problem", "E", BOWEL,
                   r"kan (?:inte|inte langre) (?:halla|kontrollera) (?:\w+ )?(?:tarmen|avforingen|bajset)|(?:har )?"
                   r"bajsat pa mig"),
           concept("saddle_numbness", "E", SADDLE,
                   near(r"domn\w*|kanner (?:ingenting|inget)|ingen kansel|stickningar",
                        r"underlivet|skrevet|rumpan|baken|mellan benen|ljumsk\w*|analen|kon(?:sorganen)?")),
           concept("leg_weakness_or_numbness", "E", LEGS,
                   r"(?:bada|bagge) (?:mina )?benen (?:\w+ ){0,3}(?:svaga|domnade|domnar|somnat|bar (?:mig )?inte|"
                   r"viker sig|ger vika)|benen (?:\w+ ){0,2}(?:blir|har blivit) (?:allt |mer och mer )?svagare|"
                   r"kan inte (?:ga|sta)\b|kanner inte (?:mina )?ben"),
           concept("significant_trauma", "E", TRAUMA,
                   r"(?:ramlade|foll|trillade|ramlat|fallit|trillat) (?:\w+ ){0,2}(?:nerfor|ner for|ner fran|fran|av) "
                   r"(?:trappan|trapporna|stegen|taket|hasten|cykeln|balkongen|hog hojd)|bilolycka|trafikolycka"),
           concept("fever_with_back_pain", "U", FEVER, r"feber|frossa|hog temp\w*", r"rygg\w*|ryggrad\w*"),
           concept("chest_pain", "E", CHEST, r"ont i brostet|brostsmart\w*|smart\w* i brostet|tryck (?:\w+ )?over "
                                             r"brostet"),
           concept("breathing_difficulty", "E", BREATHING, r"kan inte andas|svart att andas|andnod"),
           concept("poisoning", "P", POISONING, r"(?:svalt|svalde|atit|at upp|tagit|tog) (?:\w+ ){0,3}" + _SV_PILLS,
                   _SV_CHILD)),
    "ro": (concept("bowel_problem", "E", BOWEL,
                   r"nu (?:mai )?pot (?:sa )?(?:controlez|controla|tin|tine) (?:\w+ )?(?:scaunul|intestinul|"
                   r"fecalele)|am facut (?:pe mine|in pantaloni)"),
           concept("poisoning", "P", POISONING,
                   r"(?:a|au) (?:inghitit|mancat|luat) (?:\w+ ){0,3}(?:pastile|tablete|vitamine|capsule|medicamente)",
                   r"copil\w*|fiul|fiica|bebelus\w*|baiet\w*|fetit\w*|nepot\w*"),
           concept("crisis", "C", CRISIS,
                   r"ma (?:tai|ard|zgarii|lovesc|ranesc) (?:singur\w* )?(?:pe|la|in) (?:" + _RO_BODY + r")\b"
                   r"(?! (?:\w+ ){0,3}(?:din greseala|gatind|cand gatesc|la bucatarie))"),),
}
