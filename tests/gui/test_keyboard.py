"""For everyone: a natural tab order, an accessible name on every control, F1 for help."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.report.sample import sample_report
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.section_page import SectionPage
from tests.gui.helpers import focused, row, section_page

pytestmark = pytest.mark.gui


def inputs(page: SectionPage) -> list[QWidget]:
    return [f.widget for r in page.rows.values() for f in r.control.fields()
            if f.widget.isVisibleTo(page) and f.widget.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_tab_visits_section_one_top_to_bottom(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    page = section_page(window, "1.1")
    page.focus_first()
    content = page.scroller.widget()
    assert content is not None
    seen: list[QWidget] = []
    while (widget := focused()) is not None and content.isAncestorOf(widget) and len(seen) < 60:
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    tops = [w.mapTo(content, QPoint(0, 0)).y() for w in seen]
    assert tops == sorted(tops), "focus moves down the page"
    assert [w.accessibleName().split()[0] for w in seen][:3] == ["1.1", "1.1.a", "1.1.b"]
    radios_once = {w.accessibleName().split()[0] for w in seen}
    assert {"1.1", "1.1.a", "1.1.b", "1.1.c", "1.1.d", "1.2", "1.2.1", "1.3"} <= radios_once


@pytest.mark.parametrize("section", range(11))
def test_every_control_is_named_after_its_question(
    open_window: Callable[..., MainWindow], template: object, section: int,
) -> None:
    window = open_window(sample_report(template, rows=3))  # type: ignore[arg-type]
    page = window.show_page(section)
    assert isinstance(page, SectionPage)
    for number, question_row in page.rows.items():
        for item in question_row.control.fields():
            assert item.widget.accessibleName().startswith(f"{number} "), number


def test_focus_is_scrolled_into_view(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    page = section_page(window, "1.3.2")
    target = row(window, "1.3.2").control.fields()[0].widget
    target.setFocus()
    qtbot.waitUntil(lambda: not target.visibleRegion().isEmpty())
    assert page.scroller.verticalScrollBar().value() > 0


def test_f1_shows_the_help_of_the_question_being_answered(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    page = section_page(window, "1.1")
    page.focus_first()
    help_label = page.rows["1.1"].help_label
    assert help_label.isHidden()
    qtbot.keyClick(focused() or window, Qt.Key.Key_F1)
    assert help_label.isVisibleTo(window)
    assert "Programme of Action asks each State" in help_label.text()


def test_sources_are_shown_with_the_question(
    open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    tags = [w.text() for w in row(window, "1.2").findChildren(QLabel)
            if w.property("role") == "source"]
    assert tags == ["PoA II.5", "PoA II.24"]
