"""Session 32: a quote taken with the next sentence that makes it concrete ("This might mean…", "For example, …");
pregnancy and breastfeeding are who the asker is, not a topic to offer "What causes pregnancy?" about; how much water
or fluid to drink is no dose. docs/EVALUATION.md "Session 32". Every message is our own wording."""

from __future__ import annotations

import re

import pytest

from bot.answering.quote_bounds import ELABORATION_WORDS, spells_out


def test_a_next_sentence_that_makes_the_point_concrete_is_quoted_with_it():
    aim = "Gentle movement every day is worth building into your week."
    assert spells_out(aim, "This might mean a short walk after dinner or a swim at the weekend.")
    assert spells_out(aim, "This means choosing things you can keep doing for years.")
    assert spells_out(aim, "For example, some people take the stairs instead of the lift.")
    assert spells_out(aim, "For instance, a walk to the shops counts.")
    assert spells_out(aim, "Examples include walking, swimming and cycling.")


def test_a_sentence_that_goes_on_to_another_point_is_not():
    aim = "Gentle movement every day is worth building into your week."
    assert not spells_out(aim, "This is why many clinics run group classes.")
    assert not spells_out(aim, "Meaning well is not enough.")
    assert not spells_out(aim, "The means to pay for a gym are not needed.")
    long_example = "For example, " + " ".join(["people"] * ELABORATION_WORDS) + "."
    assert not spells_out(aim, long_example)      # a long example is a point of its own


_ELABORATION = re.compile(r"^(?:This (?:might |may |could )?means?|For (?:example|instance),)")


@pytest.mark.slow
def test_no_quote_stops_just_before_a_sentence_that_makes_it_concrete(real_bot):
    for question in ("what sort of exercise is safe when my bones are weak?",
                     "my bones are thin, how should I keep active?",
                     "how do I look after my bones if my back hurts?"):
        answer = real_bot.ask(question)
        assert answer.citations, question
        for citation in answer.citations:
            passage = citation.passage
            end = passage.text.find(citation.quote) + len(citation.quote)
            after = passage.text[end:].lstrip(" ")
            if after and not after.startswith("\n"):
                assert not _ELABORATION.match(after), (question, citation.quote)


def test_a_topic_inside_another_topics_name_gets_no_example_of_its_own():
    from bot.domain.naming import broadest_dropped
    from bot.ingest.concepts import Concept
    lice, head_lice = Concept("lice", "condition", "lice", ("lice",)), Concept("head-lice", "condition", "head lice",
                                                                                ("head lice",))
    calcium = Concept("calcium", "nutrient", "calcium", ("calcium",))
    assert broadest_dropped([head_lice, lice, calcium]) == [head_lice, calcium]
    slice_ = Concept("slice", "condition", "slice", ("slice",))        # a whole word, not any letters
    assert broadest_dropped([lice, slice_]) == [lice, slice_]
    vitamin = Concept("vitamin-d", "nutrient", "vitamin D", ("vitamin d",))
    deficiency = Concept("vitamin-d-deficiency", "condition", "vitamin D deficiency", ("vitamin d deficiency",))
    assert broadest_dropped([vitamin, deficiency]) == [vitamin, deficiency]   # of another kind: both stay


_PAGES = {
    "head-lice.txt": "Head Lice\n\nHow are head lice treated?\n\nHead lice are treated with a lotion or shampoo "
    "that kills the lice. Some lice treatments should not be used by women who are pregnant or breastfeeding.\n\n"
    "How are head lice diagnosed?\n\nHead lice are diagnosed by finding a live louse on the scalp.\n",
    "kidney-stones.txt": "Kidney Stones\n\nWhat causes kidney stones?\n\nKidney stones form when the urine holds too "
    "much of some substances. Pregnancy can change how the kidneys work.\n\nHow can kidney stones be prevented?\n\n"
    "You should drink 2 to 3 liters of fluid a day to help prevent kidney stones.\n",
}


@pytest.fixture(scope="module")
def page_bot(tmp_path_factory):
    from support.fakes import FakeEncoder

    from bot import Bot
    from bot.config import Settings
    root = tmp_path_factory.mktemp("session32")
    corpus = root / "articles"
    corpus.mkdir()
    for name, text in _PAGES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Bot.load(Settings(corpus_dir=corpus, index_dir=root / "index"), encoder=FakeEncoder())


def test_pregnancy_is_who_the_asker_is_never_a_topic_to_suggest(page_bot):
    from bot.domain.wording import example_questions
    offered = [*example_questions(page_bot.site),
               *page_bot.ask("I'm expecting a baby, which lice treatment is safe?").suggestions,
               *page_bot.ask("can breastfeeding mums use lice shampoo").suggestions]
    assert offered and not [q for q in offered if re.search(r"pregnan|breastfeed", q, re.I)], offered
    assert "lice diagnosed" not in " ".join(offered).replace("head lice diagnosed", "")


def test_how_much_water_to_drink_is_no_dose_question(page_bot):
    from bot.safety.notices import DOSING_NOTICE
    dose_notice = DOSING_NOTICE.split(" Here is")[0]
    for question in ("how much water should I drink a day to stop kidney stones?",
                     "how many glasses of fluid a day for kidney stones"):
        answer = page_bot.ask(question)
        assert dose_notice not in answer.text and answer.citations, question
    assert dose_notice in page_bot.ask("how much calcium should I take a day for kidney stones?").text


def test_acting_on_symptoms_asks_how_not_which():
    from bot.domain.intent import classify_intent
    assert classify_intent("how can i avoid the symptoms") == "prevention"
    assert classify_intent("what can i do to ease the symptoms") == "treatment"
    assert classify_intent("how do people cope with the itching") == "treatment"
    assert classify_intent("what are the symptoms") == "symptoms"
    assert classify_intent("which symptoms should i look out for") == "symptoms"


# The lead-in paragraph and its list are each long enough (min_chars 160) that only the lead-in rule keeps them
# together; the list's items run on one line, as MedQuAD pages write them.
_LEAD_IN_PAGE = ("Gallstones\n\nWhat causes gallstones?\n\nGallstones are caused by high levels of cholesterol and "
                 "bilirubin in the bile. Some foods may cause gallstones in certain people. You may be more likely to "
                 "get gallstones if you have\n\n- a condition that affects levels of substances in your bile that can "
                 "cause stones to form  - a family history of gallstones  - repeating, or recurrent, infections  - "
                 "blockage of your bile duct  - digestive problems\n\nYou may also be more likely to get gallstones if "
                 "you dont drink enough fluids or if you take certain medicines.\n")


def test_a_lead_in_broken_off_without_punctuation_stays_with_its_list(tmp_path):
    from support.fakes import FakeEncoder

    from bot import Bot
    from bot.config import Settings
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "gallstones.txt").write_text(_LEAD_IN_PAGE, encoding="utf-8")
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder())
    holding = [p for p in bot.index.passages if "if you have" in p.text]
    assert len(holding) == 1 and "family history" in holding[0].text and "digestive problems" in holding[0].text
    answer = bot.ask("am i more likely to get gallstones?")
    assert answer.citations
    for citation in answer.citations:        # never the broken-off lead-in alone
        assert not citation.quote.rstrip().endswith("if you have"), citation.quote
