"""Test doubles and tiny data shared by the test files: the fake encoder, the tiny corpus, the project root."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def project_site():
    """The site of the project's own corpus pack, with no titles and nothing covered (no index loaded)."""
    from bot.domain.site import corpus_site

    return corpus_site(PROJECT_ROOT / "corpus")


class FakeEncoder:
    """Deterministic hashed bag of words: similar wording gives similar vectors. For fast unit tests only."""

    model_id = "fake/hashed-bag-of-words"
    dim = 64

    def __init__(self, fail_after: int | None = None) -> None:
        self.calls = 0
        self.fail_after = fail_after

    def encode(self, texts, *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("simulated crash in the middle of a build")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


TINY_ARTICLES = {
    "vitamin-k.txt": """Skip to content

Vitamin K and Your Bones

5 min read

Vitamin K helps bones use calcium. Fermented foods like natto are rich in vitamin K.

In This Article

Food Sources

Leafy greens such as kale and spinach contain vitamin K. Natto, tempeh and kimchi are fermented foods.

ACME Deluxe Back Stretcher Roller

Frequently Asked Questions

Yes, vitamin K matters for bone health. It works together with vitamin D.

References

  1. 1
  2. 2
""",
    "cramps.md": """# Muscle cramps

## Causes

A lack of potassium, calcium, or magnesium in the diet can contribute to leg cramps. Cramps at night are common.

- Dehydration can make cramps worse.
- Some medicines deplete minerals.
""",
}


def write_tiny_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TINY_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sources.json").write_text(
        json.dumps({"vitamin-k": {"title": "Vitamin K and Your Bones", "source": "test"}}))
    return folder


# A second site for tests of two sites (one process, or a server switching index): domain packs for the tiny
# corpus ("bones") and for two mineral articles, each with its own subject, coverage sentence and examples.
BONES_PACK = """[site]
subject = "Bone health"
coverage = "These articles are about vitamin K and muscle cramps."
examples = ["What does vitamin K do for bones?", "What causes leg cramps?"]

[follow_ups.nutrient]
foods = "Bone corner: which foods give you {name}?"
symptoms = "Bone corner: what if you lack {name}?"
"""

MINERALS_PACK = """[site]
subject = "Mineral guide"
coverage = "These articles are about zinc and iron."
examples = ["What does zinc do?", "Why do we need iron?"]

[follow_ups.nutrient]
foods = "Mineral guide: where is {name} found?"
symptoms = "Mineral guide: what are the signs of low {name}?"
"""

MINERALS = {
    "zinc.md": """# Zinc

Zinc is a mineral the body needs for its immune system and to heal wounds.

## Food sources of zinc

Oysters, red meat, poultry, beans and nuts are good food sources of zinc.

## Zinc deficiency

Zinc deficiency causes slow growth, loss of appetite and a weak immune system.
""",
    "iron.md": """# Iron

Iron is a mineral that carries oxygen in the blood.

## Food sources of iron

Red meat, lentils and spinach are food sources of iron.
""",
}


def write_minerals_corpus(folder: Path) -> Path:
    """The two mineral articles (no domain pack: tests add MINERALS_PACK or their own)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in MINERALS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
