"""The control for "check all that apply": one box per option, and the "Other" text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from nationalreport.template import Question, localized
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.inputs import show_text, value_of


@register(kind_is("multichoice"))
class MultichoiceControl(AnswerControl):
    """Check boxes; ticking the "Other" box opens its text field."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        self.other: QLineEdit | None = None
        for option in question.options:
            box = QCheckBox(localized(option.label, language), self)
            self.boxes[option.code] = box
            box.clicked.connect(self._ticked)
            if option.other:
                line = QHBoxLayout()
                line.addWidget(box)
                self.other = QLineEdit(self)
                self.other.setPlaceholderText(self.tr("Say what it is"))
                self.other.setEnabled(False)
                self.other.textEdited.connect(lambda _text: self.report_edit(self.value(), "other"))
                line.addWidget(self.other, 1)
                layout.addLayout(line)
            else:
                layout.addWidget(box)

    def _ticked(self) -> None:
        self._sync_other()
        self.report_edit(self.value())

    def _sync_other(self) -> None:
        code = self.question.other_code
        if self.other is not None and code is not None:
            self.other.setEnabled(self.boxes[code].isChecked())

    def fields(self) -> list[Field]:
        fields = [Field(("selected",), box, box.text()) for box in self.boxes.values()]
        if self.other is not None:
            fields.append(Field(("other",), self.other, self.tr("Other, say what it is")))
        return fields

    def value(self) -> Any:
        selected = [code for code, box in self.boxes.items() if box.isChecked()]
        answer: dict[str, Any] = {"selected": selected}
        code = self.question.other_code
        if self.other is not None and code in selected:
            text = value_of("text", self.other.text())
            if text:
                answer["other"] = text
        return answer if selected else None

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        selected = value.get("selected") or []
        for code, box in self.boxes.items():
            box.setChecked(code in selected)
        if self.other is not None and "other" in value:
            show_text(self.other, value.get("other"))
        self._sync_other()
