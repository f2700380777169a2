"""Slow work (signing, verifying, making a key) off the window's thread.

Signing opens a key, lays out the PDF and hashes it: a second or more, longer on
an old laptop or with a smart card that asks its own questions. The window must
keep painting meanwhile, so the work runs in a ``QThread`` and its outcome (a
value or an exception) is handed back on the window's thread when Qt's own
``finished`` signal arrives. Nothing here knows what the work is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget


class Job(QThread):
    """Run ``work`` once in a thread; ``done(result, error)`` is called on the window's thread."""

    def __init__(self, work: Callable[[], Any], done: Callable[[Any, BaseException | None], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._done = done
        self.result: Any = None
        self.error: BaseException | None = None
        # The QThread object lives on the window's thread, so a queued connection
        # delivers ``finished`` there, whichever thread emits it.
        self.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:  # runs in the worker thread
        try:
            self.result = self._work()
        except Exception as exc:  # handed to the window, which words it
            self.error = exc
        finally:
            self._work = _nothing  # drop the closure (it may hold a passphrase)

    def _finish(self) -> None:
        self.wait()  # the thread has emitted ``finished``; let it end before going on
        self.deleteLater()
        done, self._done = self._done, _ignore
        error, self.error = self.error, None
        done(self.result, error)


class JobDialog(QDialog):
    """A dialog that runs one ``Job`` at a time and cannot be closed while it runs.

    Signing, verifying and making a key cannot be stopped half-way, and each ends
    in seconds: Escape and the window's close button wait for it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None

    def start_job(self, work: Callable[[], Any],
                  done: Callable[[Any, BaseException | None], None]) -> None:
        """Run ``work``; ``done(result, error)`` follows on the window's thread, job cleared."""

        def finished(result: Any, error: BaseException | None) -> None:
            self.job = None
            done(result, error)

        self.job = Job(work, finished, self)
        self.job.start()

    def reject(self) -> None:
        if self.job is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.job is not None:
            event.ignore()
            return
        super().closeEvent(event)


def _nothing() -> None:
    return None


def _ignore(_result: Any, _error: BaseException | None) -> None:
    return None
