"""Save with the keyboard, close, reopen from the recent drafts, and find every answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.storage import Journal
from nationalreport.ui.app import Controller
from nationalreport.ui.controls.table import TableControl
from nationalreport.ui.main_window import MainWindow
from tests.gui.conftest import Prompts
from tests.gui.helpers import choose, control, fill_section_one, type_in
from tests.gui.test_table import add_law

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def fill_some_of_everything(qtbot: QtBot, window: MainWindow, prompts: Prompts,
                            tmp_path: Path) -> None:
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.7 plan")
    fill_section_one(qtbot, window, prompts, plan)
    choose(qtbot, window, "2.1", "yes")
    table = control(window, "2.1.1")
    assert isinstance(table, TableControl)
    add_law(qtbot, table, "Firearms Act", "1954")
    choose(qtbot, window, "2.2", "yes")
    marks = control(window, "2.2.1")
    for code in ("a", "c", "g"):
        qtbot.mouseClick(marks.boxes[code], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    type_in(qtbot, window, "2.2.1", "other", "Importer's licence number")
    choose(qtbot, window, "2.3", "yes")
    retention = control(window, "2.3.2")
    type_in(qtbot, window, "2.3.2", "years", "30")
    assert retention.value() == {"indefinitely": False, "years": 30}
    type_in(qtbot, window, "4.7", "3")


def test_save_close_reopen_finds_every_answer(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, prompts: Prompts,
    drafts: Path, tmp_path: Path,
) -> None:
    window = open_window(report)
    fill_some_of_everything(qtbot, window, prompts, tmp_path)
    typed = dict(report.answers)
    assert len(typed) == 20

    path = drafts / "kenya-2026.json"
    prompts.queue(str(path))
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, CTRL)
    assert path.is_file()
    assert not window.session.dirty
    assert window.save_status.text().startswith("Saved today at")
    window.close()
    assert not window.isVisible()
    assert Journal().entries() == []

    controller = Controller()
    screen = controller.show_start()
    qtbot.addWidget(screen)
    assert screen.recent.count() == 1
    with qtbot.waitSignal(screen.session_ready) as opened:
        qtbot.keyClick(screen.recent, Qt.Key.Key_Return)
    reopened = controller.window
    assert reopened is not None
    qtbot.addWidget(reopened)
    assert opened.args[0].report.answers == typed
    for number, answer in typed.items():
        assert control(reopened, number).value() == answer, number


def test_save_as_asks_for_a_name_and_a_new_report_remembers_it(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, prompts: Prompts,
    drafts: Path,
) -> None:
    window = open_window(report)
    type_in(qtbot, window, "1.1.a", "NFP")
    prompts.queue(str(drafts / "first"))
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.path == drafts / "first.json"
    assert prompts.seen[-1].path.endswith("KEN-2026-national-report.json")
    assert "first.json" in window.windowTitle()


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, prompts: Prompts,
) -> None:
    window = open_window(report)
    type_in(qtbot, window, "1.1.a", "NFP")
    prompts.queue("cancel")
    window.close()
    assert window.isVisible()
    assert prompts.seen[-1].title == "Unsaved changes"

    prompts.queue("discard")
    window.close()
    assert not window.isVisible()
