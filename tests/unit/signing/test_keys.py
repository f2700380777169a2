"""Opening keys: PKCS#12 modern and legacy, and one clear sentence for every way it fails."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nationalreport.signing import (
    CertificateExpired,
    CertificateNotYetValid,
    CorruptKeyFile,
    KeyFileNotFound,
    NotForSigning,
    Pkcs11Token,
    Pkcs12File,
    SigningError,
    WrongPassphrase,
)
from nationalreport.signing.certs import check_can_sign, fingerprint, signing_usage_ok
from nationalreport.signing.keys import open_key
from tests.e2e import pki as pki_module
from tests.e2e.pki import PASSPHRASE, Pki


@pytest.mark.parametrize("name", ["signer.p12", "signer-legacy.p12"])
def test_pkcs12_modern_and_legacy_open_with_their_chain(pki: Pki, name: str) -> None:
    with open_key(Pkcs12File(pki.files[name], PASSPHRASE)) as key:
        assert key.info.common_name == "Amina Wanjiru"
        assert key.info.organization == "Test Ministry of Interior"
        assert [c.subject for c in key.chain] == [pki.issuing.cert.subject, pki.root.cert.subject]
        assert key.signer.signing_cert.dump() == pki.signer.cert_der()


def test_rc2_legacy_pkcs12_opens(pki: Pki) -> None:
    path = pki_module.rc2_p12(pki)
    if path is None:
        pytest.skip("this openssl cannot write RC2-40 (legacy provider missing)")
    with open_key(Pkcs12File(path, PASSPHRASE)) as key:
        assert key.info.common_name == "Amina Wanjiru"


def one_sentence(error: SigningError, secret: str = PASSPHRASE) -> str:
    text = str(error)
    assert "\n" not in text and text.endswith((".", ")")), text
    assert secret not in text and "Traceback" not in text
    return text


@pytest.mark.parametrize(
    ("name", "passphrase", "error", "words"),
    [
        ("signer.p12", "not the passphrase", WrongPassphrase, "passphrase does not open"),
        ("signer-legacy.p12", "", WrongPassphrase, "passphrase does not open"),
        ("corrupt.p12", PASSPHRASE, CorruptKeyFile, "damaged"),
        ("missing.p12", PASSPHRASE, KeyFileNotFound, "does not exist"),
        ("expired.p12", PASSPHRASE, CertificateExpired, "expired on"),
        ("no-usage.p12", PASSPHRASE, NotForSigning, "not meant for signing"),
        ("root.pem", PASSPHRASE, CorruptKeyFile, "not a PKCS#12"),
    ],
)
def test_key_problems_are_one_clear_sentence(pki: Pki, name: str, passphrase: str,
                                             error: type[SigningError], words: str) -> None:
    path = pki.files.get(name, pki.folder / name)
    with pytest.raises(error) as caught, open_key(Pkcs12File(path, passphrase)):
        pass
    assert words in one_sentence(caught.value)


def test_secrets_never_show_in_repr() -> None:
    assert "s3cret" not in repr(Pkcs12File(Path("k.p12"), "s3cret"))
    assert "4321" not in repr(Pkcs11Token("/lib/x.so", "Card", "4321"))


def test_certificate_checks(pki: Pki) -> None:
    assert check_can_sign(pki.signer.cert).common_name == "Amina Wanjiru"
    early = pki.signer.cert.not_valid_before_utc - dt.timedelta(days=1)
    with pytest.raises(CertificateNotYetValid, match="check the computer's date"):
        check_can_sign(pki.signer.cert, early)
    assert not signing_usage_ok(pki.no_usage.cert)


def test_fingerprint_is_sixteen_groups_of_four() -> None:
    text = fingerprint(b"certificate")
    groups = text.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 and g == g.upper() for g in groups)
