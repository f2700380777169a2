""""Create my signing identity": a key and self-signed certificate for an official who has none.

The key (RSA-3072, or P-256) and the certificate (the official's name,
organisation and country; key usage digital signature + non-repudiation) are
kept together in a PKCS#12 file encrypted with AES-256 under the official's
passphrase, mode 0600, in ``data_dir()/identities``; the key is never written
unencrypted. The certificate is also saved alone (``.pem``) so that it can be
sent to the recipient, and its SHA-256 fingerprint is shown in groups of four to
be confirmed by telephone or letter: that confirmation is what makes a
self-signed certificate worth trusting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from nationalreport.report import get_state
from nationalreport.signing.certs import CertInfo, describe
from nationalreport.signing.errors import IdentityError, KeyFileNotFound
from nationalreport.signing.keys import detached
from nationalreport.storage import data_dir

#: How long a created identity's certificate is valid.
VALIDITY_DAYS = 3 * 365
MIN_PASSPHRASE = 8
KEY_TYPES = ("rsa", "ec")


def identities_dir() -> Path:
    return data_dir() / "identities"


@dataclass(frozen=True)
class CreatedIdentity:
    """A signing identity on disk."""

    path: Path
    certificate_path: Path
    info: CertInfo

    @property
    def fingerprint(self) -> str:
        return self.info.fingerprint


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:40] or "identity"


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable by its owner only, atomically."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _check(name: str, organization: str, passphrase: str) -> None:
    if not name.strip():
        raise IdentityError("Give the official's full name for the certificate.")
    if not organization.strip():
        raise IdentityError("Give the official's organisation (ministry or agency).")
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters; "
                            "it protects the signing key on this computer.")


def create_identity(name: str, organization: str, state: str, passphrase: str, *,
                    key_type: str = "rsa", folder: Path | None = None) -> CreatedIdentity:
    """Create a key and self-signed certificate, saved encrypted (path, fingerprint).

    A failure is raised again from this frame alone, with the passphrase deleted from
    it: the frames below hold the passphrase in their locals, where a crash reporter
    that records them would find it.
    """
    try:
        return _create(name, organization, state, passphrase, key_type, folder)
    except Exception as error:
        del passphrase
        raise detached(error) from None


def _owner_only(folder: Path) -> None:
    """Create ``folder`` readable by its owner only, and narrow it if it already existed.

    ``mkdir(mode=0o700)`` leaves an existing folder (made by hand, or by an older
    version) as open as it was, and the keys in it would be listed by anyone.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if stat.S_IMODE(folder.stat().st_mode) != 0o700:
        os.chmod(folder, 0o700)


def _free_stem(folder: Path, stem: str) -> str:
    """``stem``, or ``stem-2``, ``-3``…: two identities made in the same second keep both keys."""
    candidate, number = stem, 1
    while (folder / f"{candidate}.p12").exists() or (folder / f"{candidate}.pem").exists():
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def _create(name: str, organization: str, state: str, passphrase: str, key_type: str,
            folder: Path | None) -> CreatedIdentity:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    _check(name, organization, passphrase)
    known = get_state(state)
    if known is None:
        raise IdentityError(f"'{state}' is not the ISO 3166-1 alpha-3 code of a UN Member "
                            "or observer State.")
    if key_type not in KEY_TYPES:
        raise IdentityError(f"The key type must be one of {', '.join(KEY_TYPES)}.")
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = (
        rsa.generate_private_key(65537, 3072) if key_type == "rsa"
        else ec.generate_private_key(ec.SECP256R1()))
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, known.alpha2),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization.strip()),
        x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
    ])
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(200_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    p12 = pkcs12.serialize_key_and_certificates(
        name.strip().encode("utf-8"), key, cert, None, encryption)
    folder = folder or identities_dir()
    try:
        _owner_only(folder)
        stem = _free_stem(folder, f"{_slug(name)}-{now.strftime('%Y%m%d-%H%M%S')}")
        path = folder / f"{stem}.p12"
        cert_path = folder / f"{stem}.pem"
        _write_private(path, p12)
        try:
            _write_private(cert_path, cert.public_bytes(serialization.Encoding.PEM))
            os.chmod(cert_path, 0o644)
        except OSError:
            # A key without its certificate is listed nowhere: take it back.
            with contextlib.suppress(OSError):
                path.unlink()
            raise
    except OSError as exc:
        raise IdentityError(f"The identity could not be saved in {folder} "
                            f"({exc.strerror or type(exc).__name__}).") from None
    return CreatedIdentity(path, cert_path, describe(cert))


def list_identities(folder: Path | None = None) -> list[CreatedIdentity]:
    """The identities created on this computer, newest first (unreadable ones are skipped)."""
    from cryptography import x509

    folder = folder or identities_dir()
    found = []
    for path in sorted(folder.glob("*.p12"), key=lambda p: p.stat().st_mtime, reverse=True):
        cert_path = path.with_suffix(".pem")
        try:
            cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        except (OSError, ValueError):
            continue
        found.append(CreatedIdentity(path, cert_path, describe(cert)))
    return found


def identity_file(path: Path | None) -> Path:
    """The identity's key file: ``path`` itself, or the newest identity when ``None``."""
    if path is not None:
        return Path(path)
    found = list_identities()
    if not found:
        raise KeyFileNotFound("No signing identity has been created on this computer yet; "
                              "create one first ('identity create').")
    return found[0].path
