"""One open report: its file, lock, undo history, autosave journal and feedback.

The window edits a report only through a session, and a session only through the
engine: answers through ``Report.set_answer`` (wrapped in undoable commands), files
through ``storage`` (atomic save, ``DraftLock``), unsaved work through the journal's
``Autosaver``, which a timer ticks about a second after each change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from nationalreport.report import Report, is_empty
from nationalreport.report.serialize import now
from nationalreport.storage import (
    Autosaver,
    DraftLock,
    Journal,
    JournalEntry,
    load_draft,
    save_draft,
)
from nationalreport.ui import language
from nationalreport.ui.feedback import Feedback
from nationalreport.ui.signals import emit
from nationalreport.ui.undo import SetAnswer

#: How often the autosave timer asks the ``Autosaver`` whether to write.
TICK_MS = 250
UNDO_LIMIT = 1000


class Session(QObject):
    """A report being edited, with everything that keeps the official's work safe."""

    #: An answer changed, whatever the cause (typing, undo, confirmation).
    answer_changed = Signal(str)
    #: Saved / unsaved / autosaved / file name changed.
    status_changed = Signal()

    def __init__(
        self,
        report: Report,
        path: str | os.PathLike[str] | None = None,
        lock: DraftLock | None = None,
        *,
        journal: Journal | None = None,
        journal_key: str | None = None,
        recovered: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.path = Path(path) if path is not None else None
        self.lock = lock
        self.recovered = recovered
        self.dirty = recovered
        self.last_saved: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        #: Problems are worded in the interface language, and follow it when it changes.
        self.feedback = Feedback(report, language.current(), self)
        self.journal = journal or Journal()
        self.autosaver = Autosaver(self.journal, report, self.path)
        if journal_key:
            self.autosaver.key = journal_key
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.closed = False
        report.subscribe(self._changed)
        if recovered:
            self.autosaver.changed()
            self.timer.start()

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Session:
        """Lock and load a draft (``DraftLocked`` or another ``StorageError`` if not)."""
        lock = DraftLock(Path(path))
        lock.acquire()
        try:
            report = load_draft(Path(path))
        except BaseException:
            lock.release()
            raise
        session = cls(report, path, lock)
        session.last_saved = _modified(Path(path))
        return session

    @classmethod
    def recover(cls, entry: JournalEntry, journal: Journal | None = None) -> Session:
        """The unsaved work of a session that ended without saving."""
        journal = journal or Journal()
        lock = DraftLock(entry.draft_path) if entry.draft_path else None
        if lock is not None:
            lock.acquire()
        try:
            report = journal.recover(entry)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(report, entry.draft_path, lock, journal=journal, journal_key=entry.key,
                   recovered=True)

    # ------------------------------------------------------------ editing

    def set_answer(self, number: str, value: Any, merge: str = "") -> bool:
        """Record an answer the official gave, as an undoable step."""
        current = self.report.answer(number)
        if current == value or (is_empty(current) and is_empty(value)):
            return False
        self.undo_stack.push(SetAnswer(self.report, number, value, merge, notify=self._changed))
        self.feedback.touch(number)
        return True

    def confirm(self, number: str) -> None:
        """The official checked an answer carried from the previous report."""
        self.report.confirm(number)

    def mark_unsaved(self) -> None:
        """A report made here (from a previous one) and not yet in any file."""
        self.dirty = True
        self.autosaver.changed()
        self.timer.start()
        emit(self.status_changed)

    def _changed(self, number: str) -> None:
        self.dirty = True
        self.autosaver.changed()
        if not self.timer.isActive() and not self.closed:
            self.timer.start()
        self.feedback.answer_changed(number)
        emit(self.answer_changed, number)
        emit(self.status_changed)

    def _tick(self) -> None:
        failing = self.autosaver.error
        if self.autosaver.tick() or self.autosaver.error != failing:
            emit(self.status_changed)
        if self.autosaver.dirty_since is None:
            self.timer.stop()

    # ------------------------------------------------------------ saving

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Save (atomically) to ``path`` or the current file; raises ``StorageError``."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("a report never saved needs a file name")
        new_lock = None
        if self.path is None or os.path.abspath(target) != os.path.abspath(self.path):
            new_lock = DraftLock(target)
            new_lock.acquire()
        try:
            save_draft(self.report, target)
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            raise
        if new_lock is not None:
            if self.lock is not None:
                self.lock.release()
            self.lock = new_lock
        self.path = target
        self.autosaver.saved(target)
        self.dirty = False
        self.recovered = False
        self.last_saved = now()
        self.undo_stack.setClean()
        emit(self.status_changed)
        return target

    def close(self) -> None:
        """End the session on purpose: forget the journal entry, release the lock."""
        if self.closed:
            return
        self.closed = True
        self.timer.stop()
        self.feedback.timer.stop()
        self.autosaver.closed()
        if self.lock is not None:
            self.lock.release()
        self.report.unsubscribe(self._changed)


def _modified(path: Path) -> str | None:
    from datetime import UTC, datetime

    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    return datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
