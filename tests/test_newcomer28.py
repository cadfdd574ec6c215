"""A newcomer's findings of session 28 (a helper who had seen neither the code nor the question sets, using the page
in a browser and adding gout, carpal tunnel syndrome and shingles pages of its own as an operator), each fixed as a
kind and tested in our own wording: thanks said in a longer way, a sentence opening "However," quoted without the
one it turns against, a long list item quoted without the lead-in it finishes, a vaccine named after a covered
condition called uncovered, an article's "When to contact a health care provider" section never quoted for "when
should I see a doctor about X?", and the back-pain warning list given for the other subjects a back-pain site lists.
Multi-part questions are tested in tests/test_multipart.py."""

from __future__ import annotations

import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.answering.quote_bounds import quote_start, with_lead_in
from bot.answering.site_subjects import QuestionSubjects
from bot.domain.corpus_words import CorpusWords
from bot.domain.coverage import made_of_covered_condition
from bot.domain.small_talk import small_talk
from bot.ingest.concepts import health_vocabulary
from bot.ingest.sentence_types import sentence_types
from bot.safety.guidance import SEE_DOCTOR_GUIDANCE
from bot.safety.notices import DISCLAIMER
from bot.safety.site_subject import ANY_SITE, SiteSubject
from bot.types import Passage


@pytest.mark.parametrize("message", ["thanks, this was helpful", "thank you so much, that helps a lot",
                                     "sorry, just wanted to say thanks, this was helpful", "thanks for the info!",
                                     "thank you, it has been really helpful x", "cheers for all your help"])
def test_thanks_said_at_more_length_is_thanks(message):
    assert small_talk(message) == "thanks"


@pytest.mark.parametrize("message", ["thanks, this was helpful. what foods have iron?", "thanks but is it serious?",
                                     "thanks, this helps but what about calcium"])
def test_thanks_with_a_question_is_a_question(message):
    assert small_talk(message) is None


def _passage(text: str) -> Passage:
    """A passage whose sentences are its lines and the sentences within them (". " ends one); a bullet stands
    before its item's span, as the chunker leaves it."""
    spans, start = [], 0
    for line in text.split("\n"):
        for sentence in line.replace(". ", ".\x00").split("\x00"):
            sentence = sentence.removeprefix("• ")
            a = text.index(sentence, start)
            spans.append((a, a + len(sentence)))
            start = a + len(sentence)
    return Passage("doc#0", "doc", "Doc", None, text, 0, len(text), tuple(spans))


def test_a_sentence_opening_with_a_connective_is_quoted_with_the_one_before():
    passage = _passage("Measles spreads easily. However, it cannot spread through food. Therefore, wash your hands.")
    assert quote_start(passage, 1) == 0
    assert quote_start(passage, 2) == 0          # "Therefore" back to "However", and that back to its point
    butter = _passage("Eat more greens. Butternut squash is rich in vitamin A.")
    assert quote_start(butter, 1) == 1           # a word that starts with "but" is no connective


def test_a_long_item_that_finishes_its_lead_in_is_shown_from_the_lead_in():
    text = ("You are more likely to get kidney stones if you:\n• Are male\n• Are over 40\n• Have had one before\n"
            "• Live somewhere hot\n• Drink too little water, especially in hot weather or after exercise or sport")
    passage = _passage(text)
    item = text.index("Drink too little")
    assert with_lead_in(passage, item) == 0
    label = _passage("Common causes:\n• Are male\n• Dehydration: not drinking enough water over many days in hot "
                     "weather or after hard exercise")
    assert with_lead_in(label, label.text.index("Dehydration")) == label.text.index("Dehydration")   # reads alone


def test_a_vaccine_named_after_a_covered_condition_is_covered_when_a_sentence_speaks_of_both():
    vaccine = health_vocabulary().by_id["shingles-vaccine"]
    words = CorpusWords(set(), lambda w: [w], texts=("you can get the vaccine even if you have had shingles.",))
    assert words.in_one_sentence("shingles vaccine")
    assert made_of_covered_condition(vaccine, frozenset({"shingles"}), words.in_one_sentence)
    assert not made_of_covered_condition(vaccine, frozenset(), words.in_one_sentence)        # shingles uncovered
    apart = CorpusWords(set(), lambda w: [w], texts=("shingles is painful. the vaccine is for flu.",))
    assert not made_of_covered_condition(vaccine, frozenset({"shingles"}), apart.in_one_sentence)


