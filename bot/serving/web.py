"""The HTTP shell around the bot: a FastAPI app with /api/ask, /api/health and protective middleware.

The Gradio UI is mounted into this app by ui.py (this module never imports gradio). Every middleware here is
pure ASGI so Gradio's server-sent events keep streaming (BaseHTTPMiddleware would buffer them).

Checks, outermost first: trusted Host (DNS rebinding), Origin allowlist for state-changing methods (a page on
another site must not post or upload through the user's browser), a body-size cap enforced before any parsing,
then security headers on every response.
"""

from __future__ import annotations

import time
from typing import Awaitable, Callable, Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, StrictStr
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from bot.safety.notices import DISCLAIMER
from bot.serving.hosts import TRUSTED_HOSTS, allowed_hosts_and_origins, host_name, url_host  # noqa: F401
from bot.serving.refusals import DisclaimedErrors
from bot.types import Answer

MAX_BODY_BYTES = 64 * 1024     # a question plus history is a few KB; the app takes no file uploads
MAX_HISTORY = 20               # earlier questions accepted; the engine only looks at the last few
SAFE_METHODS = {b"GET", b"HEAD", b"OPTIONS"}
# Routes of Gradio's the app does not use: it takes no files, so nothing may be stored or served back.
CLOSED_PATHS = ("/gradio_api/upload", "/upload", "/gradio_api/upload_progress", "/upload_progress")
# Set by a reverse proxy; Gradio builds the page's own URL from them. Ignored (removed) unless the server is
# told it runs behind a proxy that sets them, or anyone could make the page load its scripts from elsewhere.
FORWARDED_HEADERS = {b"x-forwarded-host", b"x-forwarded-proto", b"x-forwarded-for", b"x-forwarded-port",
                     b"forwarded"}
# Gradio's page needs inline scripts/styles (its bootstrap and the theme CSS) and data:/blob: images.
# Everything else is limited to the app's own origin; no framing by any site.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
       "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
]

AskFn = Callable[[str, Sequence[str]], Awaitable[Answer]]


class AskRequest(BaseModel):
    """One question and, optionally, the user's earlier questions (oldest first) for follow-ups."""

    model_config = ConfigDict(extra="ignore")
    question: StrictStr = Field(description="The user's question (plain text).")
    history: list[StrictStr] = Field(default_factory=list, max_length=MAX_HISTORY,
                                     description="Earlier user questions in this conversation, oldest first.")


def error_body(status: int, message: str) -> JSONResponse:
    """Every refusal is JSON and carries the disclaimer, so no client ever shows an answer without it."""
    return JSONResponse({"error": message, "disclaimer": DISCLAIMER}, status_code=status)


