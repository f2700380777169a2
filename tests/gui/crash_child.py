"""A window that is killed mid-work: run by ``test_recovery`` in a separate process.

    python -m tests.gui.crash_child DRAFT SETTINGS_FOLDER

Opens DRAFT, types an answer, waits until the autosave journal has it, prints
``journaled`` and waits to be killed (``kill -9``), as a power cut would.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

TYPED = "Typed just before the power cut"


def main(draft: str, settings_folder: str) -> int:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    from nationalreport.storage import Journal
    from nationalreport.ui.app import Controller, application
    from nationalreport.ui.section_page import SectionPage

    application()
    controller = Controller()
    if not controller.open_path(draft) or controller.window is None:
        print("could not open", flush=True)
        return 1
    page = controller.window.pages[0]
    assert isinstance(page, SectionPage)
    edit = page.rows["1.1.a"].control.fields()[0].widget
    edit.setFocus()
    QTest.keyClicks(edit, TYPED)
    while not Journal().entries(include_live=True):
        QTest.qWait(20)
    print("journaled", flush=True)
    QTest.qWait(120_000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
