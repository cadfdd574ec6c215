"""The browser chat: a Gradio Blocks app that only presents what `bot` returns.

Run `python ui.py` (or `make run`) and open http://127.0.0.1:7860. `--port N` or the PORT environment
variable change the port; `--host` changes the bound address (127.0.0.1 unless you ask otherwise).
"""

from __future__ import annotations

import argparse
import inspect
import logging
import os
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT, Settings, offline_environment

offline_environment()  # before gradio is imported: analytics off, no model hub

import gradio  # noqa: E402
import gradio as gr  # noqa: E402

from bot.domain.wording import page_title  # noqa: E402
from bot.safety.notices import DISCLAIMER  # noqa: E402
from bot.serving import assets, presentation, web  # noqa: E402
from bot.serving.asking import RUNNING, WAITING, cap, safe_ask_async  # noqa: E402
from bot.serving.connections import serve  # noqa: E402
from bot.serving.feedback import feedback_path, record  # noqa: E402
from bot.serving.live import LiveBot  # noqa: E402
from bot.serving.overload import Gate  # noqa: E402
from bot.serving.quiet_log import quiet_tracebacks  # noqa: E402
from bot.serving.refusals import EventShapeCheck, event_inputs  # noqa: E402

DEFAULT_PORT = 7860
# Overload. The app's own "busy" reply (an answer object with the disclaimer) must come before Gradio's
# "Queue is full" notice, which carries no disclaimer. So answering events do not wait in Gradio's queue at
# all: Gradio may start more of them at once (the Gate's capacity + SPARE_EVENTS) than the Gate holds, and
# each one waits in the Gate (as a coroutine, holding no thread). An event that finds the Gate full still
# reaches our code and gets the busy reply within milliseconds. Gradio's queue is then only the waiting room
# between a question's arrival and its start; but a burst arriving together sits there for a moment (64 page
# clients starting at once put 31 events in it before Gradio started the first), so QUEUE_MAX is at least the
# number of answering events Gradio may start. Gradio starts at most `Blocks.max_threads` events at once (40
# unless raised), so build_demo raises it to fit the answering events plus the feedback event.
SPARE_EVENTS = 8           # events beyond the Gate's capacity that Gradio still starts, to be told "busy"
# Memory: Gradio keeps the page's state per browser session: the oldest beyond this many are dropped, and values
# expire after SESSION_TTL_S unused (the page then starts a new conversation).
SESSION_CAPACITY = 200
SESSION_TTL_S = 3600
QUEUE_MAX = 128            # Gradio's own queue: refuses only when a flood outruns the Gate's refusals
# gr.LikeData.liked: True / False for the thumbs, the option's text for the others (None when un-clicked).
FEEDBACK_CHOICES = {True: "like", False: "dislike", "Like": "like", "Dislike": "dislike",
                    "Wrong citation": "wrong_citation"}
# The question box's limit is the engine's own (longer questions are refused there), stated beside the box.
QUESTION_LIMIT = Settings().max_question_chars
PAGE_LOADS = 4   # page-load events at once: their own group, so they never take a place answering needs


