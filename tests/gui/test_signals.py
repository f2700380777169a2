"""Signals emitted from Python do not wear out ``True`` (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import nationalreport.ui
from nationalreport.report import Report
from nationalreport.ui.main_window import MainWindow
from tests.gui.helpers import field

pytestmark = pytest.mark.gui

UI = Path(nationalreport.ui.__file__).parent


def test_every_signal_is_emitted_through_the_helper() -> None:
    direct = [f"{path.relative_to(UI)}:{n}" for path in UI.rglob("*.py")
              if path.name != "signals.py"
              for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
              if re.search(r"\.emit\(", line)]
    assert direct == []


def test_typing_for_a_long_time_keeps_true_alive(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    name = field(window, "1.1.a")
    name.setFocus()
    before = sys.getrefcount(True)
    qtbot.keyClicks(name, "x" * 300)  # about 900 signals emitted from Python
    assert sys.getrefcount(True) > before - 100
