"""Validation of a report against the template's JSON Schema and its declared checks."""

from nationalreport.validation.problems import Problem, Severity, pointer
from nationalreport.validation.validator import (
    ReportValidator,
    has_errors,
    validate,
    validator_for,
)

__all__ = [
    "Problem",
    "ReportValidator",
    "Severity",
    "has_errors",
    "pointer",
    "validate",
    "validator_for",
]
