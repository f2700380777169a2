"""List entries of several lines that keep every line, whatever the script.

A list view sizes a wrapped entry with the line height of its own font, but Chinese
and Arabic letters come from fallback fonts with taller lines: the last line of
"库存管理、剩余武器和处置 / 未开始" was cut off and replaced by "…". This delegate
measures the entry the way it will be drawn (``QTextLayout``, with the fonts really
used) and asks for that much room.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

#: Room on each side of an entry's text: what Qt's own styles keep there, the focus frame
#: margin (``PM_FocusFrameHMargin``, 2 in the common style that the Windows and Fusion
#: styles build on) and one pixel. Asking the style would load ``QStyle``, whose hundreds
#: of enumeration values take longer to make at start-up than the whole navigator; a test
#: checks the figure against every style installed.
TEXT_MARGIN = 3


def text_height(text: str, font: QFont, width: float) -> float:
    """The height of ``text`` wrapped to ``width``, each line as tall as its fonts make it."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    total = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            total += line.height()
        layout.endLayout()
    return total


class LinesDelegate(QStyledItemDelegate):
    """Draws entries as usual, but sizes them by the lines they really take."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data()
        if not isinstance(text, str) or not text:
            return size
        view = self.view
        margin = TEXT_MARGIN
        width = (view.viewport().width() - 2 * view.spacing() - view.iconSize().width()
                 - 4 * margin)
        font = index.data(Qt.ItemDataRole.FontRole)
        if not isinstance(font, QFont):
            font = view.font()
        needed = math.ceil(text_height(text, font, max(width, 40)) + 2 * margin)
        return QSize(size.width(), max(size.height(), needed))
