"""`python -m bot build | ask | info | eval`: the command line. Errors become short messages, never tracebacks."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Sequence

from bot.errors import BotError
from bot.safety.notices import DISCLAIMER

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
COMMANDS = ("build", "check", "ask", "info", "eval")
SHOWN = 8       # flagged lines listed per kind and article by `check` (all with --all)


class _UsageError(Exception):
    """A command line argparse rejects; `main` prints it as one line with the disclaimer (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is raised instead of printed: argparse prints the usage and exits without
    the disclaimer, and every error of this tool ends with it. Help ends with it too (the epilog)."""

    def __init__(self, **kwargs):
        super().__init__(epilog=DISCLAIMER, **kwargs)

    def error(self, message: str):
        raise _UsageError(message)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`build`, `ask`, `info`, `eval`); returns the exit code (0 ok, 1 error, 2 usage).
    Errors are printed as one line with the disclaimer, never as a traceback."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as err:
        words = list(sys.argv[1:] if argv is None else argv)
        command = next((w for w in words if w in COMMANDS), None)
        helper = f"python -m bot {command} --help" if command else "python -m bot --help"
        return _fail(f"{err}. See {helper}.", EXIT_USAGE)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except BotError as err:
        return _fail(str(err))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m bot",
        description="Cited answers from the health articles in the corpus folder. "
                    "General information, not medical advice.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (never the question text)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser("build", help="build the index if it is missing or stale, then print the corpus report")
    build.add_argument("--force", action="store_true", help="rebuild even if the index is current")
    build.add_argument("--dry-run", action="store_true", help="print the corpus report only; build nothing")
    build.add_argument("--quiet", action="store_true", help="print the index line only, not the corpus report")
    build.set_defaults(handler=_build)

    check = sub.add_parser("check", help="print the corpus report (passages, cleaning, leftovers, doses, "
                                         "covered concepts) without building")
    check.add_argument("--all", action="store_true", help="list every line the report flags (default: the first 8)")
    check.set_defaults(handler=_check)

    ask = sub.add_parser("ask", help="answer a question")
    ask.add_argument("question", nargs="?", help="the question (omit with --jsonl)")
    ask.add_argument("--history", action="append", default=[], metavar="Q",
                     help="an earlier question of the conversation (repeatable, oldest first)")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    ask.add_argument("--jsonl", action="store_true",
                     help='read {"question": str, "history": [str]} lines from stdin, write one JSON answer per line')
    ask.set_defaults(handler=_ask)

    info = sub.add_parser("info", help="show what the index manifest says")
    info.set_defaults(handler=_info)

    evaluate = sub.add_parser("eval", help="measure answer quality on question files, beside three baselines")
    evaluate.add_argument("files", nargs="*", help="JSON-lines question files (default: the development sets)")
    evaluate.add_argument("--json", action="store_true", help="print the table as JSON")
    evaluate.add_argument("--show-misses", action="store_true", help="list each miss with what was cited")
    evaluate.add_argument("--no-baselines", action="store_true", help="measure the bot only")
    evaluate.set_defaults(handler=_eval)
    return parser


def _load_bot():
    from bot.answering.engine import Bot

    return Bot.load(progress=sys.stderr.isatty())


def _build(args) -> int:
    from bot.answering.engine import Bot

    if args.dry_run:
        return _check(args)
    bot = Bot.load(progress=sys.stderr.isatty(), force_rebuild=args.force,
                   announce=lambda message: print(message, file=sys.stderr, flush=True))
    if not args.quiet:
        _check(args)
        print()
    counts = bot.index.manifest["counts"]
    print(f"index {bot.fingerprint}: {counts['passages']} passages from {counts['articles']} articles")
    return EXIT_OK


def _check(args) -> int:
    from bot.answering.corpus_report import corpus_report

    print(corpus_report().text(shown=None if getattr(args, "all", False) else SHOWN))
    return EXIT_OK


def _ask(args) -> int:
    if args.jsonl:
        if args.question:
            return _fail("give either a question or --jsonl, not both", EXIT_USAGE)
        return _ask_jsonl(_load_bot())
    if not args.question:
        return _fail('give a question, e.g. python -m bot ask "What is osteoporosis?"', EXIT_USAGE)
    answer = _load_bot().ask(args.question, history=args.history)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_readable(answer))
    return EXIT_OK


def _ask_jsonl(bot) -> int:
    from bot.answering import composer

    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            if not isinstance(request, dict) or not isinstance(request.get("question"), str):
                raise ValueError('each line must be an object with a "question" string')
            history = request.get("history") or []
            if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
                raise ValueError('"history" must be a list of strings')
            answer = bot.ask(request["question"], history=history)
        except ValueError as err:  # json.JSONDecodeError is a ValueError
            reason = str(err) if not isinstance(err, json.JSONDecodeError) else "the line is not valid JSON"
            answer = composer.invalid(bot.site, "", f"Could not read this request: {reason}.", bot.fingerprint)
        sys.stdout.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def _readable(answer) -> str:
    lines = [answer.text]
    if answer.citations:
        lines.append("\nSources:")
        for c in answer.citations:
            section = f" — {c.passage.section}" if c.passage.section else ""
            lines.append(f"[{c.n}] {c.passage.title}{section} ({c.passage.passage_id})\n    “{c.quote}”")
    return "\n".join(lines)


def _info(args) -> int:
    bot = _load_bot()
    manifest = bot.index.manifest
    print(json.dumps({k: manifest[k] for k in manifest if k != "files"} | {"path": str(bot.index.path)}, indent=2))
    return EXIT_OK


def _eval(args) -> int:
    from bot.evaluation.runner import run_cli

    return run_cli(args)


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"error: {message}\n\n{DISCLAIMER}", file=sys.stderr)
    return code
