"""The `docqa` command: `serve`, `ask "question"` and `chat`.

It lives in the top layer so that `serve` may see every layer; `ask` and `chat` come from qa.cli.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qa.cli import command_line, run, settings_of


def serve(args: argparse.Namespace) -> int:
    from web._server import run as serve_until_stopped  # waitress and the app load only for this command
    from web._watch import index_before_serving

    settings = settings_of(args)
    index_before_serving(settings, args.documents)  # the documents given, else the documents folder
    return serve_until_stopped(settings, watch=args.watch, documents=args.documents or [settings.documents_dir])


def main(argv: list[str] | None = None) -> int:
    parser, commands = command_line()
    p = commands.add_parser("serve", help="serve the web page and JSON API")
    p.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--watch", action="store_true", help="rebuild the index when the documents change")
    p.add_argument("documents", nargs="*", type=Path,
                   help="documents to serve, indexed at start and watched with --watch (default: $DOCQA_DOCUMENTS_DIR)")
    p.set_defaults(func=serve)
    return run(parser, argv)


if __name__ == "__main__":
    sys.exit(main())
