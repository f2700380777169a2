"""One call that exports a report: the JSON submission and the PDF/A-3b file that embeds it.

This module imports neither reportlab nor pikepdf until an export runs, so a window can
import it at start-up for free. The outputs are written together and atomically: each is
first written whole under a temporary name, then all are renamed into place, so a full
disk or a read-only folder leaves the previous files (or none) under the output names,
never half of a new one, nor a new JSON beside an old PDF.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from nationalreport.export.errors import (
    DocumentHasErrors,
    ExportError,
    LayoutFailed,
    OutputNotWritable,
)
from nationalreport.report import Report
from nationalreport.storage import SaveFailed
from nationalreport.storage.atomic import atomic_write_all

#: Languages the PDF can be written in: the six UN languages, whose scripts the bundled
#: fonts cover (Noto Sans: Latin, Cyrillic; Noto Naskh Arabic; Droid Sans Fallback: CJK).
PDF_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")

#: ``progress(fraction, stage)``: fraction from 0 to 1; stage is "submission", "layout",
#: "pdfa", "write" or "done".
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    pdf_path: Path | None
    json_path: Path | None
    pages: int
    pdf_size: int
    json_size: int


@dataclass(frozen=True)
class Rendered:
    """The bytes of both outputs, before anything is written."""

    submission: bytes
    pdf: bytes
    pages: int


def check_writable(path: Path) -> None:
    """Fail early, before a second of layout, if ``path`` obviously cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputNotWritable(f"cannot write {path}: a folder has that name")
    if not folder.is_dir():
        raise OutputNotWritable(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputNotWritable(f"cannot write {path}: permission to write in {folder} "
                                "was refused")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputNotWritable(f"cannot write {path}: the file is read-only")


def check_language(language: str) -> None:
    if language not in PDF_LANGUAGES:
        raise ExportError(f"the PDF cannot be written in '{language}': it is written in one "
                          f"of the six UN languages, {', '.join(PDF_LANGUAGES)}")


def count_errors(report: Report, language: str) -> int:
    from nationalreport.validation import validator_for

    problems = validator_for(report.template).validate(report, language)
    return sum(1 for p in problems if p.is_error)


def render(report: Report, language: str | None = None, *, with_pdf: bool = True,
           progress: Progress | None = None) -> Rendered:
    """The submission bytes and, if asked, the PDF/A-3b bytes embedding them."""
    from nationalreport.export.submission import submission_bytes, submission_document

    step = progress or (lambda fraction, stage: None)
    step(0.0, "submission")
    document = submission_document(report)
    submission = submission_bytes(document)
    if not with_pdf:
        return Rendered(submission, b"", 0)
    check_language(language or report.language)
    step(0.05, "layout")
    pdf, pages = _pdf(report, language or report.language, str(document["exported"]),
                      submission, step)
    return Rendered(submission, pdf, pages)


def _pdf(report: Report, language: str, exported: str, submission: bytes,
         step: Progress) -> tuple[bytes, int]:
    from reportlab.platypus.doctemplate import LayoutError  # type: ignore[import-untyped,unused-ignore]

    from nationalreport.export import layout, pdfa
    from nationalreport.export.context import LayoutContext
    from nationalreport.export.messages import PdfMessages
    from nationalreport.export.styles import make_styles

    ctx = LayoutContext(report, language, PdfMessages(language), make_styles(), exported)

    def section_done(index: int, count: int) -> None:
        step(0.05 + 0.85 * index / count, "layout")

    try:
        raw, pages = layout.render_pdf(ctx, section_done)
    except LayoutError as exc:
        raise LayoutFailed(f"an answer is too large to print on a page ({exc})") from None
    step(0.92, "pdfa")
    meta = layout.metadata(ctx)
    info = pdfa.DocumentInfo(title=meta["title"], author=meta["author"],
                             subject=meta["subject"], keywords=meta["keywords"],
                             creator=meta["creator"], language=language, moment=exported)
    return pdfa.make_pdfa(raw, submission, info), pages


def export(
    report: Report,
    pdf_path: str | Path | None = None,
    json_path: str | Path | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    *,
    allow_errors: bool = False,
) -> ExportResult:
    """Write the PDF and/or the JSON submission of ``report``.

    ``language`` is the PDF's language (default: the report's). Unless ``allow_errors``,
    a report with validation errors is refused with ``DocumentHasErrors`` and nothing is
    written. Raises an ``ExportError`` subclass whose message is one plain line.
    """
    if pdf_path is None and json_path is None:
        raise ExportError("nothing to export: name a PDF file, a JSON file or both")
    if pdf_path is not None:
        check_language(language or report.language)
    pdf_out = Path(pdf_path) if pdf_path is not None else None
    json_out = Path(json_path) if json_path is not None else None
    if pdf_out is not None and json_out is not None and pdf_out.resolve() == json_out.resolve():
        raise ExportError(f"the PDF and the JSON cannot both be written to {pdf_out}")
    for path in (pdf_out, json_out):
        if path is not None:
            check_writable(path)
    if not allow_errors:
        errors = count_errors(report, language or report.language)
        if errors:
            raise DocumentHasErrors(
                f"the report has {errors} error{'s' if errors != 1 else ''}; fix "
                f"{'them' if errors != 1 else 'it'} before exporting (nothing was written)",
                errors)
    rendered = render(report, language, with_pdf=pdf_out is not None, progress=progress)
    step = progress or (lambda fraction, stage: None)
    step(0.96, "write")
    outputs: list[tuple[Path, bytes]] = []
    if json_out is not None:
        outputs.append((json_out, rendered.submission))
    if pdf_out is not None:
        outputs.append((pdf_out, rendered.pdf))
    try:
        atomic_write_all(outputs, verb="write")
    except SaveFailed as exc:
        raise OutputNotWritable(str(exc)) from None
    step(1.0, "done")
    return ExportResult(pdf_out, json_out, rendered.pages, len(rendered.pdf),
                        len(rendered.submission))
