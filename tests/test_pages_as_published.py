"""Articles as a site's pages publish them, put in the corpus folder with no tidying: lists without bullets after a
lead-in ending in ':', page leftovers (cookie banner, breadcrumb, share buttons…) and HTML entities, a web page
or a PDF saved under a text file's name, and a misspelt domain.toml key. Each test builds its own small corpus."""

from __future__ import annotations

import pytest
from support.cli import check
from support.fakes import FakeEncoder

from bot.config import Settings
from bot.errors import CorpusError
from bot.ingest.articles import load_corpus, parse_article
from bot.ingest.chunking import chunk_article
from bot.ingest.cleaning import Cleaning
from bot.safety.notices import DISCLAIMER

APNEA = """Sleep Apnea

What Is Sleep Apnea?

Sleep apnea is a common disorder in which you have pauses in breathing while you sleep.

Untreated sleep apnea can:

Increase the risk of high blood pressure, heart attack, stroke, obesity, and diabetes

Increase the risk of, or worsen, heart failure

Make arrhythmias more likely

Increase the chance of having work-related or driving accidents

Sleep apnea is a chronic condition that requires long-term management.

Lifestyle Changes

Lifestyle changes can help. Signs of sleep apnea include:

Morning headaches

Memory or learning problems

Who Needs Treatment?

People who have sleep apnea and feel sleepy during the day may need treatment.

Your doctor may prescribe medicines to:

Lower your blood pressure.

Prevent blood clots.

Take all medicines regularly, as your doctor prescribes. Do not skip a dose unless told.

Physical Activity

Routine physical activity can lower many risk factors for heart disease and help you sleep better.
"""

PAGE = """Skip to main content
Home &gt; Health Topics &gt; Brain &amp; Nerves &gt; Bell's Palsy
We use cookies to improve your experience on our site.
Share on Facebook
Share on Twitter | Email | Print

Bell's Palsy

Download PDF (245 KB)

Bell's palsy is a temporary weakness of the muscles on one side of the face.

Photo credit: John Smith / Getty Images

ADVERTISEMENT

Symptoms include sudden weakness on one side of the face &amp; a drooping eyelid.

Some websites use cookies, and some pages offer a PDF: neither is about the face.

Was this page helpful?

Related articles

Last updated: March 3, 2024

© 2024 Example Health. All rights reserved.
"""


def parsed(text: str, name: str = "apnea"):
    return parse_article(name, f"{name}.txt", text.encode(), {})


# --------------------------------------------------------------------- lists published without bullets

def test_lines_after_a_lead_in_are_its_items_not_headings():
    article = parsed(APNEA)
    headings = [article.article.text[b.start:b.end] for b in article.blocks if b.kind == "heading"]
    assert headings == ["What Is Sleep Apnea?", "Lifestyle Changes", "Who Needs Treatment?", "Physical Activity"]
    passages = chunk_article(article, Settings().chunking)
    lead = next(p for p in passages if "Untreated sleep apnea can:" in p.text)
    assert "• Make arrhythmias more likely\n• Increase the chance of having work-related" in lead.text
    assert lead.section == "What Is Sleep Apnea?"
    medicines = next(p for p in passages if "medicines to:" in p.text)
    assert "• Lower your blood pressure.\n• Prevent blood clots." in medicines.text
    # a paragraph after one-sentence items is not an item; nor are the prose after a list and real headings
    text = article.article.text
    for line in ("Take all medicines regularly", "Sleep apnea is a chronic", "Lifestyle Changes", "Who Needs"):
        assert f"• {line}" not in text


def test_a_heading_right_after_a_lead_in_stays_a_heading_and_check_names_the_lone_lead_in(tmp_path, monkeypatch,
                                                                                           capsys):
    corpus = tmp_path / "site"
    corpus.mkdir()
    (corpus / "apnea.txt").write_text(APNEA, encoding="utf-8")
    (corpus / "gout.txt").write_text("Gout\n\nGout is a kind of arthritis that causes painful joints.\n\n"
                                     "Other causes are listed below:\n\nTreatment Options\n\nRest and cold packs "
                                     "ease a flare and medicines lower uric acid over time.\n", encoding="utf-8")
    code, out, _ = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 0
    assert "lines without a bullet read as list items of the lead-in ending in ':' above them" in out
    assert "apnea.txt line 13: Make arrhythmias more likely" in out
    assert "lead-ins ending in ':' with nothing after them" in out and "- Other causes are listed below:" in out
    assert any(b.kind == "heading" for b in parsed((corpus / "gout.txt").read_text(), "gout").blocks
               if b.section is None)


