"""Controls for free text: one line (``text``) and several lines (``multiline``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from nationalreport.template import Question
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.inputs import show_plain, show_text, text_box, value_of


@register(kind_is("text"))
class TextControl(AnswerControl):
    """A line of text."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textEdited.connect(lambda text: self.report_edit(value_of("text", text), "text"))

    def fields(self) -> list[Field]:
        return [Field((), self.edit)]

    def value(self) -> Any:
        return value_of("text", self.edit.text())

    def _show(self, value: Any) -> None:
        show_text(self.edit, value)


@register(kind_is("multiline"))
class MultilineControl(AnswerControl):
    """A few lines of text; Tab moves to the next field."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.box = text_box(4, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.textChanged.connect(
            lambda: self.report_edit(value_of("text", self.box.toPlainText()), "text"))

    def fields(self) -> list[Field]:
        return [Field((), self.box)]

    def value(self) -> Any:
        return value_of("text", self.box.toPlainText())

    def _show(self, value: Any) -> None:
        show_plain(self.box, value)
