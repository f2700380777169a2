"""One editor per draft, and unsaved work recovered after a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nationalreport.report import Report
from nationalreport.storage import (
    Autosaver,
    DraftLock,
    DraftLocked,
    Journal,
    save_draft,
)
from nationalreport.storage.lock import lock_path


def test_a_second_editor_is_told_who_holds_the_draft(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    save_draft(report, path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from nationalreport.storage import DraftLock
            lock = DraftLock({str(path)!r}); lock.acquire()
            print("held", flush=True); sys.stdin.readline(); lock.release()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DraftLocked) as caught:
            DraftLock(path).acquire()
        assert "is being edited by" in str(caught.value)
        assert caught.value.holder["pid"] == holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    with DraftLock(path) as lock:
        assert lock.held and lock_path(path).exists()
    assert not lock_path(path).exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = DraftLock(path).info | {"pid": dead.pid}
    lock_path(path).write_text(json.dumps(stale))
    lock = DraftLock(path)
    lock.acquire()
    assert lock.held
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    lock.release()


def test_the_same_process_cannot_open_a_draft_twice(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    with DraftLock(path), pytest.raises(DraftLocked, match="already open"):
        DraftLock(path).acquire()


def test_autosaver_writes_after_the_delay_and_forgets_on_save(
    report: Report, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "journal")
    saver = Autosaver(journal, report, None, delay=1.0)
    report.set_answer("1.1.a", "Focal Point")
    saver.changed(when=10.0)
    assert not saver.tick(when=10.5)
    assert saver.tick(when=11.1)
    (entry,) = journal.entries()
    assert entry.state == "KEN" and entry.draft_path is None
    assert journal.recover(entry).answer("1.1.a") == "Focal Point"
    saver.saved(tmp_path / "d.json")
    assert journal.entries() == []


def test_a_killed_session_is_recovered_on_the_next_start(
    tmp_path: Path, user_data: Path
) -> None:
    draft = tmp_path / "d.json"
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from nationalreport.report import Report
            from nationalreport.storage import Autosaver, Journal, save_draft
            report = Report.new("GHA", 2026, "en")
            save_draft(report, {str(draft)!r})
            saver = Autosaver(Journal(), report, {str(draft)!r}, delay=0)
            report.set_answer("1.1.a", "National Commission on Small Arms")
            saver.changed(); saver.tick()
            print("typed", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "NATIONALREPORT_DATA_DIR": str(user_data)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "typed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    entries = Journal().entries()
    assert len(entries) == 1 and entries[0].draft_path == draft
    recovered = Journal().recover(entries[0])
    assert recovered.answer("1.1.a") == "National Commission on Small Arms"
    assert recovered.state == "GHA"


def test_a_damaged_journal_entry_is_ignored_not_fatal(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    (tmp_path / "new-broken.json").write_bytes(b"\x00\x01garbage")
    assert journal.entries() == []
    assert (tmp_path / "new-broken.json").exists()


def test_the_holder_is_described_in_this_computers_time() -> None:
    from datetime import UTC, datetime

    from nationalreport.storage.lock import describe_holder

    local = datetime(2026, 11, 29, 9, 30, tzinfo=UTC).astimezone()
    said = describe_holder({"user": "amina", "host": "LAPTOP-7", "since": "2026-11-29T09:30:00Z"})
    assert said == f"amina on LAPTOP-7 since {local.day} {local:%B %Y} at {local:%H:%M}"
    assert describe_holder({"since": "x" * 500}) == f"someone on another computer since {'x' * 40}"
    assert describe_holder({}).endswith("since an unknown time")
