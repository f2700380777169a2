"""The review page lists problems and unanswered questions; Enter jumps to the field."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.review_page import ReviewPage
from nationalreport.ui.section_page import SectionPage
from tests.gui.helpers import field, focused, row

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def open_review(qtbot: QtBot, window: MainWindow) -> ReviewPage:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R, CTRL)
    page = window.pages[window.current]
    assert isinstance(page, ReviewPage)
    return page


def test_enter_on_a_problem_puts_the_cursor_in_its_field(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    report.set_answer("1.2", "yes")
    report.set_answer("1.2.1", {"name": "Daniel Otieno", "email": "npc@police"})
    window = open_window(report)
    window.show_page(3)
    review = open_review(qtbot, window)

    lines = [item.text(0) for item in review.items()]
    assert lines[0].startswith("Error: 1.2.1"), "problems come before unanswered questions"
    email_line = next(i for i in review.items() if "E-mail" in i.text(0))
    assert email_line.text(0) == ("Error: 1.2.1 (e) E-mail: Enter an e-mail address like "
                                  "name@ministry.gov.")
    assert any(line.startswith("Unanswered: 1.1 ") for line in lines)
    assert review.summary.text().startswith("1 error, ")

    review.tree.setFocus()
    review.tree.setCurrentItem(email_line)
    qtbot.keyClick(review.tree, Qt.Key.Key_Return)

    assert isinstance(window.pages[window.current], SectionPage)
    assert window.current == 0
    email = field(window, "1.2.1", "email")
    assert focused() is email
    assert email.hasFocus()


def test_an_unanswered_question_is_one_activation_away(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    review = open_review(qtbot, window)
    target = next(i for i in review.items() if i.text(0).startswith("Unanswered: 2.1.1 ")
                  or i.text(0).startswith("Unanswered: 4.7 "))
    review.tree.setCurrentItem(target)
    qtbot.keyClick(review.tree, Qt.Key.Key_Return)
    number = target.text(0).split()[1]
    assert focused() is field(window, number)


def test_after_the_review_every_problem_shows_beside_its_field(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    report.set_answer("1.1", "yes")
    window = open_window(report)
    assert row(window, "1.1.c").problem_list.isHidden()
    open_review(qtbot, window)
    assert row(window, "1.1.c").problem_list.texts == [
        "Advisory: You answered \"Yes\" to question 1.1: enter the contact's name and a way "
        "to reach them."]
    item = window.navigator.item(0)
    assert item is not None
    qtbot.waitUntil(lambda: "Has advisories" in item.text())


def test_f8_goes_to_the_next_problem(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    report.set_answer("1.2", "yes")
    report.set_answer("1.2.1", {"name": "A", "email": "a@"})
    report.set_answer("2.1.1", [{"year": 1700}])
    window = open_window(report)
    open_review(qtbot, window)
    window.show_page(0)
    qtbot.keyClick(focused() or window, Qt.Key.Key_F8)
    assert focused() is field(window, "1.2.1", "email")
    qtbot.keyClick(focused() or window, Qt.Key.Key_F8)
    assert focused() is field(window, "2.1.1")
