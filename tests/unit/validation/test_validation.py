"""Validation: plain words, the right severity, ITI contacts and marking, speed-safe paths."""

from __future__ import annotations

from typing import Any

import pytest

from nationalreport.report import Report
from nationalreport.template import Template
from nationalreport.validation import Problem, Severity, validate, validator_for


def problems_of(report: Report, number: str) -> list[Problem]:
    return [p for p in validate(report) if p.question == number]


def codes(problems: list[Problem]) -> set[str]:
    return {p.code for p in problems}


def test_an_empty_report_has_no_problem_at_all(report: Report) -> None:
    assert validate(report) == []


def test_a_fully_answered_report_has_no_error(full_report: Report) -> None:
    assert [p for p in validate(full_report) if p.is_error] == []


def test_messages_are_plain_words_not_validator_output(report: Report) -> None:
    report.set_answer("1.1", "perhaps")
    report.set_answer("1.1.d", {"men": "five", "women": -2, "children": 1})
    report.set_answer("1.2.1", {"name": "A", "email": "not-an-address"})
    found = validate(report)
    assert found
    for problem in found:
        assert problem.is_error or problem.severity is Severity.ADVISORY
        assert "is not a" not in problem.message and "'" not in problem.message
        assert problem.message.endswith(".")
        assert problem.pointer.startswith("/answers/")
    by_pointer = {p.pointer: p.message for p in found}
    assert by_pointer["/answers/1.2.1/email"] == "Enter an e-mail address like name@ministry.gov."
    assert by_pointer["/answers/1.1.d/men"] == "Enter a whole number, such as 12."
    assert by_pointer["/answers/1.1.d/women"] == "Enter 0 or more."
    assert by_pointer["/answers/1.1"] == "Choose one of the answers offered."
    assert "children" in by_pointer["/answers/1.1.d"]


def test_iti_contact_needs_a_name_and_a_way_to_reach_them(report: Report) -> None:
    report.set_answer("1.2.3", "yes")
    missing = problems_of(report, "1.2.3.1")
    assert [(p.code, p.severity) for p in missing] == [
        ("contact_missing_iti", Severity.ADVISORY)]
    assert "tracing requests" in missing[0].message
    report.set_answer("1.2.3.1", {"organization": "Criminal Investigations Department"})
    assert codes(problems_of(report, "1.2.3.1")) == {"contact_name", "contact_reach"}
    assert all(p.is_error for p in problems_of(report, "1.2.3.1"))
    report.set_answer("1.2.3.1", {"name": "John Otieno", "email": "cid@example.go.ke"})
    assert problems_of(report, "1.2.3.1") == []


def test_a_contact_not_asked_for_gives_no_advisory(report: Report) -> None:
    report.set_answer("1.2.3", "no")
    assert problems_of(report, "1.2.3.1") == []


@pytest.mark.parametrize(
    ("telephone", "code", "severity"),
    [
        ("+254 20 2724040", None, None),
        ("020 2724040", "telephone_international", Severity.ADVISORY),
        ("12", "telephone_invalid", Severity.ERROR),
        ("call me", "telephone_characters", Severity.ERROR),
        ("+254 999 999 999", "telephone_check", Severity.ADVISORY),
    ],
)
def test_telephones_are_parsed_with_the_states_region(
    report: Report, telephone: str, code: str | None, severity: Severity | None
) -> None:
    report.set_answer("1.2.1", {"name": "Jane Doe", "telephone": telephone})
    found = [p for p in problems_of(report, "1.2.1") if p.pointer.endswith("/telephone")]
    if code is None:
        assert found == []
    else:
        assert [(p.code, p.severity) for p in found] == [(code, severity)]


def test_international_suggestion_uses_the_reporting_state(template: Template) -> None:
    report = Report.new("FRA", 2026, "fr", template)
    report.set_answer("1.2.1", {"name": "Marie Curie", "telephone": "01 42 75 80 00"})
    found = [p for p in problems_of(report, "1.2.1") if p.code == "telephone_international"]
    assert found and "+33 1 42 75 80 00" in found[0].message


def _marking_questions(template: Template) -> list[tuple[str, str, list[str], str]]:
    out = []
    for question in template:
        for check in question.checks:
            if check.kind == "marking_elements":
                assert check.when_question is not None
                out.append((check.when_question, question.number,
                            list(check.params["any_of"]), str(check.params["source"])))
    return out


