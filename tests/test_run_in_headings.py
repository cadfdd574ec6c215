"""A heading run into its paragraph's first line with no line break, as pages flattened to text write them
("Treatment Once a deficiency is confirmed, …", "Risk Factors There are a number of…"): split off as the section's
heading, never quoted as part of the sentence, and named in the build report. Names before a verb, a one-letter start
("Vitamin A is…") and ordinary sentences stay whole. Our own wording throughout."""

from __future__ import annotations

import pytest

from bot.answering.corpus_report import corpus_report
from bot.config import ChunkingSettings, Settings
from bot.ingest.articles import parse_article
from bot.ingest.chunking import chunk_article
from bot.ingest.headings import run_in_heading


@pytest.mark.parametrize("line, heading", [
    ("Treatment Once the cause is known, treatment usually starts with rest and gentle exercise.", "Treatment"),
    ("Risk Factors There are several things that make a sprain more likely.", "Risk Factors"),
    ("Seek Urgent Care People who cannot move their leg should be seen the same day.", "Seek Urgent Care"),
    ("Caused By A Strain Tendinitis is caused by doing the same movement over and over.", "Caused By A Strain"),
    ("Common Signs The most common signs of a sprain are", "Common Signs"),     # a lead-in to its list
])
def test_a_run_in_heading_is_found(line, heading):
    assert run_in_heading(line) == (heading, line[len(heading) + 1:])


@pytest.mark.parametrize("line", [
    "Vitamin A is a vitamin that many foods contain.",             # a one-letter start: a name
    "Dr Jones says that rest helps most sprains heal.",            # a name before a verb
    "Magnesium helps muscles relax after they contract.",          # an ordinary sentence
    "Upper back pain, while common, is rarely serious.",
    "Agonist: A drug that binds to a receptor on a cell.",         # a glossary entry
    "Supplements of vitamins A, D and E replace what the gut loses.",
    "Rest And Ice",                                                # a heading alone
    # a determiner, quantifier or conjunction opening the sentence before an acronym (session 34: "Most UTIs are
    # caused by…" was quoted as "UTIs are caused by…" under a section named "Most")
    "Most ACL tears are caused by a twist while running.",
    "If PCOS is suspected, a doctor checks hormone levels.",
    "Some NSAIDs can upset the stomach.",
])
def test_sentences_names_and_lone_headings_stay_whole(line):
    assert run_in_heading(line) is None


def test_the_heading_names_the_section_and_is_not_quoted(tmp_path):
    text = ("Sprains\n\nA sprain is a stretched or torn ligament.\n\nTreatment Once a sprain is diagnosed, most "
            "people rest the joint and use ice for two days.\n")
    parsed = parse_article("sprains", "sprains.txt", text.encode(), {"title": "Sprains"})
    passages = chunk_article(parsed, ChunkingSettings())
    treated = [p for p in passages if "rest the joint" in p.text]
    assert treated and treated[0].section == "Treatment"
    assert not any("Treatment Once" in p.text for p in passages)
    (tmp_path / "sprains.txt").write_text(text)
    report = corpus_report(Settings(corpus_dir=tmp_path)).text()
    assert "sprains.txt line 5: Treatment" in report
