"""The whole-article view is loaded on demand: an answer's chat events carry the cited passage, never the whole
article; the article comes from GET /api/article/{doc_id} when the reader opens the view (tests/test_ui_*.py
check that page side in a real browser). Served in-process by ui.build_app with a stand-in engine."""

from __future__ import annotations

import json
import uuid

import httpx

from bot.safety.notices import DISCLAIMER
from bot.types import Answer, Article, Citation, Passage
from support.ui import in_process_server

HEAD = "Long article\n\nIntro line.\n\n"
PASSAGE = "Magnesium helps muscles relax. Nuts and seeds are rich in magnesium."
QUOTE = "Nuts and seeds are rich in magnesium."
TAIL = "".join(f"Unique tail sentence number {n} of the appendix. " for n in range(5000))   # about 250 KB
TEXT = HEAD + PASSAGE + "\n\n" + TAIL


class LongArticleBot:
    """A stand-in engine: every question is answered by quoting one passage of a long article."""

    fingerprint = "fp-long"

    def __init__(self) -> None:
        self.articles = {"long": Article("long", "Long article", "test", "long.txt", "0" * 64, TEXT)}
        start = TEXT.index(PASSAGE)
        passage = Passage("long#1", "long", "Long article", None, PASSAGE, start, start + len(PASSAGE),
                          ((0, 30), (31, len(PASSAGE))))
        self.citation = Citation(1, passage, QUOTE, 0.9)
        self.index = type("Index", (), {"passages": [passage], "manifest": {}})()

    def ask(self, question, history=()):
        text = f"What the articles say:\n\n{QUOTE} [1]\n\n{DISCLAIMER}"
        return Answer(question, "answer", text, (self.citation,), (("long#1", 0.9),), DISCLAIMER, None,
                      self.fingerprint)

    def article(self, doc_id):
        return self.articles.get(doc_id)


def chat_stream(client: httpx.Client, question: str) -> tuple[bytes, str]:
    """Ask through the chat page's own event (queue/join, then the server-sent events); returns every byte of
    the event stream and the sources panel's HTML of the final answer."""
    config = client.get("/config").json()
    fn_index, trigger = next((d["id"], d["targets"][0][0]) for d in config["dependencies"]
                             if any(event == "submit" for _, event in d["targets"]))
    session = uuid.uuid4().hex[:12]
    joined = client.post("/gradio_api/queue/join", json={"data": [question, None], "fn_index": fn_index,
                                                         "trigger_id": trigger, "session_hash": session})
    assert joined.status_code == 200, joined.text[:200]
    received = bytearray()
    with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as stream:
        for line in stream.iter_lines():
            received += line.encode() + b"\n"
            message = json.loads(line[5:]) if line.startswith("data:") else {}
            if message.get("msg") == "process_completed":
                assert message.get("success"), str(message)[:300]
                return bytes(received), message["output"]["data"][2]
    raise AssertionError("the event stream ended without an answer")


def test_an_answer_streams_the_cited_passage_but_not_the_rest_of_its_article():
    with in_process_server(LongArticleBot()) as url:
        client = httpx.Client(base_url=url, timeout=60)
        stream, panel = chat_stream(client, "Which foods are rich in magnesium?")
        start = TEXT.index(PASSAGE)
        # The card links to the article and says where the passage is; the quote is the card's own mark.
        assert QUOTE in panel
        assert f'href="/api/article/long?index=fp-long#start={start}&amp;end={start + len(PASSAGE)}"' in panel
        # Neither the article's tail nor its head travels with the answer; the whole stream stays small.
        assert "Unique tail sentence" not in stream.decode() and "Intro line" not in stream.decode()
        assert len(stream) < 20_000, len(stream)
        # The article itself is one request away, with the disclaimer, when the reader opens the view.
        article = client.get("/api/article/long").json()
        assert article["text"] == TEXT and article["disclaimer"] == DISCLAIMER and article["index"] == "fp-long"
        gone = client.get("/api/article/removed-since")
        assert gone.status_code == 404 and gone.json()["disclaimer"] == DISCLAIMER
