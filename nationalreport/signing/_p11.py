"""A PKCS#11 smart card or USB token (OpenSC, a vendor's library, SoftHSM2 in tests).

The official names the library and the token's label and types the PIN; the key
is found on the token: a private key whose certificate (same CKA_ID, or same
label) allows signing and is valid today. The other certificates on the token
become the chain. The session is closed when the ``with`` block ends; the PIN is
passed to the library and kept nowhere. Imported lazily: it pulls in pyHanko.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pkcs11
from cryptography import x509
from pkcs11 import Attribute, ObjectClass
from pkcs11 import exceptions as p11_errors
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

from nationalreport.signing._p12 import order_chain, to_asn1
from nationalreport.signing.certs import check_can_sign, describe
from nationalreport.signing.errors import (
    KeyProblem,
    NoSigningKey,
    SigningFailed,
    TokenNotFound,
    WrongPin,
)
from nationalreport.signing.keys import Pkcs11Token, SigningKey


@dataclass(frozen=True)
class _TokenCert:
    cert: x509.Certificate
    object_id: bytes
    label: str


def _session(source: Pkcs11Token) -> Any:
    """An open, logged-in session on the token.

    The problem is raised after the ``except`` block, not inside it: the library's own
    exception would otherwise stay chained to ours, and its traceback holds pyHanko's
    frame with the PIN in a local variable.
    """
    library = Path(source.library)
    if not library.is_file():
        raise TokenNotFound(f"The token library {source.library} does not exist; check the "
                            "path given by the card or token's vendor.")
    problem: KeyProblem
    try:
        return open_pkcs11_session(str(library),
                                   token_criteria=TokenCriteria(label=source.token_label),
                                   user_pin=source.pin)
    except p11_errors.PKCS11Error as exc:
        problem = _token_problem(source, exc)
    raise problem


def _token_problem(source: Pkcs11Token, exc: p11_errors.PKCS11Error) -> KeyProblem:
    """The sentence for a token that would not open (the PIN is never part of it)."""
    label = source.token_label
    if isinstance(exc, p11_errors.PinIncorrect | p11_errors.PinInvalid | p11_errors.PinLenRange):
        return WrongPin(f"The token '{label}' refused the PIN; check it and try again "
                        "(several wrong PINs in a row lock the token).")
    if isinstance(exc, p11_errors.PinLocked):
        return WrongPin(f"The token '{label}' is locked after too many wrong PINs; ask its "
                        "issuer to unlock it.")
    if isinstance(exc, p11_errors.PinExpired):
        return WrongPin(f"The PIN of the token '{label}' has expired; change it with the "
                        "token's own software first.")
    text = str(exc)
    if "loading" in text:
        return TokenNotFound(f"The token library {source.library} cannot be loaded; it is "
                             "not a PKCS#11 library for this computer.")
    if "No token" in text or isinstance(exc, p11_errors.TokenNotPresent):
        return TokenNotFound(f"No token labelled '{label}' is present; insert the card or "
                             "token, or check its label.")
    return TokenNotFound(f"The token '{label}' cannot be opened ({type(exc).__name__}).")


def _certificates(session: Any) -> list[_TokenCert]:
    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue
        found.append(_TokenCert(cert, bytes(obj[Attribute.ID] or b""),
                                str(obj[Attribute.LABEL] or "")))
    return found


def _private_keys(session: Any) -> list[tuple[bytes, str]]:
    keys = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        keys.append((bytes(obj[Attribute.ID] or b""), str(obj[Attribute.LABEL] or "")))
    return keys


def _choose(source: Pkcs11Token, certs: list[_TokenCert],
            keys: list[tuple[bytes, str]]) -> tuple[_TokenCert, bytes | None, str | None]:
    pairs: list[tuple[_TokenCert, bytes | None, str | None]] = []
    for entry in certs:
        for key_id, key_label in keys:
            if key_id and key_id == entry.object_id:
                pairs.append((entry, key_id, None))
                break
            if not key_id and key_label and key_label == entry.label:
                pairs.append((entry, None, key_label))
                break
    if source.key_label:
        pairs = [p for p in pairs if source.key_label in (p[0].label, p[2])]
    if not pairs:
        raise NoSigningKey(f"The token '{source.token_label}' holds no private key with its "
                           "certificate, so it cannot sign.")
    first_problem: KeyProblem | None = None
    for pair in pairs:
        try:
            check_can_sign(pair[0].cert)
        except KeyProblem as problem:
            first_problem = first_problem or problem
            continue
        return pair
    assert first_problem is not None
    raise first_problem


@contextmanager
def open_token(source: Pkcs11Token) -> Iterator[SigningKey]:
    """The signing key on the token, while the session is open."""
    session = _session(source)
    try:
        try:
            certs = _certificates(session)
            keys = _private_keys(session)
        except p11_errors.PKCS11Error as exc:
            raise SigningFailed(f"The token '{source.token_label}' could not be read "
                                f"({type(exc).__name__}).") from None
        chosen, key_id, key_label = _choose(source, certs, keys)
        chain = order_chain(chosen.cert, [c.cert for c in certs])
        signer = PKCS11Signer(session, signing_cert=to_asn1(chosen.cert), key_id=key_id,
                              key_label=key_label, ca_chain=[to_asn1(c) for c in chain],
                              other_certs_to_pull=())
        yield SigningKey(signer=signer, certificate=chosen.cert, chain=chain,
                         info=describe(chosen.cert), source=source.describe())
    finally:
        with suppress(pkcs11.PKCS11Error):
            session.close()
