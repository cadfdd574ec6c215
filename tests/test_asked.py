"""The asked-about thing: a remedy, product, brand or place the articles never mention is refused, saying what
is not covered; the same question is in scope once the corpus uses its words."""

from __future__ import annotations

import pytest

from bot.answering.figures import never_given
from bot.domain.asked import CorpusWords, asked_slots, unknown_asked, unknown_named, unknown_sides


def _stem(text: str) -> list[str]:
    """A crude stand-in for the BM25 stemmer: lower-case words of three letters or more, final "s" dropped."""
    return [w.rstrip("s") for w in text.casefold().split() if len(w) >= 3 and w not in ("the", "and", "for")]


def words(*corpus: str) -> CorpusWords:
    return CorpusWords({s for text in corpus for s in _stem(text)}, _stem)


def nothing_covered(_phrase: str) -> bool:
    return False


@pytest.mark.parametrize("question, slot", [
    ("Can tart cherry juice get rid of gout?", "tart cherry juice"),
    ("is it safe to eat raw cookie dough", "raw cookie dough"),
    ("Is Synthroid better than Levoxyl?", "synthroid"),
    ("Is Celebrex easier on the stomach than Mobic for arthritis pain?", "mobic"),
    ("How can I tell lupus apart from gout?", "lupus"),
    ("Which clinic in Chicago is best for gout?", "chicago"),
    ("whats the best mattress for a bad back", "mattress"),
    ("how many people end up needing a wheelchair", "wheelchair"),
    ("what about goat milk?", "goat milk"),
    ("Is it ok to drink coffee if I have hemochromatosis?", "coffee"),     # the condition is not the thing
    ("can i take berberine instead of metformin for my prediabetes", "berberine"),   # nor what it replaces
    ("does drinking apple cider vinegar dissolve gallstones naturally", "apple cider vinegar"),
    ("memory foam or pocket sprung mattress whats better for a bad back", "memory foam"),
    ("which is better, a heat pad or an ice pack?", "ice pack"),
])
def test_the_asked_about_thing_is_read_from_the_question_grammar(question, slot):
    assert any(slot in sides for sides in asked_slots(question))


def test_a_side_of_x_vs_y_ends_where_an_unpunctuated_question_starts():
    # (a newcomer got "The articles don't cover night whats the difference")
    assert ("cramps during the day", "night") in asked_slots("cramps during the day vs at night whats the difference")


def test_a_thing_whose_words_the_corpus_never_uses_is_unknown():
    known = words("Vitamin D and calcium keep bones strong", "Leafy greens are good sources of magnesium")
    assert unknown_asked("Can tart cherry juice help my back?", known, nothing_covered) == ("tart cherry juice",)
    assert unknown_asked("Can leafy greens help my back?", known, nothing_covered) == ()


@pytest.mark.parametrize("question, thing", [
    ("do i need a cystoscopy if i keep getting bladder infections", "cystoscopy"),
    ("our hamster bit my son, does he need a tetanus shot?", "tetanus shot"),
    ("can you get hantavirus from cleaning out mouse droppings?", "hantavirus"),
    ("what's recovery like after pyloroplasty?", "pyloroplasty"),
])
def test_a_rare_thing_asked_about_as_needed_caught_or_recovered_from_is_unknown(question, thing):
    known = words("Bladder infections are treated with antibiotics", "mouse droppings can carry a virus")
    assert unknown_asked(question, known, nothing_covered) == (thing,)


@pytest.mark.parametrize("question, thing", [
    ("my physio suggested dry needling for my sore neck, does it hurt?", "dry needling"),
    ("the gp mentioned a holter monitor because i keep fainting", "holter monitor"),
    ("what is a fructosamine test and should my mum get one", "fructosamine test"),
    ("whats kyphoplasty", "kyphoplasty"),
])
def test_a_rare_thing_someone_proposed_or_asked_to_be_defined_is_unknown(question, thing):
    # The thing a clinician mentioned or suggested, or the thing "what is …" asks to define, is what the question is
    # about; when the articles never use its rare word, nothing in them explains it.
    known = words("Fainting can follow a drop in blood pressure", "Neck pain often eases with gentle stretching")
    assert unknown_asked(question, known, nothing_covered) == (thing,)


@pytest.mark.parametrize("question", [
    "my doctor suggested magnesium for my cramps, how much should i take",   # the articles use "magnesium"
    "the nurse mentioned it might be nerve related",        # everyday words only
    "what is the best stretch for a sore neck",             # "best stretch": no rare word the corpus lacks
    "whats the difference between neck pain and a pinched nerve",   # a comparison, not a definition
])
def test_a_proposed_or_defined_thing_the_articles_know_or_everyday_words_are_not_unknown(question):
    known = words("Magnesium eases cramps", "Neck pain often eases with gentle stretching")
    assert unknown_asked(question, known, nothing_covered) == ()


@pytest.mark.parametrize("question", ["do i need b12 injections forever or can i switch to tablets",
                                      "do i need a blood test every year", "can you get it from not going outside"])
