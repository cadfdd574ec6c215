"""Say only what the articles support: headings backed by their quotes, comparisons with both sides,
exclusions that exclude, whole lists, and scope on every turn."""

from __future__ import annotations

import pytest
from support.fakes import project_site

from bot.answering.comparison import side_text
from bot.answering.quote_bounds import list_end, quote_start
from bot.domain.exclusion import excluded_topics
from bot.domain.intent import is_comparison, understand
from bot.domain.vocabulary import find_topics
from bot.ingest.sentence_types import backs_heading, sentence_types
from bot.ingest.sentences import split_sentences
from bot.types import Passage

SITE = project_site()   # the project's own pack, nothing covered (no index loaded)


def passage(text: str) -> Passage:
    spans = tuple(split_sentences(text))
    return Passage("d#0", "d", "T", None, text, 0, len(text), spans, "list")


# --- fast: the pieces ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Fatty fish, eggs and fortified milk are good sources of vitamin D.", "foods"),
    ("A blood test can check your ferritin level.", "tests"),
    ("Injections are used to treat severe deficiency.", "treatment"),
    ("Regular exercise helps prevent bone loss.", "prevention"),
    ("Numbness and tingling in the feet are common.", "symptoms"),
])
def test_sentences_are_typed_by_general_word_classes(sentence, kind):
    assert kind in sentence_types(sentence)


def test_a_table_cell_takes_the_type_its_column_names():
    assert "treatment" in sentence_types("Oral replacement over several weeks.", aspect="Typical Treatment")
    assert sentence_types("The sky was grey over the hills.") == frozenset()


def test_a_lead_in_is_quoted_with_all_its_items_not_only_the_first():
    p = passage("Some top tips:\n• Eat leafy greens every day.\n• Walk in the sun.\n• Sleep well at night.\n\n"
                "A new paragraph here.")
    end = list_end(p, 0, limit=6)
    assert p.text[:end].endswith("Sleep well at night.")
    assert "new paragraph" not in p.text[:end]


def test_a_pronoun_sentence_is_quoted_with_the_sentence_it_refers_to():
    p = passage("Vitamin D and B12 are linked to back pain. They are the most common causes named.")
    assert quote_start(p, 1) == 0
    assert quote_start(p, 0) == 0
    # An opening adverbial changes nothing (a newcomer test, session 13: "this" read as the milk asked about).
    p = passage("Skip the sugar, which can leach calcium from bones. Over time, this may lead to poor bone density.")
    assert quote_start(p, 1) == 0
    p = passage("Calcium builds bones. Over time, bones lose density with age.")
    assert quote_start(p, 1) == 1


def test_a_sentence_that_refers_back_by_a_demonstrative_or_a_possessive_is_quoted_from_its_referent():
    # Found by a newcomer test: "Its primary role…" quoted alone in a calcium answer read as calcium's role.
    p = passage("Vitamin D is made in the skin. Its primary role is bone health. It is essential for calcium.")
    assert quote_start(p, 2) == 0 and quote_start(p, 1) == 0
    p = passage("High doses cause bloating and cramping. Magnesium oxide is especially prone to this effect.")
    assert quote_start(p, 1) == 0
    p = passage("Sunlight helps. Take a walk this morning before work.")
    assert quote_start(p, 1) == 1      # a time, not a referent


def test_exclusions_and_comparisons_are_read_from_the_question():
    excluded = excluded_topics(SITE, "apart from magnesium, what else can give you cramps")
    assert [t.name for t in excluded] == ["magnesium"]
    assert excluded_topics(SITE, "what else can give you cramps") == ()
    u = understand(SITE, "besides vitamin D, which vitamin is linked to back pain?")
    assert [t.name for t in u.excluded] == ["vitamin D"] and all(t.name != "vitamin D" for t in u.topics)
    both = find_topics(SITE, "low b12 or low vitamin d")
    assert is_comparison("is low b12 or low vitamin d worse for your back", both)
    assert not is_comparison("is low b12 bad for your back", find_topics(SITE, "low b12"))
    # "different from / to", "tell apart from": a comparison of the two things named
    for question in ("is the ache from low iron different to the one from low magnesium",
                     "how do you tell low iron apart from low magnesium"):
        assert is_comparison(question, find_topics(SITE, question))


