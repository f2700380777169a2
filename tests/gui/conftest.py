"""GUI test set-up: settings in a temporary folder, scripted dialogs, window factories.

No test ever opens a real modal dialog: ``prompts`` replaces ``dialogs.ask`` for every
test and fails the test on a dialog it did not script (except the "unsaved changes"
question when pytest-qt closes a window at teardown, which is answered "discard").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui import dialogs, language
from nationalreport.ui.dialogs import Prompt
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.session import Session


class Prompts:
    """A scripted official: answers dialogs from a queue and records what was asked."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []
        self.seen: list[Prompt] = []

    def queue(self, *answers: str | None) -> None:
        self.answers.extend(answers)

    def __call__(self, parent: QWidget | None, prompt: Prompt) -> str | None:
        self.seen.append(prompt)
        if self.answers:
            return self.answers.pop(0)
        if any(key == "discard" for key, _label in prompt.choices):
            return "discard"
        raise AssertionError(f"unexpected dialog: {prompt.title}: {prompt.text}")


@pytest.fixture(autouse=True)
def qt_settings(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Path]:
    """Point QSettings and QStandardPaths at a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("settings")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def interface_language(qt_settings: Path) -> Iterator[str]:
    """Every test starts in English (plural forms loaded) and leaves the window in English."""
    yield language.install("en")
    language.install("en")


@pytest.fixture(autouse=True)
def prompts() -> Iterator[Prompts]:
    scripted = Prompts()
    previous = dialogs.set_responder(scripted)
    yield scripted
    dialogs.set_responder(previous)


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    """Open a report (a ``Report`` or a ``Session``) in a shown, active main window."""

    def make(what: Report | Session, **kwargs: Any) -> MainWindow:
        session = what if isinstance(what, Session) else Session(what)
        window = MainWindow(session, **kwargs)
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    return folder