def test_common_wording_in_those_slots_is_not_a_thing_asked_about(question):
    # "forever", "year", "outside" are not in this corpus either, but they are everyday English words.
    known = words("B12 injections or tablets", "a blood test measures vitamin D")
    assert unknown_asked(question, known, nothing_covered) == ()


def test_an_adjective_inside_a_noun_phrase_is_not_the_predicate():
    # "bad" describes the pain here; the question asks who is at risk, not whether something is bad.
    assert asked_slots("are people who already live with bad chronic pain more likely to be short on vitamins") == []
    assert ("goat milk",) in asked_slots("is goat milk bad for you?")


def test_general_words_typos_and_covered_concepts_never_decide():
    known = words("Magnesium supplements can ease cramps")
    # "gummies" and "pills" say how, not what; "magnesuim" is a typo of a corpus word.
    assert unknown_asked("can magnesium gummies help cramps", known, nothing_covered) == ()
    assert unknown_asked("would magnesuim pills help", known, nothing_covered) == ()
    # A phrase naming a covered concept or topic is answerable whatever else it holds.
    assert unknown_asked("can zinc lozenges help", known, lambda phrase: "zinc" in phrase) == ()


def test_a_comparison_is_out_of_scope_only_when_no_side_is_answerable():
    known = words("Vitamin D keeps bones strong")
    assert unknown_asked("Is Celebrex easier on the stomach than Mobic?", known, nothing_covered) == ("celebrex",
                                                                                                    "mobic")
    # One side answerable: the question is answered, saying the other side is not covered.
    assert unknown_asked("is cod liver oil better than vitamin d", known, nothing_covered) == ()
    assert unknown_asked("whats the difference between vitamin d and cod liver oil", known, nothing_covered) == ()
    # … and the unknown side is what the answer says first.
    assert unknown_sides("is cod liver oil better than vitamin d", known, nothing_covered) == ("cod liver oil",)
    assert unknown_sides("Is Celebrex easier on the stomach than Mobic?", known, nothing_covered) == ()


def test_x_or_y_which_is_better_is_a_comparison():
    known = words("Vitamin D keeps bones strong")
    assert unknown_asked("memory foam or pocket sprung mattress whats better for a bad back", known,
                         nothing_covered) == ("memory foam", "pocket sprung mattress")
    assert unknown_sides("which is better for bones, vitamin d or cod liver oil", known, nothing_covered) == (
        "cod liver oil",)


def test_the_same_question_is_in_scope_once_an_article_uses_its_words():
    question = "Is goat milk a safe alternative if I'm lactose intolerant?"
    assert unknown_asked(question, words("Milk and cheese hold lactose"), nothing_covered) == ("goat milk",)
    assert unknown_asked(question, words("Goat milk also holds lactose"), nothing_covered) == ()


def test_only_an_amount_of_money_answers_a_cost_question():
    from bot.answering.figures import missing_figure

    question = "how much does metformin cost per month without insurance"
    assert missing_figure(question, ["Metformin lowers the risk of type 2 diabetes by 31 percent."]) == ("costs",)
    assert missing_figure(question, ["A month of metformin costs about $4."]) == ()


def test_a_cost_question_is_never_answerable_from_articles_that_never_speak_of_money():
    assert never_given("How much does a rheumatologist visit cost without insurance?", lambda w: False) == "costs"
    assert never_given("How much does a rheumatologist visit cost?", lambda w: w == "cost") is None
    assert never_given("How long does it take to work?", lambda w: False) is None


@pytest.mark.slow
@pytest.mark.parametrize("question, missing", [
    ("Can tart cherry juice help my back pain?", "tart cherry juice"),
    ("whats the best mattress for a bad back", "mattress"),
    ("how much does a b12 jab cost without insurance", "costs"),
])
def test_an_unknown_asked_about_thing_is_refused_saying_what_is_not_covered(real_bot, question, missing):
    answer = real_bot.ask(question)
    assert answer.kind == "no_answer" and not answer.citations
    assert answer.text.startswith(f"The articles don't cover {missing}.")
    assert "General information only" in answer.text      # the disclaimer is never dropped


@pytest.mark.slow
@pytest.mark.parametrize("question", ["Can leafy greens help with cramps?", "is vitamin d better than b12 for bones",
                                      "should i eat more fatty fish for my back"])
def test_an_asked_about_thing_the_articles_use_is_still_answered(real_bot, question):
    answer = real_bot.ask(question)
    assert answer.kind == "answer" and answer.citations


def test_a_phrase_is_spoken_of_where_its_words_stand_apart_but_a_letter_name_stays_whole():
    known = CorpusWords(set(), _stem, texts=("chronic neck and back pain", "vitamin b12 deficiency and a deficiency"))
    assert known.together("neck pain")
    assert not known.together("vitamin a deficiency")       # "vitamin … a deficiency" is not vitamin A
    assert not known.together("pain")                       # one word: nothing to join


def test_a_deficiency_is_covered_by_other_words_for_too_little():
    known = CorpusWords(set(), _stem, texts=("a lack of potassium, calcium or magnesium can cause cramps",))
    assert known.lacking("potassium") and known.lacking("calcium")
    assert not known.lacking("zinc")


