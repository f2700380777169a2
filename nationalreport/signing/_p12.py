"""PKCS#12 (.p12 / .pfx) key files, modern (AES/PBKDF2) and legacy (RC2, 3DES), into a signer.

pyHanko's ``SimpleSigner.load_pkcs12`` returns ``None`` on a bad passphrase and
cannot tell it from a damaged file, so the file is read here with
``cryptography``: a structure that does not parse is a corrupt file, a structure
that parses but does not open is a wrong passphrase. The signer keeps the parsed
private key instead of re-parsing it for every signature (pyHanko's does, at a
cost of ~0.2 s per RSA signature). Imported lazily: it pulls in pyHanko.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped,unused-ignore]
from asn1crypto import pkcs12 as asn1_pkcs12  # type: ignore[import-untyped,unused-ignore]
from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers.pdf_cms import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from nationalreport.signing.errors import (
    CorruptKeyFile,
    KeyFileNotFound,
    NoSigningKey,
    WrongPassphrase,
)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

#: A key file is a few kilobytes; anything this large is not one.
MAX_P12_BYTES = 1024 * 1024
#: Key derivations a file may ask for, each (PBKDF2 at 1 M iterations takes ~0.4 s, and a
#: file asks for up to three: MAC, key, certificates). Exports use 2 048 to 600 000; a
#: damaged count of billions would keep the program busy for hours.
MAX_ITERATIONS = 2_000_000
#: An RSA key of 16 384 bits is under 10 kB; checking a much larger one takes minutes.
MAX_KEY_BAG_BYTES = 16 * 1024
#: What asn1crypto raises on bytes that are not the structure it was asked to read.
_ASN1_ERRORS = (ValueError, TypeError, KeyError, OverflowError, IndexError, AttributeError,
                RecursionError, NotImplementedError)


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise KeyFileNotFound(f"The key file {path} does not exist.")
    if not path.is_file():
        raise CorruptKeyFile(f"{path} is not a key file (it is a folder or a device).")
    if path.stat().st_size > MAX_P12_BYTES:
        raise CorruptKeyFile(f"{path} is too large to be a PKCS#12 key file.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KeyFileNotFound(f"The key file {path} cannot be read ({exc.strerror}).") from None


def _structure(data: bytes) -> asn1_pkcs12.Pfx | None:
    """The parsed PKCS#12 structure (whatever its passphrase), or ``None`` if it is not one."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        pfx.authenticated_safe.native  # noqa: B018 (forces the parse)
    except _ASN1_ERRORS:
        return None
    return pfx


@dataclass
class _Protection:
    """What a PKCS#12 file shows before its passphrase is tried."""

    #: Iteration counts of its key derivations (MAC, encrypted parts, encrypted key).
    iterations: list[int] = field(default_factory=list)
    #: Sizes of its private-key bags that are not inside an encrypted part.
    key_sizes: list[int] = field(default_factory=list)
    #: Whether the passphrase matters at all (a MAC or anything encrypted).
    protected: bool = False


def _protection(pfx: asn1_pkcs12.Pfx) -> _Protection:
    """The protection of a parsed file (asn1crypto's errors pass through)."""
    seen = _Protection()
    mac = pfx["mac_data"]
    if mac.native is not None:
        seen.protected = True
        seen.iterations.append(int(mac["iterations"].native))
    for info in pfx.authenticated_safe:
        kind = info["content_type"].native
        algorithms = []
        if kind == "encrypted_data":
            algorithms.append(
                info["content"]["encrypted_content_info"]["content_encryption_algorithm"])
        elif kind == "data":
            for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
                bag_id = bag["bag_id"].native
                if bag_id in ("key_bag", "pkcs8_shrouded_key_bag"):
                    seen.key_sizes.append(len(bag["bag_value"].dump()))
                if bag_id == "pkcs8_shrouded_key_bag":
                    algorithms.append(bag["bag_value"]["encryption_algorithm"])
        else:
            seen.protected = True  # enveloped or signed: nothing this program can look into
        seen.protected = seen.protected or bool(algorithms)
        for algorithm in algorithms:
            try:
                seen.iterations.append(int(algorithm.kdf_iterations))
            except (ValueError, KeyError, TypeError):
                continue  # not a password-based scheme: nothing to count here
    return seen


def _cost_problem(seen: _Protection) -> str | None:
    """Why opening the file would take unbounded time, or ``None``."""
    if seen.iterations and max(seen.iterations) > MAX_ITERATIONS:
        return (f"it asks for {max(seen.iterations):,} rounds of key derivation (at most "
                f"{MAX_ITERATIONS:,} are accepted), so it is damaged or not meant to be opened")
    if seen.key_sizes and max(seen.key_sizes) > MAX_KEY_BAG_BYTES:
        return "its private key is far larger than any signing key"
    return None


