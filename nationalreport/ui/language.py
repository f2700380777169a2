"""The language of the window: chosen, loaded, and changed while a report is open.

The interface is translated with Qt Linguist: ``resources/translations`` holds the
``.ts`` sources and the compiled ``nationalreport_<lang>.qm``; only the one file of the
language in use is loaded (English loads its plural forms only), plus Qt's own
``qtbase_<lang>`` for the standard dialogs. The first start takes the system's
language when it is one of the six UN languages, English otherwise; the official's
choice is kept in the settings. Changing it installs the new translator, mirrors
the layout for Arabic and sets the locale that dates and numbers are written in;
every window then rebuilds its texts (``QEvent.LanguageChange``) and keeps its work.
"""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from nationalreport.formats import UN_LANGUAGES
from nationalreport.resources import resource_file
from nationalreport.ui import settings, style

#: The languages the window speaks, in the UN's order.
LANGUAGES = UN_LANGUAGES
#: Each language's name in itself, as a chooser shows it.
NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية",
         "ru": "Русский", "zh": "中文"}
#: The locale dates and numbers are written in (Modern Standard Arabic with the
#: digits 0-9 of UN documents; Simplified Chinese).
LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_001", "ru": "ru_RU",
           "zh": "zh_CN"}
#: Qt's own catalogue for each language (standard dialogs and buttons).
QT_CATALOGUES = {"fr": "qtbase_fr", "es": "qtbase_es", "ar": "qtbase_ar", "ru": "qtbase_ru",
                 "zh": "qtbase_zh_CN"}
RIGHT_TO_LEFT = style.RIGHT_TO_LEFT
SETTING = "interface/language"


class _Installed:
    """The language in use and the translators that speak it (kept alive here)."""

    language = "en"
    translators: list[QTranslator] = []  # noqa: RUF012 - one shared state
    #: The application the translators were installed in (none yet).
    app: QCoreApplication | None = None


def system_language(locale: QLocale | None = None) -> str:
    """The UN language of ``locale`` (the system's by default), or English."""
    locale = locale if locale is not None else QLocale.system()
    for name in (*locale.uiLanguages(), locale.name()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language() -> str | None:
    """The language the official chose, if any."""
    value = settings.settings().value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def chosen() -> str:
    """The language to start in: the official's choice, else the system's."""
    return saved_language() or system_language()


def current() -> str:
    """The language the window speaks now (template texts and messages follow it)."""
    return _Installed.language


def is_right_to_left(language: str | None = None) -> bool:
    return (language or current()) in RIGHT_TO_LEFT


def locale(language: str | None = None) -> QLocale:
    """The locale dates and numbers are written in for ``language``."""
    return QLocale(LOCALES.get(language or current(), "en_GB"))


def loaded() -> list[str]:
    """The files of the translations in use (for a check that only one language loads)."""
    return [translator.filePath() for translator in _Installed.translators]


def catalogue(language: str) -> str:
    """The file name of the program's compiled translations for ``language``."""
    return f"nationalreport_{language}.qm"


def _load(translator: QTranslator, language: str) -> bool:
    node = resource_file("translations", catalogue(language))
    if not node.is_file():
        return False
    with as_file(node) as path:
        return translator.load(str(path))


def install(language: str) -> str:
    """Speak ``language`` from now on (unknown codes mean English); returns the code.

    Installing a translator makes Qt send ``LanguageChange`` to every widget.
    """
    language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    if app is not None and app is _Installed.app and language == _Installed.language:
        return language
    for old in _Installed.translators:
        QCoreApplication.removeTranslator(old)
    translators: list[QTranslator] = []
    if app is not None:
        ours = QTranslator(app)
        if _load(ours, language):
            translators.append(ours)
        qt_name = QT_CATALOGUES.get(language)
        if qt_name:
            qt = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(qt_name, folder):
                translators.append(qt)
    _Installed.translators = translators
    _Installed.language = language
    _Installed.app = app
    QLocale.setDefault(locale(language))
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    if isinstance(app, QApplication):
        direction = (Qt.LayoutDirection.RightToLeft if is_right_to_left(language)
                     else Qt.LayoutDirection.LeftToRight)
        QApplication.setLayoutDirection(direction)
        app.setApplicationDisplayName(QCoreApplication.translate("app", "National report"))
        style.use_language(language)
    return language


def choose(language: str) -> bool:
    """The official chose ``language``: remember it and speak it; False if already spoken."""
    if language not in LANGUAGES:
        return False
    store = settings.settings()
    store.setValue(SETTING, language)
    store.sync()
    if language == current():
        return False
    install(language)
    return True
