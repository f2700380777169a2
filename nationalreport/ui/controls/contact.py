"""The control for a contact block: title, name, organization, address, telephone, e-mail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from nationalreport.template import ContactField, Question, localized
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.inputs import show_plain, show_text, text_box, value_of
from nationalreport.ui.wording import isolate


def field_label(field: ContactField, language: str) -> str:
    label = localized(field.label, language)
    return f"({field.number}) {label}" if field.number else label


@register(kind_is("contact"))
class ContactControl(AnswerControl):
    """A small form, one row per field the question asks for."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        for spec in question.contact_fields:
            widget = self._input(spec)
            self.inputs[spec.key] = widget
            self.labels[spec.key] = field_label(spec, language)
            form.addRow(self.labels[spec.key], widget)

    def _input(self, spec: ContactField) -> QWidget:
        key = spec.key
        if spec.kind == "choice":
            combo = QComboBox(self)
            combo.addItem("", None)
            for option in spec.options:
                # isolated: an English "Ms." keeps its full stop in an Arabic window
                combo.addItem(isolate(localized(option.label, self.language)), option.code)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            combo.activated.connect(lambda _i: self.report_edit(self.value()))
            return combo
        if spec.kind == "multiline":
            box = text_box(3, self)
            box.textChanged.connect(lambda: self.report_edit(self.value(), key))
            return box
        edit = QLineEdit(self)
        if spec.kind == "email":
            edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            edit.setPlaceholderText(self.tr("name@ministry.gov", "an example e-mail address"))
        elif spec.kind == "telephone":
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            edit.setPlaceholderText("+254 20 123 4567")
        edit.textEdited.connect(lambda _text: self.report_edit(self.value(), key))
        return edit

    def fields(self) -> list[Field]:
        return [Field((key,), widget, self.labels[key]) for key, widget in self.inputs.items()]

    def value(self) -> Any:
        answer: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                data = widget.currentData()
                if data:
                    answer[key] = data
            elif isinstance(widget, QPlainTextEdit):
                text = value_of("text", widget.toPlainText())
                if text:
                    answer[key] = text
            elif isinstance(widget, QLineEdit):
                text = value_of("text", widget.text())
                if text:
                    answer[key] = text
        return answer or None

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                index = widget.findData(value.get(key)) if value.get(key) else 0
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                show_plain(widget, value.get(key))
            elif isinstance(widget, QLineEdit):
                show_text(widget, value.get(key))
