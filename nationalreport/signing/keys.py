"""Where the signing key comes from: a PKCS#12 file, a PKCS#11 token, or a created identity.

A key source is a small value object naming the key and holding the secret that
opens it; the secret is never shown in ``repr`` and never stored. ``open_key``
turns a source into a ``SigningKey`` (a pyHanko signer plus the certificate and
its chain) after refusing a certificate that is expired, not yet valid or not
meant for signing. It is a context manager because a token session must be closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from nationalreport.signing.certs import CertInfo, check_can_sign

if TYPE_CHECKING:
    from cryptography import x509


@dataclass(frozen=True)
class Pkcs12File:
    """A .p12 / .pfx file and the passphrase that opens it."""

    path: Path
    passphrase: str = field(repr=False)

    def describe(self) -> str:
        return f"the key file {self.path}"


@dataclass(frozen=True)
class Pkcs11Token:
    """A smart card or USB token: the PKCS#11 library, the token's label and the PIN."""

    library: str
    token_label: str
    pin: str = field(repr=False)
    #: Which key on the token, when it holds several signing keys (label of key or cert).
    key_label: str | None = None

    def describe(self) -> str:
        return f"the token '{self.token_label}'"


@dataclass(frozen=True)
class Identity:
    """A signing identity created by this program (``None``: the newest one)."""

    passphrase: str = field(repr=False)
    path: Path | None = None

    def describe(self) -> str:
        return "your signing identity" if self.path is None else f"the identity {self.path}"


KeySource = Pkcs12File | Pkcs11Token | Identity

_Error = TypeVar("_Error", bound=BaseException)


def detached(error: _Error) -> _Error:
    """``error`` without its traceback and chained exceptions, ready to be raised again.

    The frames that read a key file hold the passphrase in their local variables (and a
    chained exception's frames too), where a crash reporter that records locals, or
    anything keeping the traceback alive, would find it. Raised again from the caller's
    frame, the error carries only that frame, whose locals are the repr-safe key source.
    """
    error.__cause__ = None
    error.__context__ = None
    error.__suppress_context__ = True
    return error.with_traceback(None)


@dataclass
class SigningKey:
    """An opened key, ready to sign: pyHanko's signer, the certificate and its chain."""

    signer: Any
    certificate: x509.Certificate
    chain: list[x509.Certificate]
    info: CertInfo
    source: str


@contextmanager
def open_key(source: KeySource) -> Iterator[SigningKey]:
    """Open the key named by ``source``; raise a ``KeyProblem`` subclass if it cannot sign."""
    if isinstance(source, Pkcs11Token):
        from nationalreport.signing import _p11

        with _p11.open_token(source) as key:
            yield key
        return
    if isinstance(source, Identity):
        from nationalreport.signing.identity import identity_file

        path = identity_file(source.path)
    else:
        path = Path(source.path)
    from nationalreport.signing import _p12

    try:
        certificate, private_key, chain = _p12.read(path, source.passphrase)
    except Exception as error:
        raise detached(error) from None
    info = check_can_sign(certificate)
    yield SigningKey(
        signer=_p12.signer(certificate, private_key, chain),
        certificate=certificate,
        chain=chain,
        info=info,
        source=source.describe(),
    )
