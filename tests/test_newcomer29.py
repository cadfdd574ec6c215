"""A newcomer's findings of session 29 (a helper who had seen neither the code nor the question sets, using the page
in a browser), each fixed as a kind and tested in our own wording: a text-speak vitamin question given the crisis
support line by the learned check, a food question read as a dose question ("what should I eat to stop…"), a fix
offered under a same-day notice ("Correcting vitamin D deficiency… plays an important role in treating…"), and
quotes explaining emergency signs as a deficiency to someone asking "could it be b12?"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.answering.background import _OFFERS, notice_alone
from bot.answering.readable import common_share, readable
from bot.domain.vocabulary import Topic
from bot.safety.advice import asks_dose
from bot.safety.matching import prepare
from bot.safety.notices import DISCLAIMER
from bot.safety.screening import Screening
from bot.types import Passage


@pytest.mark.parametrize("message", ["wat vit shud i tak 4 bak ake", "wat vit shud i tak 4 my bak",
                                     "wat vit shud i tak 4 bak ake pls"])
def test_heavy_text_speak_is_not_read_by_the_learned_check(message):
    assert not readable(message)


@pytest.mark.parametrize("message", ["i jus wanna sleep n neva wake up", "wat vitamin shud i take for back ache",
                                     "idk tbh im done rn cant do this anymore", "kill me now lol"])
def test_text_speak_with_enough_english_is_read(message):
    assert readable(message)
    assert 0.0 <= common_share(message) <= 1.0


@pytest.mark.parametrize("message", ["what should i eat to stop muscle cramps in my back",
                                     "what should we cook to help my mum's bones", "what can i do to stop the spasms"])
def test_a_verb_of_purpose_after_should_i_is_no_dose_question(message):
    assert not asks_dose(prepare(message))


@pytest.mark.parametrize("message", ["should i stop taking magnesium", "should i still take my vitamin d",
                                     "can i take magnesium and calcium together"])
def test_whether_to_take_or_stop_a_supplement_is_still_a_dose_question(message):
    assert asks_dose(prepare(message))


@pytest.mark.parametrize("sentence", [
    "Correcting vitamin D deficiency and insufficiency plays an important role in treating chronic neck and back pain.",
    "In one study, symptoms significantly improved after correcting their vitamin D deficiency.",
    "Supplements can help if a vitamin deficiency is the cause."])
def test_a_fix_is_recognised_in_either_order(sentence):
    assert _OFFERS.search(sentence)


@pytest.mark.parametrize("sentence", ["Pain is relieved by sitting or bending forward.",
                                      "Vitamin D deficiency can cause widespread muscle aches and bone pain."])
def test_signs_and_causes_are_no_fix(sentence):
    assert not _OFFERS.search(sentence)


def _screening(question: str, status: str = "emergency") -> Screening:
    return Screening(question, status, "**Please get medical help now.**")     # type: ignore[arg-type]


def _understood(*topics: tuple[str, str]) -> SimpleNamespace:
    return SimpleNamespace(topics=tuple(Topic(name, kind, (name,), (name,)) for name, kind in topics),
                           from_history=False)


B12, FECAL = ("b12", "nutrient"), ("fecal incontinence", "condition")


@pytest.mark.parametrize("question, topics", [
    ("numbness between my legs since this morning, could it be b12?", (B12,)),
    ("cant pee and my back is agony, is this a vitamin thing?", ()),
    ("legs gone weak, could this be from low iron", (("iron", "nutrient"),))])
def test_an_emergency_that_a_nutrient_is_asked_to_explain_stands_alone(question, topics):
    assert notice_alone(_screening(question), _understood(*topics))


def test_other_emergency_questions_and_same_day_notices_keep_their_background():
    assert not notice_alone(_screening("legs numb and weak, do i need to see someone?"), _understood())
    # an operator's page about the emergency's own condition: no nutrient asked
    assert not notice_alone(_screening("leaking stool, what is it caused by?"), _understood(FECAL))
    assert not notice_alone(_screening("fever and back pain, could it be low vitamin d?", "urgent"), _understood(B12))
    assert notice_alone(_screening("legs numb and weak", "urgent"), _understood())     # nothing asked
    assert not notice_alone(Screening("what foods have iron?", "ok"), _understood(("iron", "nutrient")))


@pytest.mark.slow
def test_the_newcomers_messages_end_to_end(real_bot):
    vitamin = real_bot.ask("wat vit shud i tak 4 bak ake")
    assert "Samaritans" not in vitamin.text and vitamin.citations
    food = real_bot.ask("what should i eat to stop muscle cramps in my back")
    assert "can't give personal doses" not in food.text
    fever = real_bot.ask("I have back pain and a fever of 39 since yesterday, should I take vitamin D?")
    assert fever.kind == "urgent" and fever.text.rstrip().endswith(DISCLAIMER)
    assert not any(_OFFERS.search(c.quote) for c in fever.citations)
    saddle = real_bot.ask("numbness in my bum and between my legs since this morning, could it be b12?")
    assert saddle.kind == "urgent" and not saddle.citations and "can't say what is causing this" in saddle.text


@pytest.mark.slow
def test_a_heading_naming_a_nutrient_has_a_quote_naming_it(real_bot):
    answer = real_bot.ask("can low potassium cause back spasms")
    assert "potassium" in answer.text.split("\n", 1)[0].casefold()
    assert any("potassium" in c.quote.casefold() for c in answer.citations)


def test_a_quote_naming_the_nutrient_is_added_only_when_none_names_it():
    from bot.answering.named_topic import with_named_topic
    from bot.config import QuoteSettings
    potassium = Topic("potassium", "nutrient", ("potassium",), ("potassium",))
    quote = SimpleNamespace(text="Potassium helps muscles contract.", hit_score=1.0)
    asked = SimpleNamespace(intent="causes", topics=(potassium,))
    # named already, or a comparison (its sides are completed elsewhere): the index is not read
    assert with_named_topic(None, asked, None, [[quote]], QuoteSettings()) == [[quote]]
    compared = SimpleNamespace(intent="comparison", topics=(potassium,))
    other = SimpleNamespace(text="Magnesium relaxes muscles.", hit_score=1.0)
    assert with_named_topic(None, compared, None, [[other]], QuoteSettings()) == [[other]]


def test_a_quoted_list_item_comes_with_its_lead_in_and_every_item_when_prose_follows_the_list():
    import numpy as np

    from bot.answering.lists import whole_lists
    from bot.answering.quotes import Quote
    text = ("Certain medicines may make it worse. These include some:\n\n• Antinausea medicines\n• Antidepressants\n"
            "• Cold medicines that contain antihistamines\n\nSymptoms usually get better once the medicine is stopped.")
    sentences = ["Certain medicines may make it worse.", "These include some:", "Antinausea medicines",
                 "Antidepressants", "Cold medicines that contain antihistamines",
                 "Symptoms usually get better once the medicine is stopped."]
    spans = tuple((text.index(s), text.index(s) + len(s)) for s in sentences)
    passage = Passage("doc#0", "doc", "Doc", None, text, 0, len(text), spans, kind="list")
    first_item = Quote(passage, spans[2][0], spans[2][1], 1.0, np.zeros(3), 1.0)
    index = SimpleNamespace(passages=[passage], sentence_rows={"doc#0": 0}, sentence_types=(), sentence_vectors=None)
    quoted = whole_lists(index, [[first_item]])[0][0].text
    assert quoted.startswith("Certain medicines") and quoted.endswith("antihistamines")   # no prose after the list



def _list_passage(lines: list[str]) -> Passage:
    text = "\n".join([lines[0], *(f"• {line}" for line in lines[1:])])
    spans = tuple((text.index(line), text.index(line) + len(line)) for line in lines)
    return Passage("doc#0", "doc", "Doc", None, text, 0, len(text), spans, kind="list")


def test_a_list_of_other_sites_resources_is_never_quoted():
    from bot.answering.corpus_report import LEFTOVER
    from bot.answering.cross_reference import points_elsewhere
    resources = _list_passage(["These resources address the diagnosis or management of gout:",
                               "Genetic Testing Registry: Gout", "MedlinePlus Encyclopedia: Gout"])
    assert all(points_elsewhere(resources, i) for i in range(3))
    assert LEFTOVER.search(resources.text.splitlines()[0])      # and the build report lists it
    medicines = _list_passage(["Certain medicines may trigger it:", "Antidepressants",
                               "Cold medicines: antihistamines"])
    assert not any(points_elsewhere(medicines, i) for i in range(3))
