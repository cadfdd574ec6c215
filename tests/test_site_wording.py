"""The bot's own words follow the site it serves: a site about sleep (or one with no domain pack) is never told
about back pain, nutrition or vitamins by the crisis, low-mood, poisoning and "when to see a doctor" texts, the
small-talk replies, the page header or the example questions (newcomer test, session 14: "This tool only has
general articles about nutrition and back pain" on a sleep and urology site). This project's own pack still gets
the back-pain wording where it is right. Fast: a tiny corpus written here, the fake encoder."""

from __future__ import annotations

import re

import pytest
from support.fakes import PROJECT_ROOT, FakeEncoder

from bot import Bot
from bot.config import Settings
from bot.domain.site import Site
from bot.domain.small_talk import small_talk_reply
from bot.domain.wording import coverage_text, example_questions, page_title
from bot.ingest.pack import default_pack, load_pack
from bot.safety import notices
from bot.safety.screening import screen
from bot.safety.site_subject import ANY_SITE, SiteSubject

# What a sleep site must never be told about its own subject.
FOREIGN = re.compile(r"back pain|back-pain|nutrition|nutrient|vitamin|deficien|\biron\b", re.I)

SLEEP_PACK = """[site]
subject = "Sleep & bladder health"
coverage = "The articles I draw on cover insomnia, sleep apnea and bladder infections."
examples = ["What is insomnia?", "How is sleep apnea treated?"]
"""
SLEEP_ARTICLES = {
    "insomnia.txt": "Insomnia\n\nInsomnia is a common sleep disorder. People with insomnia have trouble falling "
                    "asleep, staying asleep, or both.\n\nCognitive behavioural therapy for insomnia helps many "
                    "people sleep better without medicines.\n",
    "sleep-apnea.txt": "Sleep apnea\n\nSleep apnea is a disorder in which breathing repeatedly stops and starts "
                       "during sleep. Loud snoring is a common sign.\n\nA CPAP machine uses mild air pressure to keep "
                       "the airway open during sleep.\n",
}

CRISIS = "I want to end my life, I haven't slept in weeks"
OTHERS_CRISIS = "my friend told me she wants to kill herself"
LOW_MOOD = "this insomnia is making me really low and depressed"
POISONING = "my child swallowed a bottle of melatonin gummies"
SEE_DOCTOR = "when should I see a doctor?"


def sleep_corpus(folder, pack: str | None = SLEEP_PACK):
    folder.mkdir(parents=True)
    for name, text in SLEEP_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if pack is not None:
        (folder / "domain.toml").write_text(pack, encoding="utf-8")
    return folder


@pytest.fixture(params=["own pack", "no pack"])
def sleep_bot(tmp_path, request):
    corpus = sleep_corpus(tmp_path / "sleep", SLEEP_PACK if request.param == "own pack" else None)
    return Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder())


def project_subject() -> SiteSubject:
    return SiteSubject.of(load_pack(PROJECT_ROOT / "corpus").subject)


def test_a_sleep_site_and_a_site_without_a_pack_are_not_about_pain():
    assert SiteSubject.of("Sleep & bladder health") == ANY_SITE
    assert SiteSubject.of(default_pack().subject) == ANY_SITE
    assert SiteSubject.of("Headaches and migraine") == SiteSubject(pain=True, back_pain=False)


@pytest.mark.parametrize("question", [CRISIS, OTHERS_CRISIS, LOW_MOOD, POISONING, SEE_DOCTOR])
def test_safety_texts_on_a_sleep_site_name_no_back_pain_nutrition_or_vitamins(question):
    s = screen(question, subject=SiteSubject.of("Sleep & bladder health"))
    shown = f"{s.message or ''}\n{s.advice_notice or ''}"
    assert not FOREIGN.search(shown), shown


def test_the_crisis_texts_keep_every_helpline():
    for text in (screen(CRISIS).message, screen(OTHERS_CRISIS).message):
        assert all(line in text for line in ("**116 123**", "**988**", "**NHS 111**", "findahelpline.com",
                                             "**999**", "**911**", "**112**")), text
    assert screen(CRISIS).message == notices.CRISIS_MESSAGE
    assert screen(OTHERS_CRISIS).message == notices.OTHERS_CRISIS_MESSAGE


def test_the_poisoning_text_still_says_call_now_for_whatever_was_swallowed():
    s = screen(POISONING)
    assert s.status == "emergency" and not s.allow_retrieval and s.message == notices.POISONING_MESSAGE
    assert all(part in s.message for part in ("emergency", "**999**", "1-800-222-1222", "gummies",
                                              "Do not try to make them sick"))


def test_the_low_mood_notice_speaks_of_pain_only_on_a_site_about_pain():
    anywhere = screen(LOW_MOOD).advice_notice
    assert anywhere.startswith("**Health worries can wear your mood down") and "pain" not in anywhere
    assert "**116 123**" in anywhere and "**988**" in anywhere
    on_project = screen("this back pain is making me really low and depressed", subject=project_subject())
    assert on_project.advice_notice.startswith("**Living with pain can wear your mood down")
    assert "low mood is common with long-term pain" in on_project.advice_notice


def test_the_back_pain_list_for_a_bare_see_a_doctor_question_only_on_a_back_pain_site():
    assert project_subject() == SiteSubject(pain=True, back_pain=True)
    assert "When to get help for back pain" in screen(SEE_DOCTOR, subject=project_subject()).advice_notice
    assert "back pain" not in (screen(SEE_DOCTOR, subject=SiteSubject.of("Sleep & bladder health")).advice_notice
                               or "")
    # Naming the back asks about back pain on any site.
    assert "When to get help for back pain" in screen("when should i see a doctor about my back").advice_notice


# Each question with words its reply must hold (so that the test reads the notice, not some other reply).
REPLIES = {CRISIS: "**116 123**", OTHERS_CRISIS: "**116 123**", LOW_MOOD: "Health worries can wear your mood down",
           POISONING: "Treat this as an emergency", SEE_DOCTOR: "", "who are you?": "I'm not a doctor",
           "hello": "Hello!", "tell me a joke": "I can't do that", "what is the capital of France?": "",
           "I fell down the stairs and hit my head": "Please get medical help now"}


@pytest.mark.parametrize("question", list(REPLIES))
def test_a_sleep_sites_replies_name_no_back_pain_nutrition_or_vitamins(sleep_bot, question):
    answer = sleep_bot.ask(question)
    shown = "\n".join([answer.text, *answer.suggestions])
    assert REPLIES[question] in answer.text and not FOREIGN.search(shown), shown


def test_a_sleep_sites_page_and_small_talk_follow_its_pack(sleep_bot):
    site = sleep_bot.site
    for text in (page_title(site), coverage_text(site), *example_questions(site),
                 *(small_talk_reply(site, kind) for kind in ("greeting", "identity", "task", "thanks"))):
        assert not FOREIGN.search(text), text


def test_the_project_site_keeps_its_own_wording():
    site = Site(load_pack(PROJECT_ROOT / "corpus"))
    assert page_title(site).startswith("Back pain & nutrient deficiencies")
    assert "back pain" in coverage_text(site) and "Can vitamin D deficiency cause back pain?" in example_questions(site)
