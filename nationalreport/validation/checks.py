"""Rules beyond the schema: contacts that can be reached, ITI marking and record minimums.

The template declares which check applies to which question and with what
parameters; this module knows how to apply each kind. Format checks that JSON
Schema cannot express (a telephone number that can be dialled, a real date, a
currency that exists) run on every answer of the matching kind.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import phonenumbers

from nationalreport.report import Report, get_state, is_empty
from nationalreport.template import Check, Question, localized
from nationalreport.validation.messages import join_words
from nationalreport.validation.problems import Severity

#: (path, severity, message code, parameters)
Finding = tuple[tuple[str | int, ...], Severity, str, dict[str, Any]]

E = Severity.ERROR
A = Severity.ADVISORY


# --------------------------------------------------------------------- format checks


def telephone(value: Any, region: str | None) -> Iterator[tuple[Severity, str, dict[str, Any]]]:
    """A telephone number parsed with ``phonenumbers``, the report's State as default region."""
    if not isinstance(value, str) or not value.strip():
        return
    text = value.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        yield E, "telephone_invalid", {"value": text}
        return
    if not phonenumbers.is_possible_number(number):
        yield E, "telephone_invalid", {"value": text}
        return
    suggestion = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if not phonenumbers.is_valid_number(number):
        yield A, "telephone_check", {"value": text, "suggestion": suggestion}
    elif not text.startswith(("+", "00")):
        yield A, "telephone_international", {"value": text, "suggestion": suggestion}


def real_date(value: Any) -> bool:
    try:
        _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


@functools.lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def format_findings(question: Question, value: Any, region: str | None) -> Iterator[Finding]:
    """Format checks for one answer, whatever its kind."""
    kind = question.kind
    if kind == "contact" and isinstance(value, Mapping):
        for severity, code, params in telephone(value.get("telephone"), region):
            yield ("telephone",), severity, code, params
    elif kind == "date" and isinstance(value, str) and len(value) == 10 and not real_date(value):
        yield (), E, "date_invalid", {"value": value}
    elif kind == "multichoice" and isinstance(value, Mapping):
        other = question.other_code
        selected = value.get("selected") or []
        if other and isinstance(selected, list) and other in selected and is_empty(
            value.get("other")
        ):
            option = question.option(other)
            label = option.label if option else {}
            yield ("other",), A, "other_text_missing", {"option": label}
    elif kind == "table" and isinstance(value, list):
        columns = {c.key: c.kind for c in question.columns}
        for index, row in enumerate(value):
            if not isinstance(row, Mapping):
                continue
            for key, cell in row.items():
                col = columns.get(key)
                if col == "date" and isinstance(cell, str) and len(cell) == 10 and not real_date(
                    cell
                ):
                    yield (index, key), E, "date_invalid", {"value": cell}
                elif (col == "currency" and isinstance(cell, str) and len(cell) == 3
                      and cell.isupper() and cell not in _currencies()):
                    yield (index, key), E, "currency_unknown", {"value": cell}


# --------------------------------------------------------------------- template checks


def _applies(check: Check, report: Report) -> bool:
    if check.when_question is None:
        return True
    return report.answer(check.when_question) in check.when_in


def _contact(question: Question, check: Check, report: Report) -> Iterator[Finding]:
    value = report.answer(question.number)
    if is_empty(value):
        if check.when_question is not None and _applies(check, report):
            code = "contact_missing_iti" if check.params.get("iti") else "contact_missing"
            answer = report.answer(check.when_question)
            option = report.template.question(check.when_question).option(str(answer))
            yield (), A, code, {
                "question": check.when_question,
                "answer": option.label if option else answer,
            }
        return
    if not isinstance(value, Mapping):
        return
    if is_empty(value.get("name")):
        yield ("name",), E, "contact_name", {}
    if is_empty(value.get("telephone")) and is_empty(value.get("email")):
        yield ("telephone",), E, "contact_reach", {}


def _marking(question: Question, check: Check, report: Report) -> Iterator[Finding]:
    if not _applies(check, report):
        return
    value = report.answer(question.number)
    selected = value.get("selected") if isinstance(value, Mapping) else None
    ticked = set(selected) if isinstance(selected, list) else set()
    wanted = list(check.params.get("any_of", ()))
    if ticked & set(wanted):
        return
    yield (), A, "marking_elements", {
        "source": check.params.get("source", ""),
        "elements": [o.label for o in map(question.option, wanted) if o is not None],
    }


def _retention(question: Question, check: Check, report: Report) -> Iterator[Finding]:
    value = report.answer(question.number)
    if is_empty(value) or not isinstance(value, Mapping) or not _applies(check, report):
        return
    if value.get("indefinitely") is True:
        return
    years = value.get("years")
    minimum = int(check.params.get("years", 0))
    if isinstance(years, int) and not isinstance(years, bool):
        if years < minimum:
            yield ("years",), A, "retention_short", {
                "source": check.params.get("source", ""),
                "minimum": minimum,
                "years": years,
            }
    elif years is None:
        yield ("years",), A, "retention_unclear", {}


CHECKS: Mapping[str, Callable[[Question, Check, Report], Iterator[Finding]]] = {
    "contact": _contact,
    "marking_elements": _marking,
    "retention_minimum": _retention,
}


def template_findings(question: Question, report: Report) -> Iterator[Finding]:
    """The template-declared checks of one question."""
    for check in question.checks:
        yield from CHECKS[check.kind](question, check, report)


def region_of(report: Report) -> str | None:
    state = get_state(report.state)
    return state.alpha2 if state else None


def localize_params(params: dict[str, Any], language: str) -> dict[str, Any]:
    """Turn template texts inside parameters into words of ``language``."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Mapping):
            out[key] = localized(value, language)
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            out[key] = join_words([localized(v, language) for v in value], language, "and")
        else:
            out[key] = value
    return out
