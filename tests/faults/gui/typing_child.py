"""A window typed into without a pause until it is killed: run by ``test_typing_killed``.

    python -m tests.faults.gui.typing_child DRAFT SETTINGS_FOLDER SEED

Opens DRAFT through the ``Controller`` (as ``nationalreport DRAFT`` does), answers 1.1
with "yes", prints ``ready``, then types ``plan(SEED)`` chunk after chunk, going round
several fields, with key clicks as an official would. After each chunk it prints
``typed COUNT TIME QUESTION CHUNK``: the first COUNT key clicks of the plan, the last
of them CHUNK into question QUESTION, are in the window at wall-clock TIME. It never
stops on its own before the plan runs out.
"""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The fields typed into, round and round: a line, a text box, a contact's name.
FIELDS: tuple[tuple[str, ...], ...] = (("1.1.a",), ("1.1.b",), ("1.1.c", "name"))
WORDS = ("national", "commission", "small", "arms", "light", "weapons", "marking",
         "tracing", "record", "keeping", "stockpile", "border", "customs", "police",
         "licence", "broker", "transfer", "destruction", "survey", "amnesty")
#: Milliseconds between chunks, when timers (autosave among them) run.
PAUSE_MS = 25


def plan(seed: int, chunks: int = 4000) -> list[tuple[int, str]]:
    """(field index, text) chunks: a word and a space, in each field in turn."""
    rng = random.Random(seed)
    return [(i % len(FIELDS), rng.choice(WORDS) + " ") for i in range(chunks)]


def main(draft: str, settings_folder: str, seed: int) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    from nationalreport.ui import dialogs
    from nationalreport.ui.app import Controller, application
    from tests.gui.helpers import control, field

    def no_dialog(parent: object, prompt: dialogs.Prompt) -> str | None:
        print(f"unexpected dialog: {prompt.title}: {prompt.text}", flush=True)
        os._exit(3)

    dialogs.set_responder(no_dialog)
    application()
    controller = Controller()
    if not controller.open_path(draft) or controller.window is None:
        print("could not open", flush=True)
        return 1
    window = controller.window
    yes = control(window, "1.1").buttons["yes"]  # type: ignore[attr-defined]
    yes.setFocus()
    QTest.keyClick(yes, Qt.Key.Key_Space)
    widgets = [field(window, number, *tail) for number, *tail in FIELDS]
    print("ready", flush=True)
    typed = 0
    for index, chunk in plan(seed):
        widget = widgets[index]
        widget.setFocus()
        QTest.keyClicks(widget, chunk)
        typed += len(chunk)
        print(f"typed {typed} {time.time():.3f} {FIELDS[index][0]} {chunk}", flush=True)
        QTest.qWait(PAUSE_MS)
    print("plan finished", flush=True)
    QTest.qWait(120_000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
