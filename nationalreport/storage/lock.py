"""A lock file beside a draft, so that two windows never edit one draft at once.

The lock is ``.<draft name>.lock`` in the draft's folder. It appears whole or not at
all (written under a temporary name, then linked into place, which fails if a lock is
already there), and says who holds it (user, computer, process, since when), so the
second window can tell the official who to ask.

A lock left by a process that no longer runs on this computer, or that ran before the
computer last started, is taken over. Two windows finding the same stale lock at once
take it over one at a time (under a short-lived ``.takeover`` file), so only one of
them ends up holding the draft. A lock that cannot be read (a power cut before its
content reached the disk) is stale once it is a minute old.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from nationalreport.report.serialize import now, parse_timestamp
from nationalreport.storage.errors import DraftLocked

#: An unreadable lock younger than this may be one being written right now.
UNREADABLE_STALE_SECONDS = 60.0
#: A takeover file older than this was left by a process killed while taking over.
TAKEOVER_STALE_SECONDS = 10.0
#: How long ``acquire`` keeps trying while another window is taking over the same lock.
ACQUIRE_PATIENCE_SECONDS = 2.0


def lock_path(draft: str | Path) -> Path:
    draft = Path(draft)
    return draft.with_name(f".{draft.name}.lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors where no user name is set
        return "unknown"


@functools.cache
def host_name() -> str:
    """This computer's network name, as ``socket.gethostname`` gives it.

    Where the system names itself in ``uname`` (Linux, macOS), the name is taken from
    there: the same name, without loading the network modules at start-up.
    """
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket  # pragma: no cover - Windows

    return socket.gethostname()  # pragma: no cover - Windows


@functools.cache
def boot_id() -> str | None:
    """An identifier of this start of the computer, where the system gives one (Linux)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read().strip() or None
    except OSError:
        return None


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this computer (errs on the side of "yes")."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # no such process (or no such number)
        return False
    except PermissionError:
        return True
    return True


def process_gone(host: object, pid: object, boot: object) -> bool:
    """Whether the process recorded as (``host``, ``pid``, ``boot``) has certainly ended.

    Only a process of this computer can be checked. One that ran before the computer's
    last start has ended, whatever process now has its number.
    """
    if host != host_name() or not isinstance(pid, int) or isinstance(pid, bool):
        return False
    ours = boot_id()
    if isinstance(boot, str) and ours is not None and boot != ours:
        return True
    if pid == os.getpid():
        return False
    return not process_alive(pid)


def describe_holder(holder: dict[str, Any]) -> str:
    """``amina on LAPTOP-7 since 29 November 2026 at 09:30``, in this computer's time."""
    return (f"{holder.get('user', 'someone')} on {holder.get('host', 'another computer')} "
            f"since {_local_time(holder.get('since'))}")


def _local_time(stamp: Any) -> str:
    """A recorded UTC stamp as this computer's clock shows it (the stamp itself if unreadable)."""
    moment = parse_timestamp(stamp) if isinstance(stamp, str) else None
    if moment is None:
        return str(stamp)[:40] if stamp else "an unknown time"
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


UNREADABLE_HOLDER: dict[str, Any] = {"user": "someone", "host": "an unknown computer", "pid": -1}


