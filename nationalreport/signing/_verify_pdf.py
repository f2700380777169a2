"""Verification of a signed submission PDF with pyHanko, difference analysis included.

For every signature: is the CMS intact, what part of the file does it cover, and
what was changed after it (pyHanko's difference analysis: only validation data
and document timestamps are acceptable, anything else is an alteration). Then
the embedded submission.json is compared byte for byte with the one in the
signed revision, so a JSON swapped in a later update is caught even if a
reader shows the new one. Imported lazily: it pulls in pyHanko and pikepdf.
"""

from __future__ import annotations

import io
import logging
import warnings
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pikepdf
from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.status import SignatureCoverageLevel

from nationalreport.signing import _trust
from nationalreport.signing.errors import NotASubmission, UnreadableFile
from nationalreport.signing.result import SignatureCheck, TimestampCheck, VerifyResult
from nationalreport.signing.submission import SUBMISSION_NAME, check_submission_json

_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: "the signature covers the whole file",
    SignatureCoverageLevel.ENTIRE_REVISION: "the signature covers the file as it was when "
                                            "signed; updates were appended after it",
    SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START: "the signature covers only the start "
                                                        "of the file",
    SignatureCoverageLevel.UNCLEAR: "it is unclear what the signature covers",
}


#: What pyHanko's reader and validator raise on a damaged or hostile file: besides its
#: own ``PdfError``, assertions and lookups that fail on structure it did not expect.
#: Any of them means the file cannot be read, never that this program is broken.
_UNREADABLE = (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
               AssertionError, NotImplementedError, OverflowError, RecursionError,
               ZeroDivisionError, LookupError, EOFError)
#: The embedded submission.json is at most a draft's size; a larger one is refused before
#: it is decompressed in full (a few kB of deflated zeros can claim gigabytes).
MAX_JSON_BYTES = 16 * 1024 * 1024
#: Streams compressed in another way than Flate are decoded by pikepdf only when this
#: small, which bounds what a decompression bomb in such a filter can claim (LZW and
#: run-length expand at most a few thousand times).
MAX_OTHER_RAW = 4 * 1024


class _Damaged(Exception):
    """pikepdf cannot open the bytes at all."""


class _TooLarge(Exception):
    """The embedded JSON decompresses to more than ``MAX_JSON_BYTES``."""


def _detail(error: BaseException) -> str:
    """pyHanko's reason for refusing the file's structure, as `` (reason)``, when it gave
    one in short plain text (``EOF marker not found``); otherwise ``""``."""
    text = str(error).strip().rstrip(".")
    plain = (isinstance(error, PdfError) and 0 < len(text) <= 100 and text.isprintable()
             and "b'" not in text and 'b"' not in text and "\\x" not in text)
    return f" ({text})" if plain else ""


def _stream_bytes(stream: pikepdf.Object) -> bytes:
    """A stream's decoded bytes, refusing (``_TooLarge``) more than ``MAX_JSON_BYTES``.

    Flate, the only compression the exporter uses, is inflated here with a bound on the
    output; PNG predictors (``/DecodeParms``) never make data longer, so pikepdf may then
    apply them. Other filters are left to pikepdf only for small streams.
    """
    raw = bytes(stream.read_raw_bytes())
    filters = stream.get("/Filter")
    chain = list(filters) if isinstance(filters, pikepdf.Array) else [filters]
    if filters is None:
        decoded = raw
    elif chain == [pikepdf.Name.FlateDecode]:
        inflate = zlib.decompressobj()
        try:
            decoded = inflate.decompress(raw, MAX_JSON_BYTES + 1)
        except zlib.error:
            raise pikepdf.PdfError("the embedded file's compressed data is damaged") from None
        if inflate.unconsumed_tail or len(decoded) > MAX_JSON_BYTES:
            raise _TooLarge
        if "/DecodeParms" in stream:
            decoded = bytes(stream.read_bytes())
    elif len(raw) <= MAX_OTHER_RAW:
        decoded = bytes(stream.read_bytes())
    else:
        raise _TooLarge
    if len(decoded) > MAX_JSON_BYTES:
        raise _TooLarge
    return decoded


