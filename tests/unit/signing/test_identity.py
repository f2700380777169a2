"""'Create my signing identity': encrypted on disk, owner-only, fingerprint to read aloud."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12

from nationalreport.signing import (
    Identity,
    IdentityError,
    KeyFileNotFound,
    WrongPassphrase,
    create_identity,
    list_identities,
)
from nationalreport.signing.identity import identities_dir
from nationalreport.signing.keys import open_key

SECRET = "a long enough passphrase"


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> object:
    folder = tmp_path_factory.mktemp("identities")
    return create_identity("Wanjiku Kamau", "Ministry of Interior", "KEN", SECRET,
                           key_type="ec", folder=folder)


def test_identity_is_an_encrypted_owner_only_pkcs12(created: object) -> None:
    path: Path = created.path  # type: ignore[attr-defined]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    data = path.read_bytes()
    assert b"PRIVATE KEY" not in data
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, None)
    key, cert, _ = pkcs12.load_key_and_certificates(data, SECRET.encode())
    assert key is not None and cert is not None
    assert not list(path.parent.glob(".*.tmp"))


def test_certificate_names_the_official_and_may_sign(created: object) -> None:
    cert = x509.load_pem_x509_certificate(
        created.certificate_path.read_bytes())  # type: ignore[attr-defined]
    subject = cert.subject.rfc4514_string()
    assert subject == "CN=Wanjiku Kamau,O=Ministry of Interior,C=KE"
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    fingerprint: str = created.fingerprint  # type: ignore[attr-defined]
    assert len(fingerprint.split()) == 16


def test_rsa_identity_in_the_user_data_folder_signs(user_data: Path) -> None:
    made = create_identity("Jean Dupont", "Ministère de l'Intérieur", "FRA", SECRET)
    assert made.path.parent == identities_dir() == user_data / "identities"
    assert [i.path for i in list_identities()] == [made.path]
    with open_key(Identity(SECRET)) as key:
        assert key.certificate.public_key().key_size == 3072  # type: ignore[union-attr]
        assert key.info.country == "FR" and key.info.self_signed
    with pytest.raises(WrongPassphrase), open_key(Identity("wrong passphrase!")):
        pass


def test_no_identity_yet_and_bad_requests() -> None:
    with pytest.raises(KeyFileNotFound, match="create one first"), open_key(Identity(SECRET)):
        pass
    with pytest.raises(IdentityError, match="at least 8"):
        create_identity("A", "B", "KEN", "short")
    with pytest.raises(IdentityError, match="alpha-3"):
        create_identity("A", "B", "XXX", SECRET)
    assert not identities_dir().exists()
