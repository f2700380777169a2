"""Window figures: start-up, keystroke to validation, memory, and a 500-row list.

Everything runs offscreen in temporary user folders. Start-up and memory are measured
in fresh processes (a cold start, and a peak that nothing else in this process has
inflated); the others in this process, with one shared ``QApplication``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: A process that shows a bare PySide6 main window and says when it is interactive.
BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1024, 640)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

#: ``python -m nationalreport DRAFT`` itself, told to say when its window is interactive.
WIZARD = """
import runpy, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
run_loop = QApplication.exec
def exec_and_report(*_args):
    QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.quit()))
    return run_loop()
QApplication.exec = exec_and_report
sys.argv = ["nationalreport", sys.argv[1]]
runpy.run_module("nationalreport", run_name="__main__")
"""

#: Peak memory (kB) of the wizard with a full report, every page built. Linux's VmHWM is
#: this process's own peak; ``ru_maxrss`` would also count the parent's size when the child
#: was started by vfork (Linux keeps the larger of the two across exec), so a benchmark
#: process grown by the in-process figures would report its own size, not the wizard's.
PEAK = """
import resource, sys
from PySide6.QtTest import QTest
from nationalreport.ui.app import Controller, application

def peak_kilobytes():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak

app = application()
controller = Controller()
controller.start(sys.argv[1])
window = controller.window
for index in range(len(window.sections) + 1):
    page = window.show_page(index)
    getattr(page, "rows", None)  # every row of a section page, not only its first screen
    QTest.qWait(10)
print(peak_kilobytes(), flush=True)
window.session.close()
"""


def _environment(home: Path) -> dict[str, str]:
    """Offscreen, in temporary folders, with compiled bytecode kept as an install keeps it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        "QT_QPA_PLATFORM": "offscreen",
        "NATIONALREPORT_DATA_DIR": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
        "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
    })
    return env


def _sample_draft(home: Path, rows: int = 200) -> Path:
    from nationalreport.report.sample import sample_report
    from nationalreport.storage import save_draft

    path = home / f"sample-{rows}.json"
    if not path.exists():
        save_draft(sample_report(rows=rows), path, backup=False)
    return path


def _run(code: str, env: dict[str, str], *args: str) -> tuple[float, str]:
    """Seconds from starting ``python -c code`` until the process has ended, and its first line.

    For the start-up figures the process ends as soon as its window is shown: the time
    includes leaving (for the wizard, closing the draft), as a person starting the
    program and closing it at once would measure it.
    """
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    line = done.stdout.splitlines()[0] if done.stdout else ""
    return time.perf_counter() - start, line


def startup_ratio(runs: int = 5) -> float:
    """Cold start to an interactive window with a draft, over a bare PySide6 window.

    Each run lasts until its process has ended (``_run``); the median of each is taken
    over ``runs`` pairs, a bare window and the wizard one after the other.
    """
    with tempfile.TemporaryDirectory(prefix="nationalreport-bench-") as folder:
        home = Path(folder)
        env = _environment(home)
        draft = _sample_draft(home)
        _run(BARE, env)  # warm the disk cache and write the bytecode for both, once
        _run(WIZARD, env, str(draft))
        bare, wizard = [], []
        for _ in range(runs):
            bare.append(_run(BARE, env)[0])
            wizard.append(_run(WIZARD, env, str(draft))[0])
        return statistics.median(wizard) / statistics.median(bare)


def peak_rss_mb(rows: int = 200, runs: int = 3) -> float:
    """Peak resident memory of the wizard with a full report open, every page shown.

    The median over ``runs`` fresh processes: the peak moves by a few megabytes from one
    process to the next (allocator, fonts found, timing of the garbage collector).
    ``rows`` is the size of every list of the report.
    """
    peaks = []
    with tempfile.TemporaryDirectory(prefix="nationalreport-bench-") as folder:
        home = Path(folder)
        draft = str(_sample_draft(home, rows))
        env = _environment(home)
        for _ in range(runs):
            _seconds, line = _run(PEAK, env, draft)
            peaks.append(int(line) / 1024)
    return statistics.median(peaks)


