"""The command line: the same operations as the window, for scripts, tests and recipients.

Exit status (design.md): 0 success, 1 the document has problems, 2 the file cannot
be read or the arguments are wrong, always with one clear line on stderr and never
a traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from nationalreport import DEBUG_VARIABLE, __version__
from nationalreport.formats import REPORT_LANGUAGES, UN_LANGUAGES

# Everything else is imported by the command that needs it, so that starting the
# window ("nationalreport" alone) pays for none of validation, export or signing here.

PROG = "nationalreport"
OK, PROBLEMS, UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """Arguments that cannot be right."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def fail(message: str, code: int = UNUSABLE) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


# --------------------------------------------------------------------- commands


def cmd_new(args: argparse.Namespace) -> int:
    from nationalreport.report import Report, ReportError
    from nationalreport.storage import save_draft
    from nationalreport.template import TemplateError

    out = Path(args.output)
    if out.exists() or out.is_symlink():
        return fail(f"{out} already exists; choose another name (nothing was written)")
    try:
        report = Report.new(args.state, args.cycle, args.language, args.template)
    except (ReportError, TemplateError) as exc:
        return fail(str(exc))
    save_draft(report, out, backup=False)
    print(f"created {out}: {report.state_name} ({report.state}), cycle {report.cycle}, "
          f"language {report.language}, template {report.template.id}")
    return OK


def cmd_validate(args: argparse.Namespace) -> int:
    from nationalreport.storage import load_draft
    from nationalreport.validation import Severity, validate

    report = load_draft(args.draft)
    language = args.language or report.language
    problems = validate(report, language)
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    advisories = len(problems) - errors
    answered = report.answered_count()
    total = len(report.template)
    if args.format == "json":
        print(json.dumps({
            "file": str(args.draft),
            "template": report.template.id,
            "state": report.state,
            "cycle": report.cycle,
            "valid": errors == 0,
            "errors": errors,
            "advisories": advisories,
            "answered": answered,
            "questions": total,
            "problems": [p.as_dict() for p in problems],
        }, ensure_ascii=False, indent=2))
    else:
        print(f"{args.draft}: {report.state_name}, cycle {report.cycle}, "
              f"template {report.template.id}")
        for p in problems:
            label = p.question or "-"
            print(f"  {p.severity.value:<8}  {label:<9} {p.message}  [{p.pointer}]")
        print(f"{errors} error{'s' if errors != 1 else ''}, {advisories} "
              f"advisor{'ies' if advisories != 1 else 'y'}; {answered} of {total} questions "
              "answered")
    return PROBLEMS if errors else OK


def cmd_templates(args: argparse.Namespace) -> int:
    from nationalreport.template import available_templates, load_template, localized

    for template_id in available_templates():
        template = load_template(template_id)
        provisional = sum(1 for q in template if q.provisional)
        print(f"{template.id}  {len(template)} questions in {len(template.sections)} sections "
              f"({provisional} provisional)  {localized(template.short_title, 'en')}")
    return OK


def cmd_wizard(draft: str | None) -> int:
    # Start-up makes tens of thousands of objects that live as long as the window and
    # hardly any garbage: collecting meanwhile would only walk them again and again.
    # ``run`` turns the collector back on once the window is shown.
    gc.disable()
    try:
        from nationalreport.ui.app import run  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        gc.enable()
        return fail("the window is not available in this installation (PySide6 is missing); "
                    "install it with: pip install 'nationalreport[gui]'")
    result: int = run(draft)
    return result


# --------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Prepare, validate, export and sign a State's national report on the "
        "UN Programme of Action on small arms and light weapons and the International "
        "Tracing Instrument, offline. Without a command, the window opens (with DRAFT "
        "if one is given: 'nationalreport DRAFT').",
        epilog="Exit status: 0 success, 1 the document has problems, 2 the file cannot be "
        "read or the arguments are wrong.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = commands.add_parser("new", help="create a new draft report")
    new.add_argument("--state", required=True, metavar="ISO3",
                     help="the reporting State, as an ISO 3166-1 alpha-3 code (e.g. KEN)")
    new.add_argument("--cycle", required=True, type=int, metavar="YEAR",
                     help="the reporting cycle (year), e.g. 2026")
    new.add_argument("--language", default="en", choices=REPORT_LANGUAGES,
                     help="the language the report is written in (default en)")
    new.add_argument("--template", metavar="ID", help="template id (default: the newest)")
    new.add_argument("-o", "--output", required=True, metavar="DRAFT",
                     help="the draft file to create")
    new.set_defaults(run=cmd_new)

    check = commands.add_parser("validate", help="check a draft against the template")
    check.add_argument("draft", metavar="DRAFT")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--language", choices=UN_LANGUAGES,
                       help="language of the messages (default: the report's)")
    check.set_defaults(run=cmd_validate)

    templates = commands.add_parser("templates", help="list the bundled templates")
    templates.set_defaults(run=cmd_templates)

    from nationalreport.cli import export_cmd, sign_cmd

    export_cmd.register(commands)
    sign_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    known = {"new", "validate", "templates", "export", "sign", "verify", "timestamp", "identity"}
    if not args_list or (not args_list[0].startswith("-") and args_list[0] not in known):
        if len(args_list) > 1:
            return fail(f"unknown command '{args_list[0]}' (see '{PROG} --help')")
        return cmd_wizard(args_list[0] if args_list else None)
    from nationalreport.storage import StorageError
    from nationalreport.template import TemplateError

    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        if not getattr(args, "run", None):
            parser.print_help()
            return OK
        code: int = args.run(args)
        return code
    except UsageError as exc:
        return fail(str(exc))
    except StorageError as exc:
        return fail(str(exc), exc.exit_code)
    except TemplateError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return UNUSABLE
    except Exception as exc:  # the last guard: one line, never a traceback
        if os.environ.get(DEBUG_VARIABLE):
            raise
        # Only the kind of failure: its text or traceback could quote a passphrase or a
        # file's contents. Writes are atomic, so no file is left half-written.
        return fail(f"the command stopped on an unexpected problem ({type(exc).__name__}); "
                    "no file was left half-written. Please report it with the command you "
                    f"ran ({DEBUG_VARIABLE}=1 shows where it happened).")


if __name__ == "__main__":
    sys.exit(main())
