"""Floors on the blind batches whose misses have been looked at (tests/eval/fresh_a.jsonl; fresh_h.jsonl and
fresh_i.jsonl, measured once held out in session 6, then read; fresh_l.jsonl, read in session 8; fresh_n.jsonl,
read in session 9; fresh_u.jsonl, read in session 14; and fresh_v.jsonl, the latest, read in session 15).

Written by a helper who saw only the articles; it holds the kinds the development sets lack: partial
coverage, comparisons, exclusions, off-topic messages after on-topic ones. Fresh A's floors sit a little under
its measured values (cite 0.694, MRR 0.620, answer 0.667, abstention 5/5 of which 3/3 after history, honesty
4/5, both sides 2/4). tests/eval/fresh_b.jsonl and fresh_c.jsonl are kept unseen: only their aggregate
tables are reported (docs/EVALUATION.md), so they have no floors here.
"""

from __future__ import annotations

import pytest
from support.fakes import PROJECT_ROOT

from bot.evaluation.runner import load_questions, render_misses, run_system

pytestmark = pytest.mark.slow


def _report(bot, article_texts, name: str):
    """The bot's evaluation report on tests/eval/<name>.jsonl."""
    batch = load_questions(PROJECT_ROOT / "tests" / "eval" / f"{name}.jsonl")
    return run_system("bot", lambda q, h: bot.ask(q, history=h), batch, article_texts)


# Per read batch: floors a little under the values measured after reading it.
# fresh H: cite 30/42, MRR 0.651, answer 26/42, out of scope 8/8 (4/4 after history), honesty 5/6, frame 41/41.
# fresh I: measured once held out at the end of session 6 (cite 31/42, MRR 0.643, answer 27/42, out of scope 7/8),
#   read at the start of the next; after its two follow-up fixes: cite 32/42, MRR 0.667, answer 28/42, out of scope
#   8/8 (4/4 after history), honesty 6/6, frame 39/40.
# fresh L: measured once held out at the start of session 8 (cite 36/46, MRR 0.678, answer 34/46, out of scope
#   8/8), then read; at the end of session 8: cite 38/46, MRR 0.707, answer 36/46, out of scope 8/8 (4/4 after
#   history), honesty 6/6, frame 48/48.
# fresh N: measured once held out at the start of session 9 (cite 30/46, MRR 0.547, answer 27/46, out of scope 5/6),
#   then read; at the end of session 9: cite 31/46, MRR 0.569, answer 28/46, out of scope 6/6 (3/3 after history),
#   honesty 5/6, frame 49/49, both sides 1/4 (three comparisons quote an answer to both sides from another
#   sentence than the writer's gold).
FLOORS = {  # name: (cite hit, cite MRR, answer hit, frame support or None, both sides or None)
    "fresh_a": (0.66, 0.55, 0.58, None, 0.75),   # session 12: cite 26/36, MRR 0.593, answer 22/36
    "fresh_h": (0.68, 0.6, 0.58, 1.0, None),
    "fresh_i": (0.72, 0.62, 0.62, 0.95, None),
    "fresh_l": (0.76, 0.66, 0.72, 0.95, None),
    "fresh_n": (0.65, 0.54, 0.58, 1.0, None),
    # fresh U: held out in session 13 (start cite 29/46, MRR 0.457, answer 25/46), read at the start of session 14;
    # at its end: cite 32/46, MRR 0.533, answer 28/46, out of scope 5/6 (2/3 after history: "also she has cataracts,
    # should she still be driving?" after a B12 question is still answered). Floors two questions under, so that a
    # borderline ranking on another CPU cannot fail them.
    # Session 16 (corroboration): cite 34/46, MRR 0.542, answer 30/46.
    "fresh_u": (0.69, 0.49, 0.60, 0.95, None),
    # fresh V: held out in session 14 (start cite 33/46, MRR 0.609, answer 30/46, out of scope 3/6; end 34/46, 0.620,
    # 31/46, 3/6), its out-of-scope misses read in session 15 (three effects the articles never speak of: hair loss,
    # depression, covid); after that session's fix: 34/46, 0.620, 31/46, out of scope 6/6 (3/3 after history), frame
    # 48/48. Session 16 (corroboration: another passage's wording of a quoted fact cited after the facts): 37/46,
    # 0.643, 34/46. Floors two questions under, as for U.
    "fresh_v": (0.76, 0.59, 0.69, 0.95, None),
}
# Out-of-scope abstention floors (overall, after history) where a read batch still has a known miss; else all.
# (fresh U's "also she has cataracts, should she still be driving?" is refused since session 15: all of U now.)
ABSTENTION: dict[str, tuple[float, float]] = {}


@pytest.mark.parametrize("name", FLOORS)
def test_quality_on_a_read_blind_batch_does_not_regress(real_bot, real_article_texts, name):
    cite, mrr, answer, frame, both = FLOORS[name]
    report = _report(real_bot, real_article_texts, name)
    assert report.cite_hit.value >= cite, render_misses(report)
    assert report.cite_mrr >= mrr
    assert report.answer_hit.value >= answer
    overall, after_history = ABSTENTION.get(name, (1.0, 1.0))
    assert report.abstention.value >= overall and report.abstention_after_history.value >= after_history
    assert report.honesty.value >= 0.8
    assert frame is None or report.frame_support.value >= frame
    assert both is None or report.both_sides.value >= both
    assert report.invariant_breaks.hits == 0
