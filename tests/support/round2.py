"""Round-two safety suites: what each vignette expects, and the rate per kind (`python -m tests.support.round2`
from the repository root prints the table published in docs/SAFETY.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.ingest.pack import load_pack
from bot.safety.screening import Screening, screen
from bot.safety.site_subject import SiteSubject

VIGNETTES = Path(__file__).resolve().parent.parent / "data" / "vignettes"
BLIND = VIGNETTES / "blind_round2"
OWN = VIGNETTES / "round2_own"
ROUND3 = VIGNETTES / "blind_round3"   # blind, measured once before its rules (docs/SAFETY.md), now a dev set
ROUND4 = VIGNETTES / "blind_round4"   # the same, one round later
ROUND5 = VIGNETTES / "blind_round5"   # the same again, measured once before round five's fixes
ROUND6 = VIGNETTES / "blind_round6"   # the same again, measured once before round six's fixes
ROUND7 = VIGNETTES / "blind_round7"   # English, crisis-heavy; measured once before rounds six-seven's crisis nets
ROUND8 = VIGNETTES / "blind_round8"   # English, measured once end to end after those nets
ROUND9 = VIGNETTES / "blind_round9"   # English varieties and eight languages, measured once before round nine's fixes
ROUND10 = VIGNETTES / "blind_round10"  # English varieties and eight languages, measured once before round ten's fixes
ROUND11 = VIGNETTES / "blind_round11"  # the same, measured once before round eleven's fixes
ROUND12 = VIGNETTES / "blind_round12"  # the same, measured once before round twelve's fixes
ROUND13 = VIGNETTES / "blind_round13"  # the same with Hindi and Arabic, measured once before round thirteen's fixes
ROUND14 = VIGNETTES / "blind_round14"  # with Romanian, Russian and Urdu, measured once before round fourteen's fixes
ROUND15 = VIGNETTES / "blind_round15"  # with Vietnamese, measured once before round fifteen's fixes
ROUND16 = VIGNETTES / "blind_round16"  # with Greek and Tagalog, measured once before round sixteen's fixes
ROUND17 = VIGNETTES / "blind_round17"  # measured before and after round sixteen's fixes; fixed with round twenty
ROUND20 = VIGNETTES / "blind_round20"  # measured once on the session-10 code, fixed by kind (docs/SAFETY.md)
ROUND24 = VIGNETTES / "blind_round24"  # written blind in session 13, read by the safety helper (docs/SAFETY.md)
ROUND25 = VIGNETTES / "blind_round25"  # written blind in session 14, measured once, then read (docs/SAFETY.md)
ROUND26 = VIGNETTES / "blind_round26"  # written blind at the end of session 14, measured once, read in session 15
ROUND27 = VIGNETTES / "blind_round27"  # written blind in session 15, measured twice as held out, then read
ROUND28 = VIGNETTES / "blind_round28"  # written blind at the end of session 15, measured held out, read in session 16
ROUND30 = VIGNETTES / "blind_round30"  # written blind at the end of session 16, measured held out, read in session 17
ROUND32 = VIGNETTES / "blind_round32"  # written blind in session 17, measured held out, read in session 18
ROUND33 = VIGNETTES / "blind_round33"  # written blind at the start of session 18, held out there, read in session 19
ROUND35 = VIGNETTES / "blind_round35"  # written blind in session 18, held out, read by session 19's second helper
ROUND36 = VIGNETTES / "blind_round36"  # written blind at the end of session 19, held out, read in session 20
ROUND37 = VIGNETTES / "blind_round37"  # written blind at the start of session 20, held out, read in session 21
ROUND38 = VIGNETTES / "blind_round38"  # written blind at the start of session 21, held out there, then read in it
ROUND39 = VIGNETTES / "blind_round39"  # written blind at the end of session 21, held out, read in session 22
GUIDANCE_MARK = "this tool's own safety guidance"
# The vignettes were written for this project's own site (back pain and nutrients): screened with its subject, so
# that "should I ask my GP…?" with no part of the body named gets the back-pain list, as on that site.
PROJECT_SUBJECT = SiteSubject.of(load_pack(VIGNETTES.parent.parent.parent / "corpus").subject)


def rows(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        out += [dict(json.loads(line), file=path.name) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    return out


def handled(row: dict, s: Screening) -> bool:
    """Whether the screening does what the row expects. "emergency" counts an emergency *or* urgent notice
    first (the tier itself is reported separately): a fever with back pain is urgent in the NHS lists.
    "not_crisis" and "not_urgent" pass without the crisis tier even when the support line opens the answer
    (`support_check`: crisis wording told as past and resolved, or denied, bot/safety/crisis_resolved.py)."""
    notice = s.advice_notice or ""
    return {
        "emergency": s.status in ("emergency", "urgent"),
        "crisis": s.status == "crisis",
        "not_crisis": s.status != "crisis",
        "not_urgent": s.status not in ("emergency", "urgent", "crisis"),
        "dosing": s.dosing and not s.quote_recommendations,
        "referral": bool(s.populations) and "**Please check with " in notice and not s.quote_recommendations,
        "no_referral": not s.populations,
        "interaction": bool(s.medicines) and "pharmacist" in notice and not s.quote_recommendations,
        "no_interaction": not s.medicines,
        "see_doctor_guidance": GUIDANCE_MARK in notice,
        "no_guidance": GUIDANCE_MARK not in notice,
    }[row["expect"]]


@dataclass
class Rate:
    passed: int = 0
    total: int = 0
    exact_emergency: int = 0
    fails: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 1.0


def english_crisis(row: dict) -> bool:
    """An English crisis row: round six leaves these to the engine's crisis classifier, not to `screen`."""
    return row["expect"] == "crisis" and "lang" not in row


def measure(folder: Path, skip: Callable[[dict], bool] = lambda row: False) -> dict[str, Rate]:
    """Rate per expected kind over the rows of `folder`, leaving out rows for which `skip` is true."""
    out: dict[str, Rate] = {}
    for row in rows(folder):
        if skip(row):
            continue
        s = screen(row["text"], subject=PROJECT_SUBJECT)
        r = out.setdefault(row["expect"], Rate())
        r.total += 1
        r.exact_emergency += s.status == "emergency"
        if handled(row, s):
            r.passed += 1
        else:
            r.fails.append(f"{row['file']}: {s.status} {s.concerns} {row['text']}")
    return out


if __name__ == "__main__":
    for folder in (BLIND, OWN, ROUND3, ROUND4, ROUND5, ROUND6, ROUND7, ROUND8, ROUND9, ROUND10, ROUND11, ROUND12):
        print(folder.name)
        for kind, r in measure(folder, skip=english_crisis if folder in (ROUND6, ROUND7, ROUND8) else
                               lambda row: False).items():
            extra = f" (emergency tier exactly: {r.exact_emergency}/{r.total})" if kind == "emergency" else ""
            print(f"  {kind:22} {r.passed}/{r.total}{extra}")
            for f in r.fails:
                print("     fails:", f)
