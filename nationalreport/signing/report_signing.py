"""``sign(report_or_draft, out_dir, key_source, reason)``: from a report to signed files.

Validation comes first: errors stop it (with the list), advisories are passed on
and do not. The caller gives the problems it already has (the window validates
live; the command line runs the validator), or, without them, the export layer
counts the errors. Then the key is opened (a bad passphrase or an unusable
certificate fails before a second of layout), the report is exported to bytes
(the JSON, and the PDF/A-3b embedding that same JSON), and both are signed and
written by ``package.sign_with_key``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from nationalreport.report import Report
from nationalreport.signing.errors import ExportFailed, ReportHasErrors
from nationalreport.signing.keys import KeySource, open_key
from nationalreport.signing.package import SignedFiles, check_targets, file_names, sign_with_key
from nationalreport.signing.submission import stem as file_stem


class ProblemLike(Protocol):
    """What signing needs of a validation problem (``nationalreport.validation.Problem``)."""

    @property
    def question(self) -> str | None: ...

    @property
    def pointer(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def is_error(self) -> bool: ...


def problem_line(problem: ProblemLike) -> str:
    return f"{problem.question or '-'}: {problem.message} [{problem.pointer}]"


def default_reason(report: Report) -> str:
    return (f"National report of {report.state_name} on the PoA and the ITI, "
            f"cycle {report.cycle}")


def _load(report_or_draft: Report | str | os.PathLike[str]) -> Report:
    if isinstance(report_or_draft, Report):
        return report_or_draft
    from nationalreport.storage import load_draft

    return load_draft(Path(report_or_draft))


def _check(report: Report, language: str,
           problems: Sequence[ProblemLike] | None) -> list[str]:
    """The advisory lines; ``ReportHasErrors`` if there is any error."""
    if problems is None:
        from nationalreport.export.api import count_errors

        errors = count_errors(report, language)
        if errors:
            raise ReportHasErrors(f"The report has {errors} error(s); correct them and sign "
                                  "again (nothing was signed).")
        return []
    errors_found = [p for p in problems if p.is_error]
    if errors_found:
        raise ReportHasErrors(
            f"The report has {len(errors_found)} error(s); correct them and sign again "
            "(nothing was signed).", errors_found)
    return [problem_line(p) for p in problems]


def sign(report_or_draft: Report | str | os.PathLike[str], out_dir: str | os.PathLike[str],
         key_source: KeySource, reason: str | None = None, *, language: str | None = None,
         problems: Sequence[ProblemLike] | None = None) -> SignedFiles:
    """Validate, export and sign ``report_or_draft`` into ``out_dir``.

    Raises a ``SigningError`` subclass (one plain sentence) and leaves nothing in
    ``out_dir`` on any failure; storage errors of an unreadable draft pass through.
    """
    from nationalreport.export.errors import ExportError

    report = _load(report_or_draft)
    language = language or report.language
    advisories = _check(report, language, problems)
    folder = Path(out_dir)
    stem = file_stem(report.state, report.cycle)
    check_targets(folder, list(file_names(stem).values()))
    with open_key(key_source) as key:
        from nationalreport.export.api import render

        try:
            rendered = render(report, language)
        except ExportError as exc:
            raise ExportFailed(f"The report could not be exported: {exc}.",
                               exc.exit_code) from None
        return sign_with_key(rendered.pdf, rendered.submission, folder, stem, key,
                             reason or default_reason(report), advisories)