def test_each_side_of_a_comparison_is_asked_without_the_other_sides_name():
    question = "whats the difference between how low vit d and low b12 cause back pain?"
    vitamin_d, b12 = find_topics(SITE, question)
    assert "b12" not in side_text(question, (b12,)) and "vit d" in side_text(question, (b12,))
    assert "vit d" not in side_text(question, (vitamin_d,)) and "cause back pain" in side_text(question, (vitamin_d,))


def test_a_short_unfamiliar_message_does_not_take_the_conversation_topic():
    history = ["Is magnesium linked to back pain?"]
    assert not understand(SITE, "tell me a joke", history, familiar=False).from_history
    assert understand(SITE, "Which foods are good sources?", history, familiar=True).from_history
    assert understand(SITE, "is it safe?", history, familiar=False).from_history   # a pronoun: a real follow-up


# --- slow: the real answers ----------------------------------------------------------------------------

def lead_of(answer) -> str:
    body = answer.text[len(answer.urgent):] if answer.urgent else answer.text
    return body.strip().split("\n\n")[0]


@pytest.mark.slow
@pytest.mark.parametrize("message", ["best pizza in town?", "how do I fix my car?", "tell me a joke"])
def test_an_off_topic_message_after_an_on_topic_one_is_refused(real_bot, message):
    answer = real_bot.ask(message, history=["Is magnesium linked to back pain?"])
    assert answer.kind == "no_answer" and not answer.citations


@pytest.mark.parametrize(("sentence", "backs"), [
    ("Animal products like meat and fish provide vitamin B12.", True),
    ("A lack of potassium in the diet can contribute to cramps.", False),       # food, but none named
    ("Nutritional deficiencies are a common cause of fatigue.", False)])       # "nut" is no food here
def test_only_a_sentence_that_names_a_food_backs_a_food_sources_heading(sentence, backs):
    assert backs_heading("foods", sentence_types(sentence), sentence) is backs


@pytest.mark.slow
def test_an_absence_is_stated_only_when_no_article_says_it(real_bot):
    # Asked in passing, in a long message: the one food sentence about B12 lies outside the passages searched,
    # so the answer must not say that the articles name no food for it.
    answer = real_bot.ask("my dad is 80 and his fingers keep going numb, his upper back aches too. could it be "
                          "his b12? he doesn't eat much meat these days")
    assert "don't name food sources of vitamin B12" not in answer.text
    potassium = real_bot.ask("good sources of potassium?")
    assert lead_of(potassium).startswith("The articles don't name food sources of potassium.")


@pytest.mark.slow
def test_food_headings_are_backed_or_say_what_is_missing(real_bot):
    iron = real_bot.ask("Which foods are rich in iron?")
    assert lead_of(iron).startswith("The articles don't name food sources of iron.")
    magnesium = real_bot.ask("What should I eat?", history=["Is magnesium linked to back pain?"])
    assert lead_of(magnesium).startswith("Food sources of magnesium")
    assert any("magnesium" in c.quote.casefold() and "foods" in sentence_types(c.quote) for c in magnesium.citations)


@pytest.mark.slow
def test_a_comparison_cites_both_sides(real_bot):
    answer = real_bot.ask("Is it worse to be low in magnesium or low in potassium?")
    quotes = [c.quote.casefold() for c in answer.citations]
    assert any("magnesium" in q for q in quotes) and any("potassium" in q for q in quotes)


