"""Ctrl+S on a full disk: a warning, the old file kept, and the typing still in the window."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.storage import Journal, load_draft, save_draft
from nationalreport.ui.dialogs import Kind
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.session import Session
from tests.faults.conftest import snapshot
from tests.faults.gui.conftest import Prompts
from tests.faults.inject import Fault, Injector
from tests.faults.test_full_disk import plain
from tests.gui.helpers import field, type_into

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def unsaved(window: MainWindow) -> bool:
    return window.session.dirty


def test_a_full_disk_during_ctrl_s_warns_and_loses_nothing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], prompts: Prompts, drafts: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = drafts / "kenya.json"
    report = Report.new("KEN", 2026, "en")
    report.set_answer("1.1", "yes")
    report.set_answer("1.1.a", "National Focal Point")
    save_draft(report, draft)
    window = open_window(Session.open(draft))
    edit = field(window, "1.1.a")
    assert isinstance(edit, QLineEdit)
    edit.setCursorPosition(len(edit.text()))
    type_into(qtbot, edit, " on Small Arms")
    before = snapshot(drafts)  # the draft, its backup and the window's lock

    with monkeypatch.context() as patch:
        disk = Injector(Fault("raise", kind="write", every=True, code=errno.ENOSPC))
        disk.install(patch.setattr)
        type_into(qtbot, edit, " and Light Weapons")
        prompts.queue("ok")
        qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
        assert disk.fired, "the save never reached the disk"
        warning = prompts.seen[-1]
        assert (warning.kind, warning.title) == (Kind.WARNING, "The report was not saved")
        plain(warning.text, drafts, "write")
        assert "the previous version on disk is unchanged" in warning.text
        # Autosave meets the full disk too: it says why, and the window carries on.
        autosaver = window.session.autosaver
        qtbot.waitUntil(lambda: autosaver.error is not None, timeout=5000)
        assert autosaver.error is not None and "the disk is full" in autosaver.error

    typed = "National Focal Point on Small Arms and Light Weapons"
    assert snapshot(drafts) == before
    assert load_draft(draft).answer("1.1.a") == "National Focal Point"
    assert edit.text() == typed
    assert window.session.report.answer("1.1.a") == typed and unsaved(window)

    # With room on the disk again, the same keys save everything.
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    assert load_draft(draft).answer("1.1.a") == typed
    assert not unsaved(window)
    assert Journal().entries() == []
