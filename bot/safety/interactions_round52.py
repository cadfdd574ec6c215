"""A medicine found missing from `interactions.MEDICINES` in safety round fifty-two (session 31), joined there (one
import, one line), so "I'm on lithium for bipolar … is it safe to add magnesium or vitamin D?" gets the pharmacist
notice like the other interacting medicines.

- Lithium: NHS "Lithium" (https://www.nhs.uk/medicines/lithium/: check with a pharmacist or doctor before taking
  any other medicines, herbal remedies or supplements; anti-inflammatory painkillers such as ibuprofen and water
  tablets raise its level; keep salt and fluid intake steady) and BNF "Lithium carbonate" (hypercalcaemia and
  hyperparathyroidism; calcium levels checked before and during treatment, so calcium and vitamin D want the
  prescriber's advice). Brand names Priadel, Camcolit, Liskonum, Li-Liquid.
"""

from __future__ import annotations

# (name, names, with_) for `interactions.Medicine`; names are a regex over the matching form.
ROUND52_MEDICINES: tuple[tuple[str, str, str], ...] = (
    ("lithium",
     r"lithium(?! batter\w*| ion| cells?)|priadel|camcolit|liskonum|li liquid",
     "some supplements and painkillers: anti-inflammatory painkillers such as ibuprofen change its level, and "
     "lithium can raise calcium levels, so ask before adding calcium or vitamin D"),
)
