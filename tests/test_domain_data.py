"""Knowledge about a site's articles is data: the domain pack (corpus/domain.toml), the general health
vocabulary, coverage computed from the corpus at build time, and embeddings reused between builds.
Fast: each test builds its own tiny corpus with the fake encoder."""

from __future__ import annotations

import re

import numpy as np
import pytest
from support.fakes import FakeEncoder

from bot import Bot
from bot.cli import main
from bot.domain.coverage import concepts_in, coverage_of
from bot.errors import CorpusError, IndexStale
from bot.ingest.concepts import health_vocabulary
from bot.ingest.pack import load_pack
from bot.search.embedding_cache import CACHE_DIR
from bot.search.store import expected_identity, load_index

ZINC = """# Zinc

Zinc is a mineral the body needs for its immune system and to heal wounds.

## Food sources of zinc

Oysters, red meat, poultry, beans and nuts are good food sources of zinc.

## Zinc deficiency

Zinc deficiency causes slow growth, loss of appetite and a weak immune system.
"""


class CountingEncoder(FakeEncoder):
    """The fake encoder, counting every text it embeds."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = 0

    def encode(self, texts, **options):
        self.texts += len(texts)
        return super().encode(texts, **options)


# --------------------------------------------------------------------- the vocabulary and what a question names

@pytest.mark.parametrize("question, expected", [
    ("Do omega-3s help joints?", ["omega-3-fatty-acids", "joints"]),
    ("what is osteoperosis exactly", ["osteoporosis"]),          # a common misspelling
    ("what is pagets disease", ["paget-s-disease"]),              # the apostrophe dropped
    ("symptoms of brittle bone disease in babies", ["osteogenesis-imperfecta"]),   # the longest term wins
    ("I had flu-like aches", []),                                 # "flu-like" is not the flu
    ("do they just stay the same", []),                           # "same" is not SAM-e
    ("Which foods have zinc in them?", ["zinc"]),
    ("can i give my kid zofran for throwing up", ["children", "ondansetron", "vomiting"]),       # a brand: its medicine
    ("are ozempic injections the same as wegovy", ["semaglutide", "injections"]),
    ("will packing in the fags help my bones", ["smoking", "bones"]),               # a lay word
    ("is a c section safe", ["caesarean-section"]),                                # a hyphen left out
    ("how much do physios charge", ["physiotherapy"]),                             # a plural
    # Everyday words are not subjects: IUs are units, a jab of pain is pain, pulses are beans, the pill may be
    # a supplement's form, a glass of wine is not "alcohol misuse".
    ("how many IUs of vitamin D a day", ["vitamin-d"]),
    ("I get a sharp jab of pain in my lower back", ["back"]),
    ("are pulses a good source of magnesium", ["magnesium"]),
    ("is the pill or the powder better for magnesium", ["magnesium"]),
    ("do I need to be fasting before a blood test", ["blood-test"]),
    # MedlinePlus health topics (the vocabulary's second block): a topic, its "also called" names, an eponym
    # without its head noun; a stenosis that is not the spine's is not spinal stenosis.
    ("when should my toddler get the whooping cough vaccine", ["children", "whooping-cough", "vaccines"]),
    ("is pertussis dangerous", ["whooping-cough"]),
    ("is ehlers danlos the same thing as marfan", ["ehlers-danlos-syndrome", "marfan-syndrome"]),
    ("can aortic stenosis make you tired", ["aortic-stenosis", "fatigue"]),  # not spinal stenosis
    ("I wear braces on my back", ["back"]),                 # a back brace, not orthodontia
    # The MedlinePlus encyclopedia, drug and herb names (the later blocks): a test, a procedure by an "also called"
    # name sharing its word, a medicine, an herb, a condition English knows well enough to slip past rarity.
    ("what is a schilling test and do i need one", ["schilling-test"]),
    ("how much does shock wave lithotripsy cost", ["lithotripsy"]),
    ("is deferiprone safe for my liver", ["deferiprone", "liver"]),
    ("does reishi mushroom help back pain", ["reishi-mushroom", "back-pain"]),
    ("can barrett esophagus turn into cancer", ["barrett-esophagus", "cancer"]),
    ("are blueberries good for bones", ["bones"]),          # an herb list's food is not a supplement here
])
def test_concepts_in_a_question(question, expected):
    assert [c.id for c in concepts_in(question)] == expected


def test_a_named_medicine_is_its_own_concept_not_a_word_for_its_class():
    # An article about NSAIDs does not cover Celebrex: a brand comparison stays uncovered.
    split = coverage_of("Is Celebrex easier on the stomach than Mobic?", frozenset({"nsaids", "stomach"}))
    assert [c.name for c in split.uncovered_subjects] == ["celecoxib", "meloxicam"]


def test_every_word_of_the_vocabulary_names_one_concept():
    vocabulary = health_vocabulary()
    owners: dict[str, set[str]] = {}
    for concept in vocabulary.concepts:
        for term in concept.terms:
            owners.setdefault(re.sub(r"[^a-z0-9]", "", term), set()).add(concept.id)
    assert not {key: ids for key, ids in owners.items() if len(ids) > 1}


def test_a_name_known_only_for_coverage_is_never_a_topic():
    # An article on gout that mentions achalasia in passing: gout is a topic of follow-ups and boosts, achalasia (an
    # encyclopedia name below the vocabulary's "names only" line) only tells coverage.
    from bot.domain.site import Site
    from bot.ingest.pack import default_pack
    site = Site(default_pack(), titles=("Gout", "Swallowing"), covered=frozenset({"gout", "achalasia"}))
    assert [c.id for c in site.covered_topic_concepts] == ["gout"]
    vocabulary = health_vocabulary()
    assert vocabulary.by_id["gout"].topical and not vocabulary.by_id["achalasia"].topical


def test_coverage_of_a_question_splits_covered_from_uncovered():
    split = coverage_of("Does zinc help muscle cramps in my back?", frozenset({"muscle-cramps", "back"}))
    assert [c.name for c in split.covered] == ["muscle cramps", "back"]
    assert [c.name for c in split.uncovered_subjects] == ["zinc"]
    assert split.names_covered_subject


# --------------------------------------------------------------------- coverage follows the corpus

def test_a_question_about_an_uncovered_concept_is_answered_once_an_article_covers_it(tiny_settings):
    encoder = FakeEncoder()
    bot = Bot.load(tiny_settings, encoder=encoder)
    assert "zinc" not in bot.index.covered_concepts and "vitamin-k" in bot.index.covered_concepts
    before = bot.ask("Which foods are good sources of zinc?")
    assert before.kind == "no_answer" and not before.citations

    (tiny_settings.corpus_dir / "zinc.md").write_text(ZINC, encoding="utf-8")
    bot = Bot.load(tiny_settings, encoder=encoder)
    assert "zinc" in bot.index.covered_concepts
    after = bot.ask("Which foods are good sources of zinc?")
    assert after.kind == "answer" and after.citations[0].passage.doc_id == "zinc"
    assert any("zinc" in s.casefold() for s in after.suggestions)   # follow-ups about the new topic


def test_without_a_domain_pack_the_wording_comes_from_the_corpus(tiny_settings):
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    refusal = bot.ask("What is the capital of Australia?")
    assert refusal.kind == "no_answer"
    assert "Vitamin K and Your Bones" in refusal.text                 # an article title, not the old five
    assert "back pain, bones, nerves" not in refusal.text           # nor the coverage sentence of another site


# --------------------------------------------------------------------- the domain pack

@pytest.mark.parametrize("content, named", [
    ("[site\nsubject = 1", "not valid TOML"),
    ("[site]\nsubject = 3\n", "[site] subject must be a string"),
    ("[site]\nexamples = ['ok', '']\n", "[site] examples[2] must be a non-empty string"),
    ("[vocabulary]\nlay_terms = [['(unclosed', 'words']]\n", "[vocabulary] lay_terms[1] is not a valid pattern"),
    ("[[vocabulary.topics]]\nname = 'zinc'\nkind = 'mineral'\naliases = ['zinc']\npassage_terms = ['zinc']\n",
     "[vocabulary] topics[1].kind must be one of nutrient, condition"),
    ("[[vocabulary.topics]]\nname = 'lack'\nkind = 'condition'\naliases = ['lack']\npassage_terms = ['lack']\n"
     "side_only = 'yes'\n", "[vocabulary] topics[1].side_only must be true or false"),
    ("[follow_ups.nutrient]\nfoods = 'Which foods?'\n",
     '[follow_ups.nutrient] foods must be a string containing "{name}"'),
    ("[cleaning]\nchrome_lines = ['ok', '[']\n", "[cleaning] chrome_lines[2] is not a valid pattern"),
])
def test_a_bad_domain_pack_is_named_with_its_key(tmp_path, content, named):
    (tmp_path / "domain.toml").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_pack(tmp_path)
    # named by the folder it is in (an operator's BOT_CORPUS_DIR, not the project's corpus/)
    assert f"{tmp_path.resolve().as_posix()}/domain.toml" in str(err.value) and named in str(err.value)


def test_a_bad_domain_pack_is_one_line_at_the_command_line(tiny_settings, monkeypatch, capsys):
    (tiny_settings.corpus_dir / "domain.toml").write_text("[site]\nsubject = 3\n", encoding="utf-8")
    monkeypatch.setenv("BOT_CORPUS_DIR", str(tiny_settings.corpus_dir))
    monkeypatch.setenv("BOT_INDEX_DIR", str(tiny_settings.index_dir))
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    where = f"{tiny_settings.corpus_dir.resolve().as_posix()}/domain.toml"
    assert err.startswith(f"error: {where}: [site] subject must be a string") and "Traceback" not in err


def test_editing_the_domain_pack_makes_the_index_stale(tiny_settings):
    encoder = FakeEncoder()
    Bot.load(tiny_settings, encoder=encoder)
    (tiny_settings.corpus_dir / "domain.toml").write_text("[site]\nsubject = 'Bones'\n", encoding="utf-8")
    with pytest.raises(IndexStale):
        load_index(tiny_settings, expected_identity(tiny_settings, bot_identity(encoder)), encoder.dim)


def bot_identity(encoder):
    from bot.encoders.provider import FixedEncoder

    return FixedEncoder(encoder).identity()


def test_the_pack_gives_the_page_its_subject_and_examples(tiny_settings):
    from bot.domain.wording import example_questions, page_title

    (tiny_settings.corpus_dir / "domain.toml").write_text(
        "[site]\nsubject = 'Bone health'\nexamples = ['What does vitamin K do for bones?']\n", encoding="utf-8")
    bot = Bot.load(tiny_settings, encoder=FakeEncoder())
    assert page_title(bot.site) == "Bone health: answers from trusted articles"
    assert example_questions(bot.site) == ("What does vitamin K do for bones?",)


# --------------------------------------------------------------------- the build report

def test_check_reports_passages_cleaning_leftovers_doses_and_coverage(tiny_settings, monkeypatch, capsys):
    (tiny_settings.corpus_dir / "zinc.md").write_text(
        ZINC + "\nAdults need 8 mg of zinc a day.\n\nDownload PDF\n\nPhoto credit: Jane Doe\n\n"
        "Subscribe to our zinc newsletter for weekly tips\n", encoding="utf-8")
    monkeypatch.setenv("BOT_CORPUS_DIR", str(tiny_settings.corpus_dir))
    monkeypatch.setenv("BOT_INDEX_DIR", str(tiny_settings.index_dir))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Corpus: 3 articles" in out and 'zinc: "Zinc"' in out
    zinc = out.split('zinc: "Zinc"')[1]
    removed, kept = zinc.split("cleaning removed")[1].split("looks like page leftovers (kept)")
    assert "- Download PDF" in removed and "- Photo credit: Jane Doe" in removed  # whole chrome lines: dropped
    assert "- Subscribe to our zinc newsletter for weekly tips" in kept         # a possible leftover: kept
    assert "- Adults need 8 mg of zinc a day." in out                           # a dose statement
    assert "- ACME Deluxe Back Stretcher Roller" in out                          # an advert, removed
    assert "zinc (" in out.split("Concepts now covered")[1]
    assert not (tiny_settings.index_dir / "current").exists()                   # nothing was built


def test_check_says_which_articles_a_hand_written_coverage_sentence_leaves_out(tiny_settings, monkeypatch, capsys):
    (tiny_settings.corpus_dir / "zinc.md").write_text(ZINC, encoding="utf-8")
    (tiny_settings.corpus_dir / "domain.toml").write_text(
        '[site]\ncoverage = "The articles cover muscle cramps and vitamin D."\n', encoding="utf-8")
    monkeypatch.setenv("BOT_CORPUS_DIR", str(tiny_settings.corpus_dir))
    monkeypatch.setenv("BOT_INDEX_DIR", str(tiny_settings.index_dir))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Zinc (zinc)" in out.split("does not mention these articles (their topics it leaves out): ")[1]


def test_check_names_sources_entries_for_articles_that_are_not_there(tiny_settings, monkeypatch, capsys):
    (tiny_settings.corpus_dir / "sources.json").write_text('{"zinc_typo": {"title": "Zinc"}}', encoding="utf-8")
    monkeypatch.setenv("BOT_CORPUS_DIR", str(tiny_settings.corpus_dir))
    monkeypatch.setenv("BOT_INDEX_DIR", str(tiny_settings.index_dir))
    assert main(["check"]) == 0
    assert "not in the folder (check the ids): zinc_typo" in capsys.readouterr().out


# --------------------------------------------------------------------- incremental rebuilds

def test_editing_one_article_re_embeds_only_its_changed_texts(tiny_settings):
    encoder = CountingEncoder()
    Bot.load(tiny_settings, encoder=encoder)
    first = encoder.texts
    path = tiny_settings.corpus_dir / "cramps.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nStretching before bed can help.\n", encoding="utf-8")
    encoder.texts = 0
    bot = Bot.load(tiny_settings, encoder=encoder)
    assert 0 < encoder.texts < first / 3
    fresh = Bot.load(tiny_settings.__class__(corpus_dir=tiny_settings.corpus_dir,
                                             index_dir=tiny_settings.index_dir.parent / "fresh"), encoder=FakeEncoder())
    np.testing.assert_allclose(bot.index.sentence_vectors, fresh.index.sentence_vectors, atol=1e-6)


def test_a_damaged_embedding_cache_is_ignored(tiny_settings):
    encoder = CountingEncoder()
    Bot.load(tiny_settings, encoder=encoder)
    first = encoder.texts
    vectors = next((tiny_settings.index_dir / CACHE_DIR).glob("*/vectors.npy"))
    data = bytearray(vectors.read_bytes())
    data[-8:] = bytes(b ^ 0xFF for b in data[-8:])     # the last vector changes: its checksum no longer matches
    vectors.write_bytes(bytes(data))
    (tiny_settings.corpus_dir / "cramps.md").write_text("# Cramps\n\nMagnesium helps with cramps at night.\n")
    encoder.texts = 0
    bot = Bot.load(tiny_settings, encoder=encoder)
    assert encoder.texts >= first - 10        # everything embedded again, nothing read from the damaged cache
    assert bot.ask("Which foods contain vitamin K?").kind == "answer"


def test_derived_examples_are_about_what_the_articles_are_about():
    """A newcomer's two-article site (plantar fasciitis; iron deficiency anaemia) got "What are the symptoms of
    common cold?" first, from "roll your foot over a cold drink can"."""
    from bot.domain.site import Site
    from bot.domain.wording import example_questions
    from bot.ingest.pack import default_pack

    site = Site(default_pack(), titles=("Plantar fasciitis", "Gout"),
                covered=frozenset({"plantar-fasciitis", "common-cold", "gout"}),
                concept_articles={"plantar-fasciitis": 1, "common-cold": 1, "gout": 1})
    examples = " ".join(example_questions(site))
    assert "plantar fasciitis" in examples and "gout" in examples and "common cold" not in examples


def test_a_blood_clot_is_no_deep_vein_thrombosis_and_heavy_menstrual_bleeding_is_a_period_problem():
    # A newcomer's bleeding-disorder articles (session 25): "blood clot" made deep vein thrombosis a covered concept,
    # and the refusal page offered "How is deep vein thrombosis treated?", answered with clot-preserving medicines;
    # "heavy periods" was said uncovered beside "Heavy menstrual bleeding often is the main symptom".
    from bot.ingest.concepts import health_vocabulary
    names = lambda text: {c.name for _, _, c in health_vocabulary().mentions(text)}  # noqa: E731
    assert "deep vein thrombosis" not in names("Platelets clump together to form a blood clot.")
    assert "deep vein thrombosis" in names("I had a blood clot in my leg last year")
    assert "period problems" in names("Heavy menstrual bleeding often is the main symptom of VWD in women.")
    # …and "blood pressure" alone made high blood pressure covered by "…cause your blood pressure to drop".
    assert "high blood pressure" not in names("Some medicines can cause your blood pressure to drop.")
    assert "high blood pressure" in names("Diuretics are often prescribed for high blood pressure.")
