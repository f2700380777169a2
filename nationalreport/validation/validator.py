"""Validate a whole report, or just what one changed answer can affect.

Schema errors and template checks both become ``Problem`` objects with the question
number, a JSON pointer, a severity and a message in the requested language.
Skipped questions are not checked: their answers never reach an export.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from nationalreport.report import Report, is_empty
from nationalreport.template import Template
from nationalreport.validation import checks
from nationalreport.validation.messages import message
from nationalreport.validation.problems import Problem, Severity, pointer
from nationalreport.validation.schema import CompiledSchema, compiled


class ReportValidator:
    """Validation for the reports of one template; build once, call often."""

    def __init__(self, template: Template, schema: CompiledSchema | None = None) -> None:
        self.template = template
        self.schema = schema or compiled(template.id)

    # ----------------------------------------------------------------- public

    def validate(self, report: Report, language: str = "en") -> list[Problem]:
        """Every problem of the report, envelope first, then questions in printed order."""
        problems = list(self._envelope(report, language))
        skipped = report.skipped()
        for question in self.template:
            if question.number in skipped:
                continue
            problems.extend(self._question(report, question.number, language))
        for number in sorted(report.orphans):
            problems.append(
                Problem(None, pointer("orphans", number), Severity.ADVISORY, "orphan",
                        message("orphan", language, field=number), {"field": number})
            )
        return problems

    def validate_question(
        self, report: Report, number: str, language: str = "en"
    ) -> dict[str, list[Problem]]:
        """Problems of ``number`` and of the questions whose checks read it.

        This is the per-keystroke path: the caller replaces what it showed for each
        returned question with the new list (empty when mended).
        """
        affected = [number, *self.template.dependents(number)]
        skipped = report.skipped()
        return {
            n: [] if n in skipped else list(self._question(report, n, language))
            for n in affected
        }

    # ----------------------------------------------------------------- parts

    def _envelope(self, report: Report, language: str) -> Iterator[Problem]:
        document: dict[str, Any] = report.envelope()
        document["answers"] = {}
        document["changed"] = {n: t for n, t in report.changed.items() if n in self.template}
        if report.review:
            document["review"] = sorted(report.review)
        for path, code, params in self.schema.envelope_problems(document):
            yield self._make(None, path, Severity.ERROR, code, params, language)

    def _question(self, report: Report, number: str, language: str) -> Iterator[Problem]:
        question = self.template.question(number)
        value = report.answer(number)
        base = ("answers", number)
        schema_ok = True
        if not is_empty(value):
            for path, code, params in self.schema.answer_problems(number, value):
                schema_ok = False
                yield self._make(number, path, Severity.ERROR, code, params, language)
            if schema_ok:
                for sub, severity, code, params in checks.format_findings(
                    question, value, checks.region_of(report)
                ):
                    yield self._make(number, base + sub, severity, code, params, language)
        for sub, severity, code, params in checks.template_findings(question, report):
            yield self._make(number, base + sub, severity, code, params, language)

    def _make(
        self,
        number: str | None,
        path: Iterable[str | int],
        severity: Severity,
        code: str,
        params: dict[str, Any],
        language: str,
    ) -> Problem:
        words = checks.localize_params(params, language)
        return Problem(number, pointer(*path), severity, code, message(code, language, **words),
                       words)


@functools.lru_cache(maxsize=8)
def _cached(template_id: str, template: Template) -> ReportValidator:
    return ReportValidator(template)


def validator_for(template: Template) -> ReportValidator:
    """The shared validator of a template (the schema is compiled once per process)."""
    return _cached(template.id, template)


def validate(report: Report, language: str = "en") -> list[Problem]:
    """Shorthand: every problem of ``report``."""
    return validator_for(report.template).validate(report, language)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)
