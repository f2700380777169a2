"""The Verify view: open a signed PDF or JSON and read, in plain words, what its signature says.

It is the check the recipient makes, offered to the sender too: whether the file
is unchanged since it was signed, who signed it and with which certificate, when
(the signer's clock, unless a trusted timestamp says better), and whether the
signer is trusted: by the root certificates the official gives, or, for a
self-signed identity, by comparing the fingerprint read out by telephone. The
verdict comes first, in a sentence with an icon; the checks follow as a list;
the full report of ``nationalreport.signing.verify`` (the same text as the
command line's) is one click away.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nationalreport.signing import SignatureCheck, VerifyResult
from nationalreport.signing.result import TRUSTED, UNTRUSTED
from nationalreport.ui import dialogs, icons, language, settings, style, wording
from nationalreport.ui.background import JobDialog
from nationalreport.ui.dialogs import Kind, Prompt
from nationalreport.ui.sign_dialog import failure_text, path_row
from nationalreport.ui.signals import emit

TRUST_SETTING = "verify/trust"

#: The outcome of a check, for the look of the verdict and its icon.
GOOD, DOUBT, BAD = "good", "doubt", "bad"


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _day(moment: dt.datetime) -> str:
    return format_date(moment.date(), "long",
                       locale=language.LOCALES.get(language.current(), "en_GB"))


class VerifyDialog(JobDialog):
    """Check one signed file and show what was found."""

    #: Verification finished: the ``VerifyResult``, or ``None`` when the file could not be read.
    verified = Signal(object)

    def __init__(self, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.found: VerifyResult | None = None
        self.outcome = ""
        self.setWindowTitle(self.tr("Verify a signed file"))
        self.resize(720, 560)
        self.path = QLineEdit(path, self)
        self.path.setAccessibleName(self.tr("Signed file to verify"))
        self.path.textChanged.connect(self._update)
        self.path.returnPressed.connect(self.start)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_file)
        self.choose_button = choose
        self.trust = QLineEdit(str(settings.settings().value(TRUST_SETTING) or ""), self)
        self.trust.setAccessibleName(self.tr("Trusted root certificate (optional)"))
        self.trust.setPlaceholderText(self.tr("optional: the root certificate you trust (.pem)"))
        choose_trust = QPushButton(self.tr("Choose…"), self)
        choose_trust.clicked.connect(self._choose_trust)
        form = QFormLayout()
        form.addRow(self.tr("Signed file (PDF, or JSON with its .p7s):"),
                    path_row(self, self.path, choose))
        form.addRow(self.tr("Trusted root certificate:"), path_row(self, self.trust,
                                                                   choose_trust))
        self.verdict_icon = QLabel(self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        style.set_property(self.verdict, "role", "verdict")
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        headline = QHBoxLayout()
        headline.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        headline.addWidget(self.verdict, 1)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.hide()
        self.details_button = QPushButton(self.tr("Show &technical details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.details_button.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Verifying"))
        self.busy.hide()
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addLayout(headline)
        layout.addWidget(self.facts)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self._update()

    # ------------------------------------------------------------ choosing

    def _choose_file(self) -> None:
        path = dialogs.ask(self, Prompt(
            Kind.OPEN_FILE, self.tr("Choose a signed file"), "",
            file_filter=self.tr("Signed submissions (*.pdf *.json);;All files (*)"),
            path=self.path.text()))
        if path:
            self.path.setText(path)
            self.start()

    def _choose_trust(self) -> None:
        path = dialogs.ask(self, Prompt(
            Kind.OPEN_FILE, self.tr("Choose the root certificate you trust"), "",
            file_filter=self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
            path=self.trust.text()))
        if path:
            self.trust.setText(path)

    def _update(self) -> None:
        self.verify_button.setEnabled(bool(self.path.text().strip()) and self.job is None)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &technical details") if shown
                                    else self.tr("Show &technical details"))

    # ------------------------------------------------------------ verifying

    def start(self) -> None:
        """Verify the file in the background (pyHanko takes a moment to load)."""
        target = self.path.text().strip()
        if self.job is not None or not target:
            return
        from nationalreport.signing import verify

        trust = self.trust.text().strip()
        store = settings.settings()
        store.setValue(TRUST_SETTING, trust)
        store.sync()
        roots = [trust] if trust else None
        self.busy.show()
        self.start_job(lambda: verify(Path(target), roots), self._finished)
        self._update()

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self.busy.hide()
        self._update()
        if error is not None or not isinstance(result, VerifyResult):
            self.found = None
            self._show(BAD, self.tr("This file cannot be verified."),
                       [failure_text(error) if error else ""], "")
            emit(self.verified, None)
            return
        self.found = result
        self._show(*self._words(result), result.to_text())
        emit(self.verified, result)

    def _show(self, outcome: str, verdict: str, facts: list[str], details: str) -> None:
        self.outcome = outcome
        self.verdict.setText(verdict)
        style.set_property(self.verdict, "outcome", outcome)
        state = {GOOD: "complete", DOUBT: "advisories", BAD: "errors"}[outcome]
        self.verdict_icon.setPixmap(icons.state_icon(state).pixmap(24, 24))
        self.facts.setText(wording.lines(*(f"• {fact}" for fact in facts if fact)))
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))

    # ------------------------------------------------------------ words

    def _words(self, result: VerifyResult) -> tuple[str, str, list[str]]:
        """The outcome, the verdict sentence and the list of checks, in the interface language."""
        facts: list[str] = []
        for check in result.signatures:
            facts.extend(self._signature_facts(check))
        if result.json_ok is True:
            facts.append(self.tr("The JSON is the one that was signed."))
        elif result.json_ok is False:
            facts.append(self.tr("The JSON is NOT the one that was signed: {detail}").format(
                detail=wording.isolate(result.json_check)))
        facts.extend(self.tr("Problem: {problem}").format(problem=wording.isolate(p))
                     for p in result.problems)
        if not result.ok:
            return BAD, self.tr(
                "The signature is NOT valid: the file was changed after it was signed, or "
                "the signature is broken. Do not rely on this file."), facts
        trust = {check.trust for check in result.signatures}
        if trust == {TRUSTED}:
            return GOOD, self.tr(
                "The signature is valid: the file is unchanged since it was signed, and the "
                "signer's certificate comes from an authority you trust."), facts
        if UNTRUSTED in trust:
            return BAD, self.tr(
                "The file is unchanged since it was signed, but the signer's certificate does "
                "not come from the authority you gave: do not rely on who signed it."), facts
        return DOUBT, self.tr(
            "The file is unchanged since it was signed. Who signed it is not yet confirmed: "
            "compare the certificate fingerprint below with the one the signer gave you by "
            "telephone or letter, or give the root certificate you trust."), facts

    def _signature_facts(self, check: SignatureCheck) -> list[str]:
        facts: list[str] = []
        signer = check.signer
        if signer is not None:
            facts.append(self.tr("Signed by: {who}").format(who=wording.isolate(signer.who)))
        trusted_times = [t for t in check.timestamps if t.intact]
        if trusted_times:
            first = min(trusted_times, key=lambda t: t.time)
            facts.append(self.tr("Signed no later than {when}, by a trusted timestamp from "
                                 "{authority}.").format(when=wording.describe(_stamp(first.time)),
                                                        authority=wording.isolate(
                                                            first.authority)))
        elif check.claimed_time is not None:
            facts.append(self.tr("Signed {when}, by the signer's computer clock (not a trusted "
                                 "time).").format(when=wording.describe(
                                     _stamp(check.claimed_time))))
        else:
            facts.append(self.tr("The signature does not say when it was made."))
        facts.append(self.tr("Content: unchanged since it was signed.") if check.intact else
                     self.tr("Content: CHANGED; it no longer matches the signature."))
        if check.altered:
            facts.append(self.tr("Changed after signing: {changes}").format(
                changes=wording.isolate(check.changes)))
        else:
            facts.append(self.tr("Nothing was added or changed after signing."))
        if signer is not None:
            facts.append(self.tr("Certificate fingerprint (SHA-256): {fingerprint}").format(
                fingerprint=wording.left_to_right(signer.fingerprint)))
            facts.append(self.tr("The certificate expired on {day}.").format(
                day=_day(signer.not_after)) if signer.expired() else
                self.tr("The certificate is valid until {day}.").format(
                    day=_day(signer.not_after)))
            if signer.self_signed:
                facts.append(self.tr("The certificate is self-signed: the signer made it "
                                     "themselves."))
        return facts

    # ------------------------------------------------------------ closing

