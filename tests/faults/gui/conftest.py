"""The window tests here use the fixtures of ``tests/gui``: settings in a temporary folder,
English, scripted dialogs (no real modal dialog ever opens) and window factories."""

from __future__ import annotations

from tests.gui.conftest import (
    Prompts,
    drafts,
    interface_language,
    open_window,
    prompts,
    qt_settings,
)

__all__ = ["Prompts", "drafts", "interface_language", "open_window", "prompts", "qt_settings"]
