"""The control for how long records are kept: indefinitely, or a number of years."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from nationalreport.template import Question
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.inputs import pattern_edit, show_text, value_of


@register(kind_is("retention"))
class RetentionControl(AnswerControl):
    """A box for "indefinitely", a number of years, and a note."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.forever = QCheckBox(self.tr("Kept indefinitely"), self)
        self.years = pattern_edit("count", self)
        self.note = QLineEdit(self)
        self.years_label = self.tr("Or for this many years")
        self.note_label = self.tr("Note (optional)")
        form.addRow(self.forever)
        form.addRow(self.years_label, self.years)
        form.addRow(self.note_label, self.note)
        self.forever.clicked.connect(self._ticked)
        self.years.textEdited.connect(lambda _t: self.report_edit(self.value(), "years"))
        self.note.textEdited.connect(lambda _t: self.report_edit(self.value(), "note"))

    def _ticked(self) -> None:
        self.years.setEnabled(not self.forever.isChecked())
        self.report_edit(self.value())

    def fields(self) -> list[Field]:
        return [Field(("indefinitely",), self.forever, self.forever.text()),
                Field(("years",), self.years, self.years_label),
                Field(("note",), self.note, self.note_label)]

    def value(self) -> Any:
        years = value_of("count", self.years.text())
        note = value_of("text", self.note.text())
        if not self.forever.isChecked() and years is None and note is None:
            return None
        answer: dict[str, Any] = {"indefinitely": self.forever.isChecked()}
        if years is not None and not self.forever.isChecked():
            answer["years"] = years
        if note is not None:
            answer["note"] = note
        return answer

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.forever.setChecked(value.get("indefinitely") is True)
        self.years.setEnabled(not self.forever.isChecked())
        if not self.forever.isChecked():
            show_text(self.years, value.get("years"), "count")
        show_text(self.note, value.get("note"))