@pytest.mark.slow
def test_a_difference_asked_as_a_v_b_defines_each_side_on_its_own(real_bot):
    answer = real_bot.ask("osteoporosis v osteomalacia - whats the difference?")
    quotes = [c.quote.casefold() for c in answer.citations]
    for side, other in (("osteoporosis", "osteomalacia"), ("osteomalacia", "osteoporosis")):
        assert any(side in q and other not in q for q in quotes), (side, quotes)


@pytest.mark.slow
def test_a_which_is_better_comparison_says_when_the_articles_do_not_rank_the_sides(real_bot):
    ranked = real_bot.ask("is vitamin d better than calcium for my back")
    assert "don't say which of these is better or worse" in ranked.text
    assert len(ranked.citations) >= 2
    plain = real_bot.ask("whats the difference between osteoporosis and osteomalacia")
    assert "better or worse" not in plain.text      # not asked which is better: nothing to say


@pytest.mark.slow
def test_the_difference_between_two_conditions_quotes_each_one_on_its_own(real_bot):
    """A sentence naming both ("osteoporosis or its pre-condition, osteomalacia") says what neither is."""
    answer = real_bot.ask("whats the difference between osteoporosis and osteomalacia")
    quotes = [c.quote.casefold() for c in answer.citations]
    assert any("osteoporosis" in q and "osteomalacia" not in q for q in quotes)
    assert any("osteomalacia" in q and "osteoporosis" not in q for q in quotes)
    # Short: the best quote and at most two about each side (bot.answering.comparison.QUOTES_PER_SIDE).
    assert len(answer.citations) <= 5


@pytest.mark.slow
def test_an_exclusion_is_announced_and_not_answered_by_the_excluded_topic_alone(real_bot):
    answer = real_bot.ask("besides vitamin d whats the other main vitamin people link to back pain")
    assert lead_of(answer).startswith("Besides vitamin D")
    assert any("vitamin d" not in c.quote.casefold() or "b12" in c.quote.casefold() for c in answer.citations)


@pytest.mark.slow
@pytest.mark.parametrize("question, missing", [
    ("does zinc deficiency cause back pain the way b12 does", "zinc"),
    ("is it ok to take ibuprofen alongside magnesium for my back", "ibuprofen"),
])
def test_a_question_naming_something_no_article_covers_says_so_first(real_bot, question, missing):
    answer = real_bot.ask(question)
    body = answer.text[len(answer.urgent):] if answer.urgent else answer.text
    statement = next(p for p in body.split("\n\n") if "don't cover" in p)
    assert missing in statement.casefold()
    assert body.index(statement) < min((body.index(c.quote) for c in answer.citations if c.quote in body),
                                       default=len(body))


@pytest.mark.slow
def test_too_much_of_a_nutrient_the_articles_never_discuss_is_said_first(real_bot):
    answer = real_bot.ask("is too much vitamin d dangerous? been taking loads of it for my back")
    assert "The articles don't cover too much vitamin D" in answer.text
    assert "don't cover" not in real_bot.ask("can too much magnesium cause back pain?").text   # the articles do


@pytest.mark.slow
@pytest.mark.parametrize("message", ["and what about football scores?", "what time is it", "what about bitcoin",
                                     "and my car, how do i fix that?", "can you tell me a joke about it",
                                     "write me a poem about it", "can you translate that into french"])
def test_a_message_off_topic_on_its_own_is_refused_after_an_on_topic_turn(real_bot, message):
    answer = real_bot.ask(message, history=["Is magnesium linked to back pain?"])
    assert answer.kind == "no_answer" and not answer.citations


@pytest.mark.slow
def test_a_new_topic_with_only_pro_forms_is_asked_the_earlier_question(real_bot):
    # "can that do it too" has no predicate of its own: what is asked of calcium is the earlier question's.
    answer = real_bot.ask("what about calcium, can that do it too",
                          history=["why do i get spasms in my lower back, is it a magnesium thing?"])
    assert answer.kind == "answer"
    assert any("spasm" in c.quote.casefold() and "calcium" in c.quote.casefold() for c in answer.citations)


