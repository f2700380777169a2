"""Lists: rows added, typed into, reordered and removed with buttons and keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.controls.table import TableControl
from nationalreport.ui.main_window import MainWindow
from tests.gui.helpers import choose, control, focused

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def laws(qtbot: QtBot, window: MainWindow) -> TableControl:
    choose(qtbot, window, "2.1", "yes")
    table = control(window, "2.1.1")
    assert isinstance(table, TableControl)
    return table


def type_cell(qtbot: QtBot, table: TableControl, text: str) -> None:
    """F2 opens the current cell's editor; type, then Return to commit."""
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = focused()
    assert editor is not None and editor is not table.view
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is table.view)  # Qt commits on the next turn


def add_law(qtbot: QtBot, table: TableControl, title: str, year: str) -> None:
    qtbot.mouseClick(table.add, LEFT)
    assert focused() is table.view
    type_cell(qtbot, table, title)
    for _ in range(3):
        qtbot.keyClick(table.view, Qt.Key.Key_Right)
    type_cell(qtbot, table, year)


def test_row_added_typed_and_removed(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    table = laws(qtbot, window)

    add_law(qtbot, table, "Firearms Act", "1954")
    add_law(qtbot, table, "Small Arms and Light Weapons Act", "2021")
    assert report.answer("2.1.1") == [
        {"title": "Firearms Act", "year": 1954},
        {"title": "Small Arms and Light Weapons Act", "year": 2021},
    ]
    assert table.count.text() == "2 rows"

    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.mouseClick(table.remove, LEFT)
    assert report.answer("2.1.1") == [{"title": "Small Arms and Light Weapons Act", "year": 2021}]
    assert table.model.rowCount() == 1


def test_rows_move_up_and_down(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    table = laws(qtbot, window)
    add_law(qtbot, table, "A", "2001")
    add_law(qtbot, table, "B", "2002")
    add_law(qtbot, table, "C", "2003")

    assert table.current_row() == 2
    qtbot.mouseClick(table.up, LEFT)
    assert [r["title"] for r in report.answer("2.1.1")] == ["A", "C", "B"]
    assert table.current_row() == 1
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.mouseClick(table.down, LEFT)
    assert [r["title"] for r in report.answer("2.1.1")] == ["C", "A", "B"]
    assert not table.up.isEnabled() or table.current_row() > 0


def test_a_choice_cell_is_chosen_from_its_list(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    table = laws(qtbot, window)
    add_law(qtbot, table, "Firearms Act", "1954")
    table.view.setCurrentIndex(table.model.index(0, 2))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    combo = focused()
    assert combo is not None
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is table.view)
    assert report.answer("2.1.1")[0]["kind"] == "law"
    assert table.model.index(0, 2).data() == "Law"


def test_a_bad_cell_is_flagged_in_the_table(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "9.2", "no")
    table = control(window, "9.4")
    assert isinstance(table, TableControl)
    qtbot.mouseClick(table.add, LEFT)
    type_cell(qtbot, table, "2024-02-30")
    problems = window.pages[window.current].rows["9.4"].problem_list  # type: ignore[attr-defined]
    qtbot.waitUntil(problems.isVisible, timeout=3000)
    assert problems.texts == ["Error: Row 1, Date (or date discovered): "
                              "There is no such date as 2024-02-30."]
    assert table.model.marks == {(0, "date"): ("error", "There is no such date as 2024-02-30.")}


def test_five_hundred_rows_open_and_take_a_new_row(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    report.set_answer("2.1", "yes")
    report.set_answer("2.1.1", [{"title": f"Law {i}", "year": 2000} for i in range(500)])
    window = open_window(report)
    table = control(window, "2.1.1")
    assert isinstance(table, TableControl)
    assert table.model.rowCount() == 500
    qtbot.mouseClick(table.add, LEFT)
    type_cell(qtbot, table, "Law 500")
    assert len(report.answer("2.1.1")) == 501
    assert report.answer("2.1.1")[-1] == {"title": "Law 500"}
