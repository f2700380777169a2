"""Starting the window: ``nationalreport`` or ``nationalreport DRAFT``.

``run`` makes the Qt application and hands over to the ``Controller``, which moves
the official between the start screen and the main window. Opening a draft that
has unsaved work in the journal offers to recover it first.
"""

from __future__ import annotations

import gc
import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from nationalreport import DEBUG_VARIABLE
from nationalreport.storage import Journal, StorageError
from nationalreport.ui import dialogs, language, settings
from nationalreport.ui.dialogs import Kind, Prompt
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.session import Session

if TYPE_CHECKING:
    from nationalreport.ui.start_screen import StartScreen
from nationalreport.ui.wording import describe, path_text


def application() -> QApplication:
    """The one ``QApplication`` (made if needed), named, styled and in the chosen language."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    language.install(language.chosen())  # also the display name and the looks
    return app


class Controller(QObject):
    """Which window is open: the start screen, or a report in the main window."""

    def __init__(self, journal: Journal | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal or Journal()
        self.window: MainWindow | None = None
        self.start_screen: StartScreen | None = None
        self._reporting = False

    def start(self, draft: str | None = None) -> None:
        if draft is None or not self.open_path(draft):
            self.show_start()

    def show_start(self) -> StartScreen:
        from nationalreport.ui.start_screen import StartScreen

        screen = StartScreen(self.journal)
        screen.session_ready.connect(self.show_session)
        self.start_screen = screen
        screen.show()
        return screen

    def open_path(self, path: str) -> bool:
        """Open ``path`` in a new main window, recovering its unsaved work if asked."""
        key = Journal.key_for(path)
        entry = next((e for e in self.journal.entries() if e.key == key), None)
        try:
            if entry is not None and self._wants_recovery(path, entry.recorded):
                session = Session.recover(entry, self.journal)
            else:
                session = Session.open(path)
                if entry is not None:
                    self.journal.discard(entry.key)
        except StorageError as exc:
            dialogs.ask(None, Prompt(Kind.WARNING, self.tr("The draft cannot be opened"),
                                     str(exc)))
            return False
        settings.remember_draft(path)
        self.show_session(session)
        return True

    def _wants_recovery(self, path: str, recorded: str) -> bool:
        answer = dialogs.ask(None, Prompt(
            Kind.QUESTION, self.tr("Unsaved work found"),
            self.tr("Changes to {path} were kept safe {when} but never saved. Recover them?")
            .format(path=path_text(path), when=describe(recorded)),
            choices=(("recover", self.tr("Recover the changes")),
                     ("saved", self.tr("Open the saved file and discard them"))),
            default="recover", escape="recover"))
        return answer != "saved"

    def unexpected(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        """An exception nothing caught, in a slot or an event handler: keep the work, say so.

        Qt has already left the handler and the window goes on. What was typed is
        written to the journal at once, so that a crash that might follow loses nothing,
        and the official is told in plain words (the kind of failure, never its text,
        which could quote anything). ``NATIONALREPORT_DEBUG`` also prints the traceback.
        """
        if os.environ.get(DEBUG_VARIABLE):
            sys.__excepthook__(kind, error, trace)
        if self._reporting:  # another failure while the message is up: one message is enough
            return
        window = self.window if self.window is not None and self.window.isVisible() else None
        session = window.session if window is not None else None
        kept = self.tr("Your work is kept.")
        if session is not None and session.dirty:
            try:
                session.autosaver.flush()
                kept = self.tr("What you typed is kept safe for recovery.")
            except StorageError:
                kept = self.tr("What you typed could not be kept safe for recovery: save "
                               "the report now, to another place if need be.")
        self._reporting = True
        try:
            dialogs.ask(window or self.start_screen, Prompt(
                Kind.WARNING, self.tr("An unexpected problem"),
                self.tr("The program met a problem it did not expect ({kind}). {kept} If it "
                        "happens again, please report it, saying what you were doing.")
                .format(kind=kind.__name__, kept=kept)))
        finally:
            self._reporting = False

    def show_session(self, session: Session) -> MainWindow:
        window = MainWindow(session, start_again=self.show_start)
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        if self.start_screen is not None:
            self.start_screen.close()
            self.start_screen.deleteLater()
            self.start_screen = None
        return window


def run(draft_path: str | None) -> int:
    """Run the window until the official closes it; the exit status for the shell.

    The garbage collector rests while the window is built (``cmd_wizard`` stops it
    before the imports): start-up makes long-lived objects, not garbage. When the
    window has closed, everything still alive is frozen, so that the interpreter's
    last collections on the way out do not walk it: the process is ending, and the
    system takes its memory back.
    """
    gc.disable()
    try:
        app = application()
        controller = Controller()
        sys.excepthook = controller.unexpected
        controller.start(draft_path)
    finally:
        gc.enable()
    code = app.exec()
    gc.freeze()
    return code
