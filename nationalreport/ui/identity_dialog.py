"""Create a signing identity, for an official who has no certificate.

The program makes a key and a self-signed certificate in the official's name and
organisation (``nationalreport.signing.create_identity``), kept encrypted under a
passphrase the official types twice. What makes such a certificate worth trusting
is that the recipient confirms its fingerprint by telephone or letter, so the
dialog ends by showing the fingerprint, in groups of four, and where the
certificate file to send is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nationalreport.signing import CreatedIdentity, create_identity
from nationalreport.signing.identity import MIN_PASSPHRASE
from nationalreport.ui import style, wording
from nationalreport.ui.background import JobDialog
from nationalreport.ui.sign_dialog import failure_text, secret_field
from nationalreport.ui.signals import emit


class IdentityDialog(JobDialog):
    """Name, organisation and passphrase in; an encrypted key and its fingerprint out."""

    #: The identity was created and saved.
    created = Signal(object)

    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.identity: CreatedIdentity | None = None
        self.setWindowTitle(self.tr("Create a signing identity"))
        self.setModal(True)
        intro = QLabel(self.tr(
            "For an official who has no certificate from their government: the program makes "
            "a signing key and a certificate in your name, kept on this computer and locked "
            "with a passphrase. Choose a passphrase you will remember; it cannot be "
            "recovered."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Full name"))
        self.organization = QLineEdit(self)
        self.organization.setAccessibleName(self.tr("Organisation"))
        self.passphrase = secret_field(self, self.tr("Passphrase"))
        self.repeat = secret_field(self, self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.name)
        form.addRow(self.tr("Organisation (ministry or agency):"), self.organization)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.repeat)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.result_text = QLabel(self)
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_text.hide()
        self.create_button = QPushButton(self.tr("C&reate"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.result_text)
        layout.addLayout(buttons)
        self.name.setFocus()

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        style.set_property(self.message, "severity", "error")
        self.message.show()

    def start(self) -> None:
        """Check the fields, then make the key in the background (a second or two)."""
        if self.job is not None or self.identity is not None:
            return
        if self.passphrase.text() != self.repeat.text():
            self.repeat.clear()
            self.repeat.setFocus()
            self._fail(self.tr("The two passphrases differ; type the passphrase again."))
            return
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.passphrase.setFocus()
            self._fail(self.tr("Choose a passphrase of at least %n characters.", "",
                               MIN_PASSPHRASE))
            return
        name, organization = self.name.text(), self.organization.text()
        passphrase, state = self.passphrase.text(), self.state
        self.message.hide()
        self.busy.show()
        self.create_button.setEnabled(False)
        self.start_job(lambda: create_identity(name, organization, state, passphrase),
                       self._finished)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        if error is not None or not isinstance(result, CreatedIdentity):
            self._fail(failure_text(error) if error else self.tr("No identity was created."))
            return
        self.identity = result
        for secret in (self.passphrase, self.repeat):
            secret.clear()
        for field in (self.name, self.organization, self.passphrase, self.repeat):
            field.setEnabled(False)
        self.result_text.setText("\n".join([
            self.tr("Your signing identity is ready."),
            self.tr("Certificate fingerprint (SHA-256):"),
            wording.left_to_right(result.fingerprint),
            self.tr("Read this fingerprint to the recipient by telephone, or send it by "
                    "letter, so that they can confirm your signature. The certificate to send "
                    "them is {path}.").format(path=wording.path_text(result.certificate_path)),
        ]))
        self.result_text.show()
        self.create_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        emit(self.created, result)

