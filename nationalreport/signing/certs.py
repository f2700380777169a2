"""What a certificate says, and whether it may sign: names, fingerprint, validity, key usage.

Used before signing (to refuse an expired certificate or one not meant for
signing, with a plain message) and when verifying (to say who signed and with
which certificate). Only ``cryptography``; no pyHanko.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nationalreport.signing.errors import (
    CertificateExpired,
    CertificateNotYetValid,
    NotForSigning,
)

if TYPE_CHECKING:
    from cryptography import x509


def fingerprint(der: bytes) -> str:
    """SHA-256 of a certificate, in groups of four hex digits, to read aloud or compare."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return ""
    value = values[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


@dataclass(frozen=True)
class CertInfo:
    """The facts about a certificate that a person needs to see."""

    common_name: str
    organization: str
    country: str
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint: str
    self_signed: bool

    @property
    def who(self) -> str:
        """``Name, Organisation`` (or whichever is present)."""
        return ", ".join(p for p in (self.common_name, self.organization) if p) or "(no name)"

    def expired(self, moment: dt.datetime | None = None) -> bool:
        return (moment or dt.datetime.now(dt.UTC)) > self.not_after

    def as_dict(self) -> dict[str, object]:
        return {
            "common_name": self.common_name,
            "organization": self.organization,
            "country": self.country,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": _iso(self.not_before),
            "not_after": _iso(self.not_after),
            "sha256_fingerprint": self.fingerprint,
            "self_signed": self.self_signed,
        }


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def describe(cert: x509.Certificate) -> CertInfo:
    """The facts of ``cert``."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    issuer_cn = _attribute(cert.issuer, NameOID.COMMON_NAME)
    issuer_o = _attribute(cert.issuer, NameOID.ORGANIZATION_NAME)
    return CertInfo(
        common_name=_attribute(cert.subject, NameOID.COMMON_NAME),
        organization=_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        country=_attribute(cert.subject, NameOID.COUNTRY_NAME),
        issuer=", ".join(p for p in (issuer_cn, issuer_o) if p) or cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "X"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint=fingerprint(cert.public_bytes(Encoding.DER)),
        self_signed=cert.issuer == cert.subject,
    )


def signing_usage_ok(cert: x509.Certificate) -> bool:
    """True if the key usage allows signing documents (or the certificate sets no key usage)."""
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.digital_signature or usage.content_commitment)


def check_can_sign(cert: x509.Certificate, moment: dt.datetime | None = None) -> CertInfo:
    """Refuse a certificate that is expired, not yet valid, or not meant for signing."""
    info = describe(cert)
    moment = moment or dt.datetime.now(dt.UTC)
    day = "%d %B %Y"
    if moment > info.not_after:
        raise CertificateExpired(
            f"The certificate of {info.who} expired on {info.not_after.strftime(day)}; "
            "ask the issuing authority for a new one (nothing was signed)."
        )
    if moment < info.not_before:
        raise CertificateNotYetValid(
            f"The certificate of {info.who} is valid only from "
            f"{info.not_before.strftime(day)}; check the computer's date and time "
            "(nothing was signed)."
        )
    if not signing_usage_ok(cert):
        raise NotForSigning(
            f"The certificate of {info.who} is not meant for signing documents (its key "
            "usage allows neither digital signature nor non-repudiation); use the signing "
            "certificate, not the encryption or authentication one (nothing was signed)."
        )
    return info
