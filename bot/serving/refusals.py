"""Every error reply carries the disclaimer, whoever produced it (FastAPI, Gradio, Starlette), in a few bytes
of log at most. Pure ASGI, so Gradio's server-sent events keep streaming.

- `DisclaimedErrors`: an error response (status >= 400) is rewritten as JSON `{"error": str, "disclaimer": str}`
  (a JSON object body keeps its other fields); an `"error": null` inside an event stream (Gradio's reply to
  an event that failed, with show_error off) becomes a short message with the disclaimer; an exception that
  escapes the app is one log line (type and path, never the request or its body) and a disclaimed 500, or a
  400 on Gradio's event routes, where the only thing that goes wrong before a reply is a malformed request.
- `EventShapeCheck`: a Gradio event must send as many input values as its handler takes; otherwise Gradio
  logs the values it received (the question) and answers `{"error": null}`. Refused here with a 422 first.
"""

from __future__ import annotations

import json
import logging
import re
from http import HTTPStatus
from typing import Callable
from urllib.parse import parse_qs

from bot.safety.notices import DISCLAIMER

log = logging.getLogger(__name__)

MAX_ERROR_BODY = 64 * 1024          # error bodies are small; a larger one is passed on as it is
EVENT_ROUTES = ("/gradio_api/queue/", "/gradio_api/call/")
_NULL_ERROR = re.compile(rb'"error":\s*null')
_EVENT_FAILED = json.dumps(f"This request could not be answered. {DISCLAIMER}").encode()


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower()
    except ValueError:
        return "error"


def disclaimed(status: int, body: bytes) -> bytes:
    """The error body with the disclaimer: a JSON object keeps its fields, anything else is replaced."""
    try:
        data = json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        data = {}
    if not data.get("error"):
        detail = data.get("detail")
        data["error"] = detail if isinstance(detail, str) and detail else _reason(status)
    data["disclaimer"] = DISCLAIMER
    return json.dumps(data, ensure_ascii=False).encode()


class DisclaimedErrors:
    """ASGI middleware: every error reply (Gradio's included) becomes short JSON with the disclaimer, never a
    traceback or a bare null error."""
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = {"start": None, "body": b"", "stream": False, "sent": False, "done": False}

        async def rewriting_send(message):
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                state["stream"] = headers.get(b"content-type", b"").startswith(b"text/event-stream")
                if message["status"] >= 400:
                    state["start"] = message         # held until the body is complete
                    return
                state["sent"] = True
                return await send(message)
            if message["type"] != "http.response.body":
                return await send(message)
            state["done"] = not message.get("more_body", False)
            if state["start"] is not None:
                return await self._error_body(state, message, send, scope.get("path", ""))
            if state["stream"] and b'"error"' in message.get("body", b""):
                message = {**message, "body": _NULL_ERROR.sub(b'"error": ' + _EVENT_FAILED, message["body"])}
            await send(message)

        try:
            await self.app(scope, receive, rewriting_send)
        except Exception as err:  # noqa: BLE001 - the edge: one line in the log, a disclaimed reply out
            log.warning("request failed: %s on %s %s", type(err).__name__, scope.get("method"), scope.get("path"))
            if state["sent"] or state["start"] is not None:
                if state["sent"] and not state["done"]:  # end the reply under way instead of leaving it open
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            status = 400 if scope.get("path", "").startswith(EVENT_ROUTES) else 500
            await _send_json(send, status, disclaimed(status, b""))

    async def _error_body(self, state, message, send, path: str):
        state["body"] += message.get("body", b"")
        if len(state["body"]) > MAX_ERROR_BODY:       # not an error message: pass it on untouched
            start, state["start"] = state["start"], None
            state["sent"] = True
            await send(start)
            return await send({**message, "body": state["body"]})
        if message.get("more_body"):
            return
        start, state["start"] = state["start"], None
        state["sent"] = True
        if start["status"] == 500 and path.startswith(EVENT_ROUTES):
            # Gradio's event routes fail before replying only on arguments they cannot use.
            start, state["body"] = {**start, "status": 400}, b'{"error": "invalid arguments for this event"}'
        body = disclaimed(start["status"], state["body"])
        keep = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"content-length", b"content-type")]
        await send({**start, "headers": [*keep, (b"content-type", b"application/json"),
                                         (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


async def _send_json(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def event_inputs(dependencies: list[dict]) -> dict:
    """EventShapeCheck's keyword arguments from a Gradio Blocks config's "dependencies" list."""
    return {"inputs_by_fn": {d["id"]: len(d["inputs"]) for d in dependencies},
            "inputs_by_api": {d["api_name"]: len(d["inputs"]) for d in dependencies if d.get("api_name")}}


class EventShapeCheck:
    """Refuses Gradio events whose `data` is not a list of as many values as the handler takes.

    `inputs_by_fn` maps fn_index → number of inputs, `inputs_by_api` maps api_name → number of inputs.
    Only POST /gradio_api/queue/join and /gradio_api/call/<api_name> carry a `data` list; bodies are
    already capped in size by the Guard, so reading one here is bounded.
    """

    def __init__(self, app, *, inputs_by_fn: dict[int, int], inputs_by_api: dict[str, int],
                 known_session: Callable[[str], bool] = lambda session: True) -> None:
        self.app, self.by_fn, self.by_api, self.known_session = app, inputs_by_fn, inputs_by_api, known_session

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "").rstrip("/")
        if scope["type"] == "http" and scope.get("method") == "GET" and not self._known(path, scope):
            # Gradio would raise inside its event stream: a traceback in the log, a bare 404 message out.
            return await _send_json(send, 404, json.dumps({"error": "unknown or finished session",
                                                           "disclaimer": DISCLAIMER}).encode())
        if scope["type"] != "http" or scope.get("method") != "POST" or not self._checked(path):
            return await self.app(scope, receive, send)
        chunks, more = [], True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return                               # the client went away
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        problem = self._problem(path, body)
        if problem is not None:
            return await _send_json(send, 422, json.dumps({"error": problem, "disclaimer": DISCLAIMER}).encode())
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _known(self, path: str, scope) -> bool:
        """The session of an event stream: ?session_hash= on queue/data, the event id on call/<api>/<id>."""
        if path == "/gradio_api/queue/data":
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            return self.known_session((query.get("session_hash") or [""])[0])
        parts = path.split("/")
        if path.startswith("/gradio_api/call/") and len(parts) == 5 and parts[3] != "v2":
            return self.known_session(parts[4])
        return True

    @staticmethod
    def _checked(path: str) -> bool:
        return path == "/gradio_api/queue/join" or (path.startswith("/gradio_api/call/")
                                                    and not path.startswith("/gradio_api/call/v2/")
                                                    and path.count("/") == 3)

    def _problem(self, path: str, body: bytes) -> str | None:
        try:
            event = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return "malformed JSON"
        if not isinstance(event, dict) or not isinstance(event.get("data"), list):
            return "the request needs \"data\": a list of input values"
        if path == "/gradio_api/queue/join":
            fn = event.get("fn_index")
            expected = self.by_fn.get(fn) if isinstance(fn, int) and not isinstance(fn, bool) else None
        else:
            expected = self.by_api.get(path.rsplit("/", 1)[1])
        if expected is None:
            return "unknown event"
        if len(event["data"]) != expected:
            return f"this event takes {expected} input value(s), not {len(event['data'])}"
        return None
