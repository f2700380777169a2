"""Signing and verification: PAdES for the PDF, a detached CMS (CAdES) for the JSON.

The window and the command line use these names; none of them imports pyHanko
until a key is opened, a file is signed or verified.

    sign(report_or_draft, out_dir, key_source, reason)   -> SignedFiles
    verify(path, trust_roots=None)                        -> VerifyResult
    timestamp(pdf_path, tsa_url)                          -> TimestampOutcome
    create_identity(name, organization, state, passphrase) -> CreatedIdentity

Key sources: ``Pkcs12File(path, passphrase)``, ``Pkcs11Token(library, token_label,
pin)``, ``Identity(passphrase, path=None)``. Every failure is a ``SigningError``
whose ``str()`` is one plain sentence.
"""

from nationalreport.signing.errors import (
    CertificateExpired,
    CertificateNotYetValid,
    CorruptKeyFile,
    ExportFailed,
    IdentityError,
    KeyFileNotFound,
    KeyProblem,
    NoSigningKey,
    NotASubmission,
    NotForSigning,
    NotSigned,
    OutputFailed,
    ReportHasErrors,
    SignatureBroken,
    SigningError,
    SigningFailed,
    TimestampFailed,
    TokenNotFound,
    UnreadableFile,
    WrongPassphrase,
    WrongPin,
)
from nationalreport.signing.identity import CreatedIdentity, create_identity, list_identities
from nationalreport.signing.keys import Identity, KeySource, Pkcs11Token, Pkcs12File
from nationalreport.signing.package import SignedFiles, sign_submission
from nationalreport.signing.report_signing import sign
from nationalreport.signing.result import SignatureCheck, TimestampCheck, VerifyResult
from nationalreport.signing.timestamp import TimestampOutcome, timestamp
from nationalreport.signing.verify import verify

__all__ = [
    "CertificateExpired",
    "CertificateNotYetValid",
    "CorruptKeyFile",
    "CreatedIdentity",
    "ExportFailed",
    "Identity",
    "IdentityError",
    "KeyFileNotFound",
    "KeyProblem",
    "KeySource",
    "NoSigningKey",
    "NotASubmission",
    "NotForSigning",
    "NotSigned",
    "OutputFailed",
    "Pkcs11Token",
    "Pkcs12File",
    "ReportHasErrors",
    "SignatureBroken",
    "SignatureCheck",
    "SignedFiles",
    "SigningError",
    "SigningFailed",
    "TimestampCheck",
    "TimestampFailed",
    "TimestampOutcome",
    "TokenNotFound",
    "UnreadableFile",
    "VerifyResult",
    "WrongPassphrase",
    "WrongPin",
    "create_identity",
    "list_identities",
    "sign",
    "sign_submission",
    "timestamp",
    "verify",
]
