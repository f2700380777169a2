"""The autosave journal: what a crashed or killed session had typed, for next time.

While a report is open, its whole document is written (atomically) every few seconds
after a change to ``<user data>/journal/<key>.json``. Saving the draft, or closing it
on purpose, removes the entry. An entry still there at the next start, whose process
is gone, is work that was never saved: the program offers to recover it.

A journal that cannot be written (a full disk) never interrupts the official: the
``Autosaver`` keeps the reason in ``error`` and tries again a little later.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from pathlib import Path
from typing import NamedTuple

import platformdirs

from nationalreport.report import Report
from nationalreport.report.serialize import dumps, now
from nationalreport.storage.atomic import atomic_write, plain_reason
from nationalreport.storage.errors import NotADraft, SaveFailed, StorageError
from nationalreport.storage.files import parse_json, read_bytes, report_from_document
from nationalreport.storage.lock import boot_id, host_name, process_gone

JOURNAL_FORMAT = "nationalreport/journal"

#: Seconds between the first unrecorded change and its journal entry: typing killed
#: mid-sentence loses at most about this much (plus the window's timer interval).
AUTOSAVE_DELAY = 1.0


def data_dir() -> Path:
    """The user data folder (``NATIONALREPORT_DATA_DIR`` overrides it, for tests)."""
    override = os.environ.get("NATIONALREPORT_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("nationalreport", appauthor=False))


class JournalEntry(NamedTuple):
    """Unsaved work found in the journal."""

    key: str
    path: Path
    draft_path: Path | None
    recorded: str
    state: str
    cycle: int
    pid: int
    host: str


class Journal:
    """The journal folder, and the entry of the report open in this process."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir() / "journal"

    @staticmethod
    def key_for(draft_path: str | Path | None) -> str:
        """A stable key for a saved draft; a fresh one for a report not yet saved."""
        if draft_path is None:
            return "new-" + os.urandom(8).hex()
        absolute = os.path.abspath(os.fspath(draft_path))
        return "draft-" + hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:16]

    def record(self, key: str, report: Report, draft_path: str | Path | None) -> Path:
        """Write the whole report under ``key`` (atomic; a crash keeps the last record)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveFailed(f"cannot keep unsaved work in {self.folder}: "
                             f"{plain_reason(exc)}") from exc
        entry = {
            "format": JOURNAL_FORMAT,
            "draft_path": os.path.abspath(draft_path) if draft_path else None,
            "recorded": now(),
            "pid": os.getpid(),
            "host": host_name(),
            "boot": boot_id(),
            "document": report.to_draft(shared=True),  # written out below, then dropped
        }
        path = self.folder / f"{key}.json"
        atomic_write(path, dumps(entry), mode=0o600)  # the report's words: owner only
        return path

    def discard(self, key: str) -> None:
        """Forget an entry (after a save, a deliberate close, or a refused recovery)."""
        with contextlib.suppress(FileNotFoundError):
            (self.folder / f"{key}.json").unlink()

    def entries(self, *, include_live: bool = False) -> list[JournalEntry]:
        """Recoverable entries, newest first; those of a running window are left out."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("*.json"):
            try:
                data = parse_json(read_bytes(path), str(path))
                if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
                    continue
                document = data["document"]
                pid = int(data.get("pid", -1))
                entry = JournalEntry(
                    key=path.stem,
                    path=path,
                    draft_path=Path(data["draft_path"]) if data.get("draft_path") else None,
                    recorded=str(data.get("recorded", "")),
                    state=str(document["state"]["code"]),
                    cycle=int(document["cycle"]),
                    pid=pid,
                    host=str(data.get("host", "")),
                )
                live = (entry.host == host_name() and entry.pid != os.getpid()
                        and not process_gone(entry.host, entry.pid, data.get("boot")))
            except (StorageError, KeyError, TypeError, ValueError):
                continue
            if live and not include_live:
                continue
            found.append(entry)
        return sorted(found, key=lambda e: e.recorded, reverse=True)

    def recover(self, entry: JournalEntry) -> Report:
        """The report as it was last recorded."""
        data = parse_json(read_bytes(entry.path), str(entry.path))
        if not isinstance(data, dict) or "document" not in data:
            raise NotADraft(f"{entry.path} is not a journal entry of nationalreport")
        return report_from_document(data["document"], str(entry.path))


class Autosaver:
    """Decides when to write the journal: soon after a change, and at least every few seconds.

    The window calls ``changed()`` on every edit and ``tick()`` from a timer; a test can
    drive it with a fake clock.
    """

    def __init__(
        self,
        journal: Journal,
        report: Report,
        draft_path: str | Path | None = None,
        *,
        delay: float = AUTOSAVE_DELAY,
    ) -> None:
        self.journal = journal
        self.report = report
        self.draft_path = draft_path
        self.key = Journal.key_for(draft_path)
        self.delay = delay
        self.dirty_since: float | None = None
        self.last_write: str | None = None
        #: Why the last attempt to write the journal failed (``None`` after a success).
        self.error: str | None = None

    def changed(self, when: float | None = None) -> None:
        if self.dirty_since is None:
            self.dirty_since = time.monotonic() if when is None else when

    def tick(self, when: float | None = None) -> bool:
        """Write the journal if a change has waited ``delay`` seconds; True if written.

        Called from a timer, so it never raises: if the journal cannot be written, the
        reason goes to ``error`` and the next try comes ``delay`` seconds later.
        """
        if self.dirty_since is None:
            return False
        moment = time.monotonic() if when is None else when
        if moment - self.dirty_since < self.delay:
            return False
        try:
            return self.flush()
        except StorageError as exc:
            self.error = str(exc)
            self.dirty_since = moment
            return False

    def flush(self) -> bool:
        """Write the journal now if anything changed (``StorageError`` if it cannot be)."""
        if self.dirty_since is None:
            return False
        self.journal.record(self.key, self.report, self.draft_path)
        self.dirty_since = None
        self.last_write = now()
        self.error = None
        return True

    def saved(self, draft_path: str | Path) -> None:
        """The draft was saved: the journal entry is no longer needed."""
        self.journal.discard(self.key)
        self.draft_path = draft_path
        self.key = Journal.key_for(draft_path)
        self.dirty_since = None
        self.journal.discard(self.key)

    def closed(self) -> None:
        """The report was closed on purpose (saved, or changes refused)."""
        self.journal.discard(self.key)
        self.dirty_since = None