# ------------------------------------------------------------------ in this process


class _Bench:
    """A QApplication in temporary folders, and windows on sample reports."""

    def __init__(self) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="nationalreport-bench-")
        home = Path(self.folder.name)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["NATIONALREPORT_DATA_DIR"] = str(home / "data")
        from PySide6.QtCore import QSettings, QStandardPaths

        QStandardPaths.setTestModeEnabled(True)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(home / "config"))
        from nationalreport.ui.app import application

        self.app = application()

    def settle(self) -> None:
        self.app.processEvents()

    def window(self, report: Any) -> Any:
        from nationalreport.ui.main_window import MainWindow
        from nationalreport.ui.session import Session

        window = MainWindow(Session(report))
        window.resize(1024, 640)
        window.show()
        self.settle()
        return window

    @staticmethod
    def close(window: Any) -> None:
        window.session.close()
        window.session.dirty = False
        window.close()
        window.deleteLater()


def _table_report(rows: int) -> Any:
    from nationalreport.report import Report

    report = Report.new("KEN", 2026, "en")
    report.set_answer("2.1", "yes")
    report.set_answer("2.1.1", [
        {"title": f"Firearms Act ({i + 1})", "title_en": "Firearms Act", "kind": "law",
         "year": 2001, "description": "Licensing of manufacture.",
         "link": "https://www.example.go.ke/laws/firearms-act.pdf"} for i in range(rows)])
    return report


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def keystroke_ms(rows: int = 200, runs: int = 40) -> float:
    """A key typed in a contact's e-mail (full report, ``rows``-row lists) to its problems shown.

    The 400 ms pause the window waits for the official to stop typing is set to 0 here:
    the figure is the work a keystroke costs, not the pause.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from nationalreport.report.sample import sample_report

    bench = _Bench()
    window = bench.window(sample_report(rows=rows))
    page = window.show_page(0)
    feedback = window.session.feedback
    feedback.timer.setInterval(0)
    field = page.rows["1.2.1"].control.field_at(("email",))
    assert field is not None
    edit = field.widget
    edit.setFocus()
    checked: list[bool] = []
    feedback.checked.connect(lambda: checked.append(True))

    def keystroke() -> None:
        checked.clear()
        QTest.keyClick(edit, Qt.Key.Key_X)
        while not checked:
            bench.app.processEvents()

    for _ in range(3):
        keystroke()
    figure = _median_ms(keystroke, runs)
    bench.close(window)
    return figure


def table_500_open_ms(runs: int = 5) -> float:
    """Showing the page with a 500-row list, from nothing built to painted."""
    bench = _Bench()
    times = []
    for _ in range(runs + 1):
        window = bench.window(_table_report(500))
        start = time.perf_counter()
        window.show_page(1)
        window.repaint()
        bench.settle()
        times.append((time.perf_counter() - start) * 1000)
        bench.close(window)
    return statistics.median(times[1:])


def table_add_row_ms(runs: int = 20) -> float:
    """Pressing "Add row" under a 500-row list, to the new row shown and recorded."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    bench = _Bench()
    window = bench.window(_table_report(500))
    page = window.show_page(1)
    table = page.rows["2.1.1"].control
    bench.settle()

    def add() -> None:
        QTest.mouseClick(table.add, Qt.MouseButton.LeftButton)
        bench.settle()

    figure = _median_ms(add, runs)
    assert len(window.session.report.answer("2.1.1")) == 500 + runs
    bench.close(window)
    return figure


if __name__ == "__main__":
    for name in ("startup_ratio", "keystroke_ms", "peak_rss_mb", "table_500_open_ms",
                 "table_add_row_ms"):
        print(f"{name:<20} {globals()[name]():.3f}")
