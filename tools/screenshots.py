"""Make the README's screenshots of the window, so they can be remade after any change.

    python tools/screenshots.py [--out docs/screenshots] [--scale 1.0] [--language ar ...]

Runs offscreen (or under Xvfb if ``QT_QPA_PLATFORM=xcb``) at 1024x640 with a sample
report, in temporary user folders (nothing of the user's is read or written), and
saves: the start screen, a section with contact blocks, a table question, a
validation problem, the review page, the Sign dialog before and after signing
(with a signing identity made for the purpose), and the Verify view.
``--language`` (repeatable; ``all`` for the six UN languages) shows the window in
other languages too: their pictures are named ``<lang>-start-screen.png`` and so on
(English keeps the plain names).

Arabic needs a font with Arabic letters (Debian: fonts-noto-core) and Chinese one
with CJK ideographs (fonts-droid-fallback or fonts-noto-cjk); without them Qt
draws empty boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZE = (1024, 640)


def _prepare(scale: float) -> Path:
    """Temporary user folders and Qt settings; must run before Qt starts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    home = Path(tempfile.mkdtemp(prefix="nationalreport-"))
    os.environ["NATIONALREPORT_DATA_DIR"] = str(home / "data")
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", type=float, default=1.0,
                        help="device pixel ratio, to check high-DPI screens (e.g. 2)")
    parser.add_argument("--language", action="append", default=None,
                        help="interface language (en, fr, es, ar, ru, zh or all); repeatable")
    args = parser.parse_args(argv)
    chosen: list[str] = args.language or ["en"]
    from nationalreport.formats import UN_LANGUAGES

    languages = list(UN_LANGUAGES) if "all" in chosen else chosen
    unknown = [code for code in languages if code not in UN_LANGUAGES]
    if unknown:
        parser.error(f"unknown language: {', '.join(unknown)}")
    home = _prepare(args.scale)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from nationalreport.report import Report
    from nationalreport.report.sample import sample_report
    from nationalreport.signing import create_identity
    from nationalreport.storage import Journal, save_draft
    from nationalreport.ui import dialogs, language, settings
    from nationalreport.ui.app import application
    from nationalreport.ui.main_window import MainWindow
    from nationalreport.ui.section_page import SectionPage
    from nationalreport.ui.session import Session
    from nationalreport.ui.sign_dialog import SignDialog, Source
    from nationalreport.ui.start_screen import StartScreen
    from nationalreport.ui.verify_dialog import VerifyDialog

    app = application()
    # no dialog may wait for an answer: closing a window with typed answers discards them
    dialogs.set_responder(lambda _parent, _prompt: "discard")

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            QTest.qWait(20)

    prefix = ""

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))
        print(path)

    def window(report: Report, draft: Path | None = None) -> MainWindow:
        found = MainWindow(Session.open(draft) if draft else Session(report))
        found.resize(*SIZE)
        found.show()
        found.activateWindow()
        settle()
        return found

    def wait_for(condition: Callable[[], object], seconds: float = 60) -> None:
        """Run the event loop until ``condition`` holds (it lets a signing thread run)."""
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out waiting for the window")
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        settle()

    def page_at(found: MainWindow, number: str) -> SectionPage:
        page = found.show_page(found.section_index(number), focus=False)
        assert isinstance(page, SectionPage)
        return page

    def scroll_to(page: SectionPage, number: str) -> None:
        settle()
        bar = page.scroller.verticalScrollBar()
        content = page.scroller.widget()
        assert content is not None
        bar.setValue(page.rows[number].mapTo(content, page.rows[number].rect().topLeft()).y() - 8)

    # the start screen, with unsaved work to recover and recent drafts
    drafts = home / "Documents"
    drafts.mkdir()
    full = sample_report(rows=200)
    for name, cycle in (("kenya-2024-national-report.json", 2024),
                        ("kenya-2022-national-report.json", 2022)):
        full.cycle = cycle
        save_draft(full, drafts / name, backup=False)
        settings.remember_draft(drafts / name)
    full.cycle = 2026
    unsaved = Report.new("KEN", 2026, "en")
    unsaved.set_answer("1.1", "yes")
    Journal().record(Journal.key_for(drafts / "kenya-2026-national-report.json"), unsaved,
                     drafts / "kenya-2026-national-report.json")

    secret = "screenshot passphrase"
    create_identity("Grace Akinyi", "Ministry of Interior and National Administration", "KEN",
                    secret, key_type="ec")
    small = sample_report(rows=5)

    for code in languages:
        language.install(code)
        prefix = "" if code == "en" else f"{code}-"
        screen = StartScreen()
        screen.resize(*SIZE)
        screen.show()
        shoot(screen, "start-screen")
        screen.close()

        # a section with contact blocks, and a list
        sample = window(full)
        scroll_to(page_at(sample, "1.2"), "1.2")
        shoot(sample, "section-contact")
        scroll_to(page_at(sample, "2.1.1"), "2.1")
        shoot(sample, "table")
        sample.session.close()
        sample.close()

        # problems shown beside their fields after the official typed and paused: an error
        # (no name) and an advisory (a number not in international format)
        report = Report.new("KEN", 2026, "en")
        typing = window(report)
        page = page_at(typing, "1.2")
        yes = page.rows["1.2"].control.fields()[0].widget
        QTest.mouseClick(yes, Qt.MouseButton.LeftButton)
        for key, text in (("organization", "Kenya Police Service"),
                          ("telephone", "020 3343000"), ("email", "npc@police.go.ke")):
            found = page.rows["1.2.1"].control.field_at((key,))
            assert found is not None
            found.widget.setFocus()
            QTest.keyClicks(found.widget, text)
        typing.session.feedback.run_pending()
        scroll_to(page, "1.2")
        shoot(typing, "validation-problem")

        # the review page
        typing.show_review()
        review = typing.pages[typing.current]
        review.focus_first()
        shoot(typing, "review")
        typing.session.close()
        typing.close()

        # signing with the identity, and the recipient's check of the signed PDF
        signing = window(small)
        signing.sign_report()
        dialog = signing.sign_dialog
        assert dialog is not None
        dialog.source_radio[Source.IDENTITY].setChecked(True)
        dialog.identity_passphrase.setText(secret)
        dialog.folder.setText(str(home / "signed" / code))
        dialog.fit_to_screen()
        shoot(dialog, "sign-dialog")
        dialog.start_signing()
        def signed(dialog: SignDialog = dialog) -> bool:
            return dialog.job is None

        wait_for(signed)
        shoot(dialog, "signed")
        dialog.verify_result()
        verifier = dialog.verify_dialog
        def verified(verifier: VerifyDialog | None = verifier) -> bool:
            return verifier is not None and verifier.found is not None

        wait_for(verified)
        shoot(verifier, "verify")
        verifier.close()
        dialog.close()
        signing.session.close()
        signing.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
