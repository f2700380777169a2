"""Input widgets shared by several controls, and the conversion of their text.

Numbers are typed into line edits that accept only digits (an empty field is "not
answered", which a spin box cannot say); multi-line texts move focus on Tab, so the
form can be filled with the keyboard alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

#: What may be typed into a field of each numeric kind (the validator, not a rule:
#: it only stops letters; validation judges the value).
PATTERNS = {
    "count": r"[0-9]{0,10}",
    "year": r"[0-9]{0,4}",
    "number": r"[0-9]{0,15}([.,][0-9]{0,6})?",
    "date": r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?",
    "currency": r"[A-Za-z]{0,3}",
}

WIDTHS = {"count": 12, "year": 6, "number": 16, "date": 12, "currency": 5}


def pattern_edit(kind: str, parent: QWidget | None = None) -> QLineEdit:
    """A line edit that takes only what a ``kind`` value can be written with."""
    edit = QLineEdit(parent)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(PATTERNS[kind]), edit))
    metrics = QFontMetrics(edit.font())
    edit.setMaximumWidth(metrics.horizontalAdvance("0") * (WIDTHS[kind] + 2) + 24)
    if kind == "date":
        edit.setPlaceholderText(QCoreApplication.translate("inputs", "YYYY-MM-DD"))
    if kind in ("count", "year", "number"):
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


def text_box(lines: int = 4, parent: QWidget | None = None) -> QPlainTextEdit:
    """A multi-line text box ``lines`` high, where Tab moves on instead of typing a tab."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setUndoRedoEnabled(False)  # the window's undo covers every edit
    metrics = QFontMetrics(box.font())
    box.setFixedHeight(metrics.lineSpacing() * lines + 14)
    return box


def value_of(kind: str, text: str) -> Any:
    """The answer value for what was typed (``None`` when blank)."""
    text = text.strip()
    if not text:
        return None
    if kind in ("count", "year"):
        return int(text) if text.isdigit() else text
    if kind == "number":
        normal = text.replace(",", ".")
        try:
            number = float(normal)
        except ValueError:
            return text
        return int(number) if number.is_integer() and "." not in normal else number
    if kind == "currency":
        return text.upper()
    return text


def text_of(value: Any) -> str:
    """How an answer value is written in a field."""
    if value is None:
        return ""
    return str(value)


def show_text(edit: QLineEdit, value: Any, kind: str = "text") -> None:
    """Put ``value`` in ``edit`` unless it already shows it (the cursor stays put)."""
    if value_of(kind, edit.text()) != value:
        edit.setText(text_of(value))


def show_plain(box: QPlainTextEdit, value: Any) -> None:
    if value_of("text", box.toPlainText()) != value:
        box.setPlainText(text_of(value))
