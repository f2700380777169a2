"""A report with every question answered, for benchmarks, screenshots and tests.

Values are plausible for each answer kind (a real e-mail, a dialable number, a date,
law rows), so the sample also passes validation without errors; tables get as many
rows as asked.
"""

from __future__ import annotations

from typing import Any

from nationalreport.report.document import Report
from nationalreport.template import Question, Template

_CELL: dict[str, Any] = {
    "text": "Ministry of Interior and National Administration",
    "multiline": "Measures are set out in the regulations and reviewed every two years.",
    "count": 12,
    "number": 25000,
    "date": "2024-03-31",
    "year": 2019,
    "url": "https://www.example.go.ke/laws/firearms-act.pdf",
    "currency": "USD",
}


def _row(question: Question, index: int) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in question.columns:
        if column.kind == "choice":
            row[column.key] = column.options[index % len(column.options)].code
        elif column.kind == "text":
            row[column.key] = f"{_CELL['text']} ({index + 1})"
        else:
            row[column.key] = _CELL[column.kind]
    return row


def sample_answer(question: Question, rows: int = 3) -> Any:
    """A valid, non-empty answer to ``question``."""
    kind = question.kind
    if kind == "choice":
        codes = question.option_codes
        return "yes" if "yes" in codes else codes[0]
    if kind in ("text", "multiline", "count", "number", "date", "year"):
        return _CELL[kind]
    if kind == "multichoice":
        selected = list(question.option_codes)
        answer: dict[str, Any] = {"selected": selected}
        if question.other_code:
            answer["other"] = "Marking of the importer's licence number"
        return answer
    if kind == "contact":
        values = {
            "honorific": "ms",
            "name": "Wanjiku Kamau",
            "position": "Head of Secretariat",
            "organization": "Kenya National Focal Point on Small Arms and Light Weapons",
            "address": "Bishops Road, P.O. Box 30510, Nairobi",
            "telephone": "+254 20 2724040",
            "email": "info@nfp.go.ke",
        }
        return {f.key: values[f.key] for f in question.contact_fields}
    if kind == "counts":
        return {c.key: 10 + i for i, c in enumerate(question.counts)}
    if kind == "table":
        return [_row(question, i) for i in range(rows)]
    if kind == "retention":
        return {"indefinitely": True}
    if kind == "attachment":
        return {"filename": "national-action-plan.pdf", "size": 482113,
                "sha256": "5" * 64, "media_type": "application/pdf"}
    raise ValueError(f"no sample for kind {kind}")


def sample_report(
    template: Template | str | None = None,
    *,
    rows: int = 200,
    state: str = "KEN",
    cycle: int = 2026,
    language: str = "en",
) -> Report:
    """A report for ``state`` with every question answered and tables of ``rows`` rows."""
    report = Report.new(state, cycle, language, template)
    for question in report.template:
        report.set_answer(question.number, sample_answer(question, rows),
                          when="2026-05-04T09:30:00Z")
    report.created = "2026-05-01T08:00:00Z"
    report.modified = "2026-05-04T09:30:00Z"
    return report
