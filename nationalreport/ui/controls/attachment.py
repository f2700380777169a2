"""The control for an attached document: recorded by name, size and SHA-256.

The file itself is not copied into the draft; its fingerprint lets the recipient
check they received the same document.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nationalreport.template import Question
from nationalreport.ui import dialogs, style
from nationalreport.ui.controls.base import AnswerControl, Field, kind_is, register


def describe_file(path: Path) -> dict[str, Any]:
    """The record of a file: name, size, SHA-256 and media type."""
    import mimetypes  # only when a file is attached: its tables take a while to load

    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {"filename": path.name, "size": size, "sha256": digest.hexdigest(),
            "media_type": media_type}


@register(kind_is("attachment"))
class AttachmentControl(AnswerControl):
    """What is attached, with buttons to choose a file or remove it."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self._value: dict[str, Any] | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        style.set_property(self.summary, "role", "muted")
        self.choose = QPushButton(self.tr("Choose file…"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self._set(None))
        self._describe()

    def _choose(self) -> None:
        path = dialogs.ask(self, dialogs.Prompt(
            dialogs.Kind.OPEN_FILE, self.tr("Attach a document"), "",
            file_filter=self.tr("Documents (*.pdf *.doc *.docx *.odt *.txt);;All files (*)")))
        if not path:
            return
        try:
            record = describe_file(Path(path))
        except OSError as exc:
            dialogs.ask(self, dialogs.Prompt(
                dialogs.Kind.WARNING, self.tr("Cannot attach the file"),
                self.tr("{name} cannot be read: {reason}").format(
                    name=Path(path).name, reason=exc.strerror or str(exc))))
            return
        self._set(record)

    def _set(self, record: dict[str, Any] | None) -> None:
        self._value = record
        self._describe()
        self.report_edit(record)

    def _describe(self) -> None:
        value = self._value
        if not value:
            self.summary.setText(self.tr("No document attached."))
        else:
            size = QLocale().formattedDataSize(int(value.get("size", 0)))
            self.summary.setText(self.tr("{name}, {size}, SHA-256 {digest}…").format(
                name=value.get("filename", ""), size=size,
                digest=str(value.get("sha256", ""))[:16]))
        self.remove.setEnabled(bool(value))

    def fields(self) -> list[Field]:
        return [Field((), self.choose, self.choose.text()),
                Field(("filename",), self.remove, self.remove.text())]

    def value(self) -> Any:
        return self._value

    def _show(self, value: Any) -> None:
        self._value = dict(value) if isinstance(value, dict) else None
        self._describe()
