"""Verification of a signed JSON: the detached ``.p7s`` beside it, over the file's exact bytes.

Imported lazily: it pulls in pyHanko.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import cms  # type: ignore[import-untyped,unused-ignore]
from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
from pyhanko.sign.general import extract_certificate_info
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

from nationalreport.signing import _trust
from nationalreport.signing.errors import UnreadableFile
from nationalreport.signing.result import SignatureCheck, VerifyResult
from nationalreport.signing.submission import check_submission_json


def _signed_data(p7s: Path, der: bytes) -> cms.SignedData:
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed: cms.SignedData = info["content"]
        signed.native  # noqa: B018 (forces the full parse)
    except (ValueError, TypeError, KeyError, OverflowError):
        raise UnreadableFile(f"{p7s.name} is not a CMS signature file (.p7s), or it is "
                             "damaged.") from None
    return signed


def verify_json(path: Path, data: bytes, p7s: Path, der: bytes,
                roots: Sequence[asn1_x509.Certificate], roots_given: bool) -> VerifyResult:
    _trust.quiet()
    signed = _signed_data(p7s, der)
    result = VerifyResult(path=path, kind="json", signature_file=p7s,
                          trust_roots_given=roots_given)
    try:
        other = extract_certificate_info(signed).other_certs
        status = asyncio.run(async_validate_detached_cms(
            data, signed, signer_validation_context=_trust.validation_context(roots, other)))
    except (ValueError, TypeError, KeyError) as exc:
        raise UnreadableFile(f"{p7s.name} cannot be checked ({exc}).") from None
    signer = _trust.signer_of(status)
    trust, detail = _trust.trust_of(status, roots_given, signer)
    intact = bool(status.intact and status.valid)
    check = SignatureCheck(
        name=p7s.name,
        intact=intact,
        signer=signer,
        claimed_time=status.signer_reported_dt,
        coverage="the signature covers the exact bytes of the JSON file",
        changes="none" if intact else "the JSON is not the one that was signed",
        altered=not intact,
        trust=trust,
        trust_detail=detail,
    )
    if status.timestamp_validity is not None:
        check.timestamps.append(_trust.timestamp_check(status.timestamp_validity,
                                                       "signature timestamp", roots_given))
    result.signatures.append(check)
    if intact:
        result.json_ok = True
        result.json_check = (f"byte-identical to the signed JSON "
                             f"({check_submission_json(data, path.name)})")
    else:
        result.json_ok = False
        result.json_check = "differs from the JSON that was signed"
        result.problems.append(f"{path.name} was changed after signing (or {p7s.name} "
                               "belongs to another file): the signature does not match it.")
    return result
