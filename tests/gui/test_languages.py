"""The window in the six UN languages: every string translated, switched while working.

The translations are Qt Linguist files (``resources/translations``): every message
the code has must be in each .ts file, translated, and compiled into the .qm the
program loads. Switching the language rebuilds the texts of the open window and
keeps the report, its unsaved state and its undo history; Arabic mirrors the window.
"""

from __future__ import annotations

import filecmp
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.template import localized
from nationalreport.ui import language, settings, style, wording
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.start_screen import StartScreen
from tests.gui.helpers import choose, field, row, type_in

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED = ("fr", "es", "ar", "ru", "zh")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[vm]|\[\*\]")
CJK = re.compile(r"[\u4e00-\u9fff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


def _ts(lang: str) -> ET.Element:
    return ET.parse(TRANSLATIONS / f"nationalreport_{lang}.ts").getroot()


# ------------------------------------------------------------------ the catalogues


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_interface_string_is_translated(lang: str) -> None:
    root = _ts(lang)
    problems = []
    count = 0
    for message in root.iter("message"):
        count += 1
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            problems.append(f"unfinished: {source!r}")
            continue
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        if not all(text.strip() for text in texts):
            problems.append(f"missing: {source!r}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            if source.count("&") != text.count("&"):
                problems.append(f"keyboard accelerator lost: {source!r} -> {text!r}")
    assert problems == []
    assert count > 100


def test_the_catalogues_hold_every_string_of_the_code(tool: ModuleType) -> None:
    """A new ``tr()`` in the code without a translation fails here (run tools/translations.py)."""
    assert {name: found for name, found in tool.stale().items() if found} == {}
    for lang in TRANSLATED:
        assert (TRANSLATIONS / f"nationalreport_{lang}.ts").is_file()


def test_the_compiled_catalogues_are_up_to_date(tool: ModuleType, tmp_path: Path) -> None:
    for lang in (*TRANSLATED, "en"):
        ts = TRANSLATIONS / f"nationalreport_{lang}.ts"
        shipped = ts.with_suffix(".qm")
        fresh = tmp_path / shipped.name
        report = tool.compile_to(ts, fresh)
        assert "0 unfinished" in report, report
        assert shipped.is_file(), f"{shipped.name} is missing: run tools/translations.py release"
        assert filecmp.cmp(shipped, fresh, shallow=False), (
            f"{shipped.name} is older than {ts.name}: run tools/translations.py release")


def test_the_un_terms_are_used() -> None:
    terms = {
        "fr": ("armes légères et de petit calibre", "Programme d'action",
               "Instrument international de traçage"),
        "es": ("armas pequeñas y armas ligeras", "Programa de Acción",
               "Instrumento Internacional de Localización"),
        "ar": ("الأسلحة الصغيرة والأسلحة الخفيفة", "برنامج العمل", "الصك الدولي للتعقب"),
        "ru": ("стрелковое оружие и легкие вооружения", "Программе действий",
               "Международном документе по отслеживанию"),
        "zh": ("小武器和轻武器", "《行动纲领》", "《国际追查文书》"),
    }
    for lang, words in terms.items():
        texts = " ".join(t.text or "" for t in _ts(lang).iter("translation"))
        for word in words:
            assert word in texts, (lang, word)


# ------------------------------------------------------------------ loading


def test_the_first_start_follows_the_system_language() -> None:
    assert language.system_language(QLocale("fr_FR")) == "fr"
    assert language.system_language(QLocale("es_MX")) == "es"
    assert language.system_language(QLocale("ar_EG")) == "ar"
    assert language.system_language(QLocale("zh_TW")) == "zh"
    assert language.system_language(QLocale("de_DE")) == "en", "not a UN language: English"
    assert language.saved_language() is None
    assert language.chosen() == language.system_language()
    settings.settings().setValue(language.SETTING, "ru")
    assert language.chosen() == "ru", "the official's choice wins over the system's"


def test_only_the_one_catalogue_needed_is_loaded() -> None:
    language.install("ru")
    assert [Path(name).name for name in language.loaded()] == [
        "nationalreport_ru.qm", "qtbase_ru.qm"], "the program's, and Qt's for its dialogs"
    language.install("en")
    assert [Path(name).name for name in language.loaded()] == ["nationalreport_en.qm"]


def test_counts_take_each_language_s_plural_forms() -> None:
    def errors(n: int) -> str:
        return QCoreApplication.translate("ReviewPage", "%n error(s)", "", n)

    assert [errors(n) for n in (1, 2)] == ["1 error", "2 errors"]
    language.install("ru")
    assert [errors(n) for n in (1, 3, 5, 21)] == [
        "1 ошибка", "3 ошибки", "5 ошибок", "21 ошибка"]
    language.install("ar")
    assert errors(1) == "خطأ واحد"
    assert errors(2) == "خطآن"
    assert errors(5) == "5 أخطاء"
    language.install("zh")
    assert errors(3) == "3 个错误"


def test_dates_are_written_the_way_the_language_writes_them() -> None:
    stamp = "2024-05-04T09:30:00Z"
    language.install("fr")
    assert "mai 2024" in wording.describe(stamp)
    language.install("zh")
    assert "2024年5月4日" in wording.describe(stamp)
    language.install("ar")
    said = wording.describe(stamp)
    assert "مايو" in said and "2024" in said, "Arabic months, and the digits of UN documents"


# ------------------------------------------------------------------ the running window


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(?!&)(.)", text)
    return found.group(1).casefold() if found else None


def _unique(texts: list[str]) -> list[str]:
    keys = [k for k in map(_mnemonic, texts) if k is not None]
    return sorted({k for k in keys if keys.count(k) > 1})


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    raise AssertionError(f"no menu {title!r}")


@pytest.fixture
def working_window(qtbot: QtBot, open_window: Callable[..., MainWindow],
                   report: Report) -> Iterator[MainWindow]:
    """A window with answers given and not saved: a choice, typed text, two undo steps."""
    window = open_window(report)
    choose(qtbot, window, "1.1", "yes")
    type_in(qtbot, window, "1.1.a", "National Focal Point")
    yield window


def test_the_language_menu_changes_the_window_and_keeps_the_work(
    qtbot: QtBot, working_window: MainWindow, report: Report,
) -> None:
    window = working_window
    session = window.session
    answers = dict(report.answers)
    steps = session.undo_stack.count()
    assert steps == 2 and session.dirty
    assert window.next_button.text() == "&Next >"

    # Alt+L opens the Language menu; the arrow keys and Enter choose Français
    qtbot.keyClick(window, Qt.Key.Key_L, ALT)
    menu = window.language_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is window.language_actions["fr"]
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: language.current() == "fr", timeout=3000)

    assert window.next_button.text() == "&Suivant >"
    assert window.back_button.text() == "< &Précédent"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Fichier", "&Édition", "&Navigation", "&Langue", "&Aide"]
    assert window.language_actions["fr"].isChecked()
    item = window.navigator.item(1)
    assert item is not None and "Pas commencée" in item.text()
    question = report.template.question("1.2")
    assert row(window, "1.2").text_label.text() == localized(question.text, "fr")
    assert settings.settings().value(language.SETTING) == "fr", "remembered for next time"

    # the same report, answers, unsaved state and undo history
    assert window.session is session and session.report is report
    assert report.answers == answers
    assert session.dirty and window.isWindowModified()
    assert session.undo_stack.count() == steps
    assert field(window, "1.1.a").text() == "National Focal Point"  # type: ignore[attr-defined]

    # a click on Español: the questions are now in Spanish (the template has them)
    language_title = window.menuBar().actions()[3]
    window.menuBar().setActiveAction(language_title)
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    spanish = window.language_actions["es"]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(spanish).center())
    qtbot.waitUntil(lambda: language.current() == "es", timeout=3000)
    text = row(window, "1.1").text_label.text()
    assert text == localized(report.template.question("1.1").text, "es")
    assert text.startswith("¿Ha establecido su país")
    assert window.next_button.text() == "&Siguiente >"

    # and the undo history still works, shown in the rebuilt page
    qtbot.keyClick(field(window, "1.1.a"), Qt.Key.Key_Z, CTRL)
    assert report.answer("1.1.a") is None
    assert field(window, "1.1.a").text() == ""  # type: ignore[attr-defined]
    assert session.undo_stack.count() == steps