def _checked(certificate: x509.Certificate, others: list[x509.Certificate],
             path: Path) -> list[x509.Certificate]:
    """The chain in order, after reading every field of the certificates that signing and
    its messages use; a damaged certificate is ``CorruptKeyFile``, not a crash later."""
    from nationalreport.signing.certs import describe, signing_usage_ok

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. a negative serial number: still readable
            describe(certificate)
            signing_usage_ok(certificate)
            for other in others:
                other.subject, other.issuer  # noqa: B018 (order_chain compares them)
            return order_chain(certificate, others)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise CorruptKeyFile(f"{path} cannot be used: the certificate inside it is "
                             "damaged.") from None


def order_chain(certificate: x509.Certificate,
                others: Sequence[x509.Certificate]) -> list[x509.Certificate]:
    """The issuers of ``certificate`` in order (issuing CA first), then any unrelated certs."""
    pool = [c for c in others if c != certificate]
    chain: list[x509.Certificate] = []
    current = certificate
    while current.issuer != current.subject:
        issuer = next((c for c in pool if c.subject == current.issuer and c not in chain), None)
        if issuer is None:
            break
        chain.append(issuer)
        current = issuer
    return chain + [c for c in pool if c not in chain]


def read(path: Path, passphrase: str) -> tuple[x509.Certificate, PrivateKey,
                                               list[x509.Certificate]]:
    """Certificate, private key and chain from a PKCS#12 file."""
    path = Path(os.path.expanduser(path))
    data = _read_bytes(path)
    pfx = _structure(data)
    if pfx is None:
        raise CorruptKeyFile(f"{path} is not a PKCS#12 (.p12/.pfx) key file, or it is damaged.")
    try:
        seen = _protection(pfx)
    except _ASN1_ERRORS:
        raise CorruptKeyFile(f"{path} is not a PKCS#12 (.p12/.pfx) key file, or it is "
                             "damaged.") from None
    problem = _cost_problem(seen)
    if problem is not None:
        raise CorruptKeyFile(f"{path} cannot be opened: {problem}.")
    secret = passphrase.encode("utf-8")
    attempts: list[bytes | None] = [secret] if secret else [b"", None]
    loaded = None
    for attempt in attempts:
        try:
            with warnings.catch_warnings():
                # "parsed as BER, not DER": the structure was already checked above.
                warnings.simplefilter("ignore")
                loaded = pkcs12.load_key_and_certificates(data, attempt)
            break
        except ValueError:
            continue
        except Exception:  # unsupported algorithm or a damaged inner structure
            raise CorruptKeyFile(f"{path} cannot be read: it is damaged or uses an "
                                 "encryption this program does not support.") from None
    if loaded is None and not seen.protected:
        raise CorruptKeyFile(f"{path} is damaged: it is not protected by a passphrase, yet "
                             "its key or certificate cannot be read.")
    if loaded is None:
        raise WrongPassphrase(f"The passphrase does not open {path.name}; check it and "
                              "try again (nothing was signed).")
    private_key, certificate, others = loaded
    if private_key is None or certificate is None:
        raise NoSigningKey(f"{path.name} holds no private key with its certificate, so it "
                           "cannot sign.")
    if not isinstance(private_key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise NoSigningKey(f"{path.name} holds a kind of key this program cannot sign with "
                           "(only RSA and elliptic-curve keys).")
    return certificate, private_key, _checked(certificate, others, path)


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class KeptKeySigner(SimpleSigner):
    """pyHanko's SimpleSigner, holding the parsed key instead of re-parsing it per signature."""

    def __init__(self, key: PrivateKey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        try:
            algorithm = mechanism.signature_algo
        except ValueError:
            algorithm = mechanism["algorithm"].native
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if algorithm == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), hash_algorithm)
        if algorithm == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(hash_algorithm))
        result: bytes = super().sign_raw(data, digest_algorithm)
        return result


def signer(certificate: x509.Certificate, private_key: PrivateKey,
           chain: Sequence[x509.Certificate]) -> KeptKeySigner:
    """A pyHanko signer for this key, embedding the whole chain."""
    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple([to_asn1(c) for c in chain])
    der = private_key.private_bytes(serialization.Encoding.DER,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    return KeptKeySigner(
        private_key,
        signing_cert=to_asn1(certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        cert_registry=store,
    )
