"""Connections on a live server (uvicorn in this process, real sockets on 127.0.0.1, the JSON API with a stand-in
engine): idle and half-sent connections are closed and cannot crowd others out; the server's own replies (503
over the connection cap, 400 for a malformed request) carry the disclaimer and the security headers."""

from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager

import pytest
import uvicorn
from support.ui import HeldBot, free_port

from bot.safety.notices import DISCLAIMER
from bot.serving import connections, web

BOUND_S = 30   # every wait below ends by itself; generous on a busy machine, never a timing assertion


class _Protocol(connections.GuardedH11Protocol):
    max_connections = 40
    header_timeout_s = 1.0
    body_timeout_s = 1.0


@contextmanager
def live(protocol=_Protocol, host: str = "127.0.0.1"):
    bot = HeldBot(hold_s=0)
    bot.release.set()
    port = free_port()
    app = web.create_app(bot, None, port, host=host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, http=protocol, log_level="warning",
                                           timeout_keep_alive=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + BOUND_S
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(BOUND_S)


def request(port: int, raw: bytes) -> tuple[int, dict, bytes]:
    """Send `raw` on a fresh connection, read the reply until the server closes or sends it all."""
    with socket.create_connection(("127.0.0.1", port), timeout=BOUND_S) as conn:
        conn.sendall(raw)
        data = b""
        while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split(" ")[1]), headers, body


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 1 << 30


def health(port: int) -> tuple[int, dict, bytes]:
    return request(port, f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())


def closed_by_server(conn: socket.socket) -> bool:
    """True when the server closes the connection (whatever it still had to send is read first)."""
    conn.settimeout(BOUND_S)
    try:
        while conn.recv(65536):
            pass
        return True
    except (ConnectionResetError, TimeoutError):
        return False


def test_idle_and_half_sent_connections_are_closed_and_others_are_served():
    with live() as port:
        idle = [socket.create_connection(("127.0.0.1", port), timeout=BOUND_S) for _ in range(30)]
        slow = socket.create_connection(("127.0.0.1", port), timeout=BOUND_S)
        slow.sendall(f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: ".encode())
        try:
            assert health(port)[0] == 200            # served while 31 connections sit idle
            assert all(closed_by_server(c) for c in idle)
            assert closed_by_server(slow)
            assert health(port)[0] == 200
        finally:
            for c in [*idle, slow]:
                c.close()


def test_a_request_body_sent_a_byte_at_a_time_is_cut_off_and_others_are_served():
    with live() as port:
        slow = socket.create_connection(("127.0.0.1", port), timeout=BOUND_S)
        slow.sendall(f"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                     f"Content-Length: 200\r\n\r\n{{\"question\": ".encode())
        try:
            assert health(port)[0] == 200            # others are served meanwhile
            assert closed_by_server(slow)            # the body never finished: closed after the deadlines
            assert health(port)[0] == 200
        finally:
            slow.close()


def test_a_kept_alive_connection_is_closed_after_its_response_when_idle():
    with live() as port, socket.create_connection(("127.0.0.1", port), timeout=BOUND_S) as conn:
        conn.sendall(f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        assert conn.recv(65536).startswith(b"HTTP/1.1 200")
        assert closed_by_server(conn)


def test_connections_over_the_cap_get_a_disclaimed_503_with_security_headers():
    with live() as port:
        held = [socket.create_connection(("127.0.0.1", port), timeout=BOUND_S)
                for _ in range(_Protocol.max_connections)]
        try:
            status, headers, body = health(port)
        finally:
            for c in held:
                c.close()
        assert status == 503
        assert json.loads(body)["disclaimer"] == DISCLAIMER
        assert headers["x-frame-options"] == "DENY" and "content-security-policy" in headers
        assert health(port)[0] == 200               # once they are gone, everyone is served again


@pytest.mark.parametrize("raw", [b"NOT HTTP AT ALL\r\n\r\n", b"GET / HTTP/1.1\r\nBad Header\r\n\r\n",
                                 b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n"])
def test_a_malformed_request_gets_a_disclaimed_400(raw):
    with live() as port:
        status, headers, body = request(port, raw)
    assert status == 400 and json.loads(body)["disclaimer"] == DISCLAIMER
    assert headers["x-content-type-options"] == "nosniff"


def test_ipv6_loopback_is_usable_end_to_end():
    """`--host ::1`: the URL printed has brackets, and a browser's [::1] Host and Origin are accepted."""
    with live(host="::1") as port:
        with socket.create_connection(("::1", port), timeout=BOUND_S) as conn:
            body = b'{"question": "What is magnesium?"}'
            conn.sendall(f"POST /api/ask HTTP/1.1\r\nHost: [::1]:{port}\r\nOrigin: http://[::1]:{port}\r\n"
                         f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                         .encode() + body)
            reply = b""
            while chunk := conn.recv(65536):
                reply += chunk
        assert reply.startswith(b"HTTP/1.1 200"), reply[:300]
    assert web.url_host("::1") == "[::1]"
    hosts, origins = web.allowed_hosts_and_origins("127.0.0.1", 80)
    assert "::1" not in hosts and "http://[::1]:80" not in origins     # only when bound to ::1
