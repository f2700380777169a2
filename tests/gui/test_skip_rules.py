"""Skip rules hide the questions they skip, say why, and give them back unchanged."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from tests.gui.helpers import choose, field, focused, row, section_page, type_in

pytestmark = pytest.mark.gui


def test_answering_no_hides_the_skipped_questions_and_says_why(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "name", "Daniel Otieno")

    choose(qtbot, window, "1.2", "no")

    for number in ("1.2.1", "1.2.2"):
        skipped = row(window, number)
        assert skipped.control.isHidden()
        assert skipped.skip_note.isVisibleTo(window)
        assert "Skipped: you answered “No” to 1.2." in skipped.skip_note.text()
    assert "kept in the draft" in row(window, "1.2.1").skip_note.text()
    assert not row(window, "1.2.3").control.isHidden()
    assert report.answer("1.2.1") == {"name": "Daniel Otieno"}
    assert "1.2.1" not in report.exportable_answers()


def test_tab_jumps_over_skipped_questions(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "no")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is field(window, "1.2.3")


def test_changing_the_answer_back_restores_the_questions_and_their_answers(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "name", "Daniel Otieno")
    choose(qtbot, window, "1.2", "no")

    choose(qtbot, window, "1.2", "yes")

    restored = row(window, "1.2.1")
    assert not restored.control.isHidden()
    assert restored.skip_note.isHidden()
    assert field(window, "1.2.1", "name").text() == "Daniel Otieno"  # type: ignore[attr-defined]
    assert report.exportable_answers()["1.2.1"] == {"name": "Daniel Otieno"}


def test_a_nested_rule_says_which_answer_skips(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    choose(qtbot, window, "1.2.2", "yes")
    page = section_page(window, "1.2.3")
    assert page.rows["1.2.3"].control.isHidden()
    assert "“Yes” to 1.2.2" in page.rows["1.2.3.1"].skip_note.text()
