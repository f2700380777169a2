"""Breaking the file-system calls a save is made of, one at a time.

``Injector`` wraps the calls that writing a file goes through (create the temporary
file, write, flush, fsync, link, rename, open and fsync the folder, list the folder,
remove) and numbers them as they happen. A ``Fault`` picks one of them, by its number
or by its kind and occurrence, and makes it raise an ``OSError`` or another exception,
or kills the process before it, after it, or (for a write) half-way through.
Tests use it in-process through ``monkeypatch``; child processes through ``setattr``.

``refuse_writes_in`` makes a folder behave as read-only for tests run as root, where
``chmod`` does not stop writes.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Exit status of a child process killed by an injected fault.
DIED = 86

#: What a fault can do. "raise" raises ``OSError(errno)``; "interrupt" raises
#: ``KeyboardInterrupt`` (an exception that is not an ``OSError``); "die-before",
#: "die-after" end the process with ``os._exit`` before or after the real call;
#: "die-midway" writes half of the bytes, then ends the process.
ACTIONS = ("raise", "interrupt", "die-before", "die-after", "die-midway")

Setattr = Callable[[Any, str, Any], None]


@dataclass(frozen=True)
class Fault:
    """Which call to break, and how."""

    action: str
    index: int | None = None
    kind: str | None = None
    occurrence: int = 0
    code: int = errno.EIO
    every: bool = False

    def hits(self, index: int, kind: str, occurrence: int) -> bool:
        if self.index is not None:
            return index == self.index
        if kind != self.kind:
            return False
        return self.every or occurrence == self.occurrence


class Injector:
    """Counts the file-system calls of a save and makes one of them fail."""

    def __init__(self, fault: Fault | None = None) -> None:
        if fault is not None and fault.action not in ACTIONS:
            raise ValueError(fault.action)
        self.fault = fault
        self.steps: list[str] = []
        self.fired: list[str] = []
        self._depth = 0
        self._kinds: dict[str, int] = {}

    # ------------------------------------------------------------ the decision

    def step(self, kind: str, detail: str, call: Callable[[], Any],
             midway: Callable[[], None] | None = None) -> Any:
        """Run ``call`` as step ``kind``, unless the fault says otherwise."""
        if self._depth:
            return call()
        index = len(self.steps)
        occurrence = self._kinds.get(kind, 0)
        self._kinds[kind] = occurrence + 1
        self.steps.append(f"{kind} {detail}".rstrip())
        fault = self.fault
        hit = fault is not None and fault.hits(index, kind, occurrence)
        if hit:
            assert fault is not None
            self.fired.append(self.steps[-1])
            if fault.action == "raise":
                raise OSError(fault.code, os.strerror(fault.code))
            if fault.action == "interrupt":
                raise KeyboardInterrupt
            if fault.action == "die-before" or (fault.action == "die-midway" and midway is None):
                os._exit(DIED)
            if fault.action == "die-midway" and midway is not None:
                midway()
                os._exit(DIED)
        self._depth += 1
        try:
            return call()
        finally:
            self._depth -= 1
            if hit and fault is not None and fault.action == "die-after":
                os._exit(DIED)  # whether the call succeeded or raised

    # ------------------------------------------------------------ the wrapped calls

    def install(self, patch: Setattr) -> Injector:
        """Wrap the calls (``patch`` is ``monkeypatch.setattr`` or ``setattr``)."""
        real_mkstemp = tempfile.mkstemp
        real_fdopen = os.fdopen
        real_fsync = os.fsync
        real_link = os.link
        real_copy = shutil.copyfile
        real_replace = os.replace
        real_open = os.open
        real_scandir = os.scandir
        real_unlink = os.unlink

        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            result: tuple[int, str] = self.step("create", "<temp>",
                                                lambda: real_mkstemp(*args, **kwargs))
            return result

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = real_fdopen(fd, *args, **kwargs)
            mode = args[0] if args else kwargs.get("mode", "r")
            return _Handle(self, handle) if any(c in mode for c in "wax+") else handle

        def fsync(fd: int) -> None:
            self.step("fsync", "", lambda: real_fsync(fd))

        def link(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            self.step("link", f"{_name(src)} -> {_name(dst)}",
                      lambda: real_link(src, dst, *args, **kwargs))

        def copyfile(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
            return self.step("copy", f"{_name(src)} -> {_name(dst)}",
                             lambda: real_copy(src, dst, *args, **kwargs))

        def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            self.step("rename", f"{_name(src)} -> {_name(dst)}",
                      lambda: real_replace(src, dst, *args, **kwargs))

        def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            result: int = self.step("open", _name(path),
                                    lambda: real_open(path, flags, *args, **kwargs))
            return result

        def scandir(path: Any = ".") -> Any:
            return self.step("list", _name(path), lambda: real_scandir(path))

        def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
            self.step("remove", _name(path), lambda: real_unlink(path, *args, **kwargs))

        patch(tempfile, "mkstemp", mkstemp)
        patch(os, "fdopen", fdopen)
        patch(os, "fsync", fsync)
        patch(os, "link", link)
        patch(shutil, "copyfile", copyfile)
        patch(os, "replace", replace)
        patch(os, "open", open_)
        patch(os, "scandir", scandir)
        patch(os, "unlink", unlink)
        return self


class _Handle:
    """A file opened for writing whose ``write`` and ``flush`` are steps."""

    def __init__(self, injector: Injector, handle: Any) -> None:
        self._injector = injector
        self._handle = handle

    def write(self, data: bytes) -> int:
        def half() -> None:
            self._handle.write(data[: len(data) // 2])
            self._handle.flush()

        written: int = self._injector.step("write", f"{len(data)} bytes",
                                           lambda: self._handle.write(data), half)
        return written

    def flush(self) -> None:
        self._injector.step("flush", "", self._handle.flush)

    def fileno(self) -> int:
        fd: int = self._handle.fileno()
        return fd

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> _Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _name(path: Any) -> str:
    """A path as a step shows it: the same in every run (temporary names vary)."""
    if not isinstance(path, (str, os.PathLike)):
        return str(path)
    if os.path.isdir(path):
        return "<folder>"
    name = os.path.basename(os.fspath(path))
    return "<temp>" if name.startswith(".") and name.endswith((".tmp", ".part")) else name


# ------------------------------------------------------------------ a read-only folder


def refuse_writes_in(patch: Setattr, folder: Path, code: int = errno.EACCES, *,
                     access_too: bool = True) -> None:
    """Make every change inside ``folder`` fail with ``code``, as a read-only folder does.

    With ``access_too``, ``os.access(folder, W_OK)`` also says no, as it does for an
    ordinary user; without it, only the writes fail (a network share or a medium that
    turned read-only, where asking first does not tell).
    """
    refused = os.path.realpath(folder)

    def inside(path: Any) -> bool:
        return bool(os.path.dirname(os.path.realpath(os.fspath(path))) == refused)

    def no() -> OSError:
        return OSError(code, os.strerror(code))

    real_open = os.open
    real_replace = os.replace
    real_rename = os.rename
    real_link = os.link
    real_unlink = os.unlink
    real_mkdir = os.mkdir
    real_chmod = os.chmod
    real_access = os.access
    real_builtin_open = builtins.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & writing and inside(path):
            raise no()
        return real_open(path, flags, *args, **kwargs)

    def two(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
            if inside(src) or inside(dst):
                raise no()
            return real(src, dst, *args, **kwargs)
        return call

    def one(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if inside(path):
                raise no()
            return real(path, *args, **kwargs)
        return call

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        target = os.path.realpath(os.fspath(path))
        if mode & os.W_OK and (target == refused or inside(path)):
            return False
        result: bool = real_access(path, mode, *args, **kwargs)
        return result

    def open_file(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+") \
                and inside(file):
            raise no()
        return real_builtin_open(file, mode, *args, **kwargs)

    patch(os, "open", open_)
    patch(os, "replace", two(real_replace))
    patch(os, "rename", two(real_rename))
    patch(os, "link", two(real_link))
    patch(os, "unlink", one(real_unlink))
    patch(os, "remove", one(real_unlink))
    patch(os, "mkdir", one(real_mkdir))
    patch(os, "chmod", one(real_chmod))
    patch(builtins, "open", open_file)
    patch(io, "open", open_file)
    if access_too:
        patch(os, "access", access)


def temporaries(folder: Path) -> list[str]:
    """Hidden temporary files in ``folder`` (what an interrupted write may leave)."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(".") and p.name.endswith((".tmp", ".part")))


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []
