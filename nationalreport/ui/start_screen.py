"""The first window: start a new report, open a draft, or recover unsaved work.

A new report needs the State (searchable by name among the UN Member and observer
States), the cycle and the report language; a report can also start from a previous
one, its answers copied and marked for confirmation. When the journal holds work a
session never saved (a crash, a power cut), that comes first, saying when it was
last kept safe. The language of the window can be chosen here before anything else
(it is the report's language that decides the language of the PDF).
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nationalreport.formats import REPORT_LANGUAGES
from nationalreport.report import Report, ReportError, get_state, states_by_name
from nationalreport.storage import Journal, JournalEntry, StorageError, load_draft
from nationalreport.ui import dialogs, language, settings, style
from nationalreport.ui.delegates import LinesDelegate, text_height
from nationalreport.ui.dialogs import Kind, Prompt
from nationalreport.ui.session import Session
from nationalreport.ui.signals import emit
from nationalreport.ui.wording import describe, lines, path_text

#: Each language's name in itself, as a chooser shows it.
LANGUAGE_NAMES = language.NAMES
ENTRY = Qt.ItemDataRole.UserRole


def default_cycle() -> int:
    """This year if even, else the next: national reports fall due in even years."""
    year = datetime.date.today().year
    return year if year % 2 == 0 else year + 1


class StartScreen(QWidget):
    """Choose what to work on."""

    #: A report is ready to be edited (a ``Session``).
    session_ready = Signal(object)

    def __init__(self, journal: Journal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal or Journal()
        self.language = language.current()
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self._build()
        self.resize(1000, 620)

    def _build(self) -> None:
        """Every part of the screen, in the interface language."""
        self.setWindowTitle(self.tr("National report on small arms and light weapons"))
        content = QWidget(self.scroller)
        title = QLabel(self.tr("National report on the Programme of Action on small arms "
                               "and light weapons and the International Tracing Instrument"),
                       content)
        style.set_property(title, "role", "section-title")
        title.setWordWrap(True)
        self.interface_language = QComboBox(content)
        for code in language.LANGUAGES:
            self.interface_language.addItem(language.NAMES[code], code)
        self.interface_language.setCurrentIndex(self.interface_language.findData(self.language))
        self.interface_language.setAccessibleName(self.tr("Language of the window"))
        self.interface_language.activated.connect(
            lambda index: self.change_language(str(self.interface_language.itemData(index))))
        chooser_label = QLabel(self.tr("Language of the &window:"), content)
        chooser_label.setBuddy(self.interface_language)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(title, 1)
        top.addWidget(chooser_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.interface_language, 0, Qt.AlignmentFlag.AlignTop)

        self.recovery = self._recovery_box()
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._new_box(), 1)
        columns.addWidget(self._open_box(), 1)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.recovery)
        layout.addLayout(columns, 1)
        # the old content may be handling the very key that changed the language: it
        # goes once that is done (setWidget would delete it at once)
        old = self.scroller.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.scroller.setWidget(content)
        self.refresh()

    # ------------------------------------------------------------ language

    def change_language(self, code: str) -> None:
        """The official chose another language for the window: show this screen in it."""
        language.choose(code)
        if self.language != language.current():
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.LanguageChange
                and self.language != language.current()):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Build the screen again in the interface language, keeping what was chosen."""
        chooser_had_focus = self.focusWidget() is self.interface_language
        state_code = self.chosen_state()
        state_text = self.state.currentText()
        cycle = self.cycle.value()
        report_language = self.report_language.currentData()
        self.language = language.current()
        self._build()
        if state_code is not None:
            self.state.setCurrentIndex(self.state.findData(state_code))
        else:
            self.state.setEditText(state_text)
        self.cycle.setValue(cycle)
        self.report_language.setCurrentIndex(max(self.report_language.findData(report_language),
                                                 0))
        if chooser_had_focus:
            self.interface_language.setFocus()

    # ------------------------------------------------------------ building

    def _recovery_box(self) -> QFrame:
        box = style.Frame(self)
        style.set_property(box, "role", "banner")
        self.recovery_label = QLabel(box)
        self.recovery_label.setWordWrap(True)
        self.recovery_list = QListWidget(box)
        self.recovery_list.setAccessibleName(self.tr("Unsaved work found"))
        self.recovery_list.setWordWrap(True)
        self.recovery_list.setItemDelegate(LinesDelegate(self.recovery_list))
        self.recover_button = QPushButton(self.tr("&Recover"), box)
        self.discard_button = QPushButton(self.tr("&Discard…"), box)
        self.recover_button.clicked.connect(self.recover_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.recovery_list.itemActivated.connect(lambda _item: self.recover_selected())
        buttons = QVBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.recovery_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(box)
        layout.addWidget(self.recovery_label)
        layout.addLayout(row)
        return box

    def _new_box(self) -> QGroupBox:
        box = style.GroupBox(self.tr("Start a new report"), self)
        self.state = QComboBox(box)
        self.state.setEditable(True)
        self.state.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state.setMaxVisibleItems(15)
        for state in states_by_name(self.language):
            self.state.addItem(state.name(self.language), state.code)
        completer = QCompleter(self.state.model(), self.state)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.state.setCompleter(completer)
        self.state.setCurrentIndex(-1)
        line = self.state.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search, e.g. Kenya"))
        remembered = settings.settings().value("new/state")
        if isinstance(remembered, str) and remembered:
            self.state.setCurrentIndex(self.state.findData(remembered))
        self.state.setAccessibleName(self.tr("State"))
        self.cycle = QSpinBox(box)
        self.cycle.setRange(2000, 2100)
        self.cycle.setValue(default_cycle())
        self.cycle.setAccessibleName(self.tr("Reporting cycle (year)"))
        self.report_language = QComboBox(box)
        for code in REPORT_LANGUAGES:
            self.report_language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.report_language.setAccessibleName(self.tr("Language of the report"))
        self.create_button = QPushButton(self.tr("&Create the report"), box)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_report)
        self.previous_button = QPushButton(self.tr("Start from a &previous report…"), box)
        self.previous_button.clicked.connect(self.start_from_previous)
        note = QLabel(self.tr("Starting from a previous report copies its answers into the "
                              "cycle above; each is marked for you to confirm."), box)
        note.setWordWrap(True)
        style.set_property(note, "role", "muted")
        form = QFormLayout(box)
        form.addRow(self.tr("&State:"), self.state)
        form.addRow(self.tr("C&ycle (year):"), self.cycle)
        form.addRow(self.tr("&Language of the report:"), self.report_language)
        form.addRow(self.create_button)
        form.addRow(self.previous_button)
        form.addRow(note)
        return box

    def _open_box(self) -> QGroupBox:
        box = style.GroupBox(self.tr("Continue a report"), self)
        label = QLabel(self.tr("Recent dra&fts:"), box)
        self.recent = QListWidget(box)
        self.recent.setAccessibleName(self.tr("Recent drafts"))
        self.recent.setItemDelegate(LinesDelegate(self.recent))
        label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: self.open_path(item.data(ENTRY)))
        self.open_recent_button = QPushButton(self.tr("Open the selected draft"), box)
        self.open_recent_button.clicked.connect(self._open_selected_recent)
        self.open_button = QPushButton(self.tr("&Open another draft…"), box)
        self.open_button.clicked.connect(self.choose_draft)
        self.no_recent = QLabel(self.tr("No drafts opened yet. Create a report, or open a "
                                        "draft someone sent you."), box)
        self.no_recent.setWordWrap(True)
        style.set_property(self.no_recent, "role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_recent_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addWidget(self.no_recent)
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)
        return box

    def refresh(self) -> None:
        """Show the unsaved work found and the recent drafts."""
        entries = self.journal.entries()
        self.recovery_list.clear()
        for entry in entries:
            item = QListWidgetItem(self.describe_entry(entry))
            item.setData(ENTRY, entry.key)
            self.recovery_list.addItem(item)
        self.entries = {entry.key: entry for entry in entries}
        if entries:
            self.recovery_label.setText(self.tr(
                "<b>Unsaved work was found.</b> The program was closed before these changes "
                "were saved. Recover them to continue where you stopped."))
            self.recovery_list.setCurrentRow(0)
        self.recovery.setVisible(bool(entries))
        # room for up to three entries, each as tall as its script's fonts make it
        shown = [self.recovery_list.item(i) for i in range(min(len(entries), 3))]
        texts = [item.text() for item in shown if item is not None] or ["Ag\nAg"]
        height = sum(text_height(text, self.recovery_list.font(), 10_000) for text in texts)
        self.recovery_list.setFixedHeight(math.ceil(height) + 6 * len(texts) + 6)
        self.recent.clear()
        for path in settings.recent_drafts():
            item = QListWidgetItem(lines(path_text(Path(path).name),
                                         path_text(Path(path).parent)))
            item.setData(ENTRY, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.open_recent_button.setEnabled(bool(self.recent.count()))
        self.no_recent.setVisible(not self.recent.count())

    def describe_entry(self, entry: JournalEntry) -> str:
        state = get_state(entry.state)
        name = state.name(self.language) if state else entry.state
        where = (path_text(entry.draft_path) if entry.draft_path
                 else self.tr("a new report, never saved to a file"))
        return self.tr("{state}, cycle {cycle}: last kept safe {when}\n{where}").format(
            state=name, cycle=entry.cycle, when=describe(entry.recorded), where=where)

    # ------------------------------------------------------------ actions

    def _warn(self, title: str, text: str) -> None:
        dialogs.ask(self, Prompt(Kind.WARNING, title, text))

    def _ready(self, session: Session) -> None:
        emit(self.session_ready, session)

    def chosen_state(self) -> str | None:
        index = self.state.findText(self.state.currentText().strip(),
                                    Qt.MatchFlag.MatchFixedString)
        data = self.state.itemData(index) if index >= 0 else None
        return str(data) if data else None

    def create_report(self) -> None:
        code = self.chosen_state()
        if code is None:
            self._warn(self.tr("Choose a State"), self.tr(
                "Type the name of your State and choose it from the list."))
            self.state.setFocus()
            return
        try:
            report = Report.new(code, self.cycle.value(), self.report_language.currentData())
        except ReportError as exc:
            self._warn(self.tr("The report cannot be created"), str(exc))
            return
        settings.settings().setValue("new/state", code)
        self._ready(Session(report))

    def choose_draft(self) -> None:
        path = dialogs.ask(self, Prompt(Kind.OPEN_FILE, self.tr("Open a draft report"), "",
                                        file_filter=self.tr("Drafts (*.json);;All files (*)")))
        if path:
            self.open_path(path)

    def _open_selected_recent(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.open_path(item.data(ENTRY))

    def open_path(self, path: str) -> None:
        try:
            session = Session.open(path)
        except StorageError as exc:
            self._warn(self.tr("The draft cannot be opened"), str(exc))
            return
        settings.remember_draft(path)
        self._ready(session)

    def start_from_previous(self) -> None:
        path = dialogs.ask(self, Prompt(
            Kind.OPEN_FILE, self.tr("Choose the previous report"), "",
            file_filter=self.tr("Reports and drafts (*.json);;All files (*)")))
        if not path:
            return
        try:
            previous = load_draft(path)
            report = previous.carried_forward(self.cycle.value())
        except (StorageError, ReportError) as exc:
            self._warn(self.tr("The previous report cannot be used"), str(exc))
            return
        session = Session(report)
        session.mark_unsaved()
        self._ready(session)

    def _selected_entry(self) -> JournalEntry | None:
        item = self.recovery_list.currentItem()
        return self.entries.get(item.data(ENTRY)) if item is not None else None

    def recover_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        try:
            session = Session.recover(entry, self.journal)
        except StorageError as exc:
            self._warn(self.tr("The unsaved work cannot be recovered"), str(exc))
            return
        self._ready(session)

    def discard_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        answer = dialogs.ask(self, Prompt(
            Kind.QUESTION, self.tr("Discard the unsaved work?"),
            self.tr("The changes to {entry} will be lost. This cannot be undone.").format(
                entry=self.describe_entry(entry)),
            choices=(("discard", self.tr("Discard the changes")), ("keep", self.tr("Keep them"))),
            default="keep", escape="keep"))
        if answer == "discard":
            self.journal.discard(entry.key)
            self.refresh()