def _attachment(data: bytes) -> bytes | None:
    """The bytes of the embedded submission.json, ``None`` without one; ``_Damaged``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pdf = pikepdf.open(io.BytesIO(data))
        except (pikepdf.PdfError, ValueError, RuntimeError) as exc:
            # RuntimeError: qpdf's own, e.g. "/Count is wrong after flattening pages tree"
            raise _Damaged(str(exc)) from None
        with pdf:
            try:
                spec = pdf.attachments.get(SUBMISSION_NAME)
                return None if spec is None else _stream_bytes(spec.get_file().obj)
            except (pikepdf.PdfError, ValueError, KeyError, AttributeError, TypeError,
                    RuntimeError):
                return None


def _signed_attachment(data: bytes) -> bytes | None:
    try:
        return _attachment(data)
    except (_Damaged, _TooLarge):
        return None


def _changes(status: Any) -> tuple[str, bool]:
    """(the changes after signing in plain words, whether they count as an alteration)."""
    coverage = status.coverage
    level = status.modification_level
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return "none", False
    if coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return "the file was changed outside the signed part", True
    if level == ModificationLevel.LTA_UPDATES:
        return "only validation data and timestamps were added (allowed)", False
    if level is None:
        return "could not be analysed", True
    if level == ModificationLevel.FORM_FILLING:
        return "form fields or signatures were changed after signing", True
    return ("content was added or changed after signing (an incremental update that is not "
            "signature maintenance)"), True


def _signed_prefix(sig: Any) -> int:
    """Where the signed bytes end (``ValueError`` for a byte range that cannot be one)."""
    byte_range = [int(x) for x in sig.byte_range]
    if len(byte_range) != 4 or min(byte_range) < 0:
        raise ValueError("its byte range is not four positions in the file")
    return byte_range[2] + byte_range[3]


def _check_signature(sig: Any, roots: Sequence[asn1_x509.Certificate],
                     roots_given: bool) -> SignatureCheck:
    context = _trust.validation_context(roots, sig.other_embedded_certs)
    status = validate_pdf_signature(sig, context, ts_validation_context=_trust.validation_context(
        roots))
    signer = _trust.signer_of(status)
    trust, detail = _trust.trust_of(status, roots_given, signer)
    changes, altered = _changes(status)
    timestamps = []
    if status.timestamp_validity is not None:
        timestamps.append(_trust.timestamp_check(status.timestamp_validity,
                                                 "signature timestamp", roots_given))
    return SignatureCheck(
        name=str(sig.field_name),
        intact=bool(status.intact and status.valid),
        signer=signer,
        claimed_time=status.signer_reported_dt,
        coverage=_COVERAGE.get(status.coverage, "unknown") if status.coverage else "unknown",
        changes=changes,
        altered=altered,
        trust=trust,
        trust_detail=detail,
        timestamps=timestamps,
    )


def _check_timestamp(sig: Any, roots: Sequence[asn1_x509.Certificate],
                     roots_given: bool) -> TimestampCheck:
    status = validate_pdf_timestamp(sig, _trust.validation_context(roots,
                                                                   sig.other_embedded_certs))
    return _trust.timestamp_check(status, "document timestamp", roots_given)


def _quiet() -> None:
    """Keep qpdf's warnings on a damaged file (logged by pikepdf, and printed by Python's
    last-resort handler when the program configures no logging) off the user's terminal."""
    _trust.quiet()
    logger = logging.getLogger("pikepdf")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    logger.propagate = False


def verify_pdf(path: Path, data: bytes, roots: Sequence[asn1_x509.Certificate],
               roots_given: bool) -> VerifyResult:
    _quiet()
    try:
        current_json = _attachment(data)
    except _Damaged:
        raise UnreadableFile(f"{path.name} is a damaged PDF: it cannot be read.") from None
    except _TooLarge:
        raise NotASubmission(f"{path.name} is not a submission of this program: its "
                             f"{SUBMISSION_NAME} is larger than "
                             f"{MAX_JSON_BYTES // (1024 * 1024)} MB.") from None
    if current_json is None:
        raise NotASubmission(f"{path.name} is not a submission of this program: it has no "
                             f"{SUBMISSION_NAME} inside.")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        kinds = [s.sig_object_type for s in embedded]
    except _UNREADABLE as exc:
        raise UnreadableFile(f"{path.name} is a damaged PDF: its structure cannot be "
                             f"read{_detail(exc)}.") from None
    result = VerifyResult(path=path, kind="pdf", trust_roots_given=roots_given)
    signatures = [s for s, kind in zip(embedded, kinds, strict=True) if kind != "/DocTimeStamp"]
    stamps = [s for s, kind in zip(embedded, kinds, strict=True) if kind == "/DocTimeStamp"]
    if not signatures:
        result.problems.append("The file is not signed.")
        return result
    doc_stamps: list[tuple[Any, TimestampCheck]] = []
    for stamp in stamps:
        try:
            doc_stamps.append((stamp, _check_timestamp(stamp, roots, roots_given)))
        except _UNREADABLE as exc:
            result.problems.append(f"A document timestamp cannot be checked: it is "
                                   f"damaged{_detail(exc)}.")
    for sig in signatures:
        try:
            check = _check_signature(sig, roots, roots_given)
            later = [t for s, t in doc_stamps if s.signed_revision > sig.signed_revision]
            signed_end = _signed_prefix(sig)
        except _UNREADABLE as exc:
            result.problems.append(f"A signature cannot be checked: it is "
                                   f"damaged{_detail(exc)}.")
            continue
        check.timestamps.extend(later)
        result.signatures.append(check)
        if not check.intact:
            result.problems.append("The signature does not match the file: it was changed "
                                   "after signing (or damaged).")
        elif check.altered:
            result.problems.append(f"The file was changed after signing: {check.changes}.")
        signed_json = _signed_attachment(data[:signed_end])
        _compare_json(result, signed_json, current_json)
    for _, stamp_check in doc_stamps:
        if not stamp_check.intact:
            result.problems.append(f"The document timestamp of {stamp_check.authority} is "
                                   "broken.")
    return result


def _compare_json(result: VerifyResult, signed: bytes | None, current: bytes) -> None:
    if signed is None:
        result.json_ok = False
        result.json_check = f"{SUBMISSION_NAME} was added after signing: it is not signed"
        result.problems.append(result.json_check[0].upper() + result.json_check[1:] + ".")
        return
    if signed != current:
        result.json_ok = False
        result.json_check = (f"the {SUBMISSION_NAME} in the file differs from the one that "
                             "was signed")
        result.problems.append(f"The embedded {SUBMISSION_NAME} was replaced after signing.")
        return
    summary = check_submission_json(current)
    result.json_ok = True
    result.json_check = (f"the embedded {SUBMISSION_NAME} is inside the signed part and is "
                         f"byte-identical to what was signed ({summary})")
