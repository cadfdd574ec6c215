"""An operator's own articles: the derived coverage sentence names them, and `python -m bot check` says when
the domain pack's coverage sentence or subject no longer describes them (bot/answering/pack_fit.py)."""

from __future__ import annotations

from pathlib import Path

from support.fakes import FakeEncoder

from bot import Bot
from bot.answering.corpus_report import corpus_report
from bot.answering.pack_fit import off_subject
from bot.answering.site_subjects import QuestionSubjects
from bot.cli import main
from bot.config import Settings
from bot.domain.site import Site
from bot.domain.wording import coverage_text, no_answer_text
from bot.ingest.pack import default_pack
from bot.safety.guidance import SEE_DOCTOR_GUIDANCE
from bot.safety.notices import DISCLAIMER
from bot.safety.site_subject import ANY_SITE, SiteSubject

SEVEN = ("Vitamin D and your back", "Magnesium and cramps", "Bone health", "Iron deficiency", "Vitamin B12",
         "Calcium basics", "Osteoporosis")
PROJECT_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_a_derived_coverage_sentence_names_every_title_of_a_small_corpus():
    text = no_answer_text(Site(default_pack(), titles=SEVEN))
    assert all(title in text for title in SEVEN)
    assert "more" not in text and "others" not in text


def test_a_derived_coverage_sentence_of_a_large_corpus_says_how_many_and_what_else_it_covers():
    titles = tuple(f"Article {n}" for n in range(1, 13))
    site = Site(default_pack(), titles=titles, covered=frozenset({"gout", "zinc"}),
                concept_articles={"gout": 1, "zinc": 1})
    text = coverage_text(site)
    assert text.startswith("The 12 articles I draw on include: Article 1; ")
    assert "Article 6; and 6 others, also on gout and zinc." in text and "Article 7" not in text


def _check(corpus: Path, monkeypatch, capsys, index: Path) -> str:
    monkeypatch.setenv("BOT_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("BOT_INDEX_DIR", str(index))
    assert main(["check"]) == 0
    return capsys.readouterr().out


def test_check_names_each_new_article_whose_topic_the_coverage_sentence_leaves_out(tiny_settings, monkeypatch,
                                                                                     capsys):
    corpus = tiny_settings.corpus_dir
    (corpus / "domain.toml").write_text(
        '[site]\nsubject = "Vitamins and back pain"\n'
        'coverage = "The articles cover vitamin K, vitamin D and muscle cramps, and back pain."\n', encoding="utf-8")
    (corpus / "vitamin-a.md").write_text("# Vitamin A\n\nVitamin A helps the eyes.\n", encoding="utf-8")
    (corpus / "zinc.md").write_text("# Zinc and back pain\n\nZinc is a mineral.\n", encoding="utf-8")
    out = _check(corpus, monkeypatch, capsys, tiny_settings.index_dir)
    warning = out.split("does not mention these articles")[1].split("\n")[0]
    assert "Vitamin A (vitamin A)" in warning and "Zinc and back pain (zinc)" in warning
    assert "Vitamin K and Your Bones" not in warning and "Muscle cramps" not in warning
    assert "another subject" not in out


def test_check_says_when_the_pack_describes_another_subject(tiny_settings, monkeypatch, capsys):
    corpus = tiny_settings.corpus_dir
    (corpus / "domain.toml").write_text(
        '[site]\nsubject = "Gout and kidney stones"\ncoverage = "The articles cover gout and kidney stones."\n',
        encoding="utf-8")
    out = _check(corpus, monkeypatch, capsys, tiny_settings.index_dir)
    assert 'the page header: "Gout and kidney stones") names none of the articles' in out
    assert "domain.toml seems to describe another subject" in out and "[site] subject, coverage and examples" in out


def test_the_project_pack_describes_the_project_articles():
    report = corpus_report(Settings(corpus_dir=PROJECT_CORPUS, index_dir=PROJECT_CORPUS.parent / "index"))
    assert report.unmentioned == () and report.unrelated_subject == "" and report.off_subject == ()


BACK_SITE = "Back pain & nutrient deficiencies"


def test_a_back_pain_subject_describes_nutrient_and_spine_articles_but_not_other_conditions():
    titles = ["Can Magnesium Cause Back Pain?", "Zinc", "Omega-3 Supplements: In Depth", "Spinal Stenosis",
              "Varicose Veins", "Gallstones"]
    assert off_subject(BACK_SITE, titles) == ("Varicose Veins", "Gallstones")
    assert off_subject("Gout and kidney stones", titles) == ()      # describes none: the other warning's case
    assert off_subject("", titles) == ()


def test_check_names_the_articles_a_kept_subject_does_not_describe(tiny_settings, monkeypatch, capsys):
    corpus = tiny_settings.corpus_dir
    (corpus / "domain.toml").write_text(f'[site]\nsubject = "{BACK_SITE}"\n', encoding="utf-8")
    (corpus / "gallstones.md").write_text("# Gallstones\n\nGallstones form in the gallbladder.\n", encoding="utf-8")
    out = _check(corpus, monkeypatch, capsys, tiny_settings.index_dir)
    warning = out.split("does not describe these articles: ")[1].split("\n")[0]
    named = warning.split(". ")[0].split("; ")
    assert "Gallstones" in named and "back-pain warning signs" in warning
    assert not any("Vitamin K" in title for title in named)       # "Vitamin K and Your Bones": a nutrient


def test_a_question_on_an_added_subject_is_screened_as_on_any_site():
    subjects = QuestionSubjects.of(BACK_SITE, ["Can Magnesium Cause Back Pain?", "Varicose Veins"])
    assert subjects.for_question("when should I see a doctor about varicose veins?") == ANY_SITE
    assert subjects.for_question("when should I see a doctor about it?", ["what causes varicose veins?"]) == ANY_SITE
    own = SiteSubject.of(BACK_SITE)
    assert own.back_pain
    assert subjects.for_question("when should I see a doctor?") == own
    assert subjects.for_question("when should I see a doctor about my magnesium?") == own
    assert subjects.for_question("and about low vitamin D?", ["what causes varicose veins?"]) == own
    assert QuestionSubjects.of(BACK_SITE, ["Can Magnesium Cause Back Pain?"]).foreign == frozenset()


def test_on_a_mixed_site_the_back_pain_list_answers_only_back_questions(tiny_settings):
    corpus = tiny_settings.corpus_dir
    (corpus / "domain.toml").write_text(f'[site]\nsubject = "{BACK_SITE}"\n', encoding="utf-8")
    (corpus / "varicose-veins.md").write_text(
        "# Varicose Veins\n\nVaricose veins are swollen, twisted veins. See a doctor if a varicose vein bleeds "
        "or the skin over it changes colour.\n", encoding="utf-8")
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    veins = bot.ask("when should I see a doctor about varicose veins?")
    assert SEE_DOCTOR_GUIDANCE not in veins.text and veins.text.rstrip().endswith(DISCLAIMER)
    assert SEE_DOCTOR_GUIDANCE in bot.ask("when should I see a doctor?").text
