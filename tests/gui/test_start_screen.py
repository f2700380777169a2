"""The start screen: a new report chosen by keyboard, recent drafts, a previous report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.storage import save_draft
from nationalreport.ui import settings
from nationalreport.ui.app import Controller
from nationalreport.ui.session import Session
from nationalreport.ui.start_screen import StartScreen
from tests.gui.conftest import Prompts
from tests.gui.helpers import row

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(qtbot: QtBot) -> StartScreen:
    found = StartScreen()
    qtbot.addWidget(found)
    found.show()
    return found


def test_a_new_report_is_set_up_with_the_keyboard(qtbot: QtBot, screen: StartScreen) -> None:
    line = screen.state.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Kenya")
    screen.cycle.setFocus()
    qtbot.keyClick(screen.cycle, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.cycle, "2028")
    screen.report_language.setFocus()
    qtbot.keyClick(screen.report_language, Qt.Key.Key_Down)

    with qtbot.waitSignal(screen.session_ready) as ready:
        qtbot.keyClick(screen.create_button, Qt.Key.Key_Space)
    report = ready.args[0].report
    assert (report.state, report.cycle, report.language) == ("KEN", 2028, "fr")
    assert settings.settings().value("new/state") == "KEN"


def test_the_state_list_is_searched_by_any_part_of_the_name(
    qtbot: QtBot, screen: StartScreen,
) -> None:
    line = screen.state.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "zealand")
    completer = screen.state.completer()
    assert completer is not None
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "New Zealand"
    assert screen.state.count() == 195  # 193 Members and 2 observer States


def test_an_unknown_state_is_refused_with_a_word_of_help(
    qtbot: QtBot, screen: StartScreen, prompts: Prompts,
) -> None:
    line = screen.state.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Atlantis")
    prompts.queue("ok")
    with qtbot.assertNotEmitted(screen.session_ready):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert prompts.seen[0].title == "Choose a State"


def test_a_report_starts_from_the_previous_one_marked_for_review(
    qtbot: QtBot, screen: StartScreen, prompts: Prompts, full_report: Report, drafts: Path,
) -> None:
    full_report.cycle = 2024
    previous = drafts / "kenya-2024.json"
    save_draft(full_report, previous, backup=False)
    screen.cycle.setValue(2026)
    prompts.queue(str(previous))
    with qtbot.waitSignal(screen.session_ready) as ready:
        qtbot.mouseClick(screen.previous_button, Qt.MouseButton.LeftButton)
    session: Session = ready.args[0]
    assert session.report.cycle == 2026
    assert session.report.review == set(full_report.answers)
    assert session.dirty

    window = Controller().show_session(session)
    qtbot.addWidget(window)
    carried = row(window, "1.1")
    assert carried.review_box.isVisibleTo(window)
    # Tab goes from Confirm into the carried answer, in the order they are seen.
    after = carried.confirm_button.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
        after = after.nextInFocusChain()
    assert after is carried.control.fields()[0].widget
    qtbot.mouseClick(carried.confirm_button, Qt.MouseButton.LeftButton)
    assert "1.1" not in session.report.review
    assert carried.review_box.isHidden()


def test_recent_drafts_are_listed_newest_first(
    qtbot: QtBot, report: Report, drafts: Path,
) -> None:
    for name in ("a.json", "b.json"):
        save_draft(report, drafts / name, backup=False)
        settings.remember_draft(drafts / name)
    settings.remember_draft(drafts / "gone.json")
    screen = StartScreen()
    qtbot.addWidget(screen)
    assert [screen.recent.item(i).text().split("\n")[0]  # type: ignore[union-attr]
            for i in range(screen.recent.count())] == ["b.json", "a.json"]
    assert screen.recovery.isHidden()