@pytest.mark.slow
def test_a_short_question_naming_its_own_subject_is_not_read_as_a_follow_up(real_bot):
    # Short and made of words the articles use, but about statins: not an ellipsis of the earlier question.
    answer = real_bot.ask("do statins make your muscles ache", history=["Is iron deficiency linked to disc problems?"])
    assert answer.kind == "no_answer" and not answer.citations
    assert "don't cover statins" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize("message", ["why does that happen tho", "how come? whats the connection there",
                                     "how would they confirm it?", "And what foods contain it?",
                                     # a pro-form refers back, even when the words alone are far from any
                                     # sentence of the articles
                                     "where can i get it?", "how does that come about exactly",
                                     # "so…" / "…then" continue the earlier turn
                                     "so what can i eat then"])
def test_a_genuine_follow_up_still_carries_the_topic(real_bot, message):
    answer = real_bot.ask(message, history=["Is magnesium linked to back pain?"])
    assert answer.kind == "answer" and answer.citations


@pytest.mark.slow
def test_no_development_question_is_told_the_articles_do_not_cover_what_they_cover(real_bot):
    from bot.evaluation.runner import load_question_sets

    # Dose questions ("Is 5000 IU of vitamin D too much?") are rightly told the articles don't cover excess, and
    # refusals (out of scope, or after a red-flag notice) say what is not covered ("The articles don't cover zinc.").
    told = [q["id"] for q in load_question_sets() if q["kind"] not in ("dosage", "out_of_scope", "red_flag")
            and "don't cover" in real_bot.ask(q["question"], history=q["history"]).text]
    assert told == []


@pytest.mark.slow
def test_background_after_a_red_flag_notice_is_framed_as_not_changing_the_advice(real_bot):
    answer = real_bot.ask("i cant control my bladder and my back hurts")
    assert answer.kind == "urgent"
    if answer.citations:     # background quotes, if any, are framed so they cannot read as reassurance
        assert lead_of(answer).startswith("Background from the articles (it does not change the advice above)")


@pytest.mark.slow
@pytest.mark.parametrize("question, statement", [
    ("Can potassium prevent back pain?", "how to prevent low potassium"),
    ("What is the treatment for vitamin K deficiency?", "treatment for low vitamin K"),
])
def test_a_statement_of_what_is_missing_names_a_nutrient_as_low_x(real_bot, question, statement):
    lead = lead_of(real_bot.ask(question))
    assert statement in lead or not lead.startswith("The articles don't")


@pytest.mark.slow
def test_a_group_of_people_the_articles_never_mention_is_said_not_covered(real_bot):
    # A newcomer asked "and what about for kids?" and got adult sentences with no word that children are not covered.
    answer = real_bot.ask("and what about for kids?", history=["what is osteomalacia"])
    assert answer.text.startswith("The articles don't cover children")


@pytest.mark.slow
def test_what_the_question_sets_aside_is_not_what_it_quotes_first(real_bot):
    # "other than cramping": the first quote tells of something else magnesium shortage does.
    answer = real_bot.ask("Other than cramping, what does being low in magnesium do to you?")
    assert answer.kind == "answer"
    first = answer.citations[0].quote.casefold()
    assert "magnesium" in first and "cramp" not in first and "spasm" not in first


@pytest.mark.slow
def test_how_one_thing_differs_from_another_quotes_both(real_bot):
    answer = real_bot.ask("is the back ache you get from low iron different to the one from low magnesium?")
    quotes = [c.quote.casefold() for c in answer.citations]
    assert any("iron" in q and "magnesium" not in q for q in quotes)
    assert any("magnesium" in q and "iron" not in q for q in quotes)


@pytest.mark.slow
def test_a_named_condition_the_articles_mention_once_is_quoted(real_bot):
    # The only sentence naming celiac disease is about treating it, not a "causes" sentence: still quoted, first.
    answer = real_bot.ask("i have coeliac disease, could that be behind my back pain?")
    assert answer.kind == "answer"
    assert "celiac" in answer.citations[0].quote.casefold()


