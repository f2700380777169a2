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

from nationalreport.signing.errors import NotSigned, UnreadableFile
from nationalreport.signing.result import VerifyResult
from nationalreport.signing.submission import SIGNATURE_SUFFIX

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]

MAX_BYTES = 512 * 1024 * 1024


def _read(path: Path, what: str = "file") -> bytes:
    if not path.exists():
        raise UnreadableFile(f"The {what} {path} does not exist.")
    if not path.is_file():
        raise UnreadableFile(f"{path} is not a file.")
    if path.stat().st_size > MAX_BYTES:
        raise UnreadableFile(f"{path} is too large to be a submission.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{path} cannot be read ({exc.strerror}).") from None


def load_trust_roots(paths: Sequence[str | os.PathLike[str]]) -> list[asn1_x509.Certificate]:
    """Certificates from PEM (one or several) or DER files."""
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    roots: list[asn1_x509.Certificate] = []
    for name in paths:
        path = Path(name)
        data = _read(path, "trust root")
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
    """Check the signature(s) of a submission PDF, or of a JSON with its ``.p7s``."""
    target = Path(path)
    roots = load_trust_roots(trust_roots or [])
    roots_given = bool(trust_roots)
    if target.name.endswith(SIGNATURE_SUFFIX):
        target = target.with_name(target.name[: -len(SIGNATURE_SUFFIX)])
    data = _read(target)
    if b"%PDF-" in data[:1024]:
        from nationalreport.signing._verify_pdf import verify_pdf

        return verify_pdf(target, data, roots, roots_given)
    p7s = target.with_name(target.name + SIGNATURE_SUFFIX)
    if not p7s.exists():
        from nationalreport.signing.submission import parse_submission

        parse_submission(data, target.name)
        raise NotSigned(f"{target.name} has no signature beside it: {p7s.name} is missing "
                        "(it travels with the JSON).")
    der = _read(p7s, "signature file")
    from nationalreport.signing._verify_cms import verify_json

    return verify_json(target, data, p7s, der, roots, roots_given)
