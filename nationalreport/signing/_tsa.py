"""Upgrade a signed PDF to B-T / B-LTA when connected, without re-signing.

Three incremental updates, each allowed by the signature's difference analysis
(pyHanko's "LTA updates"): the signer's chain and whatever revocation data can be
fetched go into the Document Security Store; an RFC 3161 document timestamp from
the TSA covers all of it; then the TSA's own chain is added where it can be
validated. This is the only operation of the program that uses the network, and
only towards the URL the user gave (and the certificates' revocation services).
Imported lazily: it pulls in pyHanko.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers import PdfTimeStamper
from pyhanko.sign.timestamps import TimeStamper, TimestampRequestError
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from pyhanko.sign.validation import add_validation_info
from pyhanko_certvalidator import ValidationContext

from nationalreport.signing import _trust
from nationalreport.signing.errors import NotSigned, TimestampFailed, UnreadableFile


@dataclass(frozen=True)
class Upgrade:
    """What the upgrade added."""

    data: bytes
    level: str  # "B-T" or "B-LTA"
    notes: tuple[str, ...]


def _roots_for(certs: Sequence[asn1_x509.Certificate],
               given: Sequence[asn1_x509.Certificate]) -> list[asn1_x509.Certificate]:
    """The roots to collect validation data against: the user's, else the chain's own root."""
    if given:
        return list(given)
    return [c for c in certs if c.self_signed in ("maybe", "yes")]


def _context(roots: Sequence[asn1_x509.Certificate], others: Sequence[asn1_x509.Certificate],
             online: bool) -> ValidationContext:
    return ValidationContext(trust_roots=list(roots), other_certs=list(others),
                             allow_fetching=online, revocation_mode="soft-fail")


def _signature(data: bytes) -> Any:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableFile(f"The PDF cannot be read ({exc}).") from None
    signatures = [s for s in embedded if s.sig_object_type != "/DocTimeStamp"]
    if not signatures:
        raise NotSigned("The PDF is not signed, so there is nothing to timestamp; sign it "
                        "first.")
    return signatures[-1]


def _with_validation_data(data: bytes, roots: Sequence[asn1_x509.Certificate],
                          online: bool) -> tuple[bytes, str | None]:
    sig = _signature(data)
    certs = [sig.signer_cert, *sig.other_embedded_certs]
    context = _context(_roots_for(certs, roots), certs, online)
    try:
        out = add_validation_info(sig, context, skip_timestamp=True, force_write=True)
    except Exception as exc:  # path building, fetching: add what we can, say what failed
        return data, f"validation data for the signer was not added ({type(exc).__name__})"
    return bytes(out.getvalue()), None


def upgrade(data: bytes, timestamper: TimeStamper, *, roots: Sequence[asn1_x509.Certificate] = (),
            online: bool = True) -> Upgrade:
    """``data`` (a signed PDF) with validation data and a document timestamp appended."""
    _trust.quiet()
    notes: list[str] = []
    with_dss, problem = _with_validation_data(data, roots, online)
    if problem:
        notes.append(problem)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(with_dss), strict=False)
        out = PdfTimeStamper(timestamper).timestamp_pdf(writer, "sha256")
    except TimestampRequestError as exc:
        raise TimestampFailed(f"The timestamp authority did not give a timestamp ({exc}); "
                              "the file is unchanged.") from None
    except (OSError, PdfError, ValueError) as exc:
        raise TimestampFailed(f"The timestamp could not be added ({type(exc).__name__}); "
                              "the file is unchanged.") from None
    stamped = bytes(out.getvalue())
    final, tsa_note = _add_tsa_chain(stamped, online)
    if tsa_note:
        notes.append(tsa_note)
    level = "B-T" if problem else "B-LTA"
    return Upgrade(final, level, tuple(notes))


def _add_tsa_chain(data: bytes, online: bool) -> tuple[bytes, str | None]:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    stamps = [s for s in reader.embedded_signatures if s.sig_object_type == "/DocTimeStamp"]
    stamp = stamps[-1]
    certs = [stamp.signer_cert, *stamp.other_embedded_certs]
    context = _context(_roots_for(certs, ()), certs, online)
    try:
        out = add_validation_info(stamp, context, force_write=True)
    except Exception as exc:  # the TSA's chain may not be complete: the timestamp stays valid
        return data, f"the timestamp authority's chain was not added ({type(exc).__name__})"
    return bytes(out.getvalue()), None


def http_timestamper(url: str) -> TimeStamper:
    if not url.startswith(("http://", "https://")):
        raise TimestampFailed(f"The timestamp authority's address must start with http:// or "
                              f"https:// (got {url!r}).")
    stamper: TimeStamper = RequestsHTTPTimeStamper(url, timeout=30)  # type: ignore[no-untyped-call]
    return stamper
