"""The looks of the window: given by properties, without an application style sheet."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QEnterEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui import delegates, style
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.question_row import ProblemList, SelectableText
from tests.gui.helpers import choose, row, type_in

pytestmark = pytest.mark.gui


def _close(found: QColor, wanted: str, tolerance: int = 40) -> bool:
    target = QColor(wanted)
    return all(abs(a - b) <= tolerance for a, b in (
        (found.red(), target.red()), (found.green(), target.green()),
        (found.blue(), target.blue())))


def test_the_application_has_no_style_sheet(
    open_window: Callable[..., MainWindow], report: Report,
) -> None:
    # Any application style sheet sends every widget through Qt's slower style-sheet
    # engine; the looks are fonts, palettes and painted frames instead.
    open_window(report)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""


def test_an_input_with_a_problem_gets_a_coloured_border_and_loses_it(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    QVBoxLayout(holder).addWidget(edit)
    holder.resize(300, 60)
    holder.show()
    qtbot.waitExposed(holder)

    style.set_property(edit, "problem", "error")
    picture = edit.grab().toImage()
    assert picture.pixelColor(0, picture.height() // 2).name() == style.ERROR_ICON
    style.set_property(edit, "problem", "advisory")
    picture = edit.grab().toImage()
    assert picture.pixelColor(1, picture.height() // 2).name() == style.ADVISORY_ICON
    style.set_property(edit, "problem", "")
    assert edit.styleSheet() == ""
    assert edit.property("problem") == ""


def test_a_role_sets_colours_and_fonts_and_clearing_it_inherits_again(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("1.2", holder)
    inherited = label.palette().color(QPalette.ColorRole.WindowText)

    style.set_property(label, "role", "muted")
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == style.MUTED_TEXT
    style.set_property(label, "role", "number")
    assert label.font().bold()
    assert label.palette().color(QPalette.ColorRole.WindowText) == inherited
    style.set_property(label, "role", "help")
    assert label.autoFillBackground()
    assert label.palette().color(QPalette.ColorRole.Window).name() == style.HELP_BACKGROUND
    assert label.contentsMargins().left() > 0
    style.set_property(label, "role", "")
    assert not label.font().bold() and not label.autoFillBackground()
    assert label.contentsMargins().left() == 0
    assert label.palette().color(QPalette.ColorRole.WindowText) == inherited


def test_notes_are_slanted_only_in_scripts_that_have_italics(qtbot: QtBot) -> None:
    try:
        for language, slanted in (("en", True), ("ar", False), ("zh", False), ("ru", True)):
            style.use_language(language)
            note = QLabel("skipped")
            qtbot.addWidget(note)
            style.set_property(note, "role", "skip-note")
            assert note.font().italic() is slanted, language
    finally:
        style.use_language("en")


def test_a_group_has_a_bold_title_over_contents_in_the_normal_weight(qtbot: QtBot) -> None:
    box = style.GroupBox("Signing key")
    qtbot.addWidget(box)
    plain = QLabel("Passphrase:", box)
    muted = QLabel("Fingerprint", box)
    style.set_property(muted, "role", "muted")
    layout = QVBoxLayout(box)
    layout.addWidget(plain)
    layout.addWidget(muted)
    box.show()
    qtbot.waitExposed(box)

    assert box.font().bold()
    assert not plain.font().bold() and not muted.font().bold()
    assert muted.palette().color(QPalette.ColorRole.WindowText).name() == style.MUTED_TEXT
    style.set_property(muted, "severity", "error")  # restyled after it was shown
    assert not muted.font().bold()


def test_a_source_tag_draws_its_frame(qtbot: QtBot) -> None:
    tag = style.Label("PoA II.4")
    qtbot.addWidget(tag)
    style.set_property(tag, "role", "source")
    tag.show()
    qtbot.waitExposed(tag)
    picture = tag.grab().toImage()
    assert _close(picture.pixelColor(0, picture.height() // 2), style.SOURCE_BORDER)
    assert tag.font().pointSizeF() == 8.5


def test_a_problem_frame_paints_its_bar_where_lines_start(qtbot: QtBot) -> None:
    frame = ProblemList()
    qtbot.addWidget(frame)
    frame.resize(300, 40)
    frame.show_lines([(False, "Write the number in international format.")])
    qtbot.waitExposed(frame)
    picture = frame.grab().toImage()
    middle = picture.height() // 2
    assert picture.pixelColor(1, middle).name() == style.ADVISORY_ICON
    assert picture.pixelColor(picture.width() - 2, middle).name() == style.ADVISORY_BACKGROUND


def test_rows_make_their_problem_list_only_once_there_is_a_problem(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    assert not row(window, "1.1").findChildren(ProblemList)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "email", "npc@police")
    assert not row(window, "1.2.1").findChildren(ProblemList)
    qtbot.waitUntil(lambda: bool(row(window, "1.2.1").findChildren(ProblemList)), timeout=3000)
    assert row(window, "1.2.1").problem_list.isVisible()
    assert not row(window, "1.1").findChildren(ProblemList)


def test_list_entries_keep_at_least_the_room_each_style_keeps_around_text() -> None:
    # The navigator sizes its wrapped entries without asking the style (see TEXT_MARGIN).
    from PySide6.QtWidgets import QStyle, QStyleFactory

    for key in list(QStyleFactory.keys()):
        kept = QStyleFactory.create(key)
        assert kept is not None
        margin = kept.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        assert margin <= delegates.TEXT_MARGIN, key


def _hover(label: QLabel) -> None:
    point = QPointF(label.rect().center())
    QApplication.sendEvent(label, QEnterEvent(point, point, QPointF(label.mapToGlobal(
        label.rect().center()))))


@pytest.mark.parametrize("code", ["en", "ar"])
def test_question_texts_become_selectable_under_the_mouse_and_nothing_moves(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, code: str,
) -> None:
    window = open_window(report)
    window.set_language(code)
    qtbot.wait(10)
    page = window.pages[window.current]
    texts = list(page.findChildren(SelectableText))
    assert len(texts) >= 10
    assert not any(label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
                   for label in texts), "no text keeps a document before the mouse reaches it"
    before = [label.geometry() for label in texts]
    for label in texts:
        _hover(label)
    qtbot.wait(10)
    assert all(label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
               for label in texts)
    assert [label.geometry() for label in texts] == before

    first = row(window, "1.1").text_label
    qtbot.mouseDClick(first, Qt.MouseButton.LeftButton, pos=QPoint(12, 8))
    assert first.hasSelectedText()
