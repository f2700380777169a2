"""The control for a single choice: radio buttons (Yes / No / Developing...).

Arrow keys move between the answers and choose them, Space chooses, and Delete
clears the answer: the whole question is answered without a mouse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nationalreport.template import Question, localized
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register

#: Options whose labels together are shorter than this sit on one line.
ONE_LINE_CHARS = 48


@register(kind_is("choice"))
class ChoiceControl(AnswerControl):
    """One radio button per option, in an exclusive group."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        labels = [localized(option.label, language) for option in question.options]
        layout: QBoxLayout = (QHBoxLayout(self) if sum(map(len, labels)) <= ONE_LINE_CHARS
                              else QVBoxLayout(self))
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for option, label in zip(question.options, labels, strict=True):
            button = QRadioButton(label, self)
            button.installEventFilter(self)
            self.group.addButton(button)
            self.buttons[option.code] = button
            layout.addWidget(button)
        if isinstance(layout, QHBoxLayout):
            layout.setSpacing(24)
            layout.addStretch(1)
        self.group.buttonClicked.connect(lambda _button: self.report_edit(self.value()))

    def fields(self) -> list[Field]:
        return [Field((), button, button.text()) for button in self.buttons.values()]

    def value(self) -> Any:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def _show(self, value: Any) -> None:
        button = self.buttons.get(value) if isinstance(value, str) else None
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)
        for other in self.buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)

    def focus_field(self, tail: Any = ()) -> QWidget | None:
        target = self.buttons.get(str(self.value())) or next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus()
        return target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.value() is not None):
            self._show(None)
            self.report_edit(None)
            return True
        return super().eventFilter(watched, event)
