"""Filling section 1 with the keyboard and mouse, both points of contact included."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from nationalreport.validation import validate
from tests.gui.conftest import Prompts
from tests.gui.helpers import SECTION_ONE, control, fill_section_one, shown_text

pytestmark = pytest.mark.gui


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "national-action-plan.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"plan " * 1000)
    return path


def test_section_one_filled_by_keyboard_is_in_the_report(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, prompts: Prompts,
    plan: Path,
) -> None:
    window = open_window(report)
    fill_section_one(qtbot, window, prompts, plan)

    expected = dict(SECTION_ONE)
    data = plan.read_bytes()
    expected["1.3.1"] = {"filename": plan.name, "size": len(data),
                         "sha256": hashlib.sha256(data).hexdigest(),
                         "media_type": "application/pdf"}
    assert report.answers == expected
    assert not [p for p in validate(report) if p.is_error]


def test_both_points_of_contact_show_what_was_typed(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, prompts: Prompts,
    plan: Path,
) -> None:
    window = open_window(report)
    fill_section_one(qtbot, window, prompts, plan)

    for number in ("1.2.1", "1.2.3.1"):
        contact = control(window, number)
        assert contact.value() == SECTION_ONE[number]
        email = contact.field_at(("email",))
        assert email is not None
        assert shown_text(email.widget) == SECTION_ONE[number]["email"]
    assert "national-action-plan.pdf" in control(window, "1.3.1").summary.text()  # type: ignore[attr-defined]


def test_navigator_counts_section_one_complete(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, prompts: Prompts,
    plan: Path,
) -> None:
    window = open_window(report)
    fill_section_one(qtbot, window, prompts, plan)
    window.refresh()
    item = window.navigator.item(0)
    assert item is not None
    assert "Complete" in item.text()
    assert "13 of 13 answered" in item.text()
