"""The rows of a table answer as a Qt item model, and the editors of its cells.

The model holds a copy of the rows (a list of ``{column key: value}``) and reports
every edit with ``rows_edited``; the table control turns that into an answer. A
view over a model draws only the rows on screen, so a 500-row list opens at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nationalreport.template import Column, localized
from nationalreport.ui import icons
from nationalreport.ui.controls.inputs import PATTERNS, pattern_edit, text_of, value_of
from nationalreport.ui.signals import emit

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
NUMERIC = ("count", "number", "year")


class RowsModel(QAbstractTableModel):
    """Rows of one table question; the columns come from the template."""

    rows_edited = Signal()

    def __init__(self, columns: tuple[Column, ...], language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.language = language
        self.rows: list[Row] = []
        #: (row, column key) -> ("error" | "advisory", message) for cells with problems.
        self.marks: dict[tuple[int, str], tuple[str, str]] = {}
        self._labels = {
            column.key: {o.code: localized(o.label, language) for o in column.options}
            for column in columns if column.kind == "choice"
        }

    # ------------------------------------------------------------ reading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def column_label(self, column: int) -> str:
        return localized(self.columns[column].label, self.language)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_label(section) if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def display(self, row: int, column: int) -> str:
        spec = self.columns[column]
        value = self.rows[row].get(spec.key)
        if spec.kind == "choice":
            return self._labels[spec.key].get(str(value), text_of(value)) if value else ""
        text = text_of(value)
        return text.replace("\n", " ⏎ ") if spec.kind == "multiline" else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        spec = self.columns[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.rows[row].get(spec.key)
        mark = self.marks.get((row, spec.key))
        if role == Qt.ItemDataRole.DecorationRole and mark:
            return icons.error_pixmap() if mark[0] == "error" else icons.advisory_pixmap()
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(row, column) if spec.kind == "multiline" else ""
            return "\n".join(part for part in (mark[1] if mark else "", text) if part) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    # ------------------------------------------------------------ writing

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self.columns[index.column()]
        if spec.kind != "choice" and isinstance(value, str):
            value = value_of(spec.kind if spec.kind in PATTERNS else "text", value)
        row = self.rows[index.row()]
        if row.get(spec.key) == value or (value is None and spec.key not in row):
            return False
        if value is None or value == "":
            row.pop(spec.key, None)
        else:
            row[spec.key] = value
        emit(self.dataChanged, index, index)
        emit(self.rows_edited)
        return True

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = [dict(row) if isinstance(row, dict) else {} for row in rows]
        self.endResetModel()

    def insert_row(self, at: int) -> None:
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, {})
        self.endInsertRows()
        emit(self.rows_edited)

    def remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()
        emit(self.rows_edited)

    def move_row(self, at: int, to: int) -> None:
        """Move row ``at`` to position ``to`` (one step up or down)."""
        if not (0 <= at < len(self.rows) and 0 <= to < len(self.rows)) or at == to:
            return
        destination = to + 1 if to > at else to
        self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), destination)
        self.rows.insert(to, self.rows.pop(at))
        self.endMoveRows()
        emit(self.rows_edited)

    def set_marks(self, marks: dict[tuple[int, str], tuple[str, str]]) -> None:
        changed = set(marks) ^ set(self.marks) | {k for k in marks if self.marks.get(k) != marks[k]}
        self.marks = marks
        keys = [c.key for c in self.columns]
        for row, key in changed:
            if row < len(self.rows) and key in keys:
                index = self.index(row, keys.index(key))
                emit(self.dataChanged, index, index)


class CellDelegate(QStyledItemDelegate):
    """Editors that fit each column's kind: a list of choices, digits only, or text."""

    def __init__(self, model: RowsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        spec = self.model.columns[index.column()]
        editor: QWidget
        if spec.kind == "choice":
            combo = QComboBox(parent)
            combo.addItem("", None)
            for choice in spec.options:
                combo.addItem(localized(choice.label, self.model.language), choice.code)
            editor = combo
        elif spec.kind == "multiline":
            box = QPlainTextEdit(parent)
            box.setTabChangesFocus(True)
            editor = box
        elif spec.kind in PATTERNS:
            editor = pattern_edit(spec.kind, parent)
            editor.setMaximumWidth(16777215)
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(self.model.column_label(index.column()))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0) if value else 0)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text_of(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(text_of(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height() * 4, 96))
        editor.setGeometry(rect)
