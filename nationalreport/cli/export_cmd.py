"""``nationalreport export DRAFT [--pdf OUT.pdf] [--json OUT.json] [--language xx]``.

Writes the PDF/A-3b report (with the JSON submission inside) and/or the JSON
submission. A draft with validation errors is refused with exit status 1 and nothing
is written: the JSON must validate against the schema ODA reads it with, and a signed
report with a wrong e-mail address helps nobody (the window may still export after a
warning, through ``export(..., allow_errors=True)``). An unreadable draft, a bad
argument or an output that cannot be written: one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nationalreport.export import PDF_LANGUAGES, DocumentHasErrors, ExportError, export
from nationalreport.storage import StorageError, load_draft

PROG = "nationalreport"
OK, PROBLEMS, UNUSABLE = 0, 1, 2


def _fail(message: str, code: int = UNUSABLE) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _size(size: int) -> str:
    return f"{size / 1000:.0f} kB" if size >= 1000 else f"{size} bytes"


def cmd_export(args: argparse.Namespace) -> int:
    """Export DRAFT; returns the exit status (0, 1 or 2) after one line on failure."""
    if not args.pdf and not args.json:
        return _fail("name at least one output: --pdf OUT.pdf and/or --json OUT.json "
                     f"(see '{PROG} export --help')")
    draft = Path(args.draft)
    for option, out in (("--pdf", args.pdf), ("--json", args.json)):
        if out and _same_file(Path(out), draft):
            return _fail(f"{option} {out} is the draft itself; choose another output name "
                         "(nothing was written)")
    try:
        report = load_draft(draft)
    except StorageError as exc:
        return _fail(str(exc), exc.exit_code)
    try:
        result = export(report, pdf_path=args.pdf, json_path=args.json,
                        language=args.language)
    except DocumentHasErrors as exc:
        return _fail(f"{draft} has {exc.errors} error{'s' if exc.errors != 1 else ''}; "
                     f"nothing was exported (see '{PROG} validate {draft}')", exc.exit_code)
    except ExportError as exc:
        return _fail(str(exc), exc.exit_code)
    written = []
    if result.pdf_path is not None:
        written.append(f"{result.pdf_path} ({result.pages} pages, {_size(result.pdf_size)}, "
                       "PDF/A-3b with submission.json inside)")
    if result.json_path is not None:
        written.append(f"{result.json_path} ({_size(result.json_size)})")
    print("wrote " + " and ".join(written))
    return OK


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``export`` command to the command line's subparsers."""
    parser = commands.add_parser(
        "export", help="write the PDF report and/or the JSON submission",
        description="Write the report as a PDF/A-3b file (the JSON submission is attached "
        "inside it) and/or as the JSON submission. A draft with errors is not exported "
        "(exit status 1); run 'nationalreport validate DRAFT' to see them.")
    parser.add_argument("draft", metavar="DRAFT", help="the draft to export")
    parser.add_argument("--pdf", metavar="OUT.pdf", help="write the PDF report here")
    parser.add_argument("--json", metavar="OUT.json", help="write the JSON submission here")
    parser.add_argument("--language", choices=PDF_LANGUAGES,
                        help="language of the PDF's headings and template texts "
                        "(default: the report's language)")
    parser.set_defaults(run=cmd_export)
