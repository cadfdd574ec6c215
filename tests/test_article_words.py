"""An article's own words anchor a question to the corpus: "what scan do they use to check for a leg clot" names
no concept of the health vocabulary and no long rare word, but "clot" is what one article keeps talking about."""

from __future__ import annotations

import sys

import pytest
from support.fakes import PROJECT_ROOT, project_site

from bot.domain.scope import check_scope
from bot.ingest.english import zipf
from bot.ingest.statistics import article_words, word_forms

CLOTS = ["A clot forms in a deep vein.", "Clots can travel to the lungs.", "The clot is found by ultrasound.",
         "Deep vein clots need treatment.", "Blood thinners stop a clot growing."]
BLADDER = ["IC/PBS causes bladder pain.", "The bladder wall is inflamed in IC.", "Bladder training helps IC.",
           "Most people void four to seven times a day."]
OTHER = ["Vitamin D helps the body absorb calcium.", "Leafy greens hold magnesium and vitamin K.",
         "A blood test can show a deficiency.", "Clinicians may check the spine."]


def own_words() -> frozenset[str]:
    texts = CLOTS + BLADDER + OTHER
    docs = ["dvt"] * len(CLOTS) + ["ic"] * len(BLADDER) + ["vitamins"] * len(OTHER)
    return article_words(texts, docs, zipf)


def test_words_one_article_keeps_using_belong_to_it():
    words = own_words()
    assert {"clot", "bladder", "ic"} <= words


def test_everyday_words_and_words_used_once_do_not():
    words = own_words()
    assert not {"deep", "the", "blood", "pain", "void", "vitamin"} & words


def test_a_corpus_of_one_article_has_no_article_words():
    assert article_words(CLOTS, ["dvt"] * len(CLOTS), zipf) == frozenset()


def test_plurals_and_acronyms_compare_by_one_form():
    assert word_forms("Clots in the veins") >= {"clot", "vein"}
    assert "ic" in word_forms("pain with IC") and "us" not in word_forms("tell us")
    assert "ic" in word_forms("foods to avoid w/ ic?", acronyms=False)


@pytest.mark.parametrize("question", ["what scan do they use to check for a leg clot",
                                      "do guys get IC too or is it mostly women"])
def test_a_question_with_an_article_word_is_in_scope(question):
    site = project_site()
    assert not check_scope(site, question, frozenset()).in_scope
    assert check_scope(site, question, frozenset(), article_words=own_words()).in_scope


@pytest.mark.parametrize("question", ["tell me a joke", "what time does the train leave", "best pizza in town?"])
def test_an_off_topic_question_stays_out_of_scope(question):
    assert not check_scope(project_site(), question, frozenset(), article_words=own_words()).in_scope


@pytest.mark.slow
def test_a_three_article_operator_corpus_is_answered_without_refusals(tmp_path):
    """Interstitial cystitis, shingles and deep vein thrombosis (tests/eval/operator9, MedQuAD) beside the
    project's articles. Measured 2026-11-30: 19/24 correct, 0 refused, 1 wrong article, 5/8 out of scope refused
    (before article words: 17/24, 3 refused)."""
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    import operator_check

    from bot.answering.engine import Bot
    from bot.config import Settings
    from bot.evaluation.runner import load_questions

    folder = PROJECT_ROOT / "tests" / "eval" / "operator9"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    operator_check.make_corpus(corpus, folder)
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    questions = load_questions(folder / "questions.jsonl")
    answers = [bot.ask(q["question"], history=list(q.get("history") or [])).to_dict() for q in questions]
    counts = operator_check.score(questions, answers)["counts"]
    assert counts["correct"] >= 19 and counts["refused"] == 0 and counts["wrong_article"] <= 1, counts
    assert counts["out_of_scope_refused"] >= 5, counts
