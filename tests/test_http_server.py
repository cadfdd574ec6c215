"""HTTP tests against the real server (`python ui.py --port N`) on 127.0.0.1: the JSON API, bad input,
cross-origin and foreign-Host refusals, Gradio routes that must not be served, and the body-size cap."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.safety.screening import DISCLAIMER

PROJECT_ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 240  # a fresh checkout builds the index on first start
TIMEOUT = httpx.Timeout(60.0)  # two busy cores: generous, never a timing assertion

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("http") / "server.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("PORT", None)
    env.pop("BOT_LOG_QUESTIONS", None)
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "ui.py", "--port", str(port)], cwd=PROJECT_ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"ui.py exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"server did not answer /api/health:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.5)
        with httpx.Client(base_url=base, timeout=TIMEOUT) as client:
            client.port, client.log = port, log
            yield client
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)


def _refusal(response: httpx.Response, *statuses: int) -> dict:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    body = response.json()
    assert body["error"] and body["disclaimer"] == DISCLAIMER
    return body


def test_ask_returns_the_answer_contract_with_citations(server):
    response = server.post("/api/ask", json={"question": "Which foods are rich in magnesium?", "history": []})
    assert response.status_code == 200
    answer = response.json()
    assert {"question", "kind", "text", "citations", "retrieved", "disclaimer", "index"} <= answer.keys()
    assert answer["kind"] == "answer" and answer["citations"]
    assert answer["disclaimer"] == DISCLAIMER
    assert answer["index"] == server.get("/api/health").json()["index"]


def test_follow_up_uses_history(server):
    response = server.post("/api/ask", json={"question": "Which foods contain it?",
                                             "history": ["What does vitamin D do for bones?"]})
    assert response.status_code == 200 and response.json()["disclaimer"] == DISCLAIMER


def test_health_reports_index_passages_model_and_uptime(server):
    health = server.get("/api/health").json()
    assert health["index"] and health["passages"] > 0 and health["model"] and health["uptime_s"] >= 0


def test_openapi_schema_documents_the_api(server):
    schema = server.get("/api/openapi.json").json()
    assert "/api/ask" in schema["paths"] and "/api/health" in schema["paths"]


@pytest.mark.parametrize("content, content_type", [
    (b'{"question": ', "application/json"),                     # malformed JSON
    (b'{"question": 5}', "application/json"),                    # wrong type
    (b'{"question": null}', "application/json"),
    (b'{"question": ["a"]}', "application/json"),
    (b'{"history": ["a"]}', "application/json"),                 # missing question
    (b'{}', "application/json"),
    (b'[]', "application/json"),                                  # not an object
    (b'"just text"', "application/json"),
    (b'{"question": "ok", "history": "not a list"}', "application/json"),
    (b'{"question": "ok", "history": [1, 2]}', "application/json"),
    (b'', "application/json"),                                    # empty body
    (b'question=hi', "application/x-www-form-urlencoded"),
    (b'\xff\xfe\x00garbage', "application/json"),                 # not UTF-8
])
def test_bad_input_gets_a_4xx_json_error_with_the_disclaimer(server, content, content_type):
    response = server.post("/api/ask", content=content, headers={"content-type": content_type})
    _refusal(response, 400, 413, 415, 422)


def test_wrong_method_is_a_json_4xx(server):
    _refusal(server.get("/api/ask"), 405)


def test_cross_origin_post_and_upload_are_refused(server):
    evil = {"origin": "http://evil.example"}
    _refusal(server.post("/api/ask", json={"question": "hi"}, headers=evil), 403)
    upload = server.post("/gradio_api/upload", files={"files": ("a.html", b"<script>1</script>", "text/html")},
                         headers=evil)
    _refusal(upload, 403)
    _refusal(server.post("/gradio_api/queue/join", json={}, headers={"origin": "null"}), 403)
    _refusal(server.post("/gradio_api/queue/join", json={}, headers=evil), 403)
    _refusal(server.put("/api/ask", json={"question": "hi"}, headers={"origin": f"http://localhost:{server.port + 1}"}),
             403)
    # A browser that sends no Origin still says where the request came from.
    _refusal(server.post("/gradio_api/upload", files={"files": ("a.txt", b"x", "text/plain")},
                         headers={"sec-fetch-site": "cross-site"}), 403)
    same_site = {"origin": f"http://127.0.0.1:{server.port}"}
    assert server.post("/api/ask", json={"question": "What is magnesium?"}, headers=same_site).status_code == 200


def test_foreign_host_is_refused(server):
    _refusal(server.get("/", headers={"host": "attacker.example"}), 400)
    _refusal(server.get("/api/health", headers={"host": "attacker.example:80"}), 400)
    assert server.get("/", headers={"host": f"localhost:{server.port}"}).status_code == 200


def test_page_has_security_headers(server):
    page = server.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", [
    "/monitoring", "/monitoring/summary", "/gradio_api/runs", "/gradio_api/mcp/sse", "/gradio_api/mcp/schema",
    "/gradio_api/file=/etc/passwd", "/file=/etc/passwd", "/gradio_api/file=../../../../etc/passwd",
    "/gradio_api/file=%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/gradio_api/file=" + str(PROJECT_ROOT / "ui.py"),
    "/static/../../../../etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd",
])
def test_private_routes_and_files_are_not_served(server, path):
    response = server.get(path)
    assert response.status_code in (400, 403, 404), (path, response.status_code)
    assert "root:x:" not in response.text and "def main(" not in response.text


def _raw_get(port: int, target: str) -> tuple[int, str]:
    """A GET with the target exactly as written: httpx would resolve `../` before sending it."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data.decode("latin-1")


