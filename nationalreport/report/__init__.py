"""The report document and the facts it rests on (States, languages), with no Qt."""

from nationalreport.formats import (
    DRAFT_FORMAT,
    FORMAT_VERSION,
    REPORT_LANGUAGES,
    SUBMISSION_FORMAT,
    UN_LANGUAGES,
)
from nationalreport.report.document import (
    Report,
    ReportError,
    is_empty,
)
from nationalreport.report.states import State, all_states, get_state, states_by_name

__all__ = [
    "DRAFT_FORMAT",
    "FORMAT_VERSION",
    "REPORT_LANGUAGES",
    "SUBMISSION_FORMAT",
    "UN_LANGUAGES",
    "Report",
    "ReportError",
    "State",
    "all_states",
    "get_state",
    "is_empty",
    "states_by_name",
]
