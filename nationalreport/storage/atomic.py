"""Writing a file so that a crash, a power cut or a full disk never leaves half of it.

The new bytes go to a temporary file in the same folder, are flushed and synced,
then renamed over the old file, and the folder itself is synced so that the rename
survives a power cut. Whatever happens, the file on disk is the old version or the
new one, whole.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from nationalreport.storage.errors import SaveFailed

BACKUP_SUFFIX = ".bak"


def _reason(exc: OSError) -> str:
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
    return exc.strerror or exc.__class__.__name__


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


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return Path(temp)


def _keep_backup(path: Path, backup: Path) -> None:
    """Keep the current file as ``backup`` (hard link where possible, else a copy)."""
    folder = path.parent
    temp = folder / f".{backup.name}.{os.getpid()}.tmp"
    with contextlib.suppress(OSError):
        os.unlink(temp)
    try:
        os.link(path, temp)
    except OSError:
        shutil.copyfile(path, temp)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
    os.replace(temp, backup)


def atomic_write(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically; keep the old file as ``<path>.bak`` if asked.

    Raises ``SaveFailed`` with a plain reason; the old file is then untouched and no
    temporary file is left behind.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SaveFailed(f"cannot save {path}: a folder has that name")
    temp: Path | None = None
    try:
        temp = _write_temp(folder, path.name, data)
        if backup and path.is_file():
            _keep_backup(path, path.with_name(path.name + BACKUP_SUFFIX))
        os.replace(temp, path)
        temp = None
        sync_folder(folder)
    except OSError as exc:
        raise SaveFailed(f"cannot save {path}: {_reason(exc)}; "
                         "the previous version on disk is unchanged") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
