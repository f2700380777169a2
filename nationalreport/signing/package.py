"""Writing the signed submission: the PDF, the JSON, its ``.p7s`` and HOW-TO-VERIFY.txt.

``sign_submission`` takes an exported PDF (with submission.json embedded) and the
JSON, opens the key (refusing a bad passphrase, a missing token or an unusable
certificate before anything is written), signs both, and writes the four files
under temporary names that are renamed only when all are complete: on any
failure the output folder holds nothing new. Existing files are never replaced
(except an earlier HOW-TO-VERIFY.txt of this program, which a failure leaves as it
was). A failure to write says why in plain words ("the disk is full").
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nationalreport.signing.certs import CertInfo
from nationalreport.signing.errors import NotASubmission, OutputFailed
from nationalreport.signing.howto import HEADER, howto_text
from nationalreport.signing.keys import KeySource, SigningKey, open_key
from nationalreport.signing.submission import (
    HOWTO_NAME,
    SIGNATURE_SUFFIX,
    SUBMISSION_NAME,
    parse_submission,
)


@dataclass(frozen=True)
class SignedFiles:
    """The files written, who signed, and the advisories the report still has."""

    pdf: Path
    json: Path
    p7s: Path
    howto: Path
    signer: CertInfo
    source: str
    advisories: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        lines = [f"signed by {self.signer.who} with {self.source}",
                 f"certificate SHA-256 fingerprint: {self.signer.fingerprint}"]
        lines += [f"  wrote {p}" for p in (self.pdf, self.json, self.p7s, self.howto)]
        if self.advisories:
            lines.append(f"{len(self.advisories)} advisory note(s), signed anyway:")
            lines += [f"  {a}" for a in self.advisories]
        return "\n".join(lines)


def embedded_json(pdf: bytes) -> bytes:
    """The bytes of submission.json inside an exported PDF (``NotASubmission`` without it)."""
    import pikepdf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with pikepdf.open(io.BytesIO(pdf)) as document:
                spec = document.attachments.get(SUBMISSION_NAME)
                data = bytes(spec.get_file().read_bytes()) if spec is not None else None
        except pikepdf.PdfError:
            raise NotASubmission("The PDF to sign cannot be read; export it again.") from None
    if data is None:
        raise NotASubmission(f"The PDF to sign has no {SUBMISSION_NAME} inside, so it is not "
                             "a submission of this program; export it again.")
    return data


def check_targets(out_dir: Path, names: list[str]) -> None:
    """Refuse a folder that is a file, and files that would be overwritten."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputFailed(f"{out_dir} is a file, not a folder.")
    for name in names:
        if name != HOWTO_NAME and (out_dir / name).exists():
            raise OutputFailed(f"{out_dir / name} already exists; choose another folder or "
                               "move the earlier files away (nothing was written).")
    howto = out_dir / HOWTO_NAME
    if howto.exists():
        try:
            ours = howto.read_text("utf-8", "replace").startswith(HEADER)
        except OSError:
            ours = False
        if not ours:
            raise OutputFailed(f"{howto} already exists and was not written by this program; "
                               "choose another folder (nothing was written).")


def _plain(exc: OSError) -> str:
    """Why writing failed, in plain words ("the disk is full")."""
    from nationalreport.storage.atomic import plain_reason

    return plain_reason(exc)


def _not_written(folder: Path, exc: OSError) -> OutputFailed:
    return OutputFailed(f"The signed files could not be written in {folder}: {_plain(exc)}; "
                        "nothing was left there.")


def _make_folder(out_dir: Path) -> bool:
    """Create ``out_dir`` if needed; returns whether it was created."""
    if out_dir.is_dir():
        return False
    try:
        out_dir.mkdir(parents=True)
    except OSError as exc:
        raise OutputFailed(f"The folder {out_dir} cannot be created: "
                           f"{_plain(exc)}.") from None
    return True


@contextlib.contextmanager
def _staged(out_dir: Path, created: bool) -> Iterator[dict[str, Path]]:
    """Temporary files in ``out_dir``; removed (and the folder, if new) unless committed."""
    staged: dict[str, Path] = {}
    try:
        yield staged
    except BaseException:
        for temp in staged.values():
            with contextlib.suppress(OSError):
                temp.unlink()
        if created:
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise


def _stage(out_dir: Path, staged: dict[str, Path], name: str, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=out_dir)
    staged[name] = Path(temp)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temp, 0o644)


def _commit(out_dir: Path, staged: dict[str, Path]) -> None:
    done: list[Path] = []
    try:
        for name, temp in staged.items():
            os.replace(temp, out_dir / name)
            done.append(out_dir / name)
    except OSError as exc:
        for path in done:
            with contextlib.suppress(OSError):
                path.unlink()
        raise _not_written(out_dir, exc) from None
    from nationalreport.storage.atomic import sync_folder

    sync_folder(out_dir)


def _write(folder: Path, names: dict[str, str], files: dict[str, bytes]) -> None:
    check_targets(folder, list(names.values()))
    created = _make_folder(folder)
    try:
        with _staged(folder, created) as staged:
            for key, data in files.items():
                _stage(folder, staged, names.get(key, key), data)
            _commit(folder, staged)
    except OSError as exc:
        raise _not_written(folder, exc) from None


def file_names(stem: str) -> dict[str, str]:
    return {"pdf": f"{stem}.pdf", "json": f"{stem}.json", "p7s": f"{stem}.json{SIGNATURE_SUFFIX}",
            "howto": HOWTO_NAME}


def sign_with_key(pdf: bytes, json_bytes: bytes, folder: Path, stem: str, key: SigningKey,
                  reason: str, advisories: list[str] | None = None) -> SignedFiles:
    """Sign the exported PDF and JSON with an opened key and write the four files."""
    parse_submission(json_bytes, f"{stem}.json")
    if embedded_json(pdf) != json_bytes:
        raise NotASubmission("The JSON embedded in the PDF is not the JSON to sign; export "
                             "both again from the same report.")
    from nationalreport.signing import _cades, _pades

    names = file_names(stem)
    signed_pdf = _pades.sign_pdf(pdf, key, reason)
    p7s = _cades.sign_bytes(json_bytes, key)
    howto = howto_text(names["pdf"], names["json"], names["p7s"], key.info).encode("utf-8")
    _write(folder, names, {"pdf": signed_pdf, "json": json_bytes, "p7s": p7s, "howto": howto})
    return SignedFiles(pdf=folder / names["pdf"], json=folder / names["json"],
                       p7s=folder / names["p7s"], howto=folder / HOWTO_NAME, signer=key.info,
                       source=key.source, advisories=list(advisories or []))


def sign_submission(pdf: bytes, json_bytes: bytes, out_dir: str | os.PathLike[str], stem: str,
                    key_source: KeySource, reason: str,
                    advisories: list[str] | None = None) -> SignedFiles:
    """Sign an exported PDF and its JSON into ``out_dir`` (``<stem>.pdf``, ``.json``, ``.p7s``)."""
    folder = Path(out_dir)
    check_targets(folder, list(file_names(stem).values()))
    with open_key(key_source) as key:
        return sign_with_key(pdf, json_bytes, folder, stem, key, reason, advisories)
