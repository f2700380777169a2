"""Undoable edits: each one sets an answer through ``Report.set_answer``, and back.

Keystrokes in one field merge into one step (typing a name, then Ctrl+Z, removes the
name, not its last letter); a choice, a ticked box or a new table row is a step of
its own. Confirming a carried answer is not undoable: it changes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from nationalreport.report import Report

#: ``QUndoCommand.id`` of edits that may merge; commands with other ids never do.
MERGING = 1


class SetAnswer(QUndoCommand):
    """Change one answer (``merge`` names the field typed in, "" for a one-off edit)."""

    def __init__(self, report: Report, number: str, value: Any, merge: str = "",
                 notify: Callable[[str], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("SetAnswer", "edit {number}").format(
            number=number))
        self.report = report
        self.number = number
        self.old = copy.deepcopy(report.answer(number))
        self.old_review = number in report.review
        self.new = copy.deepcopy(value)
        self.merge = merge
        self.notify = notify

    def id(self) -> int:
        return MERGING if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if (isinstance(other, SetAnswer) and other.number == self.number
                and other.merge == self.merge):
            self.new = other.new
            if self.new == self.old:
                self.setObsolete(True)  # typed and rubbed out: nothing left to undo
            return True
        return False

    def redo(self) -> None:
        self.report.set_answer(self.number, self.new)

    def undo(self) -> None:
        self.report.set_answer(self.number, self.old)
        if self.old_review and self.number not in self.report.review:
            # Undoing an edit of a carried answer makes it unconfirmed again.
            self.report.review.add(self.number)
            if self.notify is not None:
                self.notify(self.number)


class WindowUndoKeys(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z typed in a text field to the window's undo, not the field's.

    A line edit would otherwise undo its own letters while the report's undo history
    went untouched; installed on every text input of the answer controls.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.keys = {key.toString() for key in keys}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()).toString() in self.keys):
            return True  # not accepted: the window's shortcut takes the key
        return super().eventFilter(watched, event)