def test_an_item_named_again_or_opening_the_paragraph_below_is_a_heading_after_the_list():
    article = parsed("Heart Attack\n\nOther treatments include:\n\nMedicines\n\nCardiac rehabilitation\n\nMedicines\n\n"
                     "Your doctor may prescribe one or more of these medicines to protect the heart.\n\n"
                     "The goals of treatment include:\n\nRelieving symptoms\n\nSurgery\n\n"
                     "Surgery can repair a damaged valve when medicines do not help.\n", "heart")
    headings = [article.article.text[b.start:b.end] for b in article.blocks if b.kind == "heading"]
    assert headings == ["Medicines", "Surgery"]
    assert [line for _, line in article.bare_items] == ["Medicines", "Cardiac rehabilitation", "Relieving symptoms"]


def test_a_bulleted_list_and_a_heading_over_prose_read_as_before():
    article = parsed("Iron\n\nLow iron can cause:\n\n- tiredness\n- pale skin\n\nFood sources\n\n"
                     "Red meat and beans are good sources of iron.\n")
    kinds = [(b.kind, article.article.text[b.start:b.end]) for b in article.blocks]
    assert ("heading", "Food sources") in kinds and ("list_item", "• tiredness") in kinds
    assert not article.bare_items


def test_a_list_flattened_into_one_line_is_read_as_items_and_footnote_numbers_are_dropped():
    # As MedQuAD and other pages flattened to text give them: the bullets of a list run into one line, footnote
    # numbers glued to a full stop and to a heading's last word.
    article = parsed("Gallstones\n\nOther factors that affect a persons risk of gallstones include2\n\n"
                     "- Obesity. People who are obese have increased risk.   - Rapid weight loss. The liver "
                     "secretes extra cholesterol.1  - Diet high in refined carbohydrates\n\n"
                     "Who gets them\n\nPeople over age 40 - and women - get them more often.3 Vitamin B12 "
                     "and type 2 diabetes are not named in a footnote. Some get IBS.5 Others had hepatitis B.6 For "
                     "these reasons, 1.5 percent is a rate.\n", "gallstones")
    kinds = [(b.kind, article.article.text[b.start:b.end]) for b in article.blocks]
    assert [text for kind, text in kinds if kind == "list_item"] == [
        "• Obesity. People who are obese have increased risk.", "• Rapid weight loss. The liver secretes extra "
        "cholesterol.", "• Diet high in refined carbohydrates"]
    text = article.article.text
    assert "include2" not in text and "include" in text and "cholesterol.1" not in text
    assert "People over age 40 - and women - get them more often. Vitamin B12 and type 2 diabetes" in text
    assert "Some get IBS. Others had hepatitis B. For these reasons, 1.5 percent is a rate." in text


# --------------------------------------------------------------------- page leftovers and HTML entities

def test_page_leftovers_are_dropped_by_default_and_sentences_mentioning_them_are_kept():
    article = parsed(PAGE, "bells")
    text = article.article.text
    for leftover in ("Skip to main", "Home >", "We use cookies", "Share on", "Download PDF", "Photo credit",
                     "ADVERTISEMENT", "Was this page", "Related articles", "Last updated", "©"):
        assert leftover not in text, leftover
    assert article.article.title == "Bell's Palsy"
    assert "Some websites use cookies, and some pages offer a PDF" in text         # a sentence: never dropped
    assert "weakness on one side of the face & a drooping eyelid." in text and "&amp;" not in text
    assert "Home > Health Topics > Brain & Nerves > Bell's Palsy" in article.removed   # decoded, then dropped


@pytest.mark.parametrize("line, dropped", [
    ("Share:", True), ("Download free Acrobat Reader", True), ("Updated: January 14, 2021 History of changes", True),
    ("Reviewed 3 March 2024", True), ("Accept all cookies", True), ("Print this page", True),
    ("Share your worries with your doctor.", False), ("Reviewed 2 times a year by the panel.", False),
    ("Home remedies can help with mild symptoms.", False), ("Home care", False), ("Credit card", False),
    ("Print the chart and keep it on the fridge.", False), ("Related conditions", False),
    ("Download the app to track your sleep every night.", False),
])
def test_built_in_cleaning_drops_whole_leftover_lines_never_a_sentence(line, dropped):
    assert Cleaning().drops(line) is dropped


