"""Problems appear beside a touched field after a pause, for screen readers too, and go."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from tests.gui.helpers import choose, field, row, type_in

pytestmark = pytest.mark.gui


def test_invalid_email_is_shown_then_cleared(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "name", "Daniel Otieno")
    type_in(qtbot, window, "1.2.1", "email", "npc@police")
    email = field(window, "1.2.1", "email")
    problems = row(window, "1.2.1").problem_list
    assert problems.isHidden(), "no problem may show before the official pauses"

    qtbot.waitUntil(problems.isVisible, timeout=3000)
    assert problems.texts == ["Error: (e) E-mail: Enter an e-mail address like name@ministry.gov."]
    assert "Enter an e-mail address" in email.accessibleDescription()
    assert email.property("problem") == "error"

    qtbot.keyClicks(email, ".go.ke")
    qtbot.waitUntil(problems.isHidden, timeout=3000)
    assert email.accessibleDescription() == ""
    assert email.property("problem") == ""


def test_untouched_fields_show_nothing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.1", "yes")  # the contact 1.1.c is now expected, but untouched
    with qtbot.waitSignal(window.session.feedback.checked, timeout=3000):
        pass
    assert window.session.feedback.problems.get("1.1.c"), "the validator did find it"
    assert row(window, "1.1.c").problem_list.isHidden()
    assert field(window, "1.1.c", "name").accessibleDescription() == ""


def test_advisories_look_different_from_errors(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "name", "Daniel Otieno")
    type_in(qtbot, window, "1.2.1", "telephone", "020 3343000")
    problems = row(window, "1.2.1").problem_list
    qtbot.waitUntil(problems.isVisible, timeout=3000)
    assert problems.texts[0].startswith("Advisory: (d) Telephone: Write the number in "
                                        "international format")
    assert problems.property("severity") == "advisory"
    assert field(window, "1.2.1", "telephone").property("problem") == "advisory"


def test_the_navigator_marks_a_section_with_problems(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "email", "not an address")
    item = window.navigator.item(0)
    assert item is not None
    qtbot.waitUntil(lambda: "Has problems" in item.text(), timeout=3000)


def test_leaving_a_page_shows_its_problems_at_once(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "email", "npc@")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 1
    assert row(window, "1.2.1").problem_list.texts