@pytest.mark.parametrize("target", [
    "/gradio_api/file=../../../../../../etc/passwd", "/file=../../../../../../etc/passwd",
    "/gradio_api/file=../ui.py", "/gradio_api/file=..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/../../../../../../etc/passwd", "/assets/../../../../../../etc/passwd",
    "/gradio_api/static/../../../../../etc/passwd", "/../../../../../../etc/passwd",
])
def test_dot_dot_paths_sent_verbatim_are_not_served(server, target):
    status, reply = _raw_get(server.port, target)
    assert status in (400, 403, 404), (target, status)
    assert "root:x:" not in reply and "def main(" not in reply


def test_direct_rest_call_cannot_skip_the_queue(server):
    assert server.post("/gradio_api/api/ask", json={"data": ["hi", []]}).status_code in (404, 405)


def test_one_megabyte_body_is_refused_quickly(server):
    big = b'{"question": "' + b"a" * 1_000_000 + b'"}'
    started = time.monotonic()
    _refusal(server.post("/api/ask", content=big, headers={"content-type": "application/json"}), 413)
    assert time.monotonic() - started < 5  # a bound, not a benchmark: the body is never parsed

    def chunks():
        for _ in range(16):
            yield b"a" * 65536

    _refusal(server.post("/api/ask", content=chunks(), headers={"content-type": "application/json"}), 413)
    # The cap holds for Gradio's routes too: a queued event of 1 MB, same origin (uploads are closed).
    same_site = {"origin": f"http://127.0.0.1:{server.port}"}
    _refusal(server.post("/gradio_api/upload", files={"files": ("big.txt", b"a" * 1_000_000, "text/plain")},
                         headers=same_site), 404, 413)
    _refusal(server.post("/gradio_api/queue/join", content=big, headers={**same_site,
                                                                        "content-type": "application/json"}), 413)


