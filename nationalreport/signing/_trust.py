"""Shared pieces of verification: the offline validation context, trust, signer, timestamps.

Verification never goes on the network: revocation data is not fetched (a B-B
file has none; the receiving office adds it with ``timestamp``). Trust is
*trusted* when the certificate chains to a root the user gave, *untrusted* when
roots were given and it does not, and *unknown* when no root was given (then the
fingerprint must be compared with the one the signer confirmed). pyHanko logs
path-building failures with tracebacks; those are kept out of the user's terminal.
Imported lazily: it pulls in pyHanko.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
from cryptography import x509
from pyhanko_certvalidator import ValidationContext

from nationalreport.signing.certs import CertInfo, describe
from nationalreport.signing.result import TRUSTED, UNKNOWN, UNTRUSTED, TimestampCheck

_QUIET = ("pyhanko", "pyhanko_certvalidator", "fontTools")


def quiet() -> None:
    """Keep pyHanko's own log lines (tracebacks included) out of the user's terminal."""
    for name in _QUIET:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def validation_context(roots: Sequence[asn1_x509.Certificate],
                       other_certs: Sequence[asn1_x509.Certificate] = ()) -> ValidationContext:
    """An offline context trusting exactly ``roots``."""
    return ValidationContext(trust_roots=list(roots), other_certs=list(other_certs),
                             allow_fetching=False, revocation_mode="soft-fail")


def to_crypto(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def signer_of(status: Any) -> CertInfo | None:
    cert = getattr(status, "signing_cert", None)
    return describe(to_crypto(cert)) if cert is not None else None


_INDICATIONS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "its certificate does not chain to any root you trust",
    "OUT_OF_BOUNDS_NO_POE": "its certificate was not valid at the time checked (expired or "
                            "not yet valid)",
    "OUT_OF_BOUNDS_NOT_REVOKED": "its certificate was not valid at the time checked",
    "REVOKED_NO_POE": "its certificate has been revoked",
    "REVOKED": "its certificate has been revoked",
    "CHAIN_CONSTRAINTS_FAILURE": "its certificate chain breaks a constraint of the CA",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "its certificate chain uses a weak algorithm",
    "SIG_CONSTRAINTS_FAILURE": "its certificate may not be used for signing",
}


def trust_of(status: Any, roots_given: bool, signer: CertInfo | None) -> tuple[str, str]:
    """(trusted | untrusted | unknown, the reason in plain words)."""
    if not roots_given:
        hint = (" compare the certificate's fingerprint with the one the signer confirmed, "
                "or check again with --trust and the issuing root certificate")
        kind = "self-signed certificate" if signer and signer.self_signed else "certificate"
        return UNKNOWN, f"no trusted root was given for this {kind};{hint}"
    if not (getattr(status, "intact", False) and getattr(status, "valid", False)):
        return UNTRUSTED, "not checked, because the signature itself is broken"
    if getattr(status, "trusted", False):
        path = getattr(status, "validation_path", None)
        anchor = ""
        if path is not None:
            try:
                anchor = describe(to_crypto(path.trust_anchor.certificate)).who
            except (AttributeError, ValueError):
                anchor = ""
        return TRUSTED, f"chains to the trusted root {anchor}".rstrip()
    indic = getattr(status, "trust_problem_indic", None)
    name = getattr(indic, "name", "")
    return UNTRUSTED, _INDICATIONS.get(name, "its certificate could not be validated "
                                             f"({name or 'no path to a trusted root'})")


def timestamp_check(status: Any, kind: str, roots_given: bool) -> TimestampCheck:
    signer = signer_of(status)
    authority = signer.who if signer else "an unnamed authority"
    trust, _ = trust_of(status, roots_given, signer)
    return TimestampCheck(time=status.timestamp, authority=authority,
                          intact=bool(status.intact and status.valid), trust=trust, kind=kind)
