"""Window size, splitter and recent drafts are remembered between sessions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.session import Session

pytestmark = pytest.mark.gui


def test_window_geometry_and_splitter_are_remembered(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    first = open_window(report)
    first.resize(760, 560)
    first.splitter.setSizes([300, 460])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(Session(Report.new("KEN", 2026)))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 560)
    second.show()
    qtbot.waitUntil(lambda: second.splitter.sizes()[0] == sizes[0])


def test_the_window_fits_a_small_screen(
    open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 600
    window.resize(1024, 600)
    assert window.size().height() == 600
    assert window.next_button.isVisible()
    assert window.next_button.geometry().bottom() < window.height()
