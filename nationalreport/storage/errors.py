"""Why a draft could not be read or written, in one sentence a person understands.

Every failure of storage is one of these; the command line and the window show
``str(error)`` and nothing else, never a traceback.
"""

from __future__ import annotations

from typing import Any


class StorageError(Exception):
    """Base of every storage failure; the message is one plain line."""

    #: Exit status of the command line for this failure (design.md: 2 = unreadable).
    exit_code = 2


class DraftUnreadable(StorageError):
    """The file is missing, a folder, too large, not text or not JSON."""


class NotADraft(StorageError):
    """The file is JSON but not a draft or submission of this program."""


class DraftFromFuture(StorageError):
    """Written by a newer version of the program, in a format this one does not know."""


class UnknownTemplate(StorageError):
    """Made with a template this program neither has nor can migrate from."""


class MigrationFailed(StorageError):
    """An older draft could not be brought up to date; the file is left as it was."""


class SaveFailed(StorageError):
    """A draft could not be written; the previous file on disk is unchanged."""


class DraftLocked(StorageError):
    """Another window or person is editing the draft."""

    def __init__(self, message: str, holder: dict[str, Any]) -> None:
        super().__init__(message)
        self.holder = holder
