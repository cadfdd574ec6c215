"""The whole-article view is loaded on demand: an answer's chat events carry the cited passage, never the whole
article; the article comes from GET /api/article/{doc_id} when the reader opens the view (tests/test_ui_*.py
check that page side in a real browser). Served in-process by ui.build_app with a stand-in engine."""

from __future__ import annotations

import httpx
from support.long_article import PASSAGES, QUOTES, LongArticleBot
from support.ui import chat_stream, in_process_server

from bot.safety.notices import DISCLAIMER


def test_an_answer_streams_the_cited_passage_but_not_the_rest_of_its_article():
    bot = LongArticleBot(tail_bytes=250_000)
    with in_process_server(bot) as url:
        client = httpx.Client(base_url=url, timeout=60)
        stream, panel = chat_stream(client, "Which foods are rich in magnesium?")
        # Each card links to the article and says where its passage is; the quote is the card's own mark.
        for passage, quote in zip(PASSAGES, QUOTES):
            start = bot.text.index(passage)
            assert quote in panel
            assert f'href="/api/article/long?index=fp-long#start={start}&amp;end={start + len(passage)}"' in panel
        # Neither the article's tail nor its head travels with the answer; the whole stream stays small.
        assert "Unique tail sentence" not in stream.decode() and "Intro line" not in stream.decode()
        assert len(stream) < 20_000, len(stream)
        # The article itself is one request away, with the disclaimer, when the reader opens the view.
        article = client.get("/api/article/long").json()
        assert article["text"] == bot.text and article["disclaimer"] == DISCLAIMER and article["index"] == "fp-long"
        gone = client.get("/api/article/removed-since")
        assert gone.status_code == 404 and gone.json()["disclaimer"] == DISCLAIMER