def build_demo(bot, *, gate: Gate | None = None, queue_max: int = QUEUE_MAX,
               spare_events: int = SPARE_EVENTS) -> gr.Blocks:
    """The chat page and its /ask and /chat API, with the queue set up. `gate` (default: RUNNING answers at a
    time, WAITING in line) is shared with /api/ask by main(); tests pass small limits. The header and the example
    questions are those of `bot.site` (the site of the index it answers from), refreshed on every page load."""
    gate = gate or Gate(RUNNING, WAITING)
    start = presentation.page_state(bot.site)
    feedback_on = feedback_path() is not None

    async def respond(message, turns):
        """Two steps: the question shown at once, then the reply with its sources and next-question chips.
        Outputs: box, chat, sources panel, the chips' bar, three chips, the turns (the conversation's answers)."""
        if not isinstance(message, str) or not message.strip():     # an empty Ask changes nothing
            yield (gr.skip(),) * 8
            return
        turns = list(turns or [])
        asked = {"role": "user", "content": presentation.user_markdown(cap(message))}
        pending = presentation.chat_messages(turns) + [asked]
        yield "", pending, *(gr.skip(),) * 6
        answer = await safe_ask_async(bot, gate, message, [a.question for a in turns])
        turns.append(answer)
        suggestions = list(answer.suggestions[:3])   # the engine leaves out what was already asked
        buttons = [gr.update(value=s, visible=True) for s in suggestions]
        buttons += [gr.update(visible=False)] * (3 - len(buttons))
        panel = presentation.sources_panel(turns)
        yield "", presentation.chat_messages(turns), panel, gr.update(visible=bool(suggestions)), *buttons, turns

    def clear():
        """Clear starts a new conversation: no turns (so no history reaches the engine), no sources, no chips."""
        hidden = gr.update(visible=False)
        return [], presentation.EMPTY_PANEL, hidden, hidden, hidden, hidden, set()

    def on_feedback(turns, sent, data: gr.LikeData):
        """One line per answer and choice: the flag icon and its "Wrong citation" entry both fire the event."""
        choice = FEEDBACK_CHOICES.get(data.liked) if isinstance(data.liked, (bool, str)) else None
        index = data.index if isinstance(data.index, int) else -1
        sent = set(sent or ())
        if choice and index % 2 == 1 and index // 2 < len(turns or []) and (index, choice) not in sent:
            record(turns[index // 2], choice)
            sent.add((index, choice))
        return sent

    async def on_page_load():
        """The header, box hint and example buttons of the index answering now (it may have been swapped since
        start-up). Cheap: no model, no search; a coroutine, so it holds no worker thread."""
        state = presentation.page_state(bot.site)
        buttons = [gr.update(value=q, visible=bool(q)) for q in state.slots]
        return state.header, gr.update(placeholder=state.placeholder), *buttons

    async def ask_api(question: str, history: list[str] | None = None) -> dict:
        """The answer object of the JSON contract for one question (history: earlier user questions)."""
        return (await safe_ask_async(bot, gate, question, history or [])).to_dict()

    async def chat_api(message: str, history: list[dict] | None = None) -> str:
        """The bot's chat reply (markdown, disclaimer last). history: earlier chat messages or questions."""
        return (await safe_ask_async(bot, gate, message, history or [])).text

    # Tab title at start-up; the page script keeps it to the header after an index swap (no eval under the CSP).
    with gr.Blocks(title=f"{page_title(bot.site)} (not medical advice)", analytics_enabled=False,
                   delete_cache=(3600, 3600)) as demo:
        header = gr.Markdown(start.header, latex_delimiters=[], elem_id="app-header-block")
        turns = gr.State([])
        with gr.Row(equal_height=False, elem_id="main-row"):
            with gr.Column(scale=3, min_width=320, elem_id="chat-column"):
                chatbot = gr.Chatbot(
                    # autoscroll off: the page script scrolls to the latest question instead of the bottom.
                    # The height given here is only a fallback: the page CSS sizes the chat to the screen.
                    label="Conversation", elem_id="chat", height=520, autoscroll=False, sanitize_html=True,
                    render_markdown=True, allow_tags=False, latex_delimiters=[], buttons=["copy", "copy_all"],
                    watermark=DISCLAIMER, allow_file_downloads=False, like_user_message=False,
                    # () rather than None when off: gradio 6.31's page crashes on None and shows no reply at all.
                    feedback_options=("Like", "Dislike", "Wrong citation") if feedback_on else (),
                    placeholder="Your conversation will appear here. Answers quote the articles and show "
                                "their sources beside the chat (below it on a phone).")
                with gr.Row(elem_id="ask-row"):
                    # The page script adds a live "N / limit characters" counter under the box.
                    box = gr.Textbox(label="Your question", placeholder=start.placeholder,
                                     info=f"Up to {QUESTION_LIMIT:,} characters. Press Enter or select Ask.",
                                     max_length=QUESTION_LIMIT, lines=1, max_lines=4, scale=5, elem_id="question")
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask-button")
                # Hidden until the first reply brings suggestions: no empty bar on the first screen.
                with gr.Column(elem_id="suggestions", visible=False) as chips_bar:
                    gr.Markdown("**Ask next:**", elem_classes=["row-label"])
                    with gr.Row():
                        follow = [gr.Button(visible=False, size="md", elem_classes=["suggestion"]) for _ in range(3)]
                gr.Markdown("**Example questions:**", elem_classes=["row-label"])
                with gr.Row(elem_id="examples"):
                    # As many buttons as any site can have examples; those beyond this site's are hidden.
                    examples = [gr.Button(q, visible=bool(q), size="md", elem_classes=["example"]) for q in start.slots]
            with gr.Column(scale=2, min_width=300, elem_id="sources-column"):
                # Markdown, not gr.HTML: gr.HTML evaluates templates with eval(), which the CSP forbids.
                # The panel is one escaped HTML block (see bot/serving/presentation.py); DOMPurify still runs on it.
                panel = gr.Markdown(presentation.EMPTY_PANEL, latex_delimiters=[], elem_id="sources")

        outputs = [box, chatbot, panel, chips_bar, *follow, turns]
        # Every answering event shares one concurrency group, limited above the Gate's capacity (see WAITING).
        answering = dict(concurrency_id="answer", concurrency_limit=gate.capacity + spare_events)
        events = dict(fn=respond, outputs=outputs, api_visibility="private", show_progress="minimal", **answering)
        box.submit(inputs=[box, turns], **events)
        send.click(inputs=[box, turns], **events)
        for button in [*follow, *examples]:
            button.click(inputs=[button, turns], **events)
        feedback_sent = gr.State(set())
        chatbot.clear(clear, outputs=[turns, panel, chips_bar, *follow, feedback_sent], api_visibility="private")
        # One at a time, so the second of two quick clicks sees what the first recorded.
        chatbot.like(on_feedback, inputs=[turns, feedback_sent], outputs=[feedback_sent], api_visibility="private",
                     concurrency_limit=1, concurrency_id="feedback")
        demo.load(on_page_load, outputs=[header, box, *examples], api_visibility="private", show_progress="hidden",
                  concurrency_id="page", concurrency_limit=PAGE_LOADS)
        gr.api(ask_api, api_name="ask", **answering)
        gr.api(chat_api, api_name="chat", **answering)
    # Read by queue() (events started at once) and at start-up (Gradio's worker threads for its own steps).
    demo.max_threads = max(demo.max_threads, answering["concurrency_limit"] + 1)  # +1: the feedback event
    # api_open=False: direct REST calls cannot skip the queue.
    demo.queue(api_open=False, max_size=queue_max, default_concurrency_limit=RUNNING)
    return demo


def launch_options(port: int, host: str) -> dict:
    """Hardened launch settings (see the project's gradio-hardening notes)."""
    return dict(
        server_name=host, server_port=port, share=False, show_error=False, enable_monitoring=False,
        run_history=False, mcp_server=False, ssr_mode=False, pwa=False, max_file_size="1kb",
        allowed_paths=[], blocked_paths=[str(PROJECT_ROOT), str(Path.home())], strict_cors=True,
        footer_links=[], max_threads=16, state_session_capacity=SESSION_CAPACITY,
        css=assets.CSS, head=f"<script>{assets.JS}</script>",
    )


def build_app(bot, port: int, host: str = "127.0.0.1", *, trust_forwarded: bool = False, **demo_options):
    """The server: the JSON API (bot/serving/web.py) with the chat mounted at /. One Gate is shared by the chat,
    gradio_client and /api/ask; `demo_options` go to build_demo (tests pass a small Gate and queue)."""
    gate = demo_options.setdefault("gate", Gate(RUNNING, WAITING))
    demo = build_demo(bot, **demo_options)
    accepted = inspect.signature(gr.mount_gradio_app).parameters
    # Mounting has no share/strict_cors/max_threads/state_session_capacity: the Guard in bot/serving/web.py does the
    # real Origin refusal, build_demo sizes the threads, and the session cap is read from the Blocks when mounted.
    mount_options = {k: v for k, v in launch_options(port, host).items() if k in accepted}
    demo.state_session_capacity = SESSION_CAPACITY
    for state in (b for b in demo.blocks.values() if isinstance(b, gr.State) and b.time_to_live is None):
        state.time_to_live = SESSION_TTL_S        # per-session values expire when unused (checked every second)
    quiet_tracebacks([gradio.queueing, gradio.routes, gradio.route_utils, gradio.utils, gradio.blocks])
    inputs = event_inputs(demo.config["dependencies"])

    def mount(app, blocks):
        app = gr.mount_gradio_app(app, blocks, path="/", **mount_options)
        app.add_middleware(EventShapeCheck, **inputs,
                           known_session=lambda session: session in blocks._queue.pending_messages_per_session)
        return app

    return web.create_app(bot, demo, port, ask=lambda q, h: safe_ask_async(bot, gate, q, h), mount=mount,
                          host=host, trust_forwarded=trust_forwarded)


def main(argv: list[str] | None = None) -> int:
    """Start the chat server (`python ui.py [--port N] [--host H] [--behind-proxy]`); returns the exit code. Errors
    (corpus, index, port) are one line with the disclaimer."""
    parser = argparse.ArgumentParser(description="Start the browser chat (general information, not medical advice).")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", DEFAULT_PORT)))
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; ::1 for IPv6)")
    parser.add_argument("--behind-proxy", action="store_true", help="trust X-Forwarded-* headers (only behind a "
                        "reverse proxy that sets them itself; see the README)")
    args = parser.parse_args(argv)
    host = args.host.strip("[]")
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: binding to {host}: the app has no login and is reachable from other machines "
              "(requests must still name 127.0.0.1 or localhost as Host).", file=sys.stderr)
    # One line per question from the engine (kind, ms, index, passage ids); never the question text unless
    # BOT_LOG_QUESTIONS=1. Gradio's and uvicorn's access logs stay quiet.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("bot").setLevel(logging.INFO)
    from bot import Bot
    from bot.errors import BotError

    print("Loading the answer index (the first start builds it, about 10 s)...", flush=True)
    try:
        bot = LiveBot(Bot.load().warm_up(), Bot.load)  # switches to a newly published index between requests
    except BotError as err:
        print(f"error: {err}\n{DISCLAIMER}", file=sys.stderr)
        return 2
    app = build_app(bot, args.port, host, trust_forwarded=args.behind_proxy)
    url_host = "127.0.0.1" if host in ("127.0.0.1", "0.0.0.0", "::") else web.url_host(host)
    print(f"Chat running at http://{url_host}:{args.port}  (API: /api/ask, /api/health, /api/docs; "
          "Ctrl+C to stop)", flush=True)
    try:
        serve(app, host, args.port, behind_proxy=args.behind_proxy)
    except OSError as err:                       # port in use, address not available on this machine
        print(f"error: cannot listen on {url_host}:{args.port}: {err.strerror or err}", file=sys.stderr)
        return 2
    return 0

if __name__ == "__main__":
    sys.exit(main())
