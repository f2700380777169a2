"""A lock file beside a draft, so that two windows never edit one draft at once.

The lock is ``.<draft name>.lock`` in the draft's folder, created exclusively, and
says who holds it (user, computer, process, since when), so the second window can
tell the official who to ask. A lock left by a process that no longer runs on this
computer is taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from nationalreport.report.serialize import now
from nationalreport.storage.errors import DraftLocked


def lock_path(draft: str | Path) -> Path:
    draft = Path(draft)
    return draft.with_name(f".{draft.name}.lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors where no user name is set
        return "unknown"


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
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def describe_holder(holder: dict[str, Any]) -> str:
    return (f"{holder.get('user', 'someone')} on {holder.get('host', 'another computer')} "
            f"since {holder.get('since', 'an unknown time')}")


class DraftLock:
    """Exclusive editing of one draft; use as a context manager or acquire/release."""

    def __init__(self, draft: str | Path) -> None:
        self.draft = Path(draft)
        self.path = lock_path(draft)
        self.held = False
        self.info = {
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": now(),
            "program": "nationalreport",
        }

    def holder(self) -> dict[str, Any] | None:
        """Who holds the lock now, or ``None``."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {"user": "someone", "host": "an unknown computer", "pid": -1}
        return data if isinstance(data, dict) else {"pid": -1}

    def _stale(self, holder: dict[str, Any]) -> bool:
        pid = holder.get("pid")
        return (holder.get("host") == self.info["host"] and isinstance(pid, int)
                and pid != os.getpid() and not process_alive(pid))

    def acquire(self) -> None:
        """Take the lock, or raise ``DraftLocked`` naming who holds it."""
        if self.held:
            return
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder() or {}
                if holder.get("pid") == os.getpid() and holder.get("host") == self.info["host"]:
                    raise DraftLocked(
                        f"{self.draft} is already open in this program", holder
                    ) from None
                if self._stale(holder):
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise DraftLocked(
                    f"{self.draft} is being edited by {describe_holder(holder)}; "
                    "open it again when they have closed it, or open a copy",
                    holder,
                ) from None
            except OSError:
                # A read-only folder or medium: nobody can hold a lock there, and saving
                # would fail anyway, which save reports in its own words.
                return
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.info, handle)
            self.held = True
            return
        holder = self.holder() or {}
        raise DraftLocked(f"{self.draft} is being edited by {describe_holder(holder)}", holder)

    def release(self) -> None:
        if not self.held:
            return
        holder = self.holder()
        if holder and holder.get("pid") == self.info["pid"]:
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