def test_log_has_one_line_per_question_without_its_text(server):
    question = "Is vitamin B12 found in fish zebra-canary?"
    before = server.log.read_text(errors="replace").count("answered kind=")
    response = server.post("/api/ask", json={"question": question})
    assert response.status_code == 200
    answer = response.json()
    deadline = time.monotonic() + 10
    while server.log.read_text(errors="replace").count("answered kind=") == before and time.monotonic() < deadline:
        time.sleep(0.2)
    lines = [line for line in server.log.read_text(errors="replace").splitlines() if "answered kind=" in line]
    assert len(lines) == before + 1
    cited = ",".join(c["passage_id"] for c in answer["citations"]) or "-"
    line = lines[-1]
    assert f"kind={answer['kind']} " in line and re.search(r" ms=[\d.]+ ", line)
    assert f"index={answer['index']} " in line and line.endswith(f"passages={cited}")
    assert "zebra" not in server.log.read_text(errors="replace")


def test_uploads_are_closed(server):
    same_site = {"origin": f"http://127.0.0.1:{server.port}"}
    for path in ("/gradio_api/upload", "/gradio_api/upload/", "/upload"):
        _refusal(server.post(path, files={"files": ("a.txt", b"hello", "text/plain")}, headers=same_site), 404)


def test_two_hundred_idle_connections_do_not_deny_service(server):
    idle = [socket.create_connection(("127.0.0.1", server.port), timeout=30) for _ in range(200)]
    try:
        replies = [server.get("/api/health") for _ in range(10)]
        assert [r.status_code for r in replies] == [200] * 10
        answer = server.post("/api/ask", json={"question": "Which foods are rich in magnesium?"})
        assert answer.status_code == 200 and answer.json()["citations"]
    finally:
        for conn in idle:
            conn.close()


def test_forwarded_host_is_ignored(server):
    page = server.get("/", headers={"x-forwarded-host": "evil.example", "x-forwarded-proto": "https"})
    assert page.status_code == 200 and "evil.example" not in page.text


def test_the_whole_article_is_served_on_demand(server):
    answer = server.post("/api/ask", json={"question": "Which foods are rich in magnesium?"}).json()
    citation = answer["citations"][0]
    article = server.get(f"/api/article/{citation['doc_id']}").json()
    assert article["text"][citation["start"]:citation["end"]] == citation["passage"]
    assert article["disclaimer"] == DISCLAIMER
    _refusal(server.get("/api/article/no-such-article"), 404)


MARKER = "zebraquestion"


@pytest.mark.parametrize("method, path, body", [
    ("POST", "/gradio_api/call/ask", {"data": [f"{MARKER} my back hurts"]}),            # too few inputs
    ("POST", "/gradio_api/call/chat", {"data": [f"{MARKER} my back hurts", [], "extra"]}),
    ("POST", "/gradio_api/queue/join", {"data": [f"{MARKER} back"], "fn_index": 0, "session_hash": "s1abc",
                                        "trigger_id": 1}),
    ("POST", "/gradio_api/queue/join", {"data": f"{MARKER}", "fn_index": 0, "session_hash": "s1abc"}),
    ("POST", "/gradio_api/queue/join", {"data": [f"{MARKER}"], "fn_index": 9999, "session_hash": "s1abc"}),
    ("POST", "/gradio_api/call/v2/ask", {"wrong": f"{MARKER}"}),                            # bad arguments
    ("POST", "/gradio_api/call/v2/nosuch", {"question": f"{MARKER}"}),
    ("GET", "/gradio_api/queue/data?session_hash=unknown-session", None),                     # unknown session
    ("GET", "/gradio_api/call/ask/unknown-event-id", None),
])
def test_malformed_gradio_events_get_a_short_disclaimed_4xx_and_leave_no_text_in_the_log(server, method, path, body):
    before = server.log.read_text(errors="replace").splitlines()
    for _ in range(5):
        response = server.request(method, path, json=body)
        _refusal(response, 400, 404, 405, 422)
        assert len(response.content) < 1000
    time.sleep(0.5)   # let the server finish writing its log lines (nothing is asserted about time)
    after = server.log.read_text(errors="replace").splitlines()
    added = after[len(before):]
    assert not any(MARKER in line for line in after), added[:5]
    assert len(added) <= 5 * 2, added[:12]          # at most a line or two per bad request, no tracebacks
    assert not any("Traceback" in line for line in added)