def test_switching_keeps_the_page_and_the_field_being_edited(
    qtbot: QtBot, working_window: MainWindow,
) -> None:
    window = working_window
    name = field(window, "1.1.c", "name")
    name.setFocus()
    window.set_language("ru")
    assert window.current == 0
    focus = QApplication.focusWidget()
    assert focus is field(window, "1.1.c", "name"), "the cursor stays in the same field"
    assert CYRILLIC.search(window.next_button.text())
    window.show_page(2)
    window.set_language("en")
    assert window.current == 2


def test_arabic_lays_the_whole_window_out_right_to_left(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.interface_language.setFocus()
    for _step in range(3):  # English, Français, Español, العربية: each takes effect at once
        qtbot.keyClick(screen.interface_language, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: language.current() == "ar", timeout=3000)

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.isRightToLeft()
    assert screen.focusWidget() is screen.interface_language, "the chooser keeps the keyboard"
    assert ARABIC.search(screen.create_button.text())
    assert ARABIC.search(screen.windowTitle())

    window = open_window(report)
    assert window.isRightToLeft() and window.navigator.isRightToLeft()
    # the navigator sits on the right, the pages on the left
    assert window.navigator.mapTo(window, window.navigator.rect().topLeft()).x() > (
        window.width() // 2)
    assert ARABIC.search(window.next_button.text())
    problems = row(window, "1.1").problem_list
    problems.show_lines([(True, "Required.")])
    qtbot.waitUntil(lambda: problems.width() > 20 and problems.height() > 10)
    picture = problems.grab().toImage()
    middle = picture.height() // 2
    # the bar that marks a problem is on the side where Arabic lines start
    assert picture.pixelColor(picture.width() - 2, middle).name() == style.ERROR_ICON
    assert picture.pixelColor(1, middle).name() == style.ERROR_BACKGROUND

    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.isRightToLeft()


def test_chinese_shows_the_questions_in_chinese(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    window.set_language("zh")
    text = row(window, "1.1").text_label.text()
    assert text == localized(report.template.question("1.1").text, "zh")
    assert CJK.search(text)
    heading = window.pages[0].heading  # type: ignore[attr-defined]
    assert isinstance(heading, QLabel) and CJK.search(heading.text())
    assert window.next_button.text() == "下一步(&N) >"
    radio = row(window, "1.1").control.fields()[0].widget
    assert isinstance(radio, QWidget) and radio.property("text") == "是"


def test_a_problem_beside_a_field_is_in_the_interface_language(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    window = open_window(report)
    choose(qtbot, window, "1.2", "yes")
    type_in(qtbot, window, "1.2.1", "name", "Daniel Otieno")
    type_in(qtbot, window, "1.2.1", "email", "npc@police")
    problems = row(window, "1.2.1").problem_list
    qtbot.waitUntil(problems.isVisible, timeout=3000)
    assert problems.texts[0].startswith("Error: (e) E-mail: Enter an e-mail address")

    window.set_language("ru")  # the problem showing is worded again
    problems = row(window, "1.2.1").problem_list
    assert problems.isVisibleTo(window)
    assert problems.texts[0].startswith("Ошибка: ")
    assert "Введите адрес электронной почты" in problems.texts[0]

    # mended, and a new problem (a number not in international format): in Russian too
    type_in(qtbot, window, "1.2.1", "email", ".go.ke")
    type_in(qtbot, window, "1.2.1", "telephone", "020 3343000")
    lines = lambda: row(window, "1.2.1").problem_list.texts  # noqa: E731
    qtbot.waitUntil(lambda: len(lines()) == 1 and lines()[0].startswith("Предупреждение: "),
                    timeout=3000)

    window.show_review()
    review = window.pages[window.current]
    summary = review.summary.text()  # type: ignore[attr-defined]
    assert summary.startswith("0 ошибок, 1 предупреждение, "), summary


@pytest.mark.parametrize("lang", ("en", *TRANSLATED))
def test_keyboard_accelerators_are_unique_in_every_language(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, lang: str,
) -> None:
    language.install(lang)
    window = open_window(report)
    bar = [a.text() for a in window.menuBar().actions()]
    buttons = [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]
    assert _unique(bar + buttons) == [], "Alt+letter in the window"
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert _unique([a.text() for a in menu.actions()]) == [], menu.title()
    screen = StartScreen()
    qtbot.addWidget(screen)
    texts = [w.text() for w in screen.findChildren(QLabel) + screen.findChildren(QPushButton)]
    assert _unique(texts) == [], "Alt+letter on the start screen"
