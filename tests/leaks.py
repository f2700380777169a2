"""Looking for a secret wherever it could leak: an exception and its chain, logs, files.

Shared by the unit and end-to-end secret tests. The secrets are distinctive strings,
so that finding one anywhere can only mean it leaked; tests refer to them by these
module names (never as literals or test-local variables, which a traceback's source
lines or recorded locals would show).
"""

from __future__ import annotations

import io
import logging
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.e2e import pki as pki_module

#: The passphrase that opens the test key files and identities.
SECRET = "Quokka-Nebula-5521-passphrase"
#: A wrong passphrase the official types.
WRONG = "Wombat-Aurora-8830-not-the-one"
#: A passphrase too short to be accepted (seven characters).
SHORT = "Ibis-42"
#: The token's PIN, and a wrong one.
PIN = "Lynx-2718-pin"
WRONG_PIN = "Otter-3141-pin"
ALL = (SECRET, WRONG, SHORT, PIN, WRONG_PIN)


def needles(secret: str) -> list[bytes]:
    """The secret as it could be written: UTF-8, UTF-16 (PDF text strings), hexadecimal."""
    raw = secret.encode("utf-8")
    return [raw, secret.encode("utf-16-be"), secret.encode("utf-16-le"),
            raw.hex().encode("ascii"), raw.hex().upper().encode("ascii")]


def chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception chained to it, suppressed contexts included."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        pending += [current.__cause__, current.__context__]
    return found


def exception_texts(error: BaseException, *, with_locals: bool = True) -> str:
    """What an exception can show: str, repr, arguments and attributes of every exception in
    its chain, the traceback as Python prints it, and (``with_locals``) as a crash reporter
    that records each frame's local variables would."""
    parts: list[str] = []
    for current in chain(error):
        parts += [str(current), repr(current), repr(current.args), repr(vars(current))]
        parts.append("".join(traceback.format_exception(current)))
        if with_locals:
            summary = traceback.TracebackException.from_exception(current, capture_locals=True)
            parts.append("".join(summary.format()))
    return "\n".join(parts)


@contextmanager
def every_log_record() -> Iterator[list[str]]:
    """Every logging record of every logger, DEBUG included, propagating or not, formatted
    with its traceback (pyHanko's loggers are silenced by the program, not by this)."""
    texts: list[str] = []
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    real_handle = logging.Logger.handle
    real_enabled = logging.Logger.isEnabledFor

    def handle(self: logging.Logger, record: logging.LogRecord) -> None:
        texts.append(f"{formatter.format(record)} {record.args!r}")
        real_handle(self, record)

    logging.Logger.handle = handle  # type: ignore[method-assign]
    logging.Logger.isEnabledFor = lambda self, level: True  # type: ignore[method-assign]
    try:
        yield texts
    finally:
        logging.Logger.handle = real_handle  # type: ignore[method-assign]
        logging.Logger.isEnabledFor = real_enabled  # type: ignore[method-assign]


def _pdf_expanded(data: bytes) -> bytes:
    """A PDF rewritten with every stream decoded and no object streams, to search in."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            out = io.BytesIO()
            pdf.save(out, compress_streams=False,
                     stream_decode_level=pikepdf.StreamDecodeLevel.all,
                     object_stream_mode=pikepdf.ObjectStreamMode.disable)
            return out.getvalue()
    except pikepdf.PdfError:
        return b""


def files_with(secret: str, *folders: Path) -> list[str]:
    """The files under ``folders`` whose name or content (PDF streams decoded) has ``secret``."""
    found = []
    wanted = needles(secret)
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.exists() else []:
            if secret in path.name:
                found.append(str(path))
            if not path.is_file():
                continue
            data = path.read_bytes()
            if data.startswith(b"%PDF"):
                data += _pdf_expanded(data)
            if any(needle in data for needle in wanted):
                found.append(str(path))
    return found


def assert_nowhere(texts: dict[str, str], folders: tuple[Path, ...] = (),
                   secrets: tuple[str, ...] = ALL) -> None:
    """No secret in any of ``texts`` (labelled) nor in any file under ``folders``."""
    for secret in secrets:
        shown = [label for label, text in texts.items() if secret in text]
        assert not shown, f"a secret appears in: {shown}"
        written = files_with(secret, *folders)
        assert not written, f"a secret was written to: {written}"


@dataclass(frozen=True)
class KeyFiles:
    """PKCS#12 files under ``SECRET``: a good signer, an expired one, a damaged one."""

    pki: pki_module.Pki
    good: Path
    expired: Path
    corrupt: Path


def key_files(folder: Path) -> KeyFiles:
    """The test PKI, and its key files encrypted under ``SECRET``, written into ``folder``."""
    pki = pki_module.build(folder)
    files = {
        "good.p12": pki_module.p12(pki.signer, pki.chain, SECRET),
        "expired.p12": pki_module.p12(pki.expired, pki.chain, SECRET),
        "corrupt.p12": pki_module.p12(pki.signer, pki.chain, SECRET)[:300] + b"\x00" * 64,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return KeyFiles(pki, folder / "good.p12", folder / "expired.p12", folder / "corrupt.p12")
