"""Why signing, verifying or timestamping could not go ahead, in one sentence a person understands.

The window and the command line show ``str(error)`` and nothing else, never a
traceback; the message never contains a passphrase or PIN. ``exit_code`` is the
command line's status for the failure (design.md: 1 the document has problems,
2 the file cannot be read or the arguments are wrong).
"""

from __future__ import annotations

from collections.abc import Sequence


class SigningError(Exception):
    """Base of every signing failure; the message is one plain sentence."""

    exit_code = 2


# ------------------------------------------------------------------ the key


class KeyProblem(SigningError):
    """The signing key could not be used (base of the key problems below)."""


class KeyFileNotFound(KeyProblem):
    """The .p12/.pfx file, or the created identity, is not there."""


class CorruptKeyFile(KeyProblem):
    """The file is not a PKCS#12 key file, or it is damaged."""


class WrongPassphrase(KeyProblem):
    """The passphrase does not open the key file."""


class TokenNotFound(KeyProblem):
    """The PKCS#11 library cannot be loaded, or no token with that label is present."""


class WrongPin(KeyProblem):
    """The token refused the PIN (or it is locked)."""


class NoSigningKey(KeyProblem):
    """The key file or token holds no private key with a certificate."""


class CertificateExpired(KeyProblem):
    """The signer's certificate is no longer valid."""


class CertificateNotYetValid(KeyProblem):
    """The signer's certificate is not valid yet (or the computer's clock is wrong)."""


class NotForSigning(KeyProblem):
    """The certificate's key usage does not allow signing documents."""


class IdentityError(SigningError):
    """A signing identity could not be created."""


# ------------------------------------------------------------------ the documents


class ReportHasErrors(SigningError):
    """Validation found errors, so the report is not signed."""

    exit_code = 1

    def __init__(self, message: str, problems: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class NotASubmission(SigningError):
    """The file is not a submission of this program (no submission.json inside, or not JSON)."""


class NotSigned(SigningError):
    """The file carries no signature to verify or timestamp."""

    exit_code = 1


class UnreadableFile(SigningError):
    """The file is missing, a folder, or not a PDF or JSON that can be read."""


class OutputFailed(SigningError):
    """The output folder could not be written; nothing was left in it."""


class SigningFailed(SigningError):
    """The signature itself could not be made (the token or library failed)."""


class TimestampFailed(SigningError):
    """The timestamp authority could not be reached or gave an unusable answer."""


class SignatureBroken(SigningError):
    """The existing signature is broken or the file was altered, so it is not timestamped."""

    exit_code = 1


class ExportFailed(SigningError):
    """The report could not be exported to PDF and JSON before signing."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