def test_marking_without_any_iti_8a_element_is_an_advisory(report: Report) -> None:
    rules = _marking_questions(report.template)
    assert {source for *_, source in rules} >= {"ITI 8(a)", "ITI 8(b)"}
    controlling, elements, any_of, _source = next(r for r in rules if r[3] == "ITI 8(a)")
    report.set_answer(controlling, "yes")
    found = problems_of(report, elements)
    assert [(p.code, p.severity) for p in found] == [("marking_elements", Severity.ADVISORY)]
    assert "ITI 8(a)" in found[0].message and "Serial number" in found[0].message
    others = [c for c in report.template.question(elements).option_codes if c not in any_of]
    report.set_answer(elements, {"selected": others[:1]})
    assert codes(problems_of(report, elements)) == {"marking_elements"}
    report.set_answer(elements, {"selected": [any_of[-1]]})
    assert problems_of(report, elements) == []
    report.set_answer(elements, None)
    report.set_answer(controlling, "no")
    assert problems_of(report, elements) == []


def _retention(template: Template, years: int) -> str:
    for question in template:
        for check in question.checks:
            if check.kind == "retention_minimum" and check.params["years"] == years:
                return question.number
    raise AssertionError(f"no retention question with minimum {years}")


@pytest.mark.parametrize(("minimum", "source"), [(30, "ITI 12(a)"), (20, "ITI 12(b)")])
def test_retention_below_iti_12_is_an_advisory(
    report: Report, minimum: int, source: str
) -> None:
    number = _retention(report.template, minimum)
    report.set_answer(number, {"years": minimum - 1})
    found = problems_of(report, number)
    assert [(p.code, p.severity) for p in found] == [("retention_short", Severity.ADVISORY)]
    assert source in found[0].message and str(minimum) in found[0].message
    for fine in ({"years": minimum}, {"indefinitely": True}, {"years": 5, "indefinitely": True}):
        report.set_answer(number, fine)
        assert problems_of(report, number) == []


def test_skipped_questions_are_not_validated(report: Report) -> None:
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    assert codes(problems_of(report, "1.2.1")) == {"email"}
    report.set_answer("1.2", "no")
    assert problems_of(report, "1.2.1") == []


def test_keystroke_validation_covers_the_answer_and_its_dependents(report: Report) -> None:
    validator = validator_for(report.template)
    report.set_answer("1.2.3", "yes")
    result = validator.validate_question(report, "1.2.3")
    assert set(result) >= {"1.2.3", "1.2.3.1"}
    assert codes(result["1.2.3.1"]) == {"contact_missing_iti"}
    report.set_answer("1.2.3.1", {"name": "A", "email": "a@b.org"})
    assert validator.validate_question(report, "1.2.3.1") == {"1.2.3.1": []}


def test_table_rows_are_checked_each_with_its_row_in_the_pointer(report: Report) -> None:
    law = next(q for q in report.template if q.row_shape == "law")
    rows: list[dict[str, Any]] = [
        {"title": "Firearms Act", "link": "https://kenyalaw.org/fa.pdf", "year": 1954},
        {"title": "Regulations", "link": "kenyalaw.org", "year": 1899},
    ]
    report.set_answer(law.number, rows)
    found = {p.pointer: p.code for p in problems_of(report, law.number)}
    assert found == {f"/answers/{law.number}/1/link": "url",
                     f"/answers/{law.number}/1/year": "minimum"}
    # A second pass (remembered rows) gives the same answer.
    assert {p.pointer: p.code for p in problems_of(report, law.number)} == found


def test_impossible_dates_and_unknown_currencies_are_errors(report: Report) -> None:
    date_q = next(q for q in report.template if q.kind == "date")
    report.set_answer(date_q.number, "2026-02-30")
    assert codes(problems_of(report, date_q.number)) == {"date_invalid"}
    table = next(q for q in report.template if q.row_shape == "assistance")
    report.set_answer(table.number, [{"amount": 100, "currency": "ZZZ"}])
    assert codes(problems_of(report, table.number)) == {"currency_unknown"}


def test_other_ticked_without_text_is_an_advisory(report: Report) -> None:
    question = next(q for q in report.template if q.kind == "multichoice" and q.other_code)
    report.set_answer(question.number, {"selected": [question.other_code]})
    assert "other_text_missing" in codes(problems_of(report, question.number))


def test_orphans_are_reported_not_dropped(report: Report) -> None:
    report.orphans["oda-old:9.9"] = "yes"
    orphans = [p for p in validate(report) if p.code == "orphan"]
    assert len(orphans) == 1 and orphans[0].severity is Severity.ADVISORY
