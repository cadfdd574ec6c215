"""A group of people the question names (pregnant, children, older adults) is among the quotes when the articles say
something of it (bot.answering.population): "I'm pregnant, which lice shampoo is safe?" was answered with sentences
on the shampoos alone while the one saying a treatment "should not be used … in pregnant women" went unquoted (a
newcomer's head-lice page, session 32). The article below is our own wording."""

from __future__ import annotations

import json

import pytest

from bot.answering.population import population_pattern

_ARTICLE = """Treating Scalp Mites

Scalp mites are tiny insects that live in the hair and cause itching.

Treatment

Several shampoos and lotions kill scalp mites. A permethrin lotion is safe to use and is sold over the counter; it is
applied to dry hair for ten minutes. A malathion lotion is safe and effective when the permethrin lotion has failed,
but it is flammable, so keep it away from hair dryers. Spinosad lotion is a newer lotion that is safe for most people
and kills the mites and most of their eggs. Benzyl alcohol lotion is safe to use on the scalp but does not kill eggs.
Combing wet hair with a fine comb every few days removes the eggs that treatment leaves behind.

Cautions

Oral ivermectin tablets kill the mites too. They must not be given to small children or to women who are pregnant.

Prevention

Avoid sharing combs, hats and pillows with someone who has scalp mites.
"""


def test_the_pattern_finds_the_group_in_its_other_words():
    found = population_pattern("I'm pregnant, which lotion is safe?")
    assert found.search("it is not safe during pregnancy") and found.search("pregnant women")
    assert found.search("if you are expecting a baby") and not found.search("a pregnable fort")
    kids = population_pattern("can my kids use it?")
    assert kids.search("not for children under two") and not kids.search("the kidneys filter blood")
    assert population_pattern("which lotion is best?") is None


@pytest.mark.slow
def test_a_sentence_naming_the_asked_group_is_quoted(tmp_path):
    from bot.answering.engine import Bot
    from bot.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "scalp-mites.md").write_text(_ARTICLE, encoding="utf-8")
    (corpus / "sources.json").write_text(json.dumps({"scalp-mites.md": {"title": "Treating Scalp Mites"}}))
    bot = Bot.load(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    answer = bot.ask("I'm pregnant, which scalp mite lotion is safe to use?")
    assert any("pregnant" in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    plain = bot.ask("which scalp mite lotion is safe to use?")
    assert plain.citations      # the same question without a group is answered as before
