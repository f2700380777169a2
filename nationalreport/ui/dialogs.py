"""Every question the window puts to the official goes through ``ask()``.

A modal dialog stops a test dead, so no widget opens one itself: each builds a
``Prompt`` and calls ``ask(parent, prompt)``. The real responder shows a message box
or a file chooser; tests install their own with ``set_responder`` and script the
answers, so no real modal dialog ever opens under pytest.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class Kind(StrEnum):
    """What sort of question: a message with buttons, or a file to choose."""

    INFO = "info"
    WARNING = "warning"
    QUESTION = "question"
    OPEN_FILE = "open_file"
    SAVE_FILE = "save_file"
    FOLDER = "folder"


class Prompt(NamedTuple):
    """One question to the official.

    ``choices`` are (key, label) pairs for the buttons of a message; ``ask`` returns
    the key of the button pressed (``None`` if the message was dismissed). For a file
    prompt (or a folder), ``ask`` returns the path chosen, or ``None``.
    """

    kind: Kind
    title: str
    text: str
    choices: tuple[tuple[str, str], ...] = ()
    default: str | None = None
    escape: str | None = None
    file_filter: str = ""
    path: str = ""


Responder = Callable[[QWidget | None, Prompt], str | None]


# The message box and file dialog classes are imported when a dialog is first shown:
# making their Python classes (and enums) is a cost the window's start-up need not pay.


def _message(parent: QWidget | None, prompt: Prompt) -> str | None:
    from PySide6.QtWidgets import QMessageBox

    icons = {
        Kind.INFO: QMessageBox.Icon.Information,
        Kind.WARNING: QMessageBox.Icon.Warning,
        Kind.QUESTION: QMessageBox.Icon.Question,
    }
    box = QMessageBox(icons[prompt.kind], prompt.title, prompt.text, parent=parent)
    keys: dict[object, str] = {}
    choices = prompt.choices or (("ok", QCoreApplication.translate("dialogs", "OK")),)
    for key, label in choices:
        button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        keys[button] = key
        if key == prompt.default:
            box.setDefaultButton(button)
        if key == prompt.escape:
            box.setEscapeButton(button)
    box.exec()
    return keys.get(box.clickedButton())


def _file(parent: QWidget | None, prompt: Prompt) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    if prompt.kind is Kind.FOLDER:
        return QFileDialog.getExistingDirectory(parent, prompt.title, prompt.path) or None
    if prompt.kind is Kind.OPEN_FILE:
        path, _filter = QFileDialog.getOpenFileName(parent, prompt.title, prompt.path,
                                                    prompt.file_filter)
    else:
        path, _filter = QFileDialog.getSaveFileName(parent, prompt.title, prompt.path,
                                                    prompt.file_filter)
    return path or None


def real_responder(parent: QWidget | None, prompt: Prompt) -> str | None:
    """Show a real dialog and wait for the official's answer."""
    if prompt.kind in (Kind.OPEN_FILE, Kind.SAVE_FILE, Kind.FOLDER):
        return _file(parent, prompt)
    return _message(parent, prompt)


_responder: Responder = real_responder


def set_responder(responder: Responder | None) -> Responder:
    """Install ``responder`` (``None`` restores the real one); returns the previous one."""
    global _responder
    previous = _responder
    _responder = responder or real_responder
    return previous


def ask(parent: QWidget | None, prompt: Prompt) -> str | None:
    """Put ``prompt`` to the official; the answer is a choice key or a path (or ``None``)."""
    return _responder(parent, prompt)
