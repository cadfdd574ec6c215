"""Warning signs found missing in safety round fifty-one (session 31), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`, one line). Weak: a crisis only with a second, different class. Over the
matching form (`bot.safety.matching`).

- MEANS: medicines hidden, saved or put aside instead of being taken ("she's hiding her maintenance meds instead of
  taking them, like saving them up"), or painkillers bought from several shops ("buying them from different
  chemists"): collecting means (C-SSRS 6, preparatory behaviour; 988 Lifeline warning signs; NICE NG225, access to
  means; the UK pack-size limit is got round so). The older classes wanted "saving up pills", the medicine word
  after the verb. Alone it is no crisis ("mum hides her tablets instead of taking them": not taking medicine is
  also plain non-adherence); beside a wish to die it is one.
"""

from __future__ import annotations

_MEDS = (r"(?:meds|medication|medications|medicines?|tablets|pills|painkillers|paracetamol|co ?codamol|codeine|"
         r"tramadol|sleeping (?:pills|tablets)|insulin|heart pills|blood pressure pills)")

ROUND51 = {
    "means": (r"(?:hiding|hid|hides|hidden|saving|saved|saves|stashing|stashed|putting aside|put aside|pocketing|"
              r"squirrelling|squirreling) (?:\w+ ){0,3}" + _MEDS + r" (?:\w+ ){0,2}instead of (?:taking|swallowing|"
              r"using) (?:them|it)\b|(?:buying|bought|buy|getting|got) (?:\w+ ){0,3}" + _MEDS + r" (?:\w+ ){0,2}"
              r"(?:from|at|in) (?:different|several|various|lots of|multiple|loads of) (?:shops|chemists|pharmacies|"
              r"supermarkets|stores)\b"),
}
