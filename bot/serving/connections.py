"""The HTTP server's connection rules: idle and slow connections cannot deny service to anyone else.

uvicorn alone does not do this: its `limit_concurrency` counts idle connections as well as requests (200 open
sockets that send nothing make it answer 503 to everyone), and its h11 protocol never times out a connection
that has not finished sending a request head (the keep-alive timer only starts after a response). So the
server runs uvicorn's h11 protocol with three rules added here:

- a request deadline (HEADER_TIMEOUT_S): a connection that has not sent a complete request head this
  long after opening, or after its previous response, is closed; so is one whose request body is still
  arriving BODY_TIMEOUT_S after that (a body sent a byte at a time holds a worker as surely as a head
  does). A request that has fully arrived (an answer being computed, a stream of server-sent events) is
  never cut;
- a connection cap (MAX_CONNECTIONS), distinct from the work limit (the Gate in overload.py, which limits
  answers being computed): connections beyond it get a 503 with the disclaimer and are closed;
- every reply the server writes itself (503 over the cap, 400 for a malformed request) is JSON with the
  disclaimer and the security headers, like the app's own refusals.

The only importer of uvicorn apart from the test suite. A reverse proxy in front (see README) can add
per-client limits, which a single process cannot know about.
"""

from __future__ import annotations

import json

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.safety.notices import DISCLAIMER
from bot.serving.web import SECURITY_HEADERS, SecurityHeaders, error_body

HEADER_TIMEOUT_S = 10.0      # to send a complete request head; a browser needs milliseconds
BODY_TIMEOUT_S = 20.0        # then to finish sending its body (questions are at most 2,000 characters)
KEEP_ALIVE_S = 5             # uvicorn's keep-alive: an idle connection between requests is closed after this
MAX_CONNECTIONS = 1000       # open connections at once (the process may open 20,000 files here)


class _Busy:
    """The reply to a connection over the cap: a disclaimed 503 that closes the connection."""

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        response = error_body(503, "the server has too many open connections; try again in a moment")
        response.headers["connection"] = "close"
        response.headers["retry-after"] = "5"
        await SecurityHeaders(response)(scope, receive, send)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a request-head deadline, a connection cap and disclaimed own replies."""

    max_connections = MAX_CONNECTIONS
    header_timeout_s = HEADER_TIMEOUT_S
    body_timeout_s = BODY_TIMEOUT_S

    def connection_made(self, transport) -> None:
        """Count the connection; refuse it with a disclaimed 503 above the cap; start the request-head deadline."""
        over_cap = len(self.connections) >= self.max_connections
        super().connection_made(transport)
        if over_cap:
            self.app = _Busy()
        self._arm_header_deadline()

    def connection_lost(self, exc) -> None:
        """Stop counting the connection."""
        self._disarm_header_deadline()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        """Restart the deadline for the next request head on a kept-alive connection."""
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_deadline()

    def _arm_header_deadline(self) -> None:
        self._disarm_header_deadline()
        self._header_deadline = self.loop.call_later(self.header_timeout_s, self._header_deadline_passed)

    def _disarm_header_deadline(self) -> None:
        deadline = getattr(self, "_header_deadline", None)
        if deadline is not None:
            deadline.cancel()
            self._header_deadline = None

    def _header_deadline_passed(self) -> None:
        if self.transport.is_closing():
            return
        waiting_for_head = self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)
        if waiting_for_head:
            self.transport.close()     # nothing to answer: no request was received
        elif self.conn.their_state is h11.SEND_BODY:
            # The head came; the body is still arriving: give it until the body deadline, then close.
            self._header_deadline = self.loop.call_later(self.body_timeout_s, self._body_deadline_passed)

    def _body_deadline_passed(self) -> None:
        if self.conn.their_state is h11.SEND_BODY and not self.transport.is_closing():
            self.transport.close()     # the app sees a disconnect; its answer would go nowhere

    def send_400_response(self, msg: str) -> None:
        """A malformed request gets a disclaimed JSON 400 with the security headers."""
        body = json.dumps({"error": "malformed HTTP request", "disclaimer": DISCLAIMER}).encode()
        headers = [(b"content-type", b"application/json"), (b"connection", b"close"), *SECURITY_HEADERS]
        try:
            for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                          h11.Data(data=body), h11.EndOfMessage()):
                self.transport.write(self.conn.send(event))
        except h11.LocalProtocolError:
            pass                        # the connection is already in a state where no reply can be sent
        self.transport.close()


def serve(app, host: str, port: int, *, behind_proxy: bool = False) -> None:
    """Run the server until interrupted (uvicorn, h11 with the rules above; access log off: it holds URLs).
    uvicorn believes X-Forwarded-For/-Proto from 127.0.0.1 by default; only `behind_proxy` turns that on."""
    uvicorn.run(app, host=host, port=port, http=GuardedH11Protocol, log_level="warning", access_log=False,
                timeout_keep_alive=KEEP_ALIVE_S, timeout_graceful_shutdown=5, proxy_headers=behind_proxy)
