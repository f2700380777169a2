"""The control for a repeatable list (laws, destructions, assistance): a table with row buttons.

Arrow keys move between cells, typing or F2 edits one, Tab leaves the table for its
buttons (add, remove, move up, move down), so a long list never traps the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nationalreport.template import Question
from nationalreport.ui import style
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register
from nationalreport.ui.controls.table_model import CellDelegate, RowsModel

if TYPE_CHECKING:
    from nationalreport.validation import Problem

#: Column widths, in average characters, by kind.
WIDTHS = {"text": 20, "multiline": 28, "choice": 16, "count": 10, "number": 12, "year": 8,
          "date": 12, "url": 24, "currency": 8}
VISIBLE_ROWS = 7


@register(kind_is("table"))
class TableControl(AnswerControl):
    """A table view over the rows, and the buttons that add, remove and reorder them."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.model = RowsModel(question.columns, language, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.model, self.view))
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        metrics = QFontMetrics(self.view.font())
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        char = metrics.averageCharWidth()
        for number, column in enumerate(question.columns):
            label = self.model.column_label(number)
            longest = max((metrics.horizontalAdvance(word) for word in label.split()), default=0)
            self.view.setColumnWidth(number, max(char * WIDTHS.get(column.kind, 16),
                                                 metrics.horizontalAdvance(label) // 2,
                                                 longest) + 20)
        header_height = metrics.height() * 2 + 12
        header.setMinimumHeight(header_height)
        self.view.setFixedHeight(header_height + rows.defaultSectionSize() * VISIBLE_ROWS + 4)

        self.add = QPushButton(self.tr("Add row"), self)
        self.remove = QPushButton(self.tr("Remove row"), self)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.count = QLabel(self)
        style.set_property(self.count, "role", "muted")
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self.remove_row)
        self.up.clicked.connect(lambda: self.move_row(-1))
        self.down.clicked.connect(lambda: self.move_row(1))
        self.model.rows_edited.connect(lambda: self.report_edit(self.value()))
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ row actions

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _go(self, row: int, column: int | None = None) -> None:
        column = max(self.view.currentIndex().column(), 0) if column is None else column
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def add_row(self) -> None:
        """Add an empty row at the end and put the cursor in its first cell."""
        at = self.model.rowCount()
        self.model.insert_row(at)
        self._go(at, 0)
        self.view.setFocus()

    def remove_row(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove_row(row)
        if self.model.rowCount():
            self._go(min(row, self.model.rowCount() - 1))
            self.view.setFocus()

    def move_row(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.move_row(row, target)
        self._go(target)

    def _update_buttons(self, *args: Any) -> None:
        row, total = self.current_row(), self.model.rowCount()
        self.remove.setEnabled(row >= 0)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < total - 1)
        self.count.setText(self.tr("%n row(s)", "", total))

    # ------------------------------------------------------------ AnswerControl

    def fields(self) -> list[Field]:
        return [Field((), self.view), Field(("#add",), self.add, self.add.text()),
                Field(("#remove",), self.remove, self.remove.text()),
                Field(("#up",), self.up, self.up.text()),
                Field(("#down",), self.down, self.down.text())]

    def value(self) -> Any:
        return [dict(row) for row in self.model.rows] or None

    def _show(self, value: Any) -> None:
        current = self.view.currentIndex()
        self.model.set_rows(value if isinstance(value, list) else [])
        if current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._update_buttons()

    def focus_field(self, tail: Sequence[str] = ()) -> QWidget | None:
        if tail and tail[0].isdigit() and int(tail[0]) < self.model.rowCount():
            keys = [c.key for c in self.question.columns]
            column = keys.index(tail[1]) if len(tail) > 1 and tail[1] in keys else 0
            self._go(int(tail[0]), column)
        elif not self.view.currentIndex().isValid() and self.model.rowCount():
            self._go(0, 0)
        self.view.setFocus()
        return self.view

    def mark_problems(self, problems: Sequence[tuple[tuple[str, ...], Problem]]) -> None:
        super().mark_problems(problems)
        marks: dict[tuple[int, str], tuple[str, str]] = {}
        for tail, problem in problems:
            if len(tail) >= 2 and tail[0].isdigit():
                key = (int(tail[0]), tail[1])
                severity = "error" if problem.is_error or (
                    key in marks and marks[key][0] == "error") else "advisory"
                marks[key] = (severity, problem.message)
        self.model.set_marks(marks)

    def index_of(self, row: int, column: int) -> QModelIndex:
        return self.model.index(row, column)
