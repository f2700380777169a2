"""Writing a file so that a crash, a power cut or a full disk never leaves half of it.

The new bytes go to a temporary file in the same folder, are flushed and synced,
then renamed over the old file, and the folder itself is synced so that the rename
survives a power cut. Whatever happens, the file on disk is the old version or the
new one, whole.

A file that was there keeps its permissions; a new one gets those any program would
give it (``0o666`` less the umask), unless the caller asks for others (the journal is
readable by its owner only).

A process killed between writing and renaming leaves its hidden temporary file
(``.<name>.<pid>.<random>.tmp``): never in place of the file, and never named like a
draft. The next write of the same name removes those whose process no longer runs,
so they do not pile up.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from nationalreport.storage.errors import SaveFailed
from nationalreport.storage.lock import process_alive

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"

#: What follows ``.<name>.`` in a temporary file's name: the writer's pid, a random part.
_TEMP_TAIL = re.compile(r"(\d+)\.[A-Za-z0-9_]+\.tmp")

#: Names of the temporary files this process is using right now (another thread may be
#: saving); any other of its own that is still there was left by a failed clean-up.
_IN_USE: set[str] = set()


def plain_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in words an official understands."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk or folder is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission was refused"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "a folder has that name"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno == errno.EIO:
        return "the disk reported an error (is it still connected?)"
    return exc.strerror or exc.__class__.__name__


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK_AT_START = _read_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return _UMASK_AT_START


def _mode_for(path: Path, mode: int | None) -> int:
    """The permissions of the new version of ``path``."""
    if mode is not None:
        return mode
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_name(name: str) -> str:
    """A fresh hidden name for a temporary copy of ``name`` made by this process."""
    return f".{name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}"


def remove_stale_temps(folder: Path, name: str) -> list[Path]:
    """Remove temporary files of ``name`` left in ``folder`` by processes that were killed.

    Only names made by this module are touched, and only those of a process that no
    longer runs (or of this one, no longer in use): a save going on in another window
    is left alone.
    """
    prefix = f".{name}."
    removed: list[Path] = []
    try:
        with os.scandir(folder) as listing:
            candidates = [entry.name for entry in listing
                          if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return removed
    for candidate in candidates:
        match = _TEMP_TAIL.fullmatch(candidate, len(prefix))
        if match is None:
            continue
        pid = int(match.group(1))
        if candidate in _IN_USE if pid == os.getpid() else process_alive(pid):
            continue
        with contextlib.suppress(OSError):
            os.unlink(folder / candidate)
            removed.append(folder / candidate)
    return removed


def _done_with(*temps: Path) -> None:
    """Remove temporary names (those already renamed are gone) and forget them.

    Removing after a rename matters too: renaming one name of a file over another
    name of the same file (a draft and its backup left as one file by a save killed
    between its two renames) does nothing and leaves the temporary name.
    """
    _IN_USE.difference_update(temp.name for temp in temps)
    for temp in temps:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _write_temp(folder: Path, name: str, data: bytes, mode: int = 0o600) -> Path:
    fd, made = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=TEMP_SUFFIX,
                                dir=folder)
    temp = Path(made)
    _IN_USE.add(temp.name)
    try:
        if mode != 0o600 and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _done_with(temp)
        raise
    return temp


def _link_aside(path: Path) -> Path:
    """A second name for the current ``path`` (hard link where possible, else a copy)."""
    temp = _folder(path) / _temp_name(path.name)
    _IN_USE.add(temp.name)
    try:
        try:
            os.link(path, temp)
        except OSError:
            shutil.copyfile(path, temp)
            with open(temp, "rb") as handle:
                os.fsync(handle.fileno())
    except BaseException:
        _done_with(temp)
        raise
    return temp


def _keep_backup(path: Path, backup: Path) -> None:
    """Keep the current file as ``backup``; a failure leaves no temporary file behind."""
    temp = _link_aside(path)
    try:
        os.replace(temp, backup)
    finally:
        _done_with(temp)


def _unchanged(existed: int) -> str:
    if not existed:
        return "nothing was written"
    if existed == 1:
        return "the previous version on disk is unchanged"
    return "the previous versions on disk are unchanged"


def atomic_write(path: str | Path, data: bytes, *, backup: bool = False,
                 verb: str = "save", mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; keep the old file as ``<path>.bak`` if asked.

    Raises ``SaveFailed`` with a plain reason ("cannot save PATH: the disk is full; the
    previous version on disk is unchanged"); the old file is then untouched and no
    temporary file is left behind. ``verb`` is the word the message uses; ``mode``, the
    permissions (by default those of the file replaced, or the usual ones for a new file).
    """
    path = Path(path)
    folder = _folder(path)
    if path.is_dir():
        raise SaveFailed(f"cannot {verb} {path}: a folder has that name")
    existed = path.exists()
    temp: Path | None = None
    try:
        temp = _write_temp(folder, path.name, data, _mode_for(path, mode))
        if backup and path.is_file():
            _keep_backup(path, path.with_name(path.name + BACKUP_SUFFIX))
        os.replace(temp, path)
    except OSError as exc:
        raise SaveFailed(f"cannot {verb} {path}: {plain_reason(exc)}; "
                         f"{_unchanged(int(existed))}") from exc
    finally:
        if temp is not None:
            _done_with(temp)
    sync_folder(folder)
    remove_stale_temps(folder, path.name)


