"""``verify(path, trust_roots)``: check a signed submission PDF, or a JSON and its ``.p7s``.

Reads the file, decides what it is (a PDF by its header; otherwise a JSON whose
signature is ``<name>.p7s`` beside it; a ``.p7s`` given directly means its JSON),
loads the trust roots, and hands over to the PDF or CMS verifier. Unreadable
input raises a ``SigningError`` (exit 2); a readable file always gives a
``VerifyResult``, whose ``ok`` says whether the signature is intact and nothing
was altered.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from nationalreport.signing.errors import NotSigned, SigningError, UnreadableFile
from nationalreport.signing.result import VerifyResult, one_line
from nationalreport.signing.submission import SIGNATURE_SUFFIX

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]

#: A signed PDF may be large (fonts, many pages); nothing else here comes near these sizes,
#: and each file is refused before it is read, let alone parsed, when larger.
MAX_BYTES = 512 * 1024 * 1024
#: A submission JSON is at most a draft's size; parsing JSON takes many times its size.
MAX_JSON_BYTES = 16 * 1024 * 1024
#: A .p7s holds a signature and a few certificates (kilobytes; with a timestamp and
#: revocation data still well under a megabyte); a trust root is one certificate or a few.
MAX_SIGNATURE_BYTES = 4 * 1024 * 1024

#: A refusal longer than this is cut (a quoted name or reason can be anything).
MAX_MESSAGE = 500

#: What pyHanko and asn1crypto raise on a .p7s they cannot make sense of, beyond the
#: errors ``verify_json`` already turns into a plain sentence: an algorithm identifier
#: that names no hash, a structure that is not what the code expected.
_CMS_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, LookupError,
                   AssertionError, NotImplementedError, OverflowError, RecursionError)


def _read(path: Path, what: str = "file", limit: int = MAX_BYTES) -> bytes:
    try:
        if not path.exists():
            raise UnreadableFile(f"The {what} {path} does not exist.")
        if not path.is_file():
            raise UnreadableFile(f"{path} is not a file.")
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFile(f"{path} cannot be read ({exc.strerror}).") from None
    if size > limit:
        raise UnreadableFile(f"The {what} {path} is too large ({size / 1e6:.1f} MB) to be "
                             "part of a submission.")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadableFile(f"{path} cannot be read ({exc.strerror}).") from None
    if len(data) > limit:
        raise UnreadableFile(f"The {what} {path} is too large to be part of a submission.")
    return data


def load_trust_roots(paths: Sequence[str | os.PathLike[str]]) -> list[asn1_x509.Certificate]:
    """Certificates from PEM (one or several) or DER files."""
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    roots: list[asn1_x509.Certificate] = []
    for name in paths:
        path = Path(name)
        data = _read(path, "trust root", MAX_SIGNATURE_BYTES)
        try:
            certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data
                     else [x509.load_der_x509_certificate(data)])
        except ValueError:
            raise UnreadableFile(f"The trust root {path} is not a certificate (PEM or "
                                 "DER).") from None
        roots.extend(asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certs)
    return roots


def verify(path: str | os.PathLike[str],
           trust_roots: Sequence[str | os.PathLike[str]] | None = None) -> VerifyResult:
    """Check the signature(s) of a submission PDF, or of a JSON with its ``.p7s``.

    A refusal's message may quote the file (a certificate's name, pyHanko's reason); it
    is made one line of printable text here, whichever verifier raised it.
    """
    try:
        return _verify(Path(path), trust_roots)
    except SigningError as error:
        message = str(error)
        plain = one_line(message)
        if len(plain) > MAX_MESSAGE:
            plain = plain[: MAX_MESSAGE - 3] + "..."
        if plain != message:
            error.args = (plain,)
        raise


def _verify(target: Path,
            trust_roots: Sequence[str | os.PathLike[str]] | None) -> VerifyResult:
    roots = load_trust_roots(trust_roots or [])
    roots_given = bool(trust_roots)
    if target.name.endswith(SIGNATURE_SUFFIX):
        target = target.with_name(target.name[: -len(SIGNATURE_SUFFIX)])
    data = _read(target)
    if b"%PDF-" in data[:1024]:
        from nationalreport.signing._verify_pdf import verify_pdf

        return verify_pdf(target, data, roots, roots_given)
    if len(data) > MAX_JSON_BYTES:
        raise UnreadableFile(f"{target.name} is not a PDF, and too large to be a submission "
                             f"JSON ({len(data) / 1e6:.1f} MB).")
    p7s = target.with_name(target.name + SIGNATURE_SUFFIX)
    if not p7s.exists():
        from nationalreport.signing.submission import parse_submission

        parse_submission(data, target.name)
        raise NotSigned(f"{target.name} has no signature beside it: {p7s.name} is missing "
                        "(it travels with the JSON).")
    der = _read(p7s, "signature file", MAX_SIGNATURE_BYTES)
    from nationalreport.signing._verify_cms import verify_json

    unreadable = UnreadableFile(f"{p7s.name} cannot be checked: it is damaged, or uses an "
                                "algorithm this program does not know.")
    try:
        return verify_json(target, data, p7s, der, roots, roots_given)
    except _CMS_UNREADABLE:
        raise unreadable from None
    except UnreadableFile as error:
        # verify_json quotes pyHanko's own exception in parentheses, which can be Python's
        # ("SHAKE128.__init__() missing 1 required positional argument").
        if str(error).startswith(f"{p7s.name} cannot be checked ("):
            raise unreadable from None
        raise
