"""Corroboration: a quoted fact, cited also where another passage states it in its own words.

Articles on one subject repeat each other: one says "Vitamin D deficiency can cause or worsen neck and back pain",
another "a Vitamin D deficiency can contribute to upper back pain". The answer quotes the best-scored sentence; a
reader checking the answer is better served seeing that a second article says the same, and a question whose
writer had the other article's sentence in mind is answered either way. Across ten held-out batches, 28 of 95 missed
citations had a sentence within cosine 0.80 of a quoted one in a passage that was not cited (session 16).

For each fact (group of quotes) the one closest sentence of a candidate passage not yet cited, at cosine ≥
`QuoteSettings.corroboration_cosine` with the fact's main quote, is added to the group; the composer shows it
after the facts themselves, under a line saying so, with its own marker. It must name no topic the main quote does
not name (a sentence about potassium cramps is no corroboration of one about magnesium cramps), be about the asked
topic when the question names one, and name nothing the question sets aside. A list's lead-in ("Other causes of X
may include") says nothing without its items, which a corroboration does not bring: it is never one. Passages of
the same article count: the articles repeat a fact in their key points, tables and FAQs, and a reader's question may
echo any of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answering.aboutness import Aboutness
from bot.answering.quote_bounds import corrected_end, heading_fragment, quote_start
from bot.answering.sentence_features import META
from bot.config import QuoteSettings
from bot.domain.intent import Understanding
from bot.domain.vocabulary import concept_topic, pack_topics
from bot.ingest.headings import ends_as_lead_in
from bot.types import Hit


def corroborated(groups: list[list], hits: Sequence[Hit], understanding: Understanding,
                 settings: QuoteSettings, about: Aboutness | None = None) -> list[list]:
    """`groups` (lists of `bot.answering.quotes.Quote`, main quote first) with at most
    `settings.corroborations` more quotes each, from the first `settings.candidate_passages` of `hits`, while the
    answer holds fewer than `settings.max_citations` quotes. Groups keep their order; nothing is removed. `about`: the
    question's Aboutness when the caller already has it."""
    if settings.corroborations <= 0 or not groups:
        return groups
    about = Aboutness.of_question(understanding) if about is None else about
    names = _topic_names(understanding)
    excluded = understanding.excluded_terms
    cited = {q.passage.passage_id for g in groups for q in g}
    shown = [(q.passage.doc_id, _words(q.text)) for g in groups for q in g]    # no article's words shown twice
    total = sum(len(g) for g in groups)
    out = []
    for group in groups:
        group = list(group)
        main = group[0]
        main_lowered = main.text.casefold()
        main_names = {n for n in names if n in main_lowered}
        candidates = []
        for hit in hits[:settings.candidate_passages]:
            passage = hit.passage
            if passage.passage_id in cited:
                continue
            cosines = hit.sentence_vectors @ main.vector
            for i, (a, b) in enumerate(passage.sentences):
                if cosines[i] < settings.corroboration_cosine:
                    continue
                sentence = passage.text[a:b]
                lowered = sentence.casefold()
                if (len(sentence.split()) < settings.min_words or heading_fragment(passage, a, sentence)
                        or META.search(sentence) or sentence.rstrip().endswith("?") or ends_as_lead_in(sentence)
                        or sentence.rstrip()[-1:].isalnum()     # broken off: "…a kidney stone if you have"
                        or any(n in lowered and n not in main_names for n in names)
                        or (about.terms and about.about(main_lowered, main.passage)
                            and not about.about(lowered, passage))
                        or any(t in lowered for t in excluded)
                        # The same words again in the same article (a page repeating a paragraph under two
                        # headings, a newcomer's MedQuAD article; session 30: quoted already for another fact of
                        # the answer): the reader would see one sentence twice.
                        or any(doc == passage.doc_id and _words(sentence) in words for doc, words in shown)):
                    continue
                candidates.append((float(cosines[i]), hit, i))
        for cosine, hit, i in sorted(candidates, key=lambda c: -c[0])[:settings.corroborations]:
            if total >= settings.max_citations or hit.passage.passage_id in cited:
                break
            passage = hit.passage
            # As every quote: a table cell whole (its row and column name it), a sentence that refers back with the
            # one it refers to.
            cell = passage.kind == "table_cell"
            start = passage.sentences[0 if cell else quote_start(passage, i)][0]
            # The main quote's score (the fact's), this sentence's place, vector and types.
            end = passage.sentences[-1][1] if cell else corrected_end(passage, i)     # with a caveat that follows
            shown.append((passage.doc_id, _words(passage.text[start:end])))
            group.append(replace(main, passage=passage, start=start, end=end,
                                 vector=hit.sentence_vectors[i], hit_score=hit.score,
                                 types=frozenset(hit.sentence_types[i]), lead=0.0,
                                 corroborates=True))
            cited.add(passage.passage_id)
            total += 1
        out.append(group)
    return out


def _topic_names(understanding: Understanding) -> tuple[str, ...]:
    """Lower-case passage terms of every topic of the site (its pack's topics, else its covered concepts)."""
    site = understanding.site
    topics = pack_topics(site.pack) or tuple(concept_topic(c) for c in site.covered_topic_concepts)
    return tuple(term for t in topics for term in t.passage_terms)


def _words(text: str) -> str:
    """`text`'s letters and digits in lower case, single spaces between, so that the same sentence compares equal
    however it was laid out or punctuated ("60- to 80-year-olds" and "60-to 80-year-olds": session 33)."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))
