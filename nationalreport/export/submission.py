"""The JSON submission: the bytes written as ``--json`` and embedded in the PDF.

Both are these same bytes, made once per export, so the file beside the PDF and the
file inside it are byte-identical (and sign alike).
"""

from __future__ import annotations

from typing import Any

from nationalreport.report import Report
from nationalreport.report.serialize import dumps


def submission_document(report: Report, exported: str | None = None) -> dict[str, Any]:
    """``report.to_submission()``: envelope, answers not skipped, their SHA-256."""
    return report.to_submission(exported)


def submission_bytes(document: dict[str, Any]) -> bytes:
    """Deterministic UTF-8 JSON (sorted keys, two-space indentation, final newline)."""
    return dumps(document)
