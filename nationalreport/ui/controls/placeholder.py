"""What a question shows when no control fits its kind: a visible notice, never a gap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nationalreport.template import Question
from nationalreport.ui import style
from nationalreport.ui.controls.base import AnswerControl, Field, register


def _any_question(question: Question) -> int:
    return 0


@register(_any_question)
class PlaceholderControl(AnswerControl):
    """A notice that the answer cannot be edited here; the answer itself is kept."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self._value: Any = None
        self.notice = style.Label(self.tr(
            "This version of the program cannot show answers of the kind “{kind}”. "
            "Any answer already given is kept unchanged.").format(kind=question.kind), self)
        self.notice.setWordWrap(True)
        style.set_property(self.notice, "role", "placeholder")
        self.notice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)

    def fields(self) -> list[Field]:
        return [Field((), self.notice)]

    def value(self) -> Any:
        return self._value

    def _show(self, value: Any) -> None:
        self._value = value
