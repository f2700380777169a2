"""What a submission looks like from the signing side: its file names and its JSON envelope.

The files say State and cycle (``KEN-2026-poa-iti-report.pdf``, ``.json``,
``.json.p7s``); the JSON is recognised by its ``format`` marker, so that a
signed file that is not a report is refused with one clear sentence.
"""

from __future__ import annotations

import json
from typing import Any

from nationalreport.formats import SUBMISSION_FORMAT
from nationalreport.signing.errors import NotASubmission

#: Name of the JSON attached inside the PDF (the export layer's contract).
SUBMISSION_NAME = "submission.json"
SIGNATURE_SUFFIX = ".p7s"
HOWTO_NAME = "HOW-TO-VERIFY.txt"


def stem(state: str, cycle: int) -> str:
    """``KEN-2026-poa-iti-report``."""
    return f"{state.upper()}-{cycle}-poa-iti-report"


def parse_submission(data: bytes, name: str = SUBMISSION_NAME) -> dict[str, Any]:
    """The submission object, or ``NotASubmission``."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotASubmission(f"{name} is not a submission of this program: it is not "
                             "JSON text.") from None
    if not isinstance(document, dict) or document.get("format") != SUBMISSION_FORMAT:
        raise NotASubmission(f"{name} is not a submission of this program (it has no "
                             f"'format': '{SUBMISSION_FORMAT}' marker).")
    return document


def check_submission_json(data: bytes, name: str = SUBMISSION_NAME) -> str:
    """``Kenya (KEN), cycle 2026`` for a submission's bytes; ``NotASubmission`` otherwise."""
    document = parse_submission(data, name)
    state = document.get("state")
    code = state.get("code") if isinstance(state, dict) else state
    state_name = state.get("name") if isinstance(state, dict) else None
    label = f"{state_name} ({code})" if state_name else str(code)
    return f"{label}, cycle {document.get('cycle')}"
