"""What a printed report must show, worked out from the template and the answers alone.

The tests compare these strings with the text extracted from the PDF, so they are
written without looking at the layout code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from nationalreport.report import Report
from nationalreport.template import Question, localized

TICK = "\u2714"


def squeeze(text: str) -> str:
    """Text without any white space: line breaks inside cells stop mattering."""
    return re.sub(r"\s+", "", text)


def _label(options: Any, code: Any) -> str:
    for option in options:
        if option.code == code:
            return localized(option.label, "en")
    raise AssertionError(f"no option {code!r}")


def printed_values(question: Question, value: Any) -> list[str]:
    """The strings the PDF must contain for this answer (choice ticks excepted)."""
    kind = question.kind
    if kind == "choice":
        if set(question.option_codes) <= {"yes", "no", "developing"}:
            return []
        return [_label(question.options, value)]
    if kind in ("text", "multiline", "count", "number", "date", "year"):
        return [str(value)]
    if kind == "multichoice":
        out = [_label(question.options, code) for code in value["selected"]]
        if value.get("other"):
            out.append(value["other"])
        return out
    if kind == "contact":
        out = []
        for spec in question.contact_fields:
            if spec.key in value:
                out.append(_label(spec.options, value[spec.key]) if spec.options
                           else str(value[spec.key]))
        return out
    if kind == "counts":
        return [str(v) for v in value.values()]
    if kind == "table":
        out = []
        for row in value:
            for column in question.columns:
                if column.key in row:
                    cell = row[column.key]
                    out.append(_label(column.options, cell) if column.options else str(cell))
        return out
    if kind == "retention":
        return ["Kept indefinitely"] if value.get("indefinitely") else [str(value["years"])]
    if kind == "attachment":
        return [value["filename"], value["sha256"]]
    raise AssertionError(f"unknown kind {kind}")


def expected_ticks(report: Report) -> int:
    answers = report.exportable_answers()
    return sum(
        1 for q in report.template
        if q.kind == "choice" and set(q.option_codes) <= {"yes", "no", "developing"}
        and q.number in answers
    )


def tool(name: str) -> str:
    """The path of a Debian tool, or skip the test with the reason."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian poppler-utils / qpdf); CI installs it")
    return found


def pdftotext_pages(pdf: Path) -> list[str]:
    """The text of each page, in content-stream order (``pdftotext -raw``)."""
    out = subprocess.run([tool("pdftotext"), "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
