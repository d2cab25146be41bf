"""The `docqa` command: `serve`, `ask "question"` and `chat`."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from index import DocqaError
from qa._answer import Answer
from qa.config import Settings
from qa.logs import configure_logging


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k: v for k, v in vars(args).items() if k in ("index_dir", "host", "port") and v is not None}
    return Settings.from_env(overrides)


def format_answer(answer: Answer | dict, width: int = 100) -> str:
    """The answer, then each citation as `[n] document:start-end` and its highlighted sentences."""
    data = answer.to_dict() if isinstance(answer, Answer) else answer
    lines = [textwrap.fill(data["answer"], width)]
    if data["query"] and data.get("question") not in (None, data["query"]):
        lines.insert(0, f"(understood as: {data['query']})")
    lines.append("")
    for c in data["citations"]:
        lines.append(f"[{c['id']}] {c['document']} characters {c['start']}-{c['end']} (passage {c['passage_id']})")
        for h in c["highlights"] or [{"start": 0, "end": min(len(c["text"]), 160)}]:
            lines.append(textwrap.indent(textwrap.fill(c["text"][h["start"]:h["end"]], width - 4), "    "))
    return "\n".join(lines)


def serve(args: argparse.Namespace) -> int:
    from web._server import run
    from web._watch import index_documents_folder

    settings = _settings(args)
    if not args.documents:  # the documents folder is what is served
        index_documents_folder(settings)
    return run(settings, watch=args.watch, documents=args.documents or [settings.documents_dir])


def ask(args: argparse.Namespace) -> int:
    from qa._assistant import Assistant

    settings = _settings(args)
    answer = Assistant(settings).ask(" ".join(args.question), args.top_k)
    print(format_answer(answer))
    return 0


def chat(args: argparse.Namespace) -> int:
    from qa._assistant import Assistant

    try:
        import readline  # noqa: F401  (line editing and history for input())
    except ImportError:
        pass
    assistant = Assistant(_settings(args))
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
        result = assistant.converse(question[: assistant.settings.max_question_chars], args.top_k, conversation)
        conversation = str(result["conversation_id"])
        print(format_answer({**result, "question": question}))
        print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="docqa", description="Cited answers from a document.")
    parser.add_argument("--index-dir", type=Path, help="index folder (default: $DOCQA_INDEX_DIR or instance/index)")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("serve", help="serve the web page and JSON API")
    p.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--watch", action="store_true", help="rebuild the index when the documents change")
    p.add_argument("documents", nargs="*", type=Path,
                   help="documents to serve and watch with --watch (default: $DOCQA_DOCUMENTS_DIR, indexed at start)")
    p.set_defaults(func=serve)
    p = commands.add_parser("ask", help="answer one question in the terminal")
    p.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--top-k", type=int, default=3)
    p.add_argument("question", nargs="+")
    p.set_defaults(func=ask)
    p = commands.add_parser("chat", help="an interactive conversation in the terminal")
    p.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--top-k", type=int, default=3)
    p.set_defaults(func=chat)
    args = parser.parse_args(argv)
    configure_logging(_settings(args))
    try:
        return args.func(args)
    except DocqaError as exc:
        print(f"docqa: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
