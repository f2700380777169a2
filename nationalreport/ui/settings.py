"""What the window remembers between sessions: geometry, splitter, recent drafts, language.

Settings are an INI file in the user's configuration folder (``QSettings`` with
``IniFormat``), so they are readable and the same on every platform. Tests point
Qt at a temporary folder with ``QSettings.setPath`` before anything is read.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "nationalreport"
APPLICATION = "nationalreport"
RECENT_KEY = "recent/drafts"
RECENT_MAX = 8


def settings() -> QSettings:
    """The program's settings store."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def recent_drafts(*, existing_only: bool = True) -> list[str]:
    """Drafts opened or saved lately, newest first (files since removed are left out)."""
    paths = _as_list(settings().value(RECENT_KEY))
    if existing_only:
        paths = [p for p in paths if Path(p).is_file()]
    return paths


def remember_draft(path: str | os.PathLike[str]) -> None:
    """Put ``path`` at the top of the recent drafts."""
    absolute = os.path.abspath(os.fspath(path))
    store = settings()
    paths = [p for p in _as_list(store.value(RECENT_KEY)) if p != absolute]
    store.setValue(RECENT_KEY, [absolute, *paths][:RECENT_MAX])
    store.sync()

