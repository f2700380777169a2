"""Never lose work: autosave, a killed session recovered, and the lock on a draft."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.storage import Journal, load_draft, save_draft
from nationalreport.storage.lock import lock_path
from nationalreport.ui.app import Controller
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.session import Session
from nationalreport.ui.start_screen import StartScreen
from tests.gui import crash_child
from tests.gui.conftest import Prompts
from tests.gui.helpers import field, type_in

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def test_changes_reach_the_journal_about_a_second_after_typing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    type_in(qtbot, window, "1.1.a", "National Focal Point")
    qtbot.waitUntil(lambda: bool(Journal().entries()), timeout=5000)
    entry = Journal().entries()[0]
    assert Journal().recover(entry).answer("1.1.a") == "National Focal Point"
    qtbot.waitUntil(lambda: "kept safe for recovery" in window.save_status.text())


def test_a_killed_session_is_recovered_from_the_start_screen(
    qtbot: QtBot, report: Report, drafts: Path, tmp_path: Path, prompts: Prompts,
) -> None:
    draft = drafts / "kenya.json"
    save_draft(report, draft, backup=False)
    errors = tmp_path / "child-stderr.txt"
    with errors.open("wb") as stderr, subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_child", str(draft), str(tmp_path / "child")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, env=os.environ.copy(),
    ) as child:
        try:
            assert child.stdout is not None
            ready, _, _ = select.select([child.stdout], [], [], 60)
            line = child.stdout.readline().strip() if ready else b""
            assert line == b"journaled", errors.read_text("utf-8", "replace")
        finally:
            child.kill()  # SIGKILL: no clean-up code runs, as in a power cut
            child.wait()
    assert lock_path(draft).exists(), "the dead window's lock is left behind"

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    assert screen.recovery.isVisibleTo(screen)
    assert screen.recovery_list.count() == 1
    line = screen.recovery_list.item(0)
    assert line is not None
    assert line.text().startswith("Kenya, cycle 2026: last kept safe today at ")
    with qtbot.waitSignal(screen.session_ready) as recovered:
        qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    session: Session = recovered.args[0]
    window = Controller().show_session(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert field(window, "1.1.a").text() == crash_child.TYPED  # type: ignore[attr-defined]
    assert window.session.dirty

    qtbot.keyClick(field(window, "1.1.a"), Qt.Key.Key_S, CTRL)
    assert load_draft(draft).answer("1.1.a") == crash_child.TYPED
    assert Journal().entries() == []


def test_opening_a_draft_with_unsaved_work_offers_to_recover_it(
    qtbot: QtBot, report: Report, drafts: Path, prompts: Prompts,
) -> None:
    draft = drafts / "kenya.json"
    save_draft(report, draft, backup=False)
    report.set_answer("1.1.a", "Not yet saved")
    Journal().record(Journal.key_for(draft), report, draft)

    controller = Controller()
    prompts.queue("recover")
    assert controller.open_path(str(draft))
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    assert prompts.seen[0].title == "Unsaved work found"
    assert "kept safe today at" in prompts.seen[0].text
    assert controller.window.session.report.answer("1.1.a") == "Not yet saved"


def test_a_draft_open_elsewhere_is_refused_naming_who_holds_it(
    qtbot: QtBot, report: Report, drafts: Path, prompts: Prompts,
) -> None:
    draft = drafts / "kenya.json"
    save_draft(report, draft, backup=False)
    lock_path(draft).write_text(json.dumps({
        "user": "amina", "host": socket.gethostname(), "pid": os.getppid(),
        "since": "2026-05-04T09:30:00Z", "program": "nationalreport"}), "utf-8")

    screen = StartScreen()
    qtbot.addWidget(screen)
    prompts.queue("ok")
    with qtbot.assertNotEmitted(screen.session_ready):
        screen.open_path(str(draft))
    assert prompts.seen[0].title == "The draft cannot be opened"
    assert "being edited by amina on" in prompts.seen[0].text


def test_discarding_unsaved_work_asks_first(
    qtbot: QtBot, report: Report, prompts: Prompts,
) -> None:
    report.set_answer("1.1.a", "Draft words")
    Journal().record("new-0123456789abcdef", report, None)
    screen = StartScreen()
    qtbot.addWidget(screen)
    prompts.queue("keep")
    qtbot.mouseClick(screen.discard_button, Qt.MouseButton.LeftButton)
    assert len(Journal().entries()) == 1
    prompts.queue("discard")
    qtbot.mouseClick(screen.discard_button, Qt.MouseButton.LeftButton)
    assert Journal().entries() == []
    assert screen.recovery.isHidden()


def test_the_status_line_says_when_typing_cannot_be_kept_safe(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A full disk under the journal: the official is told to save, and told again it is safe."""
    from nationalreport.storage import SaveFailed

    def full_disk(*_args: object) -> None:
        raise SaveFailed("cannot keep unsaved work in the data folder: the disk is full")

    window = open_window(report)
    working = Journal.record
    monkeypatch.setattr(Journal, "record", full_disk)
    type_in(qtbot, window, "1.1.a", "National Focal Point")
    qtbot.waitUntil(lambda: "not kept safe" in window.save_status.text(), timeout=5000)
    assert window.save_status.property("severity") == "error"
    assert "the disk is full" in window.save_status.toolTip()
    monkeypatch.setattr(Journal, "record", working)
    qtbot.waitUntil(lambda: "kept safe for recovery" in window.save_status.text()
                    and "not" not in window.save_status.text(), timeout=5000)
    assert window.save_status.property("severity") in ("", None)
    assert Journal().recover(Journal().entries()[0]).answer("1.1.a") == "National Focal Point"


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_the_window_keeps_the_typing_and_says_so(
    qtbot: QtBot, report: Report, prompts: Prompts, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A slot raising what no code caught: the journal is written at once, one plain message."""
    from PySide6.QtCore import QTimer

    from nationalreport.ui.dialogs import Kind

    controller = Controller()
    window = controller.show_session(Session(report))
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", controller.unexpected)
    monkeypatch.delenv("NATIONALREPORT_DEBUG", raising=False)
    window.session.autosaver.delay = 3600  # only the failure writes the journal here
    type_in(qtbot, window, "1.1.a", "National Focal Point")
    assert not Journal().entries()
    prompts.queue("ok")

    def broken_slot() -> None:
        raise KeyError("a value no one expected")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(prompts.seen), timeout=5000)
    said = prompts.seen[-1]
    assert said.kind is Kind.WARNING and "(KeyError)" in said.text
    assert "kept safe for recovery" in said.text and "no one expected" not in said.text
    assert Journal().recover(Journal().entries()[0]).answer("1.1.a") == "National Focal Point"
    assert window.isVisible()


def test_an_unexpected_error_when_the_journal_fails_says_to_save(
    qtbot: QtBot, report: Report, prompts: Prompts, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nationalreport.storage import SaveFailed

    def full_disk(*_args: object) -> None:
        raise SaveFailed("cannot keep unsaved work: the disk is full")

    controller = Controller()
    window = controller.show_session(Session(report))
    qtbot.addWidget(window)
    monkeypatch.setattr(Journal, "record", full_disk)
    type_in(qtbot, window, "1.1.a", "National Focal Point")
    prompts.queue("ok")
    try:
        raise RuntimeError("inside")
    except RuntimeError as error:
        controller.unexpected(RuntimeError, error, error.__traceback__)
    assert "could not be kept safe for recovery: save the report now" in prompts.seen[-1].text


def test_an_unexpected_error_on_the_start_screen_says_the_work_is_kept(
    qtbot: QtBot, prompts: Prompts,
) -> None:
    controller = Controller()
    screen = controller.show_start()
    qtbot.addWidget(screen)
    prompts.queue("ok")
    try:
        raise ValueError("inside")
    except ValueError as error:
        controller.unexpected(ValueError, error, error.__traceback__)
    assert "(ValueError). Your work is kept." in prompts.seen[-1].text
