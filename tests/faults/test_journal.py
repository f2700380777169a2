"""The autosave journal when the disk fails, and after the computer restarts.

Autosave runs from the window's timer: a full disk must not raise out of it (nor stop
it for good), and the official's words must still reach the journal once there is
room. An entry from before a restart must be offered for recovery even if another
process now has the number of the one that wrote it.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from nationalreport.report import Report
from nationalreport.storage import Autosaver, Journal, SaveFailed
from nationalreport.storage.journal import AUTOSAVE_DELAY
from nationalreport.storage.lock import boot_id
from tests.faults.inject import Fault, Injector, refuse_writes_in, temporaries


def waiting(saver: Autosaver) -> tuple[str | None, float | None]:
    """Why the journal could not be written, and since when a change waits for it."""
    return saver.error, saver.dirty_since


def test_autosave_on_a_full_disk_says_why_and_tries_again_later(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path / "journal")
    saver = Autosaver(journal, report, tmp_path / "kenya.json")
    report.set_answer("1.1.a", "Typed while the disk was full")
    saver.changed(when=100.0)
    with monkeypatch.context() as patch:
        injector = Injector(Fault("raise", kind="write", every=True, code=errno.ENOSPC))
        injector.install(patch.setattr)
        assert saver.tick(when=100.0 + AUTOSAVE_DELAY) is False
        assert injector.fired, "the journal was not even tried"
        error, since = waiting(saver)
        assert error is not None and "the disk is full" in error
        assert str(journal.folder) in error
        assert since is not None, "the change must still be waiting to be kept"
        tries = len(injector.fired)
        assert saver.tick(when=100.0 + AUTOSAVE_DELAY + 0.25) is False
        assert len(injector.fired) == tries, "it must wait before trying again"
    assert temporaries(journal.folder) == []
    assert journal.entries() == []

    assert saver.tick(when=100.0 + 2 * AUTOSAVE_DELAY + 0.25) is True
    assert waiting(saver) == (None, None)
    (entry,) = journal.entries()
    assert journal.recover(entry).answer("1.1.a") == "Typed while the disk was full"


def test_a_journal_folder_that_cannot_be_made_is_a_plain_storage_error(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "data"
    parent.mkdir()
    journal = Journal(parent / "journal")
    saver = Autosaver(journal, report, None)
    report.set_answer("1.1.a", "words")
    saver.changed(when=0.0)
    with monkeypatch.context() as patch:
        refuse_writes_in(patch.setattr, parent, errno.EACCES)
        with pytest.raises(SaveFailed, match="permission was refused") as caught:
            journal.record(saver.key, report, None)
        assert str(parent) in str(caught.value)
        assert saver.tick(when=AUTOSAVE_DELAY) is False
        assert saver.error == str(caught.value)
    assert saver.tick(when=2 * AUTOSAVE_DELAY) is True


def test_an_entry_from_before_a_restart_is_offered_even_if_its_number_is_taken(
    report: Report, tmp_path: Path
) -> None:
    if boot_id() is None:
        pytest.skip("this system does not say when it started")
    journal = Journal(tmp_path / "journal")
    report.set_answer("1.1.a", "Typed before the power cut")
    path = journal.record("draft-0123456789abcdef", report, tmp_path / "kenya.json")
    entry = json.loads(path.read_text("utf-8"))
    # The number of the process that wrote it now belongs to a running process.
    path.write_text(json.dumps(entry | {"pid": os.getppid()}), "utf-8")
    assert journal.entries() == [], "a running window's entry is not offered"
    path.write_text(json.dumps(entry | {"pid": os.getppid(), "boot": "an earlier start"}),
                    "utf-8")
    (found,) = journal.entries()
    assert journal.recover(found).answer("1.1.a") == "Typed before the power cut"
