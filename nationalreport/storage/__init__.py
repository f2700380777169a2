"""Drafts on disk: atomic saves, the autosave journal, locks and migration."""

from nationalreport.storage.atomic import atomic_write
from nationalreport.storage.errors import (
    DraftFromFuture,
    DraftLocked,
    DraftUnreadable,
    MigrationFailed,
    NotADraft,
    SaveFailed,
    StorageError,
    UnknownTemplate,
)
from nationalreport.storage.files import (
    MAX_DRAFT_BYTES,
    draft_bytes,
    load_draft,
    report_from_bytes,
    save_draft,
)
from nationalreport.storage.journal import Autosaver, Journal, JournalEntry, data_dir
from nationalreport.storage.lock import DraftLock

__all__ = [
    "MAX_DRAFT_BYTES",
    "Autosaver",
    "DraftFromFuture",
    "DraftLock",
    "DraftLocked",
    "DraftUnreadable",
    "Journal",
    "JournalEntry",
    "MigrationFailed",
    "NotADraft",
    "SaveFailed",
    "StorageError",
    "UnknownTemplate",
    "atomic_write",
    "data_dir",
    "draft_bytes",
    "load_draft",
    "report_from_bytes",
    "save_draft",
]
