"""Two processes opening one draft: the second is told who holds it; stale locks are taken over.

The holder is a real second process. A lock whose process was killed, or that is
from before the computer last started, is taken over; several windows finding the
same stale lock at once end with exactly one of them holding the draft; a lock that
lost its content in a power cut does not block the draft for ever.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from nationalreport.report.serialize import parse_timestamp
from nationalreport.storage import DraftLock, DraftLocked, lock
from nationalreport.storage.lock import UNREADABLE_STALE_SECONDS, boot_id, lock_path

ROOT = Path(__file__).resolve().parents[2]

#: A process that takes the lock of argv[1], prints what happened, and holds it until
#: its standard input closes (or it is killed).
HOLDER = textwrap.dedent("""
    import sys, time
    from nationalreport.storage import DraftLock, DraftLocked
    start = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    while time.time() < start:
        pass
    lock = DraftLock(sys.argv[1])
    try:
        lock.acquire()
    except DraftLocked as exc:
        print("locked", exc.holder.get("pid"), flush=True)
    else:
        print("held", flush=True)
    sys.stdin.read()
    lock.release()
""")


def holder(draft: Path, start: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", HOLDER, str(draft), str(start)],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def answer(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    return child.stdout.readline().strip()


def finish(child: subprocess.Popen[str]) -> None:
    if child.stdin is not None:
        child.stdin.close()
    child.wait(timeout=30)
    if child.stdout is not None:
        child.stdout.close()


def recorded(draft: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(lock_path(draft).read_text("utf-8"))
    return data


def test_the_second_opener_is_told_who_holds_the_draft_and_since_when(tmp_path: Path) -> None:
    draft = tmp_path / "kenya.json"
    first = holder(draft)
    try:
        assert answer(first) == "held"
        record = recorded(draft)
        assert record["pid"] == first.pid
        with pytest.raises(DraftLocked) as caught:
            DraftLock(draft).acquire()
        message = str(caught.value)
        local = parse_timestamp(record["since"]).astimezone()  # type: ignore[union-attr]
        assert (f"is being edited by {record['user']} on {record['host']} "
                f"since {local.day} {local:%B %Y} at {local:%H:%M}") in message
        assert record["host"] == socket.gethostname() and record["since"].endswith("Z")
        assert caught.value.holder == record
        assert "\n" not in message and str(draft) in message
        assert recorded(draft) == record, "the refused opener must not touch the lock"
    finally:
        finish(first)
    assert not lock_path(draft).exists()
    with DraftLock(draft) as mine:
        assert mine.held and recorded(draft)["pid"] == os.getpid()


def test_the_lock_of_a_killed_window_is_taken_over(tmp_path: Path) -> None:
    draft = tmp_path / "kenya.json"
    dead = holder(draft)
    assert answer(dead) == "held"
    os.kill(dead.pid, signal.SIGKILL)
    finish(dead)
    assert recorded(draft)["pid"] == dead.pid, "a killed window leaves its lock behind"

    mine = DraftLock(draft)
    mine.acquire()
    assert mine.held and recorded(draft)["pid"] == os.getpid()
    # And the next window is told about this one, not about the dead one.
    second = holder(draft)
    try:
        assert answer(second) == f"locked {os.getpid()}"
    finally:
        finish(second)
    mine.release()
    assert not lock_path(draft).exists()


def test_windows_racing_for_one_stale_lock_end_with_one_holder(tmp_path: Path) -> None:
    draft = tmp_path / "kenya.json"
    dead = holder(draft)
    assert answer(dead) == "held"
    os.kill(dead.pid, signal.SIGKILL)
    finish(dead)
    start = time.time() + 1.0
    racers = [holder(draft, start) for _ in range(4)]
    try:
        said = [answer(racer) for racer in racers]
        winners = [racer.pid for racer, what in zip(racers, said, strict=True) if what == "held"]
        assert len(winners) == 1, said
        assert recorded(draft)["pid"] == winners[0]
        assert all(what == f"locked {winners[0]}" for what in said if what != "held"), said
    finally:
        for racer in racers:
            finish(racer)


def test_a_takeover_never_removes_the_lock_another_window_just_took(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The moment between finding a lock stale and removing it, made long on purpose."""
    draft = tmp_path / "kenya.json"
    dead = holder(draft)
    assert answer(dead) == "held"
    os.kill(dead.pid, signal.SIGKILL)
    finish(dead)

    other: list[subprocess.Popen[str]] = []
    real_alive = lock.process_alive

    def slow_check(pid: int) -> bool:
        if pid == dead.pid and not other:
            # While this window decides, another one takes the stale lock over.
            other.append(holder(draft))
            assert answer(other[0]) == "held"
        return real_alive(pid)

    monkeypatch.setattr(lock, "process_alive", slow_check)
    try:
        with pytest.raises(DraftLocked) as caught:
            DraftLock(draft).acquire()
        assert other and caught.value.holder["pid"] == other[0].pid
        assert recorded(draft)["pid"] == other[0].pid, "the other window's lock was removed"
    finally:
        for child in other:
            finish(child)


def test_a_lock_from_before_the_computer_restarted_is_taken_over(tmp_path: Path) -> None:
    if boot_id() is None:
        pytest.skip("this system does not say when it started")
    draft = tmp_path / "kenya.json"
    before_restart = DraftLock(draft).info | {"pid": os.getppid(), "boot": "an earlier start"}
    lock_path(draft).write_text(json.dumps(before_restart), "utf-8")
    # The process now numbered like the old holder runs, but it is not the old holder.
    assert lock.process_alive(os.getppid())
    with DraftLock(draft) as mine:
        assert mine.held and recorded(draft)["pid"] == os.getpid()


def test_a_lock_of_a_running_window_on_this_computer_is_respected(tmp_path: Path) -> None:
    draft = tmp_path / "kenya.json"
    running = DraftLock(draft).info | {"pid": os.getppid(), "user": "amina"}
    lock_path(draft).write_text(json.dumps(running), "utf-8")
    with pytest.raises(DraftLocked, match="being edited by amina on"):
        DraftLock(draft).acquire()
    assert recorded(draft) == running


def test_a_lock_emptied_by_a_power_cut_blocks_only_for_a_minute(tmp_path: Path) -> None:
    draft = tmp_path / "kenya.json"
    lock_path(draft).write_bytes(b"")
    with pytest.raises(DraftLocked, match="being edited by someone on an unknown computer"):
        DraftLock(draft).acquire()
    old = time.time() - UNREADABLE_STALE_SECONDS - 5
    os.utime(lock_path(draft), (old, old))
    with DraftLock(draft) as mine:
        assert mine.held and recorded(draft)["pid"] == os.getpid()


def test_without_hard_links_the_lock_is_still_taken_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick has no hard links: the lock is then created in place."""
    draft = tmp_path / "kenya.json"

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    with DraftLock(draft) as mine:
        assert mine.held and recorded(draft) == mine.info
        with pytest.raises(DraftLocked, match="already open in this program"):
            DraftLock(draft).acquire()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_what_a_window_killed_while_taking_the_lock_left_is_removed(tmp_path: Path) -> None:
    draft = tmp_path / "kenya.json"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"..kenya.json.lock.{dead.pid}.0a1b2c3d.tmp"
    left.write_text('{"user": "amina"', "utf-8")  # cut short by the kill
    with DraftLock(draft) as mine:
        assert mine.held
        assert sorted(p.name for p in tmp_path.iterdir()) == [".kenya.json.lock"]