def atomic_write_all(files: Sequence[tuple[str | Path, bytes]], *, verb: str = "write") -> None:
    """Replace several files together: all get their new bytes, or none does.

    Every new file is first written whole under a temporary name (where a full disk or a
    read-only folder shows itself); only then are they renamed into place. Should a
    rename still fail, the files already renamed get their previous versions back.
    Raises ``SaveFailed`` naming the file and the reason.
    """
    targets = [(Path(path), data) for path, data in files]
    for path, _data in targets:
        if path.is_dir():
            raise SaveFailed(f"cannot {verb} {path}: a folder has that name")
    existed = sum(1 for path, _data in targets if path.exists())
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in targets:
            try:
                staged.append((_write_temp(_folder(path), path.name, data,
                                           _mode_for(path, None)), path))
            except OSError as exc:
                raise SaveFailed(f"cannot {verb} {path}: {plain_reason(exc)}; "
                                 f"{_unchanged(existed)}") from exc
        _replace_all(staged, verb, existed)
    finally:
        _done_with(*(temp for temp, _path in staged))
    for folder in dict.fromkeys(_folder(path) for path, _data in targets):
        sync_folder(folder)
    for path, _data in targets:
        remove_stale_temps(_folder(path), path.name)


def _replace_all(staged: list[tuple[Path, Path]], verb: str, existed: int) -> None:
    """Rename each temporary file over its target, undoing the earlier ones on failure."""
    asides: list[Path] = []
    done: list[tuple[Path, bool, Path | None]] = []
    try:
        for temp, path in staged:
            was_there = path.exists()
            aside = None
            if len(staged) > 1 and was_there:
                with contextlib.suppress(OSError):
                    aside = _link_aside(path)
                    asides.append(aside)
            try:
                os.replace(temp, path)
            except OSError as exc:
                lost = _undo(done)
                done = []
                tail = (_unchanged(existed) if not lost else
                        f"{' and '.join(str(p) for p in lost)} "
                        f"{'was' if len(lost) == 1 else 'were'} written nevertheless")
                raise SaveFailed(f"cannot {verb} {path}: {plain_reason(exc)}; {tail}") from exc
            done.append((path, was_there, aside))
        done = []
    finally:
        _undo(done)  # only after an interruption (KeyboardInterrupt, MemoryError)
        _done_with(*asides)


def _undo(done: list[tuple[Path, bool, Path | None]]) -> list[Path]:
    """Put back what the renames in ``done`` replaced; the files that could not be."""
    lost: list[Path] = []
    for path, was_there, aside in reversed(done):
        try:
            if aside is not None:
                os.replace(aside, path)
            elif not was_there:
                os.unlink(path)
            else:
                lost.append(path)
        except OSError:
            lost.append(path)
    return lost
