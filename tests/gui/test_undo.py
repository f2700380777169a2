"""Undo and redo of edits, with keystrokes in one field merged into one step."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from tests.gui.helpers import choose, control, field, focused, type_in

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_undoes_a_typed_answer_in_one_step_and_redo_brings_it_back(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    type_in(qtbot, window, "1.1.a", "National Focal Point")
    name = field(window, "1.1.a")
    assert report.answer("1.1.a") == "National Focal Point"

    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert report.answer("1.1.a") is None
    assert name.text() == ""  # type: ignore[attr-defined]

    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL | SHIFT)
    assert report.answer("1.1.a") == "National Focal Point"
    assert name.text() == "National Focal Point"  # type: ignore[attr-defined]


def test_undo_walks_back_through_fields_and_choices(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.1", "yes")
    type_in(qtbot, window, "1.1.a", "NFP")
    type_in(qtbot, window, "1.1.c", "name", "Wanjiku")

    window.undo_action.trigger()
    assert report.answer("1.1.c") is None
    assert focused() is field(window, "1.1.c", "name"), "undo shows what it changed"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert report.answers == {}
    assert not window.undo_action.isEnabled()
    assert not any(b.isChecked() for b in control(window, "1.1").buttons.values())  # type: ignore[attr-defined]


def test_undoing_a_choice_restores_the_questions_it_skipped(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    choose(qtbot, window, "1.2", "no")
    row = window.pages[0].rows["1.2.1"]  # type: ignore[attr-defined]
    assert row.control.isHidden()
    window.undo_action.trigger()
    assert report.answer("1.2") == "yes"
    assert not row.control.isHidden()


def test_ctrl_z_in_a_multiline_box_undoes_through_the_window(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    type_in(qtbot, window, "1.1.b", "Bishops Road\nNairobi")
    box = field(window, "1.1.b")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert report.answer("1.1.b") is None
    assert box.toPlainText() == ""  # type: ignore[attr-defined]
    assert window.redo_action.isEnabled()
