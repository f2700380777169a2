"""Controls for one number (``count``, ``number``, ``year``) and for a date."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from nationalreport.template import Question
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.inputs import pattern_edit, show_text, value_of


@register(kind_is("count", "number", "year", "date"))
class NumberControl(AnswerControl):
    """A short field that takes only digits (and a point, or dashes for a date)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.kind = question.kind
        self.edit = pattern_edit(self.kind, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.textEdited.connect(
            lambda text: self.report_edit(value_of(self.kind, text), "text"))

    def fields(self) -> list[Field]:
        return [Field((), self.edit)]

    def value(self) -> Any:
        return value_of(self.kind, self.edit.text())

    def _show(self, value: Any) -> None:
        show_text(self.edit, value, self.kind)
