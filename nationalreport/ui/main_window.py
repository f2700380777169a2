"""The main window: section navigator, pages, Back / Next, progress, menus and status.

The window arranges the pages and routes commands (save, open, undo, review) to the
session; what a command does to the report is the engine's business. Pages are
built the first time they are shown, so a large report opens at once. The Language
menu changes the language of the window at once: the menus are renamed and the
navigator and pages are built again from the template in the new language, around
the same session (answers, undo history and autosave are the session's, untouched).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nationalreport.report import get_state
from nationalreport.storage import StorageError
from nationalreport.ui import dialogs, language, settings, style
from nationalreport.ui.dialogs import Kind, Prompt
from nationalreport.ui.navigator import Navigator
from nationalreport.ui.pages import Page
from nationalreport.ui.question_row import QuestionRow
from nationalreport.ui.section_page import SectionPage
from nationalreport.ui.session import Session
from nationalreport.ui.wording import describe, path_text

if TYPE_CHECKING:
    from nationalreport.ui.sign_dialog import SignDialog
    from nationalreport.ui.verify_dialog import VerifyDialog


class MainWindow(QMainWindow):
    """Where a report is filled in."""

    def __init__(self, session: Session,
                 start_again: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_again = start_again
        self.session = session
        #: The language the window was last built in.
        self._language = language.current()
        self.pages: dict[int, Page] = {}
        self.current = -1
        self._closing_confirmed = False
        #: The Sign dialog and the Verify view, while open (made when first asked for).
        self.sign_dialog: SignDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(30)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build_actions()
        self.save_status = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_status)
        self._restore_geometry()  # first: a page builds the rows that fill the window
        self._install(session)

    # ------------------------------------------------------------ building

    def _action(self, slot: Callable[[], object],
                keys: QKeySequence.StandardKey | str | None = None,
                *more: str) -> QAction:
        """A command with its keys; ``_name_actions`` gives it its words."""
        action = QAction(self)
        shortcuts = (QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey)
                     else [QKeySequence(keys)] if keys else [])
        shortcuts += [QKeySequence(k) for k in more if QKeySequence(k) not in shortcuts]
        action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.new_report, key.New)
        self.open_action = self._action(self.open_draft, key.Open, "Ctrl+O")
        self.save_action = self._action(self.save, key.Save, "Ctrl+S")
        self.save_as_action = self._action(self.save_as, "Ctrl+Shift+S")
        self.close_action = self._action(self.close, "Ctrl+W")
        self.sign_action = self._action(self.sign_report, "Ctrl+E")
        self.verify_action = self._action(self.verify_file)
        self.undo_action = self._action(self.undo, key.Undo, "Ctrl+Z")
        self.redo_action = self._action(self.redo, key.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.back_action = self._action(self.back, "Ctrl+PgUp")
        self.next_action = self._action(self.next, "Ctrl+PgDown")
        self.review_action = self._action(self.show_review, "Ctrl+R")
        self.problem_action = self._action(self.next_problem, "F8")
        self.help_action = self._action(self.toggle_help, key.HelpContents)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in language.LANGUAGES:
            choice = QAction(language.NAMES[code], self.language_group)
            choice.setCheckable(True)
            choice.setChecked(code == self._language)
            choice.setData(code)
            choice.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_actions[code] = choice
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        menus: list[tuple[QMenu, list[QAction | None]]] = [
            (self.file_menu, [self.new_action, self.open_action, None, self.save_action,
                              self.save_as_action, None, self.sign_action,
                              self.verify_action, None, self.close_action]),
            (self.edit_menu, [self.undo_action, self.redo_action]),
            (self.go_menu, [self.back_action, self.next_action, None, self.review_action,
                            self.problem_action]),
            (self.language_menu, list(self.language_actions.values())),
            (self.help_menu, [self.help_action]),
        ]
        for menu, actions in menus:
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        self._name_actions()

    def _name_actions(self) -> None:
        """The words of the menus and commands, in the interface language."""
        words: list[tuple[QAction | QMenu, str]] = [
            (self.new_action, self.tr("&New report…")),
            (self.open_action, self.tr("&Open…")),
            (self.save_action, self.tr("&Save")),
            (self.save_as_action, self.tr("Save &As…")),
            (self.close_action, self.tr("&Close")),
            (self.sign_action, self.tr("Sign and &export…")),
            (self.verify_action, self.tr("&Verify a signed file…")),
            (self.undo_action, self.tr("&Undo")),
            (self.redo_action, self.tr("&Redo")),
            (self.back_action, self.tr("&Previous section")),
            (self.next_action, self.tr("&Next section")),
            (self.review_action, self.tr("&Review")),
            (self.problem_action, self.tr("Next pro&blem")),
            (self.help_action, self.tr("&Help on this question")),
            (self.file_menu, self.tr("&File")),
            (self.edit_menu, self.tr("&Edit")),
            (self.go_menu, self.tr("&Go")),
            (self.language_menu, self.tr("&Language")),
            (self.help_menu, self.tr("&Help")),
        ]
        for target, text in words:
            if isinstance(target, QMenu):
                target.setTitle(text)
            else:
                target.setText(text)
        for code, choice in self.language_actions.items():
            choice.setChecked(code == self._language)

    def _install(self, session: Session) -> None:
        """Build the navigator and pages around ``session``."""
        self.session = session
        self._build_central()
        session.answer_changed.connect(lambda _n: self._refresh_timer.start())
        session.feedback.changed.connect(lambda _n: self._refresh_timer.start())
        session.status_changed.connect(self.refresh_status)
        session.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        session.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(session.undo_stack.canUndo())
        self.redo_action.setEnabled(session.undo_stack.canRedo())
        self.refresh()
        self.show_page(0, focus=True)

    def _build_central(self, splitter_state: QByteArray | None = None) -> None:
        """The navigator, the (not yet built) pages and the buttons, in the interface language."""
        session = self.session
        self.pages = {}
        self.current = -1
        self.navigator = Navigator(session, self)
        self.stack = QStackedWidget(self)
        self.sections = list(session.report.template.sections)
        for _index in range(len(self.sections) + 1):
            self.stack.addWidget(QWidget(self.stack))
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 6, 12, 6)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.next_button)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 760])
        state = (splitter_state if splitter_state is not None
                 else settings.settings().value("window/splitter"))
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.setCentralWidget(self.splitter)
        self.splitter.show()  # at once, not when the event loop next runs
        self.navigator.currentRowChanged.connect(lambda row: self.show_page(row, focus=False))
        self.navigator.itemActivated.connect(lambda _item: self._focus_page())

    # ------------------------------------------------------------ language

    def set_language(self, code: str) -> None:
        """Speak ``code`` from now on; the report, its undo history and autosave stay."""
        language.choose(code)
        if self._language != language.current():
            self.retranslate()
        else:
            self._name_actions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.LanguageChange
                and self._language != language.current()):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show everything in the interface language, where the official was.

        The menus are renamed; the navigator and the pages are built again from the
        template (they are views: the report, its undo stack and the autosave belong
        to the session, which stays); problems are worded again.
        """
        self._language = language.current()
        focus = QApplication.focusWidget()
        in_navigator = focus is self.navigator
        row = self.row_of(focus)
        where: tuple[str, ...] = ()
        if row is not None:
            where = next((item.tail for item in row.control.fields() if item.widget is focus), ())
        index = max(self.current, 0)
        self.navigator.blockSignals(True)
        old = self.centralWidget()
        state = self.splitter.saveState()
        self._name_actions()
        self.session.feedback.set_language(self._language)
        self._build_central(state)
        if old is not None:
            old.hide()
            old.deleteLater()
        self.refresh()
        self.show_page(index, focus=False)
        if row is not None and self.current < len(self.sections):
            self.go_to(row.number, where)
        elif in_navigator:
            self.navigator.setFocus()
        else:
            self._focus_page()

    def _restore_geometry(self) -> None:
        geometry = settings.settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 760
        if available is not None:
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    # ------------------------------------------------------------ pages

    def page(self, index: int) -> Page:
        """The page at ``index`` (sections, then the review), built on first use."""
        found = self.pages.get(index)
        if found is not None:
            return found
        page: Page
        if index < len(self.sections):
            page = SectionPage(self.sections[index], self.session, self.stack)
        else:
            from nationalreport.ui.review_page import ReviewPage

            review = ReviewPage(self.session, self.stack)
            review.jump.connect(self.go_to)
            review.sign_requested.connect(self.sign_report)
            page = review
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages[index] = page
        return page

    def show_page(self, index: int, *, focus: bool = True) -> Page | None:
        if not 0 <= index <= len(self.sections):
            return None
        if index != self.current and self.current in self.pages:
            self.pages[self.current].check()
        page = self.page(index)
        self.current = index
        self.stack.setCurrentWidget(page)
        page.load()
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(index)
        self.navigator.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.sections))
        self.back_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < len(self.sections))
        if focus:
            page.focus_first()
        return page

    def _focus_page(self) -> None:
        if self.current in self.pages:
            self.pages[self.current].focus_first()

    def back(self) -> None:
        self.show_page(self.current - 1)

    def next(self) -> None:
        self.show_page(self.current + 1)

    def show_review(self) -> None:
        self.show_page(len(self.sections))

    def section_index(self, number: str) -> int:
        section = self.session.report.template.question(number).section
        return next(i for i, s in enumerate(self.sections) if s.id == section)

    def go_to(self, number: str, where: tuple[str, ...] = ()) -> QWidget | None:
        """Show a question's page and put the cursor in its field."""
        page = self.show_page(self.section_index(number), focus=False)
        if isinstance(page, SectionPage):
            return page.focus_question(number, where)
        return None

    def row_of(self, widget: QWidget | None) -> QuestionRow | None:
        while widget is not None and not isinstance(widget, QuestionRow):
            widget = widget.parentWidget()
        return widget

    def toggle_help(self) -> None:
        row = self.row_of(QApplication.focusWidget())
        if row is not None:
            row.toggle_help()

    def next_problem(self) -> None:
        """Go to the next question, after the one being edited, that shows a problem."""
        template = self.session.report.template
        feedback = self.session.feedback
        showing = [n for n in template.numbers if feedback.visible(n)]
        if not showing:
            self.statusBar().showMessage(self.tr("No problems are showing."), 5000)
            return
        row = self.row_of(QApplication.focusWidget())
        after = template.position(row.number) if row is not None else -1
        target = next((n for n in showing if template.position(n) > after), showing[0])
        problem = feedback.visible(target)[0]
        from nationalreport.ui.feedback import tail

        self.go_to(target, tail(problem))

    # ------------------------------------------------------------ status

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self.navigator.refresh()
        report = self.session.report
        skipped = report.skipped()
        applicable = [n for n in report.template.numbers if n not in skipped]
        self.progress.setRange(0, max(len(applicable), 1))
        self.progress.setValue(report.answered_count(applicable))
        self.progress.setFormat(self.tr("%v of %m questions answered"))
        self.refresh_status()

    def refresh_status(self) -> None:
        session = self.session
        report = session.report
        name = session.path.name if session.path else self.tr("not yet saved")
        state = get_state(report.state)
        self.setWindowTitle(self.tr("{state}, {cycle} ({name})[*] - National report").format(
            state=state.name(self._language) if state else report.state_name,
            cycle=report.cycle, name=name))
        self.setWindowModified(session.dirty)
        problem = ""
        if session.dirty and session.autosaver.error:
            # The one copy of the latest typing is in memory: say so until it is safe.
            problem = "error"
            text = self.tr("Unsaved changes · not kept safe for recovery: save the report")
        elif session.dirty:
            text = self.tr("Unsaved changes")
            if session.autosaver.last_write:
                text += " · " + self.tr("kept safe for recovery {when}").format(
                    when=describe(session.autosaver.last_write))
        elif session.path is None:
            text = self.tr("Not saved yet")
        else:
            text = self.tr("Saved {when}").format(when=describe(session.last_saved))
        self.save_status.setText(text)
        self.save_status.setToolTip((session.autosaver.error or "") if problem else "")
        style.set_property(self.save_status, "severity", problem)

    # ------------------------------------------------------------ commands

    def undo(self) -> None:
        self._step(self.session.undo_stack.undo, self.session.undo_stack.index() - 1)

    def redo(self) -> None:
        self._step(self.session.undo_stack.redo, self.session.undo_stack.index())

    def _step(self, action: Callable[[], None], index: int) -> None:
        """Undo or redo, then show the question it changed."""
        from nationalreport.ui.undo import SetAnswer

        command = self.session.undo_stack.command(index) if index >= 0 else None
        action()
        if isinstance(command, SetAnswer):
            self.go_to(command.number, (command.merge,) if command.merge else ())

    def _warn(self, title: str, text: str) -> None:
        dialogs.ask(self, Prompt(Kind.WARNING, title, text))

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        report = self.session.report
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = (str(self.session.path) if self.session.path else
                      os.path.join(folder, f"{report.state}-{report.cycle}-national-report.json"))
        path = dialogs.ask(self, Prompt(
            Kind.SAVE_FILE, self.tr("Save the report as"), "",
            file_filter=self.tr("Drafts (*.json);;All files (*)"), path=suggestion))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self._save_to(path)

    def _save_to(self, path: str | None) -> bool:
        try:
            saved = self.session.save(path)
        except StorageError as exc:
            self._warn(self.tr("The report was not saved"), str(exc))
            return False
        settings.remember_draft(saved)
        self.statusBar().showMessage(self.tr("Saved to {path}").format(path=path_text(saved)), 5000)
        return True

    def sign_report(self) -> None:
        """Open the Sign dialog: validate, choose the key, write the signed files."""
        from nationalreport.ui.sign_dialog import SignDialog

        self.session.feedback.run_pending()
        dialog = SignDialog(self.session, self)
        dialog.review_requested.connect(self.show_review)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.sign_dialog = dialog
        dialog.open()

    def verify_file(self, path: str = "") -> None:
        """Open the Verify view, on ``path`` if given."""
        from nationalreport.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self, path)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
        if path:
            dialog.start()

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True if the report may be closed."""
        if not self.session.dirty:
            return True
        answer = dialogs.ask(self, Prompt(
            Kind.QUESTION, self.tr("Unsaved changes"),
            self.tr("The report has changes that are not saved. Save them before closing?"),
            choices=(("save", self.tr("Save")), ("discard", self.tr("Close without saving")),
                     ("cancel", self.tr("Cancel"))),
            default="save", escape="cancel"))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def open_draft(self) -> None:
        folder = str(self.session.path.parent) if self.session.path else ""
        path = dialogs.ask(self, Prompt(
            Kind.OPEN_FILE, self.tr("Open a draft report"), "",
            file_filter=self.tr("Drafts (*.json);;All files (*)"), path=folder))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open another draft in this window (after asking about unsaved changes)."""
        if self.session.path and os.path.abspath(path) == os.path.abspath(self.session.path):
            return True
        if not self.confirm_close():
            return False
        try:
            session = Session.open(path)
        except StorageError as exc:
            self._warn(self.tr("The draft cannot be opened"), str(exc))
            return False
        settings.remember_draft(path)
        self.replace_session(session)
        return True

    def replace_session(self, session: Session) -> None:
        old = self.session
        old.close()
        old_central = self.centralWidget()
        self._install(session)
        if old_central is not None:
            old_central.deleteLater()
        old.deleteLater()

    def new_report(self) -> None:
        if self.start_again is None or not self.confirm_close():
            return
        self._closing_confirmed = True
        self.start_again()
        self.close()

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._closing_confirmed and not self.confirm_close():
            event.ignore()
            return
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        store.sync()
        self.session.close()
        event.accept()