def test_a_sites_chrome_patterns_add_to_the_built_in_ones_and_match_whole_lines(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "site"
    corpus.mkdir()
    (corpus / "bells.txt").write_text(PAGE + "\nSign up for our sleep newsletter today\n\nTweet this to your friends\n",
                                      encoding="utf-8")
    (corpus / "domain.toml").write_text("[cleaning]\nchrome_lines = ['sign up for .*', '^tweet this']\n",
                                        encoding="utf-8")
    removed = load_corpus(corpus)[0].removed
    assert "Sign up for our sleep newsletter today" in removed and "Skip to main content" in removed
    assert "Tweet this to your friends" not in removed  # '^tweet this' matches the start only: kept
    code, out, _ = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 0 and "looks like page leftovers (kept): 2" in out and "    - Tweet this to your friends" in out
    assert "patterns that match part of kept lines but no whole line" in out and "'^tweet this'" in out


# --------------------------------------------------------------------- files that are not an article's text

@pytest.mark.parametrize("name, raw, said", [
    ("asthma.md", b"<!DOCTYPE html><html><head><title>Asthma</title><script>var x=1;</script></head>"
                  b"<body><p>Asthma affects the airways.</p></body></html>", "looks like a web page's HTML"),
    ("tags.txt", b"<div>" + b"<p>Asthma</p><span>airways</span>" * 6 + b"</div>", "looks like a web page's HTML"),
    ("leaflet.txt", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n", "is a PDF file, not its text"),
])
def test_a_web_page_or_a_pdf_saved_as_text_is_refused_with_what_to_do(tmp_path, monkeypatch, capsys, name, raw,
                                                                       said):
    corpus = tmp_path / "site"
    corpus.mkdir()
    (corpus / "apnea.txt").write_text(APNEA, encoding="utf-8")
    (corpus / name).write_bytes(raw)
    code, _, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 1 and f"{name} {said}" in err and "save that as plain text (.txt) or Markdown (.md)" in err
    assert err.strip().endswith(DISCLAIMER) and "Traceback" not in err
    from bot import Bot

    with pytest.raises(CorpusError, match=said):
        Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), encoder=FakeEncoder())
    assert not (tmp_path / "index" / "current").exists()


def test_markdown_with_a_few_tags_is_an_article():
    article = parsed("# Asthma\n\nAsthma narrows the airways<sup>1</sup>.<br>\nIt can be treated.\n", "asthma")
    assert "Asthma narrows the airways" in article.article.text


# --------------------------------------------------------------------- domain.toml mistakes

@pytest.mark.parametrize("pack, said", [
    ("[sitee]\nsubject = 'Sleep'\n", "[sitee] is not known (did you mean [site]?)"),
    ("[site]\nsubjet = 'Sleep'\n", '[site] subjet is not known (did you mean "subject"?)'),
    ("[cleaning]\nchrome_line = ['x']\n", '[cleaning] chrome_line is not known (did you mean "chrome_lines"?)'),
    ("[tokenization]\nletter_names = ['vitamin']\n", "[tokenization] is not known (did you mean [tokenisation]?)"),
    ("[vocabulary]\ntopics = [{name = 'gout', kind = 'condition', aliases = ['gout'], passage_terms = ['gout'], "
     "alias = ['x']}]\n", '[vocabulary] topics[1].alias is not known (did you mean "aliases"?)'),
])
def test_an_unknown_table_or_key_in_domain_toml_is_named_with_a_suggestion(tmp_path, monkeypatch, capsys, pack,
                                                                            said):
    corpus = tmp_path / "site"
    corpus.mkdir()
    (corpus / "apnea.txt").write_text(APNEA, encoding="utf-8")
    (corpus / "domain.toml").write_text(pack, encoding="utf-8")
    code, _, err = check(corpus, tmp_path, monkeypatch, capsys)
    assert code == 1 and f"{corpus}/domain.toml: {said}" in err and "Traceback" not in err


# --------------------------------------------------------------------- what a reader sees (real model)

@pytest.mark.slow
def test_a_lead_in_is_quoted_with_its_unbulleted_items_and_no_page_leftover_is_quoted(tmp_path):
    from bot import Bot

    corpus = tmp_path / "site"
    corpus.mkdir()
    (corpus / "apnea.txt").write_text(APNEA, encoding="utf-8")
    (corpus / "bells.txt").write_text(PAGE, encoding="utf-8")
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    answer = bot.ask("Can sleep apnea kill you?")
    assert "Untreated sleep apnea can:\n\n• Increase the risk of high blood pressure" in answer.text
    assert "• Increase the chance of having work-related or driving accidents" in answer.text
    assert not any((c.passage.section or "").startswith(("Increase", "Make")) for c in answer.citations)
    for question in ("What are the symptoms of Bell's palsy?", "What is Bell's palsy?"):
        text = bot.ask(question).text
        assert "Bell's palsy is a temporary weakness" in text or "Symptoms include sudden weakness" in text
        for leftover in ("cookies", "&gt;", "Home >", "Share on", "Download PDF", "Photo credit", "©"):
            assert leftover not in text, (question, leftover)
