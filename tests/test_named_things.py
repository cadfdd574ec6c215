"""Named things a question asks about ("carcinoid tumour", "psoriatic arthritis"): a rare word the articles never use,
before a medical head noun, names something they don't cover, even when the head noun alone is a concept they do
cover ("tumour"). Common words in that place name nothing new: "how do people catch marburg virus" is a question
about the Marburg article, not about a "catch marburg virus" (it had been refused)."""

from __future__ import annotations

from bot.domain.asked import CorpusWords, unknown_named
from bot.domain.scope import check_scope

_CORPUS = {"marburg", "viru", "tumour", "tumor", "stomach", "gastrin", "zollinger", "ellison", "syndrome", "blood",
           "test", "knee"}


def _stem(text: str) -> list[str]:
    return [w.rstrip("s") for w in text.casefold().replace("-", " ").split() if len(w) >= 3]


WORDS = CorpusWords(_CORPUS, _stem)


def test_a_rare_unknown_word_before_a_head_noun_names_an_uncovered_thing():
    assert [p for *_, p in unknown_named("is it a kind of carcinoid tumour", WORDS, lambda p: False)] == [
        "carcinoid tumour"]
    assert [p for *_, p in unknown_named("what is ramsay hunt syndrome", WORDS, lambda p: False)] == [
        "ramsay hunt syndrome"]


def test_common_words_before_a_head_noun_name_nothing_new():
    assert unknown_named("how do people catch marburg virus from each other", WORDS, lambda p: False) == ()
    assert unknown_named("doctor want blood test for my husband", WORDS, lambda p: False) == ()
    assert unknown_named("will knee surgery help", WORDS, lambda p: False) == ()


def test_a_covered_head_noun_does_not_make_a_rare_modifier_covered(site):
    verdict = check_scope(site, "is zollinger-ellison a kind of carcinoid tumour?", frozenset(), corpus_words=WORDS)
    assert not verdict.in_scope and "carcinoid tumour" in verdict.uncovered
