"""The control for ``counts``: several named whole numbers (men / women, seized / found)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from nationalreport.template import CountField, Question, localized
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.inputs import pattern_edit, show_text, value_of


def count_label(spec: CountField, language: str) -> str:
    label = localized(spec.label, language)
    return f"({spec.number}) {label}" if spec.number else label


@register(kind_is("counts"))
class CountsControl(AnswerControl):
    """One digits-only field per count."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}
        for spec in question.counts:
            edit = pattern_edit("count", self)
            key = spec.key
            edit.textEdited.connect(lambda _text, key=key: self.report_edit(self.value(), key))
            self.inputs[key] = edit
            self.labels[key] = count_label(spec, language)
            form.addRow(self.labels[key], edit)

    def fields(self) -> list[Field]:
        return [Field((key,), edit, self.labels[key]) for key, edit in self.inputs.items()]

    def value(self) -> Any:
        answer = {key: value_of("count", edit.text()) for key, edit in self.inputs.items()}
        answer = {key: number for key, number in answer.items() if number is not None}
        return answer or None

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for key, edit in self.inputs.items():
            show_text(edit, value.get(key), "count")
