"""What the GUI tests do the way a person does: find a field, type into it, press keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from nationalreport.ui.controls.base import AnswerControl
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.question_row import QuestionRow
from nationalreport.ui.section_page import SectionPage


def section_page(window: MainWindow, number: str) -> SectionPage:
    """Show the page holding question ``number`` (as the navigator would) and return it."""
    page = window.show_page(window.section_index(number), focus=False)
    assert isinstance(page, SectionPage)
    return page


def row(window: MainWindow, number: str) -> QuestionRow:
    return section_page(window, number).rows[number]


def control(window: MainWindow, number: str) -> AnswerControl:
    return row(window, number).control


def field(window: MainWindow, number: str, *tail: str) -> QWidget:
    found = control(window, number).field_at(tail)
    assert found is not None, (number, tail)
    return found.widget


def choose(qtbot: QtBot, window: MainWindow, number: str, code: str) -> None:
    """Choose an option with the keyboard: focus the radio button, press Space."""
    button = control(window, number).buttons[code]  # type: ignore[attr-defined]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.isChecked()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus a field and type ``text`` (new lines with the Return key)."""
    widget.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def type_in(qtbot: QtBot, window: MainWindow, number: str, *tail_and_text: str) -> None:
    *tail, text = tail_and_text
    type_into(qtbot, field(window, number, *tail), text)


def pick(qtbot: QtBot, combo: QWidget, steps: int) -> None:
    """Move down a combo box's list with the arrow key."""
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise TypeError(widget)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


#: Section 1 as an official fills it in, and the answers the report must then hold.
SECTION_ONE: dict[str, Any] = {
    "1.1": "yes",
    "1.1.a": "National Focal Point on Small Arms and Light Weapons",
    "1.1.b": "Bishops Road\nP.O. Box 30510, Nairobi",
    "1.1.c": {"honorific": "ms", "name": "Wanjiku Kamau", "telephone": "+254 20 2724040",
              "email": "info@nfp.go.ke"},
    "1.1.d": {"men": 7, "women": 5},
    "1.2": "yes",
    "1.2.1": {"honorific": "mr", "name": "Daniel Otieno", "organization": "Kenya Police Service",
              "address": "Vigilance House\nHarambee Avenue, Nairobi",
              "telephone": "+254 20 3343000", "email": "npc@police.go.ke"},
    "1.2.2": "no",
    "1.2.3": "yes",
    "1.2.3.1": {"honorific": "ms", "name": "Achieng Odhiambo",
                "organization": "National Police Service, Firearms Bureau",
                "address": "Kilimani, Nairobi", "telephone": "+254 20 2240000",
                "email": "iti@police.go.ke"},
    "1.3": "yes",
    "1.3.2": "2024-06-30",
}

HONORIFIC_STEPS = {"mr": 1, "ms": 2, "mx": 3}


def fill_contact(qtbot: QtBot, window: MainWindow, number: str, values: dict[str, str]) -> None:
    for key, value in values.items():
        if key == "honorific":
            pick(qtbot, field(window, number, key), HONORIFIC_STEPS[value])
        else:
            type_in(qtbot, window, number, key, value)


def fill_section_one(qtbot: QtBot, window: MainWindow, prompts: Any, attachment: Path) -> None:
    """Fill every question of section 1 with keys and clicks, as an official would.

    ``attachment`` is the file the (scripted) file chooser returns for 1.3.1.
    """
    answers = SECTION_ONE
    choose(qtbot, window, "1.1", answers["1.1"])
    type_in(qtbot, window, "1.1.a", answers["1.1.a"])
    type_in(qtbot, window, "1.1.b", answers["1.1.b"])
    fill_contact(qtbot, window, "1.1.c", answers["1.1.c"])
    for key, count in answers["1.1.d"].items():
        type_in(qtbot, window, "1.1.d", key, str(count))
    choose(qtbot, window, "1.2", answers["1.2"])
    fill_contact(qtbot, window, "1.2.1", answers["1.2.1"])
    choose(qtbot, window, "1.2.2", answers["1.2.2"])
    choose(qtbot, window, "1.2.3", answers["1.2.3"])
    fill_contact(qtbot, window, "1.2.3.1", answers["1.2.3.1"])
    choose(qtbot, window, "1.3", answers["1.3"])
    attach = control(window, "1.3.1")
    prompts.queue(str(attachment))
    qtbot.mouseClick(attach.choose, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    type_in(qtbot, window, "1.3.2", answers["1.3.2"])
