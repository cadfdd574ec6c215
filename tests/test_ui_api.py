"""The chat's API through `gradio_client` (`/ask`, `/chat`) and its hardened settings, against `python ui.py`."""

from __future__ import annotations

import os

import httpx
import pytest
from support.ui import start_ui

from bot.safety.screening import DISCLAIMER

pytestmark = pytest.mark.slow
os.environ.setdefault("HF_HUB_OFFLINE", "1")   # gradio_client would otherwise look up a model hub host


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    ui = start_ui(tmp_path_factory.mktemp("ui-api"), "api")
    yield ui
    ui.stop()


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server.url, verbose=False, download_files=False)


def test_ask_returns_the_json_contract(client):
    answer = client.predict("Which foods are rich in magnesium?", api_name="/ask")
    assert set(answer) == {"question", "kind", "text", "citations", "retrieved", "disclaimer", "urgent", "index"}
    assert answer["kind"] == "answer" and answer["citations"]
    assert answer["disclaimer"] == DISCLAIMER and answer["text"].endswith(DISCLAIMER)
    for c in answer["citations"]:
        assert f"[{c['n']}]" in answer["text"] and c["quote"] in c["passage"]


def test_ask_with_history_answers_a_follow_up(client):
    answer = client.predict("And which foods contain it?", ["Can magnesium deficiency cause back pain?"],
                            api_name="/ask")
    assert answer["kind"] == "answer"
    assert any("magnesium" in c["passage"].lower() for c in answer["citations"])


def test_chat_returns_the_reply_with_the_disclaimer(client):
    reply = client.predict("Can vitamin D deficiency cause back pain?", api_name="/chat")
    assert "[1]" in reply and reply.endswith(DISCLAIMER)
    off_topic = client.predict("Who won the football world cup in 1998?", api_name="/chat")
    assert "[1]" not in off_topic and off_topic.endswith(DISCLAIMER)


def test_server_caps_huge_input_itself(client):
    # 20 kB: far past the browser-side limit, below the HTTP layer's body cap (bigger bodies get 413 there).
    answer = client.predict("why " * 5_000, api_name="/ask")
    assert answer["kind"] == "invalid" and answer["text"].endswith(DISCLAIMER)
    assert len(answer["question"]) <= 2000


def test_launch_is_hardened(server):
    config = httpx.get(server.url + "config", timeout=10).json()
    chatbot = next(c["props"] for c in config["components"] if c["type"] == "chatbot")
    assert chatbot["sanitize_html"] is True and chatbot["allow_tags"] is False
    assert chatbot["latex_delimiters"] == [] and "share" not in chatbot["buttons"]
    assert chatbot["watermark"] == DISCLAIMER and chatbot["allow_file_downloads"] is False
    assert config["analytics_enabled"] is False and config["show_error"] is False
    assert not any(c["type"] in ("file", "uploadbutton", "image", "multimodaltextbox") for c in config["components"])
    assert "googleapis" not in str(config.get("stylesheets")) and "http" not in config.get("head", "")
    for path, forbidden in (("monitoring", 200), ("monitoring/summary", 200)):
        assert httpx.get(server.url + path, timeout=10).status_code != forbidden
    assert httpx.get(server.url + "gradio_api/runs", timeout=10).status_code == 404
