"""The report document: answers, timestamps, skip rules and what reaches an export."""

from __future__ import annotations

import pytest

from nationalreport.report import Report, ReportError, all_states, get_state, is_empty
from nationalreport.report.serialize import sha256_hex
from nationalreport.template import Template


def test_new_report_records_template_state_cycle_language(template: Template) -> None:
    report = Report.new("ken", 2026, "fr", template)
    draft = report.to_draft()
    assert draft["template"] == template.id
    assert draft["state"] == {"code": "KEN", "name": "Kenya"}
    assert (draft["cycle"], draft["language"]) == (2026, "fr")
    assert draft["format"] == "nationalreport/draft" and draft["format_version"] == 1


@pytest.mark.parametrize(
    ("state", "cycle", "language"),
    [("XXX", 2026, "en"), ("KE", 2026, "en"), ("KEN", 1999, "en"), ("KEN", 2026, "de")],
)
def test_bad_metadata_is_refused(state: str, cycle: int, language: str) -> None:
    with pytest.raises(ReportError):
        Report.new(state, cycle, language)


def test_states_are_un_members_and_observers_named_by_cldr() -> None:
    states = all_states()
    assert len(states) == 195
    assert sum(s.observer for s in states) == 2
    kenya = get_state("KEN")
    assert kenya is not None and kenya.alpha2 == "KE"
    assert kenya.name("fr") == "Kenya" and kenya.name("ru") == "Кения"
    holy_see = get_state("VAT")
    assert holy_see is not None and holy_see.observer
    assert get_state("TWN") is None and get_state("ESH") is None


def test_the_bundled_state_names_are_those_of_the_installed_cldr() -> None:
    """``resources/state-names.json`` saves start-up Babel's work; it must say what Babel says."""
    from babel.core import get_cldr_version

    from nationalreport.report import states

    bundled = states._snapshot()
    made = states.names_from_cldr()
    assert bundled["alpha2"] == made["alpha2"]
    assert set(bundled["names"]) == set(made["names"]) == {"en", "fr", "es", "ar", "ru", "zh"}
    if bundled["cldr"] != str(get_cldr_version()):
        pytest.skip(f"state-names.json is from CLDR {bundled['cldr']}, Babel has "
                    f"{get_cldr_version()}: run python tools/state_names.py")
    assert bundled == made, "run python tools/state_names.py"


def test_names_outside_the_six_languages_come_from_babel_itself() -> None:
    kenya = get_state("KEN")
    assert kenya is not None
    assert kenya.name("de") == "Kenia" and kenya.name("sw") == "Kenya"
    assert kenya.name("xx-nowhere") == "Kenya"


def test_set_answer_records_when_and_clears_blanks(report: Report) -> None:
    assert report.set_answer("1.1.a", "National Focal Point", when="2026-01-02T03:04:05Z")
    assert report.changed["1.1.a"] == "2026-01-02T03:04:05Z"
    assert report.modified == "2026-01-02T03:04:05Z"
    assert not report.set_answer("1.1.a", "National Focal Point")
    assert report.set_answer("1.1.a", "   ")
    assert report.answer("1.1.a") is None
    assert report.set_answer("1.1.c", {"name": "", "email": ""}) is False
    with pytest.raises(ReportError):
        report.set_answer("99.9", "yes")


def test_answers_are_copied_so_the_caller_cannot_change_them_behind_its_back(
    report: Report,
) -> None:
    rows = [{"title": "Firearms Act"}]
    report.set_answer("1.1.c", {"name": "A"})
    report.set_answer("2.1.1" if "2.1.1" in report.template else "1.1.a", "x")
    value = {"name": "B"}
    report.set_answer("1.1.c", value)
    value["name"] = "C"
    assert report.answer("1.1.c") == {"name": "B"}
    assert rows == [{"title": "Firearms Act"}]


def test_listeners_hear_each_change(report: Report) -> None:
    heard: list[str] = []
    report.subscribe(heard.append)
    report.set_answer("1.1", "yes")
    report.set_answer("1.1", "yes")
    report.set_answer("1.2", "no")
    assert heard == ["1.1", "1.2"]


def test_skipped_answers_stay_in_the_draft_but_never_reach_an_export(report: Report) -> None:
    report.set_answer("1.2", "yes")
    report.set_answer("1.2.1", {"name": "Jane Doe", "email": "jane@example.org"})
    report.set_answer("1.2", "no")
    assert "1.2.1" in report.skipped()
    assert report.to_draft()["answers"]["1.2.1"]["name"] == "Jane Doe"
    submission = report.to_submission("2026-06-01T00:00:00Z")
    assert "1.2.1" not in submission["answers"]
    assert "1.2.1" not in submission["changed"]
    report.set_answer("1.2", "yes")
    assert report.exportable_answers()["1.2.1"]["name"] == "Jane Doe"


def test_submission_carries_a_hash_of_its_answers(full_report: Report) -> None:
    submission = full_report.to_submission("2026-06-01T00:00:00Z")
    assert submission["format"] == "nationalreport/submission"
    assert submission["answers_sha256"] == sha256_hex(submission["answers"])
    assert submission["exported"] == "2026-06-01T00:00:00Z"


def test_carry_forward_marks_every_answer_for_review(full_report: Report) -> None:
    new = full_report.carried_forward(2028)
    assert new.cycle == 2028 and new.answers == full_report.answers
    assert new.review == set(full_report.answers)
    number = next(iter(sorted(new.review)))
    new.confirm(number)
    assert number not in new.review
    other = sorted(new.review)[0]
    new.set_answer(other, None)
    assert other not in new.review


@pytest.mark.parametrize(
    ("value", "empty"),
    [(None, True), ("", True), ("  ", True), ([], True), ({}, True),
     ({"name": "", "email": None}, True), ([{"title": ""}], True), (0, False),
     ("no", False), ({"selected": ["a"]}, False)],
)
def test_is_empty(value: object, empty: bool) -> None:
    assert is_empty(value) is empty


def test_a_draft_is_a_copy_unless_it_is_written_out_at_once(template: Template) -> None:
    """``to_draft()`` can be kept and changed; ``shared=True`` (saving) copies nothing."""
    report = Report.new("KEN", 2026, "en", template)
    report.set_answer("1.2.1", {"name": "Jane Doe"})
    kept = report.to_draft()
    kept["answers"]["1.2.1"]["name"] = "Someone else"
    assert report.answer("1.2.1") == {"name": "Jane Doe"}
    written = report.to_draft(shared=True)
    assert written["answers"]["1.2.1"] is report.answer("1.2.1")
    assert written == report.to_draft()