@pytest.mark.slow
def test_a_second_question_about_something_unknown_is_said_and_the_first_answered(real_bot):
    answer = real_bot.ask("do low potassium levels cause leg cramps and should i be eating bananas for it")
    assert answer.kind == "answer" and answer.citations
    assert answer.text.startswith("The articles don't cover bananas,")     # not "potassium deficiency"


def test_where_to_buy_is_never_answerable_from_articles_that_never_speak_of_shops():
    assert never_given("Where can I buy magnesium in London?", lambda w: False) == "where to buy it"
    assert never_given("Where can I buy magnesium in London?", lambda w: w == "buy") is None
    assert never_given("How much does a vitamin D blood test cost?", lambda w: False) == "costs"


def test_a_comparative_with_than_sets_two_topics_against_each_other(site):
    from bot.domain.intent import understand

    assert understand(site, "Is vitamin D better than magnesium for back pain?").intent == "comparison"


def test_a_misspelt_name_of_a_covered_topic_is_still_that_topic(site):
    from dataclasses import replace

    from bot.domain.vocabulary import find_topics

    covered = replace(site, covered=frozenset({"diverticulitis"}), concept_articles={"diverticulitis": 1})
    assert [t.name for t in find_topics(covered, "what test is used to diagnose diverticulitus")] == ["diverticulitis"]
    assert find_topics(site, "what test is used to diagnose diverticulitus") == ()      # not covered: no topic


@pytest.mark.slow
def test_a_medicine_asked_about_by_its_own_name_is_named_so_in_the_statement(real_bot):
    # A brand name is said as asked, with the medicine it is ("Prilosec" is omeprazole).
    answer = real_bot.ask("been on prilosec for years, my b12 came back low - is that linked to my back pain?")
    assert "The articles don't cover prilosec (omeprazole)" in answer.text


@pytest.mark.slow
def test_an_uncovered_condition_beside_a_covered_one_is_said_and_the_covered_one_answered(real_bot):
    """"Crohn's, so inflammatory bowel disease": the articles name inflammatory bowel disease, never Crohn's."""
    answer = real_bot.ask("My sister has Crohn's so it's inflammatory bowel disease... does that make her more "
                          "likely to end up low on vitamins and minerals?")
    assert answer.kind == "answer" and answer.citations
    assert answer.text.startswith("The articles don't cover Crohn's disease")
    assert any("inflammatory bowel disease" in c.quote for c in answer.citations)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["what's the difference between Crohn's and inflammatory bowel disease",
                                      "Does zinc help with back pain?"])
def test_a_comparison_or_another_kind_of_uncovered_subject_is_still_refused(real_bot, question):
    assert real_bot.ask(question).kind == "no_answer"


@pytest.mark.parametrize("question, slot", [
    ("What kind of mattress is best if you have a bad back?", "mattress"),
    ("which type of pillow should i get for my neck", "pillow"),
    ("which brace is best for lifting", "brace"),
])
def test_the_kind_of_thing_asked_for_is_the_asked_about_thing(question, slot):
    assert unknown_asked(question.casefold(), words("Magnesium helps muscles relax."), nothing_covered) == (slot,)


def test_a_named_condition_or_procedure_is_unknown_when_a_word_before_its_head_noun_is():
    known = words("knee pain and bone density scans", "nerve damage in the spine")
    found = unknown_named("what is brachial plexus syndrome, could it be my knee", known, nothing_covered)
    assert [phrase for _, _, phrase in found] == ["brachial plexus syndrome"]
    # the head noun alone, words the corpus uses, stop words and general words never decide
    assert unknown_named("could my knee arthritis be from low iron", known, nothing_covered) == ()
    assert unknown_named("is it a bone density scan i need", known, nothing_covered) == ()
    assert unknown_named("my mum has some cancer", known, nothing_covered) == ()
    # a concept of the health vocabulary has its own coverage rule
    assert unknown_named("what is brachial plexus syndrome", known, lambda phrase: True) == ()


@pytest.mark.slow
def test_a_named_syndrome_the_articles_never_speak_of_is_refused_or_said(real_bot):
    alone = real_bot.ask("what is brachial plexus syndrome and how is it treated")
    assert alone.kind == "no_answer" and alone.text.startswith("The articles don't cover brachial plexus syndrome.")
    beside = real_bot.ask("can low b12 cause brachial plexus syndrome as well as back pain")
    assert beside.kind == "answer" and beside.text.startswith("The articles don't cover brachial plexus syndrome")


def test_a_hyphenated_name_is_named_whole():
    found = unknown_named("does ehlers-danlos syndrome affect vitamin levels", words("vitamin levels"), nothing_covered)
    assert [phrase for _, _, phrase in found] == ["ehlers-danlos syndrome"]


@pytest.mark.parametrize("question", ["what about for my dad?", "and for my grandma?", "how about my kids"])
def test_who_a_question_is_for_is_never_the_unknown_thing_asked_about(question):
    """A newcomer asking "what about for my dad?" after a foods question was told "The articles don't cover dad"."""
    assert unknown_asked(question.casefold(), words("vitamin b12 foods fish eggs"), nothing_covered) == ()