@pytest.mark.slow
def test_a_comparison_of_mechanisms_quotes_each_side_from_the_table_that_compares_them(real_bot):
    # One table has a row per deficiency and a "Primary Mechanism" column: each side's cell answers "how".
    answer = real_bot.ask("how does back pain from low vitamin D differ from back pain from low B12?")
    quotes = [c.quote for c in answer.citations]
    assert any("B12" in q and "Vitamin D" not in q for q in quotes)       # each side answered on its own
    assert any(q.startswith("Vitamin D Deficiency: Primary Mechanism") for q in quotes)


@pytest.mark.slow
def test_a_heading_names_the_whole_word_the_quotes_use(real_bot):
    # The topic's passage term is a word's beginning ("anemi" for anemia, anemic): never shown cut off.
    lead = real_bot.ask("can anaemia cause backache?").text.split("\n\n")[0]
    assert "anemia" in lead and "anemi," not in lead and "anemi " not in lead


@pytest.mark.slow
@pytest.mark.parametrize(("earlier", "message"), [("what is osteomalacia?", "is that reversible?"),
                                                  ("can magnesium deficiency cause cramps?", "how do i fix it")])
def test_a_follow_up_with_no_word_of_its_own_is_answered_about_the_earlier_topic(real_bot, earlier, message):
    answer = real_bot.ask(message, history=[earlier])
    topic = earlier.split()[-1].strip("?") if "osteomalacia" in earlier else "magnesium"
    assert answer.kind == "answer" and any(topic in c.quote.casefold() for c in answer.citations)


@pytest.mark.slow
def test_a_heading_names_the_asked_topic_only_over_quotes_that_mention_it(real_bot):
    answer = real_bot.ask("does low potassium cause back pain")
    if not any("potassium" in c.quote.casefold() for c in answer.citations):
        assert lead_of(answer).startswith("None of the passages closest to your question mentions potassium.")
    assert not lead_of(answer).startswith("On causes and links with potassium") or any(
        "potassium" in c.quote.casefold() for c in answer.citations)


@pytest.mark.slow
def test_a_vitamin_asked_after_by_its_letter_is_the_vitamin_answered(real_bot):
    answer = real_bot.ask("what about K?", history=["What does vitamin D do for bones?"])
    assert answer.kind == "answer" and any("vitamin k" in c.quote.casefold() for c in answer.citations)


@pytest.mark.parametrize(("sentence", "refers"), [
    ("Since D is needed to absorb calcium, a deficiency in either weakens bones.", True),
    ("Low levels of both can cause cramps.", True),
    ("A deficiency in either vitamin D or calcium weakens bones.", False)])   # says which two itself
def test_a_sentence_speaking_of_both_things_before_it_is_told_apart(sentence, refers):
    from bot.answering.quote_bounds import _EITHER

    assert bool(_EITHER.search(sentence)) is refers


@pytest.mark.slow
def test_a_short_claim_is_quoted_with_the_sentence_that_explains_it_of_both_things(real_bot):
    answer = real_bot.ask("what's the link between back pain and calcium")
    assert any("closely tied to Vitamin D" in c.quote and "deficiency in either" in c.quote for c in answer.citations)


@pytest.mark.parametrize(("question", "sentence", "contradicted"), [
    ("what causes lower back pain", "a deficiency can lead to upper back pain.", True),
    ("what causes lower back pain", "pain in the upper and lower back pain alike.", False),   # names both
    ("pain on my left side", "pain on the right side of the chest", True),
    ("what causes back pain", "a deficiency can lead to upper back pain.", False)])            # nothing qualified
def test_a_sentence_qualifying_a_word_by_the_opposite_of_the_question_contradicts_it(question, sentence,
                                                                                    contradicted):
    from bot.answering.sentence_features import contradicts

    assert contradicts(question, sentence) is contradicted


