"""The crisis check: a learned second look at English messages the crisis phrases and warning-sign classes did
not flag, over the query encoder's sentence embeddings.

Every blind round found crisis wordings no list had (round seven: 6 of 30 caught by the lexicon and the
warning-sign classes together). A logistic-regression classifier over MiniLM sentence embeddings, trained
on the project's labelled vignettes and questions (`benchmarks/train_crisis_check.py`), catches far more of
them (24 of 30 on round seven, trained without it) but also fires on idioms and dark humour (17 of 65 of
that round's other messages). So it does not replace the answer: when it fires, the answer opens with a
short support line and the helplines (`notices.SUPPORT_CHECK`), and the cited answer follows. A false alarm
costs one line; a missed crisis would cost far more (Semigran et al., BMJ 2015, on favouring recall).

This module needs numpy only: the engine embeds the message's units (`message_units`) with its own encoder
and passes the vectors in. The weights are data (`data/crisis_check.json`) and are used only with the model
they were trained for (`CrisisCheck.model`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

CHECK_FILE = Path(__file__).with_name("data") / "crisis_check.json"
THRESHOLD = 0.8          # probability; chosen on the development rounds (docs/SAFETY.md, "Crisis check")
MAX_UNITS = 12           # a long message is judged on its first dozen sentences and clauses
_UNIT_SPLIT = re.compile(r"(?<=[.!?;,])\s+|\n+")


def idiom_free(units: list[str]) -> list[bool]:
    """For each unit, whether it holds no everyday idiom of death or killing ("this pain is killing me", "I'd
    kill for a coffee"; `crisis_cues.IDIOMS`), no question about stopping a treatment ("should I just
    stop the iron?"), no ordinary clause the check misreads ("it's agony to move"; `crisis_ordinary`) and no
    question about getting over an operation or an anaesthetic (`crisis_ordinary_procedures`, session 27) and no
    worry the check misread in round 45 ("I don't want to take too much by accident"; `crisis_ordinary_round45`) or in
    round 47 ("is it normal to worry you won't wake up?", a wave's wipeout; `crisis_ordinary_round47`) or round 49
    ("I'd literally die for a decent night's sleep", a clause in plain text-speak; `crisis_ordinary_round49`) or round
    50 ("I'd sell my soul for a new spine", a suicide-prevention charity's volunteer; `crisis_ordinary_round50`). When
    the check fires, it must fire again on these units alone, so that an idiom never brings the support line by
    itself (a crisis sentence beside it still does)."""
    from bot.safety.crisis_cues import strip_idioms
    from bot.safety.crisis_ordinary import (
        asks_about_an_amount_or_turns,
        asks_about_stopping_treatment,
        states_an_ordinary_matter,
    )
    from bot.safety.crisis_ordinary_newcomer32 import ends_a_thing_for_good
    from bot.safety.crisis_ordinary_newcomer33 import asks_how_long_a_symptom_lasts, passes_a_thing
    from bot.safety.crisis_ordinary_newcomer34 import tells_of_a_death, tells_of_a_drink, tells_of_broken_sleep
    from bot.safety.crisis_ordinary_procedures import tells_of_an_operation_or_recovery
    from bot.safety.crisis_ordinary_round45 import states_an_ordinary_worry
    from bot.safety.crisis_ordinary_round47 import states_an_ordinary_fear_or_knock
    from bot.safety.crisis_ordinary_round49 import in_plain_text_speak, states_an_ordinary_longing
    from bot.safety.crisis_ordinary_round50 import states_an_ordinary_role_or_wish
    from bot.safety.crisis_ordinary_round51 import states_an_ordinary_joke_rule_or_store
    from bot.safety.crisis_ordinary_round52 import states_a_dose_or_a_title
    from bot.safety.crisis_ordinary_round53 import states_a_correction_position_or_treatment
    from bot.safety.crisis_ordinary_round55 import states_an_ordinary_hyperbole_or_task
    from bot.safety.matching import prepare

    return [strip_idioms(folded) == folded and not asks_about_stopping_treatment(folded, unit)
            and not asks_about_an_amount_or_turns(folded, unit) and not states_an_ordinary_matter(folded)
            and not tells_of_an_operation_or_recovery(folded, unit) and not states_an_ordinary_worry(folded)
            and not states_an_ordinary_fear_or_knock(folded)   # session 28, `crisis_ordinary_round47`
            and not states_an_ordinary_longing(folded) and not in_plain_text_speak(unit)   # session 30, `_round49`
            and not states_an_ordinary_role_or_wish(folded)   # session 31: a soul sold, a charity role, `_round50`
            and not states_an_ordinary_joke_rule_or_store(folded)   # round 51: pain wants me dead haha, `_round51`
            and not states_a_dose_or_a_title(folded, unit)   # round 52: safe maximum dose, a quoted title
            and not states_a_correction_position_or_treatment(folded, unit, units[0])   # round 53 (session 32)
            and not ends_a_thing_for_good(folded)   # session 32: rid of nits "for good" (`crisis_ordinary_newcomer32`)
            and not passes_a_thing(folded) and not asks_how_long_a_symptom_lasts(folded)   # session 33: "pass a
            # stone", "how long does it take to stop hurting" (`crisis_ordinary_newcomer33`)
            and not tells_of_broken_sleep(folded) and not tells_of_a_drink(folded)   # session 34: "i keep waking
            and not tells_of_a_death(folded)   # up at 3am", "a glass of wine most nights", "my nan passed away"
            and not states_an_ordinary_hyperbole_or_task(folded)   # round 55: a test "killed me", a hospice
            for folded, unit in ((prepare(unit).text, unit) for unit in units)]


def message_units(text: str) -> list[str]:
    """What is embedded: the whole message, then each of its sentences and clauses of three words or more (a
    crisis sentence buried in a question about vitamins is judged on its own). At most MAX_UNITS + 1 strings."""
    parts = [p.strip() for p in _UNIT_SPLIT.split(text) if len(p.strip().split()) >= 3]
    return [text] + [p for p in parts if p != text][:MAX_UNITS]


@dataclass(frozen=True)
class CrisisCheck:
    """Logistic-regression weights over L2-normalised sentence embeddings of `model`."""

    model: str                  # the encoder fingerprint the weights belong to
    weights: np.ndarray         # (dim,) float32
    bias: float
    threshold: float            # probability at or above which the support line is shown

    def probability(self, vectors: np.ndarray) -> float:
        """The highest crisis probability (0..1) over the rows of `vectors` ((n, dim), one row per unit)."""
        if vectors.size == 0 or vectors.shape[1] != self.weights.shape[0]:
            return 0.0
        logits = vectors.astype(np.float32) @ self.weights + self.bias
        return float(1.0 / (1.0 + np.exp(-logits.max())))

    def fires(self, vectors: np.ndarray) -> bool:
        """Whether the support line should open the answer."""
        return self.probability(vectors) >= self.threshold

    def fires_on(self, units: list[str], vectors: np.ndarray) -> bool:
        """Whether the support line should open the answer to a message whose `message_units` are `units`, embedded
        one row each in `vectors`: some unit that may be judged alone (`crisis_words.judged_alone`: not a short
        clause with no word of a crisis in a message that otherwise scores low) reaches the threshold, and so does
        one of those that holds no idiom (`idiom_free`), so that an idiom never brings the line by itself."""
        from bot.safety.crisis_ordinary_newcomer34 import tells_of_a_death
        from bot.safety.crisis_words import judged_alone
        from bot.safety.matching import prepare

        if vectors.ndim != 2 or vectors.shape[0] != len(units) or vectors.shape[1] != self.weights.shape[0]:
            return self.fires(vectors) if vectors.ndim == 2 else False
        logits = vectors.astype(np.float32) @ self.weights + self.bias
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        free = np.array(idiom_free(units), dtype=bool)
        # A death told does not lift the message's score for short clauses either ("my nan passed away last month, …
        # will i get it?": the death scored 0.85, and "will i get it?" 0.92 then counted; session 34). Only that
        # frame: masking every unit set aside lost the support line of an unread round's emergency row.
        grief = np.array([not f and tells_of_a_death(prepare(unit).text) for unit, f in zip(units, free)], dtype=bool)
        counted = np.array(judged_alone(units, np.where(grief, 0.0, probabilities).tolist()), dtype=bool)
        if not (probabilities[counted] >= self.threshold).any():
            return False
        return bool((probabilities[counted & free] >= self.threshold).any())


@lru_cache(maxsize=1)
def crisis_check(path: Path = CHECK_FILE) -> CrisisCheck | None:
    """The shipped weights, or None when the file is missing or unreadable (the engine then logs that the
    check is off; the phrase lexicon and warning-sign classes still apply)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = np.asarray(data["weights"], dtype=np.float32)
        return CrisisCheck(str(data["model"]), weights, float(data["bias"]), float(data.get("threshold", THRESHOLD)))
    except (OSError, ValueError, KeyError, TypeError):
        return None