def _header(scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value
    return None


class _TooLarge(StarletteHTTPException):
    """Raised from receive(); an HTTPException so FastAPI and Gradio both turn it into a 413 reply."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit} bytes")


class Guard:
    """Host allowlist, Origin allowlist on non-GET requests and the body-size cap (pure ASGI)."""

    def __init__(self, app, *, origins: set[str], hosts: Sequence[str] = TRUSTED_HOSTS,
                 max_body: int = MAX_BODY_BYTES, trust_forwarded: bool = False) -> None:
        self.app, self.origins, self.hosts, self.max_body = app, origins, set(hosts), max_body
        self.trust_forwarded = trust_forwarded

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        if not self.trust_forwarded:
            scope = {**scope, "headers": [(k, v) for k, v in scope.get("headers", ()) if k not in FORWARDED_HEADERS]}
        refusal = self._refusal(scope)
        if refusal is not None:
            if scope["type"] == "websocket":
                return await send({"type": "websocket.close", "code": 1008})
            return await error_body(*refusal)(scope, receive, send)
        if scope["type"] == "websocket":
            return await self.app(scope, receive, send)
        return await self._capped(scope, receive, send)

    def _refusal(self, scope) -> tuple[int, str] | None:
        if host_name(_header(scope, b"host")) not in self.hosts:
            return 400, "invalid host header"
        method = scope.get("method", "GET").encode()
        if scope["type"] == "websocket" or method not in SAFE_METHODS:
            origin = _header(scope, b"origin")
            # Browsers send Origin on every cross-site POST and on fetch(); scripts and curl send none.
            if origin is not None and origin.decode("latin-1") not in self.origins:
                return 403, "cross-origin request refused"
            if _header(scope, b"sec-fetch-site") == b"cross-site":
                return 403, "cross-origin request refused"
        if scope.get("path", "").rstrip("/") in CLOSED_PATHS:
            return 404, "not available: this app takes no file uploads"
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                if int(length) > self.max_body:
                    return 413, f"request body larger than {self.max_body} bytes"
            except ValueError:
                return 400, "invalid content-length"
        return None

    async def _capped(self, scope, receive, send):
        """Chunked bodies carry no length up front: count while reading and stop at the cap."""
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge(self.max_body)
            return message

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await error_body(413, f"request body larger than {self.max_body} bytes")(scope, receive, send)


class SecurityHeaders:
    """Adds CSP, no-framing, no-referrer and nosniff to every HTTP response without buffering it."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(bot, gradio_blocks=None, port: int = 7860, *, ask: AskFn | None = None,
               mount: Callable[[FastAPI, object], FastAPI] | None = None, host: str = "127.0.0.1",
               trust_forwarded: bool = False) -> FastAPI:
    """The server app. `ask(question, history)` is a coroutine function; it defaults to `bot.ask` in a worker
    thread. ui.py passes its gated, catch-all version so the API and the chat share one overload limit (a
    question waiting its turn holds no thread). `mount(app, blocks)` mounts the Gradio UI (ui.py owns the
    gradio import); it is called last so /api routes win over Gradio's catch-all."""

    async def engine_ask(question: str, history: Sequence[str]) -> Answer:
        return await run_in_threadpool(bot.ask, question, history=list(history))

    ask = ask or engine_ask
    started = time.monotonic()
    app = FastAPI(title="Cited health-FAQ bot API",
                  description=f"Cited answers from this site's articles. {DISCLAIMER}", version="1",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'body'}: {e.get('msg', 'invalid')}"
                    for e in exc.errors()]
        message = "malformed JSON" if any(e.get("type") == "json_invalid" for e in exc.errors()) else \
            "invalid request: " + "; ".join(problems)[:500]
        return error_body(400 if message == "malformed JSON" else 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_body(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return error_body(500, "internal error")  # the traceback goes to the server log only

    @app.post("/api/ask", summary="Answer one question with citations (JSON contract of DESIGN.md)",
              responses={400: {"description": "Malformed JSON"}, 413: {"description": "Body too large"},
                         422: {"description": "Wrong types or missing question"}})
    async def api_ask(body: AskRequest) -> dict:
        answer = await ask(body.question, body.history[-MAX_HISTORY:])
        return answer.to_dict()

    @app.api_route("/api/ask", methods=["GET", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    async def api_ask_wrong_method() -> JSONResponse:
        # Without this, the request would fall through to Gradio's catch-all mount and get its bare 404.
        return error_body(405, "use POST with a JSON body {\"question\": str, \"history\": [str]}")

    @app.get("/api/health", summary="Index fingerprint, passage count, model id and uptime")
    async def api_health() -> dict:
        manifest = getattr(bot.index, "manifest", {}) or {}
        model = manifest.get("model", {})
        return {"status": "ok", "index": bot.fingerprint, "passages": len(bot.index.passages),
                "model": model.get("id") if isinstance(model, dict) else model,
                "uptime_s": round(time.monotonic() - started, 1), "disclaimer": DISCLAIMER}

    @app.get("/api/article/{doc_id}", summary="One article's reading text, for the whole-article view",
             responses={404: {"description": "No article with this id"}})
    async def api_article(doc_id: str) -> JSONResponse:
        # Loaded on demand: answers carry passages only, so a long article is not sent with every answer.
        article = bot.article(doc_id)
        if article is None:
            return error_body(404, "no article with this id")
        return JSONResponse({"doc_id": article.doc_id, "title": article.title, "source": article.source,
                             "text": article.text, "index": bot.fingerprint, "disclaimer": DISCLAIMER},
                            headers={"cache-control": "private, max-age=300"})

    if mount is not None and gradio_blocks is not None:
        app = mount(app, gradio_blocks)
    hosts, origins = allowed_hosts_and_origins(host, port)
    # add_middleware puts the last one outermost: the headers wrap every reply, refusals included.
    app.add_middleware(Guard, origins=origins, hosts=sorted(hosts), trust_forwarded=trust_forwarded)
    app.add_middleware(DisclaimedErrors)
    app.add_middleware(SecurityHeaders)
    return app