class DraftLock:
    """Exclusive editing of one draft; use as a context manager or acquire/release."""

    def __init__(self, draft: str | Path) -> None:
        self.draft = Path(draft)
        self.path = lock_path(draft)
        self.held = False
        self.info: dict[str, Any] = {
            "user": _user(),
            "host": host_name(),
            "pid": os.getpid(),
            "since": now(),
            "program": "nationalreport",
        }
        boot = boot_id()
        if boot is not None:
            self.info["boot"] = boot

    # ------------------------------------------------------------ reading

    def _read_raw(self) -> bytes | None:
        """The lock file's bytes; ``None`` if there is none (``OSError`` if unreadable)."""
        try:
            with open(self.path, "rb") as handle:
                return handle.read(64 * 1024)
        except FileNotFoundError:
            return None

    @staticmethod
    def _parse(raw: bytes) -> dict[str, Any] | None:
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def holder(self) -> dict[str, Any] | None:
        """Who holds the lock now, or ``None``."""
        try:
            raw = self._read_raw()
        except OSError:
            return dict(UNREADABLE_HOLDER)
        if raw is None:
            return None
        return self._parse(raw) or dict(UNREADABLE_HOLDER)

    def _age(self, path: Path) -> float:
        try:
            return time.time() - path.stat().st_mtime
        except OSError:
            return 0.0

    def _stale(self, holder: dict[str, Any] | None) -> bool:
        if holder is None:
            return self._age(self.path) > UNREADABLE_STALE_SECONDS
        return process_gone(holder.get("host"), holder.get("pid"), holder.get("boot"))

    def _ours(self, holder: dict[str, Any] | None) -> bool:
        if holder is None or holder.get("pid") != os.getpid():
            return False
        boot, ours = holder.get("boot"), self.info.get("boot")
        return holder.get("host") == self.info["host"] and (boot is None or ours is None
                                                            or boot == ours)

    # ------------------------------------------------------------ taking

    def _create(self) -> bool:
        """Put a complete lock file in place; False if a lock is already there.

        ``OSError`` (other than "already there") means the folder cannot take a lock.
        """
        data = json.dumps(self.info).encode("utf-8")
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        try:
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(temp, self.path)
                return True
            except FileExistsError:
                return False
            except OSError:
                pass
            # A file system without hard links (FAT on a USB stick): create exclusively,
            # then fill in.
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                return False
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            return True
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)

    def _tidy(self) -> None:
        """Remove temporary lock files of windows killed while they took a lock."""
        from nationalreport.storage.atomic import remove_stale_temps

        remove_stale_temps(self.path.parent, self.path.name)

    def _take_over(self, stale: bytes) -> bool:
        """Remove the lock if it still holds ``stale``; False if another window is at it."""
        guard = self.path.with_name(self.path.name + ".takeover")
        try:
            fd = os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if self._age(guard) > TAKEOVER_STALE_SECONDS:
                with contextlib.suppress(OSError):
                    guard.unlink()
            return False
        os.close(fd)
        try:
            if self._read_raw() == stale:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
            return True
        finally:
            with contextlib.suppress(OSError):
                guard.unlink()

    def acquire(self) -> None:
        """Take the lock, or raise ``DraftLocked`` naming who holds it."""
        if self.held:
            return
        deadline = time.monotonic() + ACQUIRE_PATIENCE_SECONDS
        shown = dict(UNREADABLE_HOLDER)
        while time.monotonic() < deadline:
            try:
                if self._create():
                    self.held = True
                    self._tidy()
                    return
            except OSError:
                # A read-only folder or medium: nobody can hold a lock there, and saving
                # would fail anyway, which save reports in its own words.
                return
            try:
                raw = self._read_raw()
            except OSError:
                raise DraftLocked(f"{self.draft} is locked by a lock file that cannot be "
                                  f"read ({self.path})", shown) from None
            if raw is None:  # released in the meantime
                continue
            holder = self._parse(raw)
            shown = holder or dict(UNREADABLE_HOLDER)
            if self._ours(holder):
                raise DraftLocked(f"{self.draft} is already open in this program", shown)
            if not self._stale(holder):
                raise DraftLocked(
                    f"{self.draft} is being edited by {describe_holder(shown)}; "
                    "open it again when they have closed it, or open a copy",
                    shown,
                )
            try:
                taken = self._take_over(raw)
            except OSError:
                return
            if not taken:
                time.sleep(0.02)
        raise DraftLocked(f"{self.draft} is being opened in another window at this moment; "
                          "try again in a few seconds", shown)

    def release(self) -> None:
        if not self.held:
            return
        try:
            raw = self._read_raw()
        except OSError:
            raw = None
        if raw is not None and self._ours(self._parse(raw)):
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False

    def __enter__(self) -> DraftLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
