"""The Sign dialog: what will be signed, with which key, and the signed files.

The official sees first what is about to be signed (State, cycle, language, how
much is answered, the files that will be written) and what validation says:
errors stop signing and point to the review page; advisories are listed and do
not. Then the key: a certificate file (.p12 / .pfx) and its passphrase, a smart
card or USB token (PKCS#11 library, token label, PIN), or the signing identity
created on this computer (with a button to create one). Secrets live only in the
password fields and in the key source handed to the signing thread; they are
never remembered, and the fields are emptied once the key has been used.
Signing itself is ``nationalreport.signing.sign``, run by a ``Job`` so that the
window keeps painting.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nationalreport.report import Report, get_state
from nationalreport.signing import (
    CreatedIdentity,
    Identity,
    KeySource,
    Pkcs11Token,
    Pkcs12File,
    SignedFiles,
    SigningError,
    WrongPassphrase,
    WrongPin,
    list_identities,
)
from nationalreport.signing.package import file_names
from nationalreport.signing.report_signing import default_reason
from nationalreport.signing.submission import stem
from nationalreport.storage import StorageError
from nationalreport.ui import dialogs, language, settings, style, wording
from nationalreport.ui.background import JobDialog
from nationalreport.ui.dialogs import Kind, Prompt
from nationalreport.ui.signals import emit

if TYPE_CHECKING:
    from nationalreport.ui.session import Session
    from nationalreport.validation import Problem


class Source(StrEnum):
    """Where the signing key comes from."""

    FILE = "file"
    TOKEN = "token"
    IDENTITY = "identity"


#: What the dialog remembers between uses (never a passphrase or a PIN).
REMEMBERED = {"source": "signing/source", "p12": "signing/p12", "library": "signing/library",
              "token": "signing/token", "folder": "signing/folder"}


def secret_field(parent: QWidget, accessible: str) -> QLineEdit:
    """A password field: the text is hidden, and not offered to the clipboard."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def path_row(parent: QWidget, edit: QWidget, button: QPushButton) -> QWidget:
    """A path field with its "Choose…" button beside it."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return holder


def failure_text(error: BaseException) -> str:
    """One plain sentence for anything signing, verifying or creating a key can raise."""
    if isinstance(error, SigningError | StorageError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return QCoreApplication.translate(
            "signing", "A file could not be read or written{where}: {reason}.").format(
            where=where, reason=error.strerror or type(error).__name__)
    return QCoreApplication.translate(
        "signing", "The work stopped on an unexpected problem ({kind}); nothing was changed."
    ).format(kind=type(error).__name__)


class SignDialog(JobDialog):
    """Sign the open report and write the signed PDF, the JSON and its .p7s."""

    #: The official asked to see the errors on the review page.
    review_requested = Signal()
    #: Signing finished and wrote these files.
    signed = Signal(object)
    #: Signing failed with this message (after the dialog showed it).
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signed_files: SignedFiles | None = None
        self.setWindowTitle(self.tr("Sign and export the report"))
        self.setModal(True)
        self.setMinimumWidth(760)
        self.problems: list[Problem] = session.feedback.reveal()
        self.errors = [p for p in self.problems if p.is_error]
        self.advisories = [p for p in self.problems if not p.is_error]
        report = session.report
        self.names = file_names(stem(report.state, report.cycle))
        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._what_box(report))
        layout.addWidget(self._problems_box())
        self.key_box = self._key_box()
        layout.addWidget(self.key_box)
        self.output_box = self._output_box(report)
        layout.addWidget(self.output_box)
        self.clock_note = QLabel(self.tr(
            "The signing time is taken from this computer's clock; the signature does not "
            "prove it. A trusted timestamp can be added later, when a connection is available "
            "(nationalreport timestamp)."), self)
        self.clock_note.setWordWrap(True)
        style.set_property(self.clock_note, "role", "muted")
        layout.addWidget(self.clock_note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Signing"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.done_box = self._done_box()
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.content)
        self.scroller = scroller
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("&Sign"), self)
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.start_signing)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroller, 1)
        outer.addLayout(buttons)
        self._restore()
        self._update()
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """As tall as the content, but never taller than the screen (it scrolls instead)."""
        self.content.adjustSize()
        wanted = self.content.sizeHint().height() + self.close_button.sizeHint().height() + 48
        screen = self.screen().availableGeometry()
        self.resize(max(self.width(), self.minimumWidth()),
                    min(wanted, int(screen.height() * 0.9)))

    # ------------------------------------------------------------ building

    def _what_box(self, report: Report) -> QGroupBox:
        box = style.GroupBox(self.tr("What will be signed"), self)
        lang = language.current()
        known = get_state(report.state)
        state = known.name(lang) if known else report.state_name
        skipped = report.skipped()
        applicable = [n for n in report.template.numbers if n not in skipped]
        summary = QLabel(self.tr(
            "The national report of {state} for {cycle}, in {language}: {answered} of "
            "{total} questions answered.").format(
            state=state, cycle=report.cycle,
            language=language.NAMES.get(report.language, report.language),
            answered=wording.number(report.answered_count(applicable)),
            total=wording.number(len(applicable))), box)
        summary.setWordWrap(True)
        files = QLabel(self.tr("Files to be written: {files}").format(
            files=", ".join(wording.left_to_right(n) for n in self.names.values())), box)
        files.setWordWrap(True)
        style.set_property(files, "role", "muted")
        self.summary, self.files = summary, files
        column = QVBoxLayout(box)
        column.addWidget(summary)
        column.addWidget(files)
        return box

    def _problems_box(self) -> QGroupBox:
        box = style.GroupBox(self.tr("Validation"), self)
        column = QVBoxLayout(box)
        self.validation = QLabel(box)
        self.validation.setWordWrap(True)
        column.addWidget(self.validation)
        self.review_button = QPushButton(self.tr("Show the errors on the review page"), box)
        self.review_button.clicked.connect(self._review)
        self.advisory_list = QListWidget(box)
        self.advisory_list.setAccessibleName(self.tr("Advisory notes"))
        self.advisory_list.setWordWrap(True)
        self.advisory_list.setMaximumHeight(110)
        for problem in self.advisories:
            self.advisory_list.addItem(self.tr("{number} {problem}").format(
                number=wording.left_to_right(problem.question or ""),
                problem=problem.message))
        column.addWidget(self.review_button)
        column.addWidget(self.advisory_list)
        if self.errors:
            self.validation.setText(self.tr(
                "The report has %n error(s). Correct them before signing: nothing can be "
                "signed while an error remains.", "", len(self.errors)))
            style.set_property(self.validation, "severity", "error")
            self.advisory_list.hide()
        elif self.advisories:
            self.validation.setText(self.tr(
                "No errors. %n advisory note(s) remain: they do not stop signing, and they "
                "will be listed with the signed files.", "", len(self.advisories)))
            style.set_property(self.validation, "severity", "advisory")
            self.review_button.hide()
        else:
            self.validation.setText(self.tr("No errors and no advisory notes."))
            self.review_button.hide()
            self.advisory_list.hide()
        return box

    def _key_box(self) -> QGroupBox:
        box = style.GroupBox(self.tr("Signing key"), self)
        column = QVBoxLayout(box)
        self.source_buttons = QButtonGroup(box)
        self.source_radio: dict[Source, QRadioButton] = {}
        labels = {Source.FILE: self.tr("A certificate &file (.p12 or .pfx)"),
                  Source.TOKEN: self.tr("A smart card or USB &token"),
                  Source.IDENTITY: self.tr("My signing &identity, created on this computer")}
        choices = QHBoxLayout()
        for source, label in labels.items():
            radio = QRadioButton(label, box)
            self.source_buttons.addButton(radio)
            self.source_radio[source] = radio
            radio.toggled.connect(
                lambda on, source=source: self._show_source(source) if on else None)
            choices.addWidget(radio)
        choices.addStretch(1)
        column.addLayout(choices)
        self.source_stack = QStackedWidget(box)
        self.source_pages = {Source.FILE: self._file_page(), Source.TOKEN: self._token_page(),
                             Source.IDENTITY: self._identity_page()}
        for page in self.source_pages.values():
            self.source_stack.addWidget(page)
        column.addWidget(self.source_stack)
        return box

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.p12_path = QLineEdit(page)
        self.p12_path.setAccessibleName(self.tr("Certificate file"))
        self.p12_path.textChanged.connect(self._update)
        choose = QPushButton(self.tr("Choose…"), page)
        choose.clicked.connect(self._choose_p12)
        self.p12_passphrase = secret_field(page, self.tr("Passphrase of the certificate file"))
        form.addRow(self.tr("Certificate file:"), path_row(page, self.p12_path, choose))
        form.addRow(self.tr("Passphrase:"), self.p12_passphrase)
        return page

    def _token_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.library = QLineEdit(page)
        self.library.setAccessibleName(self.tr("PKCS#11 library of the card or token"))
        self.library.setPlaceholderText(self.tr("the driver file its maker supplies (.dll or .so)"))
        self.library.textChanged.connect(self._update)
        choose = QPushButton(self.tr("Choose…"), page)
        choose.clicked.connect(self._choose_library)
        self.token_label = QLineEdit(page)
        self.token_label.setAccessibleName(self.tr("Token label"))
        self.token_label.textChanged.connect(self._update)
        self.pin = secret_field(page, self.tr("PIN of the card or token"))
        form.addRow(self.tr("PKCS#11 library:"), path_row(page, self.library, choose))
        form.addRow(self.tr("Token label:"), self.token_label)
        form.addRow(self.tr("PIN:"), self.pin)
        return page

    def _identity_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.identity = QComboBox(page)
        self.identity.setAccessibleName(self.tr("Signing identity"))
        self.identity.currentIndexChanged.connect(self._update)
        create = QPushButton(self.tr("&Create a signing identity…"), page)
        create.clicked.connect(self.create_identity)
        self.create_button = create
        self.identity_passphrase = secret_field(page, self.tr("Passphrase of the identity"))
        self.fingerprint = QLabel(page)
        self.fingerprint.setMinimumHeight(2 * self.fingerprint.fontMetrics().lineSpacing() + 4)
        style.set_property(self.fingerprint, "role", "muted")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.identity.setMinimumContentsLength(30)
        form.addRow(self.tr("Identity:"), path_row(page, self.identity, create))
        form.addRow(self.tr("Passphrase:"), self.identity_passphrase)
        form.addRow("", self.fingerprint)
        self.fill_identities()
        return page

    def _output_box(self, report: Report) -> QGroupBox:
        box = style.GroupBox(self.tr("Where to write the signed files"), self)
        form = QFormLayout(box)
        self.folder = QLineEdit(box)
        self.folder.setAccessibleName(self.tr("Folder for the signed files"))
        self.folder.textChanged.connect(self._update)
        choose = QPushButton(self.tr("Choose…"), box)
        choose.clicked.connect(self._choose_folder)
        self.reason = QLineEdit(default_reason(report), box)
        self.reason.setAccessibleName(self.tr("Reason for signing"))
        form.addRow(self.tr("Folder:"), path_row(box, self.folder, choose))
        form.addRow(self.tr("Reason:"), self.reason)
        return box

    def _done_box(self) -> QGroupBox:
        box = style.GroupBox(self.tr("Signed"), self)
        column = QVBoxLayout(box)
        self.done_text = QLabel(box)
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.done_text)
        self.written = QListWidget(box)
        self.written.setAccessibleName(self.tr("Files written"))
        column.addWidget(self.written)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify the signed PDF…"), box)
        self.verify_button.clicked.connect(self.verify_result)
        self.open_folder_button = QPushButton(self.tr("&Open the folder"), box)
        self.open_folder_button.clicked.connect(self._open_folder)
        row.addWidget(self.verify_button)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        column.addLayout(row)
        box.hide()
        return box

    # ------------------------------------------------------------ state

    def _restore(self) -> None:
        store = settings.settings()
        self.p12_path.setText(str(store.value(REMEMBERED["p12"]) or ""))
        self.library.setText(str(store.value(REMEMBERED["library"]) or ""))
        self.token_label.setText(str(store.value(REMEMBERED["token"]) or ""))
        self.folder.setText(str(store.value(REMEMBERED["folder"]) or self._default_folder()))
        saved = str(store.value(REMEMBERED["source"]) or "")
        source = (Source(saved) if saved in set(Source)
                  else Source.IDENTITY if self.identity.count() else Source.FILE)
        self.source_radio[source].setChecked(True)
        self._show_source(source)

    def _remember(self) -> None:
        store = settings.settings()
        store.setValue(REMEMBERED["source"], self.source().value)
        store.setValue(REMEMBERED["p12"], self.p12_path.text().strip())
        store.setValue(REMEMBERED["library"], self.library.text().strip())
        store.setValue(REMEMBERED["token"], self.token_label.text().strip())
        store.setValue(REMEMBERED["folder"], self.folder.text().strip())
        store.sync()

    def _default_folder(self) -> str:
        path = self.session.path
        base = (str(path.parent) if path is not None else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        report = self.session.report
        return os.path.join(base, f"{stem(report.state, report.cycle)}-signed")

    def source(self) -> Source:
        for source, radio in self.source_radio.items():
            if radio.isChecked():
                return source
        return Source.FILE

    def _show_source(self, source: Source) -> None:
        self.source_stack.setCurrentWidget(self.source_pages[source])
        self._update()

    def fill_identities(self, select: CreatedIdentity | None = None) -> None:
        """List the identities created on this computer, newest first."""
        self.identities = list_identities()
        self.identity.blockSignals(True)
        self.identity.clear()
        for found in self.identities:
            self.identity.addItem(self.tr("{who} (created {when})").format(
                who=found.info.who, when=wording.describe(
                    found.info.not_before.strftime("%Y-%m-%dT%H:%M:%SZ"))))
        if select is not None:
            chosen = next((i for i, f in enumerate(self.identities) if f.path == select.path), 0)
            self.identity.setCurrentIndex(chosen)
        self.identity.blockSignals(False)
        self._update()

    def chosen_identity(self) -> CreatedIdentity | None:
        index = self.identity.currentIndex()
        return self.identities[index] if 0 <= index < len(self.identities) else None

    def _update(self) -> None:
        """Enable Sign when everything it needs is there; show the identity's fingerprint."""
        if not hasattr(self, "sign_button"):
            return
        identity = self.chosen_identity()
        self.fingerprint.setText(
            self.tr("Certificate fingerprint (SHA-256):") + "\n"
            + wording.left_to_right(identity.fingerprint) if identity else
            self.tr("No signing identity has been created on this computer yet."))
        source = self.source()
        ready = {
            Source.FILE: bool(self.p12_path.text().strip()),
            Source.TOKEN: bool(self.library.text().strip() and self.token_label.text().strip()),
            Source.IDENTITY: identity is not None,
        }[source]
        working = self.job is not None
        self.sign_button.setEnabled(ready and not self.errors and not working
                                    and bool(self.folder.text().strip())
                                    and self.signed_files is None)
        for widget in (self.key_box, self.output_box):
            widget.setEnabled(not working and self.signed_files is None)

    # ------------------------------------------------------------ choosing files

    def _choose_p12(self) -> None:
        path = dialogs.ask(self, Prompt(
            Kind.OPEN_FILE, self.tr("Choose the certificate file"), "",
            file_filter=self.tr("Certificate files (*.p12 *.pfx);;All files (*)"),
            path=self.p12_path.text()))
        if path:
            self.p12_path.setText(path)
            self.p12_passphrase.setFocus()

    def _choose_library(self) -> None:
        path = dialogs.ask(self, Prompt(
            Kind.OPEN_FILE, self.tr("Choose the PKCS#11 library of the card or token"), "",
            file_filter=self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"),
            path=self.library.text()))
        if path:
            self.library.setText(path)
            self.token_label.setFocus()

    def _choose_folder(self) -> None:
        path = dialogs.ask(self, Prompt(
            Kind.FOLDER, self.tr("Choose the folder for the signed files"), "",
            path=self.folder.text()))
        if path:
            self.folder.setText(path)

    def _review(self) -> None:
        emit(self.review_requested)
        self.reject()

    # ------------------------------------------------------------ signing

    def key_source(self) -> KeySource:
        """The key source from the fields (it holds the secret until signing is over)."""
        source = self.source()
        if source is Source.FILE:
            return Pkcs12File(Path(self.p12_path.text().strip()), self.p12_passphrase.text())
        if source is Source.TOKEN:
            return Pkcs11Token(self.library.text().strip(), self.token_label.text().strip(),
                               self.pin.text())
        identity = self.chosen_identity()
        return Identity(self.identity_passphrase.text(),
                        identity.path if identity is not None else None)

    def start_signing(self) -> None:
        """Sign in the background; the dialog shows progress, then the outcome."""
        if self.job is not None or not self.sign_button.isEnabled():
            return
        from nationalreport.signing import sign

        report = self.session.report
        snapshot = Report.from_document(report.to_draft(), report.template)
        folder = Path(self.folder.text().strip())
        reason = self.reason.text().strip() or default_reason(report)
        source = self.key_source()
        problems = list(self.problems)
        self._remember()
        self.message.hide()
        self.busy.show()
        self.start_job(lambda: sign(snapshot, folder, source, reason, problems=problems),
                       self._finished)
        self._update()

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self.busy.hide()
        if error is not None or not isinstance(result, SignedFiles):
            self._show_failure(error)
            return
        self.signed_files = result
        for secret in (self.p12_passphrase, self.pin, self.identity_passphrase):
            secret.clear()
        self._show_done(result)
        self._update()
        emit(self.signed, result)

    def _show_failure(self, error: BaseException | None) -> None:
        text = failure_text(error) if error is not None else self.tr("Nothing was signed.")
        self.message.setText(text)
        style.set_property(self.message, "severity", "error")
        self.message.show()
        self._update()
        secret = {Source.FILE: self.p12_passphrase, Source.TOKEN: self.pin,
                  Source.IDENTITY: self.identity_passphrase}[self.source()]
        if isinstance(error, WrongPassphrase | WrongPin):
            secret.clear()
            secret.setFocus()
        emit(self.failed, text)

    def _show_done(self, result: SignedFiles) -> None:
        lines = [
            self.tr("The report is signed by {who}.").format(who=result.signer.who),
            self.tr("Certificate fingerprint (SHA-256):"),
            wording.left_to_right(result.signer.fingerprint),
        ]
        if result.signer.self_signed:
            lines.append(self.tr(
                "This certificate is self-signed: send its fingerprint to the recipient by "
                "telephone or letter, so that they can confirm the signature is yours."))
        if result.advisories:
            lines.append(self.tr("Signed with %n advisory note(s) still open.", "",
                                 len(result.advisories)))
        lines.append(self.tr("Written in {folder}:").format(
            folder=wording.path_text(result.pdf.parent)))
        self.done_text.setText("\n".join(lines))
        self.written.clear()
        for path in (result.pdf, result.json, result.p7s, result.howto):
            self.written.addItem(path.name)
        rows = self.written.sizeHintForRow(0) * self.written.count()
        self.written.setFixedHeight(rows + 2 * self.written.frameWidth() + 4)
        self.done_box.show()
        for part in (self.key_box, self.output_box, self.clock_note):
            part.hide()
        self.sign_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.fit_to_screen()
        self.verify_button.setFocus()

    def verify_result(self) -> None:
        """Check the signed PDF at once, as its recipient will."""
        if self.signed_files is None:
            return
        from nationalreport.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self, str(self.signed_files.pdf))
        self.verify_dialog = dialog
        dialog.open()
        dialog.start()

    def _open_folder(self) -> None:
        if self.signed_files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.signed_files.pdf.parent)))

    # ------------------------------------------------------------ identity

    def create_identity(self) -> None:
        from nationalreport.ui.identity_dialog import IdentityDialog

        dialog = IdentityDialog(self.session.report.state, self)
        dialog.created.connect(self._identity_created)
        self.identity_dialog = dialog
        dialog.open()

    def _identity_created(self, created: CreatedIdentity) -> None:
        self.fill_identities(select=created)
        self.source_radio[Source.IDENTITY].setChecked(True)
        self.identity_passphrase.setFocus()

    # ------------------------------------------------------------ closing

