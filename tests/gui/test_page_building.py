"""A section page is built with its first screen; the other rows follow while idle.

The page must look and behave as if it had been built whole: rows in the template's
order, each showing the report as it is when the row is made, and Tab going from the
rows built first into the rows still to come.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.report.sample import sample_report
from nationalreport.template import Template
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.question_row import QuestionRow
from nationalreport.ui.section_page import SectionPage
from nationalreport.ui.session import Session
from tests.gui.helpers import focused

pytestmark = pytest.mark.gui


def built_rows(page: SectionPage) -> list[QuestionRow]:
    """The rows that exist now, without asking ``rows`` (which would build the rest)."""
    content = page.scroller.widget()
    assert content is not None
    return [child for child in content.children() if isinstance(child, QuestionRow)]


def longest_section(window: MainWindow) -> int:
    return max(range(len(window.sections)), key=lambda i: len(window.sections[i].questions))


def open_long_page(open_window: Callable[..., MainWindow], report: Report) -> SectionPage:
    """The longest section's page, just built: no event has been handled since."""
    window = open_window(report)
    page = window.show_page(longest_section(window), focus=False)
    assert isinstance(page, SectionPage)
    return page


def test_the_first_screen_is_built_at_once_and_the_rest_while_idle(
    qtbot: QtBot, open_window: Callable[..., MainWindow], template: Template,
) -> None:
    page = open_long_page(open_window, sample_report(template, rows=3))
    questions = [q.number for q in page.section.questions]
    first = built_rows(page)
    assert 0 < len(first) < len(questions), "a long section is not built whole at once"
    content = page.scroller.widget()
    assert content is not None
    assert content.sizeHint().height() >= page.window().height(), (
        "the rows built at once fill the window")

    qtbot.waitUntil(lambda: len(built_rows(page)) == len(questions))
    qtbot.wait(20)  # the last rows laid out
    rows = sorted(built_rows(page), key=lambda r: r.mapTo(content, QPoint(0, 0)).y())
    assert [r.number for r in rows] == questions
    assert all(r.isVisible() for r in rows)
    assert list(page.rows) == questions  # nothing left to build


def test_a_late_row_shows_the_report_as_it_is_when_it_is_built(
    qtbot: QtBot, open_window: Callable[..., MainWindow], template: Template,
) -> None:
    report = sample_report(template, rows=3)
    page = open_long_page(open_window, report)
    waiting = [q for q in page.section.questions
               if q.number not in {r.number for r in built_rows(page)}]
    late = next(q for q in waiting if q.kind in ("text", "multiline"))
    page.session.set_answer(late.number, "Changed before the row was built")

    qtbot.waitUntil(lambda: len(built_rows(page)) == len(page.section.questions))
    assert page.rows[late.number].control.value() == "Changed before the row was built"


def test_a_skip_decided_before_a_late_row_is_built_is_shown_on_it(
    qtbot: QtBot, report: Report,
) -> None:
    session = Session(report)
    page = SectionPage(report.template.sections[0], session)
    qtbot.addWidget(page)
    assert "1.2.3.1" not in {r.number for r in built_rows(page)}, "1.2.3.1 comes late"
    session.set_answer("1.2.2", "yes")  # "yes" skips 1.2.3 and 1.2.3.1

    qtbot.waitUntil(lambda: "1.2.3.1" in {r.number for r in built_rows(page)})
    late = page.rows["1.2.3.1"]
    assert late.skipped
    assert "1.2.2" in late.skip_note.text()


def test_tab_from_the_rows_built_first_goes_on_to_the_rows_still_to_come(
    qtbot: QtBot, open_window: Callable[..., MainWindow], template: Template,
) -> None:
    page = open_long_page(open_window, sample_report(template, rows=3))
    first = built_rows(page)
    total = len(page.section.questions)
    assert len(first) < total
    last = first[-1]
    fields = [item.widget for item in last.control.fields() if item.widget.isEnabled()]
    assert fields, "the last row built first has a field"
    fields[-1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is fields[-1])
    assert len(built_rows(page)) == total, "reaching the last row built the rest"

    qtbot.keyClick(fields[-1], Qt.Key.Key_Tab)
    after = focused()
    assert after is not None
    owner = next(r for r in page.rows.values() if r.isAncestorOf(after))
    numbers = list(page.rows)
    assert numbers.index(owner.number) > numbers.index(last.number)


def test_tab_after_the_idle_build_visits_the_whole_page_in_order(
    qtbot: QtBot, open_window: Callable[..., MainWindow], template: Template,
) -> None:
    page = open_long_page(open_window, sample_report(template, rows=3))
    qtbot.waitUntil(lambda: len(built_rows(page)) == len(page.section.questions))
    page.focus_first()
    numbers = [q.number for q in page.section.questions]
    content = page.scroller.widget()
    assert content is not None
    visited: list[int] = []
    while (widget := focused()) is not None and content.isAncestorOf(widget) and len(visited) < 400:
        owner = next(r for r in page.rows.values() if r.isAncestorOf(widget))
        visited.append(numbers.index(owner.number))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == sorted(visited), "Tab goes down the page"
    reachable = {numbers.index(r.number) for r in page.rows.values()
                 if not r.skipped and r.focus_field() is not None}
    assert reachable <= set(visited)