@pytest.mark.parametrize(("question", "sentence", "intent", "opposite"), [
    ("does not having enough magnesium make ur back hurt", "magnesium intake can lead to perceived back pain.",
     "general", True),
    ("could it be lack of magnesium", "after starting a magnesium supplement, back discomfort…", "yes_no", True),
    ("could it be lack of magnesium", "a deficiency in magnesium can cause cramps.", "yes_no", False),
    ("how is low magnesium treated", "oral supplements or topical magnesium.", "treatment", False),   # the answer
    ("can magnesium supplements cause back pain", "magnesium intake can lead to back pain.", "general", False)])
def test_a_sentence_about_taking_a_supplement_is_the_opposite_direction_of_a_shortage(question, sentence, intent,
                                                                                      opposite):
    from bot.answering.sentence_features import opposite_direction

    assert opposite_direction(question, sentence, intent) is opposite


@pytest.mark.slow
def test_a_question_about_too_little_magnesium_is_not_answered_with_supplement_side_effects(real_bot):
    # A newcomer test (session 13): it opened with "The primary way magnesium intake can lead to perceived back pain".
    answer = real_bot.ask("does not having enough magnesium make ur back hurt")
    assert answer.citations
    first = answer.citations[0].quote.casefold()
    assert "deficien" in first or "without sufficient" in first
    assert not any("intake" in c.quote or "supplement" in c.quote for c in answer.citations), answer.text


@pytest.mark.slow
def test_a_lower_back_question_is_not_answered_with_upper_back_sentences(real_bot):
    answer = real_bot.ask("what vitamin deficiency causes lower back pain")
    assert answer.kind == "answer"
    assert not any("upper back" in c.quote.casefold() for c in answer.citations), answer.text


@pytest.mark.parametrize(("question", "kind", "rest"), [
    ("apart from diet, how else can I get vitamin D?", "foods", "how else can i get vitamin d?"),
    ("besides supplements, what helps low b12", "treatment", "what helps low b12"),
    ("apart from cramps, what else can low magnesium cause?", None, None),      # a topic, not a kind of answer
    ("how can I get vitamin D", None, None)])
def test_an_exclusion_can_set_aside_a_kind_of_answer(question, kind, rest):
    from bot.domain.exclusion import excluded_kind

    found, without = excluded_kind(question)
    assert found == kind
    assert " ".join(without.casefold().replace(",", " ").split()) == " ".join((rest or question.casefold()).replace(
        ",", " ").split())


@pytest.mark.slow
def test_apart_from_diet_is_answered_without_food_sentences(real_bot):
    # A newcomer test (session 13) got "Food sources of vitamin D named in the articles:" and three food quotes.
    answer = real_bot.ask("apart from diet, how else can I get vitamin D?")
    assert answer.citations and not answer.text.startswith("Food sources")
    assert any("sun" in c.quote.casefold() for c in answer.citations), answer.text
    assert not any("fatty fish" in c.quote.casefold() for c in answer.citations), answer.text


@pytest.mark.slow
def test_what_else_after_an_exclusion_is_answered_with_the_other_topics_of_its_kind(real_bot):
    answer = real_bot.ask("apart from vitamin D, what deficiencies cause back pain?")
    others = ("b12", "magnesium", "iron", "calcium", "potassium")
    assert any(any(o in c.quote.casefold() for o in others) for c in answer.citations), answer.text



@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "I fell over years ago as a child, does that matter? Anyway can calcium help back pain",
    "i've had a bad back since i was a teenager, can low vitamin d cause that",
])
def test_the_writers_own_past_life_stage_is_not_said_to_be_uncovered(real_bot, question):
    """A newcomer who fell "as a child" was told "The articles don't cover children" (session 18)."""
    answer = real_bot.ask(question)
    assert answer.kind == "answer" and "don't cover children" not in answer.text


@pytest.mark.slow
def test_a_question_about_children_still_says_they_are_not_covered(real_bot):
    assert "don't cover children" in real_bot.ask("can children take vitamin d for back pain").text
