"""An operator's article is about its title's subject, and "who gets it?" is a kind of question.

Held-out operator set 48 (read in session 31): "what are the treatment options for merkel cell skin cancer" opened
"The articles don't describe treatment for skin cancer." over quotes on treating Merkel cell carcinoma (the health
vocabulary knows skin cancer, not the article's subject); "who usually gets essential thrombocythemia, is it older
ppl or women more" was refused ("older adults" is no covered concept, and nothing else it named was one); "who is
more likely to get merkel cell cancer?" was read as a definition; "…he has acquired cystic kidney disease?? what is
that exactly" as a general question, so the sentence saying what it is ("… happens when …") was not quoted.
"""

from __future__ import annotations

import sys

import pytest
from support.fakes import PROJECT_ROOT

from bot.answering.sentence_cues import defines
from bot.domain.intent import understand
from bot.domain.question_kinds import asked_sentences, classify_intent
from bot.domain.scope import check_scope
from bot.domain.site import Site
from bot.ingest.pack import default_pack

TITLES = ("Merkel Cell Carcinoma", "Thrombocythemia and Thrombocytosis", "Acquired Cystic Kidney Disease",
          "What I need to know about Erectile Dysfunction", "Bone health and back pain",
          "Can magnesium cause back pain?")


def operator_site(covered=frozenset({"skin-cancer", "kidney-disease"})) -> Site:
    return Site(default_pack(), titles=TITLES, covered=covered,
                concept_articles={c: 1 for c in covered})


def test_an_article_subject_beside_an_uncovered_medicine_is_still_refused():
    verdict = check_scope(operator_site(), "is tolvaptan used to shrink acquired cystic kidney cysts?", frozenset())
    assert not verdict.in_scope and "tolvaptan" in " ".join(verdict.uncovered).casefold()


def test_who_gets_an_articles_subject_is_answered_saying_the_group_is_not_covered():
    question = "who usually gets essential thrombocythemia, is it older people or women?"
    covered = frozenset({"skin-cancer", "kidney-disease", "primary-thrombocythemia"})
    verdict = check_scope(operator_site(covered), question, frozenset())
    assert verdict.in_scope and verdict.uncovered == ("older adults",)
    untitled = Site(default_pack(), covered=covered, concept_articles={c: 1 for c in covered})
    assert not check_scope(untitled, question, frozenset()).in_scope     # the title's subject is what answers it


@pytest.mark.parametrize("question", [
    "who is more likely to get merkel cell cancer? i used tanning beds alot when younger",
    "who usually gets essential thrombocythemia, is it older ppl or women more",
    "Who is at risk for Merkel Cell Carcinoma?", "am i at risk of low vitamin d",
    "is it more common in women", "what are the risk factors for osteoporosis",
])
def test_who_gets_it_is_a_risk_question(question):
    assert classify_intent(question.casefold()) == "risk"


@pytest.mark.parametrize("question, kind", [
    ("does low magnesium make cramps more likely", "yes_no"), ("what causes it", "causes"),
    ("how can i lower my risk of a fracture", "prevention"), ("what is osteomalacia?", "definition"),
    ("what else can make your platelets go high if its not a bone marrow thing", "causes"),
])
def test_questions_of_other_kinds_that_share_its_words_are_not_risk_questions(question, kind):
    assert classify_intent(question.casefold()) == kind


@pytest.mark.parametrize("question", [
    "my blood test came back saying thrombocytosis, what does that even mean",
    "the kidney dr says he has acquired cystic kidney disease?? what is that exactly",
])
def test_what_a_named_thing_means_asked_back_of_it_is_a_definition_question(question):
    assert understand(operator_site(), question).intent == "definition"


def test_a_sentence_asking_without_its_question_mark_still_asks():
    message = "he has acquired cystic kidney disease?? what is that exactly"
    assert asked_sentences(message) == message


def test_x_happens_when_is_the_grammar_of_a_definition():
    sentence = "acquired cystic kidney disease happens when a person's kidneys develop fluid-filled sacs."
    assert defines(sentence, ("acquired cystic kidney disease",))
    assert not defines("the pain happens at night when i lie down.", ("acquired cystic kidney disease",))


@pytest.mark.slow
def test_an_operators_risk_question_is_answered_from_its_who_is_at_risk_section(tmp_path):
    """Salivary gland cancer and thalassemias (tests/eval/operator14, MedQuAD) beside the project's articles: "who
    gets X?" opens with the first sentence under "Who is at risk for X?", under a heading naming X."""
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    import operator_check

    from bot.answering.engine import Bot
    from bot.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    operator_check.make_corpus(corpus, PROJECT_ROOT / "tests" / "eval" / "operator14")
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    answer = bot.ask("who is more likely to get salivary gland cancer?")
    assert answer.kind == "answer"
    assert "at risk of salivary gland cancer" in answer.text.casefold()
    assert any("risk" in c.quote.casefold() and c.passage.doc_id == "salivary_gland_cancer"
               for c in answer.citations[:2])
