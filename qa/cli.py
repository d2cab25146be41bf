"""The terminal commands of the `docqa` command, `ask "question"` and `chat`; web/cli.py adds `serve` and runs it."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from index import DocqaError
from qa._answer import Answer
from qa._stores import StoreUnavailable
from qa.config import Settings
from qa.logs import configure_logging


def settings_of(args: argparse.Namespace) -> Settings:
    """Settings from the environment, with the options given on the command line."""
    overrides = {k: v for k, v in vars(args).items() if k in ("index_dir", "host", "port") and v is not None}
    return Settings.from_env(overrides)


def format_answer(answer: Answer | dict, width: int = 100) -> str:
    """The answer, then each citation as `[n] document:start-end` and its highlighted sentences."""
    data = answer.to_dict() if isinstance(answer, Answer) else answer
    lines = [textwrap.fill(data["answer"], width)]
    if data.get("continues"):  # as the page says it: which earlier question a follow-up was read with
        lines.insert(0, f"(continuing: {data['continues']})")
    elif data["query"] and data.get("question") not in (None, data["query"]):
        lines.insert(0, f"(understood as: {data['query']})")
    lines.append("")
    for c in data["citations"]:
        lines.append(f"[{c['id']}] {c['document']} characters {c['start']}-{c['end']} (passage {c['passage_id']})")
        for h in c["highlights"] or [{"start": 0, "end": min(len(c["text"]), 160)}]:
            lines.append(textwrap.indent(textwrap.fill(c["text"][h["start"]:h["end"]], width - 4), "    "))
    return "\n".join(lines)


def _check_top_k(top_k: int | None, settings: Settings) -> None:
    """Refuse what the API refuses, before the model loads (None: the default, DOCQA_DEFAULT_TOP_K)."""
    if top_k is not None and not 1 <= top_k <= settings.max_top_k:
        raise DocqaError(f"--top-k must be between 1 and {settings.max_top_k} (DOCQA_MAX_TOP_K)")


def _check_question(question: str, settings: Settings) -> str:
    """The question stripped; a blank or over-long one is refused, as the API does."""
    if len(question) > settings.max_question_chars:
        raise DocqaError(f"the question is longer than {settings.max_question_chars} characters")
    if not question.strip():
        raise DocqaError("the question must not be empty")
    return question.strip()


def ask(args: argparse.Namespace) -> int:
    from qa._assistant import Assistant

    settings = settings_of(args)
    _check_top_k(args.top_k, settings)
    question = _check_question(" ".join(args.question), settings)
    answer = Assistant(settings).ask(question, args.top_k)
    print(format_answer(answer))
    return 0


def chat(args: argparse.Namespace) -> int:
    from qa._assistant import Assistant

    try:
        import readline  # noqa: F401  (line editing and history for input())
    except ImportError:
        pass
    settings = settings_of(args)
    _check_top_k(args.top_k, settings)
    assistant = Assistant(settings)
    conversation: str | None = None
    print("Ask about the document. Empty line or Ctrl-D to quit; /new starts a new conversation.")
    while True:
        try:
            question = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        if question == "/new":
            conversation = None
            continue
        try:
            question = _check_question(question, assistant.settings)
        except DocqaError as exc:  # too long: said, and the conversation goes on
            print(f"{exc}\n")
            continue
        try:
            reply = assistant.converse(question, args.top_k, conversation)
        except StoreUnavailable as exc:
            print(f"{exc}; try again, or /new to start over\n")
            continue
        conversation = reply.conversation_id
        print(format_answer({**reply.to_dict(), "question": question}))
        if reply.warning:
            print(f"({reply.warning['message']})")
        print()


def command_line() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """The `docqa` parser with this layer's commands, and its subcommands for the layers above to extend."""
    parser = argparse.ArgumentParser(prog="docqa", description="Cited answers from a document.")
    parser.add_argument("--index-dir", type=Path, help="index folder (default: $DOCQA_INDEX_DIR or instance/index)")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("ask", help="answer one question in the terminal")
    p.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--top-k", type=int, help="passages to cite (default: $DOCQA_DEFAULT_TOP_K or 3)")
    p.add_argument("question", nargs="+")
    p.set_defaults(func=ask)
    p = commands.add_parser("chat", help="an interactive conversation in the terminal")
    p.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--top-k", type=int, help="passages to cite (default: $DOCQA_DEFAULT_TOP_K or 3)")
    p.set_defaults(func=chat)
    return parser, commands


def run(parser: argparse.ArgumentParser, argv: list[str] | None = None) -> int:
    """Parse, set up logging and run the command; a DocqaError is one line on stderr and exit status 2."""
    args = parser.parse_args(argv)
    try:
        configure_logging(settings_of(args))
        return args.func(args)
    except DocqaError as exc:
        print(f"docqa: {exc}", file=sys.stderr)
        return 2