@pytest.mark.parametrize("sentence, heading", [
    ("Get medical help right away if you have a fever with a hot, swollen joint.", None),
    ("Call your provider if the pain lasts more than a week.", "When to contact a health care provider"),
    ("Ring them if the rash spreads.", "When to see a doctor"),
])
def test_when_to_get_care_sentences_are_of_the_doctor_type(sentence, heading):
    assert "doctor" in sentence_types(sentence, heading)


BACK_AND_MORE = "Back pain, nutrient deficiencies, gout & shingles"


def test_subjects_a_back_pain_site_lists_beside_back_pain_are_screened_as_on_any_site():
    subjects = QuestionSubjects.of(BACK_AND_MORE, ["Can Magnesium Cause Back Pain?", "Gout", "Shingles"])
    assert subjects.for_question("when should I see a doctor about gout?") == ANY_SITE
    assert subjects.for_question("when should i go to the gp with shingles") == ANY_SITE
    assert subjects.for_question("when should I see a doctor about my back?") == SiteSubject.of(BACK_AND_MORE)


def test_on_a_site_listing_gout_the_gout_page_answers_when_to_get_care(tiny_settings):
    corpus = tiny_settings.corpus_dir
    (corpus / "domain.toml").write_text(f'[site]\nsubject = "{BACK_AND_MORE}"\n', encoding="utf-8")
    (corpus / "gout.md").write_text(
        "# Gout\n\nGout is a painful swelling of a joint caused by uric acid.\n\n"
        "## When to contact a health care provider\n\nCall your provider if a joint suddenly becomes very painful "
        "and swollen.\n", encoding="utf-8")
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    answer = bot.ask("when should I see a doctor about gout?")
    assert SEE_DOCTOR_GUIDANCE not in answer.text and answer.text.rstrip().endswith(DISCLAIMER)
    assert any("Call your provider" in c.quote for c in answer.citations)


def test_a_treatments_aim_is_quoted_with_the_options_named_after_it():
    from bot.answering.quote_bounds import spells_out
    assert spells_out("Treatment for a flare aims to calm the swelling.",
                      "Your provider may suggest ice packs, rest or anti-inflammatory medicines.")
    assert not spells_out("Swelling often starts at night.", "Your doctor may suggest an x-ray.")
    assert not spells_out("Treatment aims to calm the swelling.", "Ice packs help many people.")


def test_a_refusal_offers_the_example_questions_sharing_its_words_first():
    from bot.domain.example_order import nearest_first
    examples = ["Can vitamin D deficiency cause back pain?", "Which foods are rich in magnesium?",
                "What are the symptoms of gout?", "How is shingles treated?"]
    assert nearest_first(examples, "can gout damage my kidneys?")[0] == "What are the symptoms of gout?"
    assert nearest_first(examples, "what does the weather do?") == examples        # nothing shared: pack order


@pytest.mark.slow
def test_under_an_emergency_notice_no_quote_offers_a_fix(real_bot):
    from bot.answering.background import _OFFERS
    answer = real_bot.ask("cant feel my groin area and i cant pee. is this a vitamin thing? would supplements help")
    assert answer.kind == "urgent" and answer.text.rstrip().endswith(DISCLAIMER)
    assert "Supplements can help" not in answer.text
    assert not any(_OFFERS.search(c.quote) for c in answer.citations)
    # signs that ease when sitting are background, not a fix offered
    legs = real_bot.ask("both my legs go numb and crampy when i walk and it eases if i sit, what are the signs")
    assert legs.kind == "urgent" and any("relieved by sitting" in c.quote for c in legs.citations)
    dose = real_bot.ask("how much vitamin d should i take for my back pain?")      # no "take a supplement"
    assert not any("supplement" in c.quote.casefold() and "take" in c.quote.casefold() for c in dose.citations)
