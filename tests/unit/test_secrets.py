"""Keys stay encrypted and owner-only; passphrases never reach an error, a log or a file.

Every failure path is driven with a distinctive secret (tests/leaks.py), through the
library and through the command line in this process (passphrase from the variable
named by ``--passphrase-env`` and from the prompt), and the secret is looked for in
the exception, its whole chain, its traceback as printed and with each frame's local
variables (what a crash reporter records), every log record of every logger at DEBUG,
the command's output and every file in the data and output folders. The command line
in a real child process, and the PKCS#11 token, are in tests/e2e/test_secrets.py.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import stat
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import pkcs12 as asn1_pkcs12  # type: ignore[import-untyped]
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from nationalreport.cli.main import main
from nationalreport.export.errors import LayoutFailed
from nationalreport.report import Report
from nationalreport.report.sample import sample_report
from nationalreport.signing import (
    CertificateExpired,
    CorruptKeyFile,
    ExportFailed,
    Identity,
    IdentityError,
    OutputFailed,
    Pkcs11Token,
    Pkcs12File,
    WrongPassphrase,
    create_identity,
    sign,
)
from nationalreport.signing import identity as identity_module
from nationalreport.signing.keys import open_key
from nationalreport.storage import save_draft
from tests.leaks import (
    SECRET,
    SHORT,
    WRONG,
    KeyFiles,
    assert_nowhere,
    every_log_record,
    exception_texts,
    files_with,
    key_files,
)

NAME, ORGANIZATION = "Amina Wanjiru", "Ministry of Interior"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> KeyFiles:
    return key_files(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report(rows=1)


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory, report: Report) -> Path:
    path = tmp_path_factory.mktemp("draft") / "kenya.json"
    save_draft(report, path, backup=False)
    return path


# ----------------------------------------------------------------------------- keys on disk


def _private_number(key: Any) -> bytes:
    """The private scalar (EC) or exponent (RSA), as raw big-endian bytes."""
    if isinstance(key, ec.EllipticCurvePrivateKey):
        value: int = key.private_numbers().private_value
        return value.to_bytes(32, "big")
    assert isinstance(key, rsa.RSAPrivateKey)
    exponent: int = key.private_numbers().d
    return exponent.to_bytes((key.key_size + 7) // 8, "big").lstrip(b"\x00")


def _bags(data: bytes) -> list[tuple[str, Any]]:
    """(kind, bag or encrypted part) of a PKCS#12 file, as asn1crypto parses it."""
    # asn1crypto freezes its table of content-type names the first time one is looked up,
    # and asn1crypto.tsp adds the timestamp names when imported: imported after this parse,
    # a timestamp made later in the same process (tests/e2e/test_signing.py) would fail.
    import asn1crypto.tsp  # type: ignore[import-untyped]  # noqa: F401

    found: list[tuple[str, Any]] = []
    for info in asn1_pkcs12.Pfx.load(data).authenticated_safe:
        if info["content_type"].native == "data":
            for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
                found.append((bag["bag_id"].native, bag["bag_value"]))
        else:
            found.append((info["content_type"].native, info["content"]))
    return found


@pytest.mark.parametrize("key_type", ["ec", "rsa"])
def test_a_created_identity_opens_only_with_its_passphrase(user_data: Path,
                                                           key_type: str) -> None:
    made = create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type=key_type)
    folder = user_data / "identities"
    assert made.path.parent == folder
    assert (mode(folder), mode(made.path), mode(made.certificate_path)) == (0o700, 0o600, 0o644)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made.path.name, made.certificate_path.name])  # no temporary file left
    data = made.path.read_bytes()
    for attempt in (None, b"", WRONG.encode()):
        with pytest.raises(ValueError):
            pkcs12.load_key_and_certificates(data, attempt)
    key, cert, _ = pkcs12.load_key_and_certificates(data, SECRET.encode())
    assert key is not None and cert is not None
    for encoding in (serialization.Encoding.PEM, serialization.Encoding.DER):
        for form in (serialization.PrivateFormat.PKCS8,
                     serialization.PrivateFormat.TraditionalOpenSSL):
            plain = key.private_bytes(encoding, form, serialization.NoEncryption())
            assert plain not in data and plain not in made.certificate_path.read_bytes()
    assert _private_number(key) not in data and b"PRIVATE KEY" not in data
    bags = _bags(data)
    assert "key_bag" not in [kind for kind, _ in bags]  # an unencrypted key bag
    shrouded = [value for kind, value in bags if kind == "pkcs8_shrouded_key_bag"]
    assert len(shrouded) == 1
    algorithm = shrouded[0]["encryption_algorithm"]
    assert (algorithm.kdf, algorithm.encryption_cipher, algorithm.key_length,
            algorithm.encryption_mode) == ("pbkdf2", "aes", 32, "cbc")
    assert algorithm.kdf_iterations >= 100_000
    assert files_with(SECRET, user_data) == []


def test_an_identities_folder_left_open_is_made_owner_only(user_data: Path) -> None:
    folder = user_data / "identities"
    folder.mkdir()
    os.chmod(folder, 0o755)
    made = create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    assert mode(folder) == 0o700 and mode(made.path) == 0o600


def test_owner_only_whatever_the_umask(user_data: Path) -> None:
    previous = os.umask(0)
    try:
        made = create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    finally:
        os.umask(previous)
    assert mode(user_data / "identities") == 0o700 and mode(made.path) == 0o600


@pytest.mark.parametrize("failing", [".p12", ".pem"])
def test_a_failed_save_leaves_no_key_behind(user_data: Path, monkeypatch: pytest.MonkeyPatch,
                                            failing: str) -> None:
    real_replace = os.replace

    def replace(source: Any, target: Any) -> None:
        if str(target).endswith(failing):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with every_log_record() as logs, pytest.raises(IdentityError, match="could not be saved"
                                                   ) as caught:
        create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    assert list((user_data / "identities").iterdir()) == []
    assert_nowhere({"exception": exception_texts(caught.value), "logs": "\n".join(logs)},
                   (user_data,))


def test_two_identities_made_in_the_same_second_keep_both_keys(
        user_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    moment = dt.datetime(2026, 5, 4, 10, 30, 0, tzinfo=dt.UTC)

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:
            return cls.fromtimestamp(moment.timestamp(), tz)

    monkeypatch.setattr(identity_module, "dt", types.SimpleNamespace(
        UTC=dt.UTC, timedelta=dt.timedelta, datetime=Frozen))
    first = create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    second = create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    assert first.path != second.path and second.path.name.endswith("-2.p12")
    assert first.fingerprint != second.fingerprint
    for made in (first, second):
        assert pkcs12.load_key_and_certificates(made.path.read_bytes(), SECRET.encode())[0]


# ----------------------------------------------------------------------------- key sources


def test_key_sources_never_show_their_secret(keys: KeyFiles) -> None:
    sources: list[Any] = [Pkcs12File(keys.good, SECRET), Identity(SECRET),
                          Identity(SECRET, keys.good),
                          Pkcs11Token("/usr/lib/softhsm/libsofthsm2.so", "Card", SECRET,
                                      key_label="signer")]
    shown = {}
    for index, source in enumerate(sources):
        shown[f"{index} repr"] = repr(source)
        shown[f"{index} str"] = f"{source} {source!r} {[source]} {source.describe()}"
    with open_key(Pkcs12File(keys.good, SECRET)) as key:
        shown["opened key"] = f"{key!r} {key.source} {key.signer!r}"
    assert_nowhere(shown)


# ----------------------------------------------------------------------------- the library


@dataclass
class Context:
    """What a failure case may use: key files, a report, a folder, a way to break things."""

    keys: KeyFiles
    report: Report
    folder: Path
    monkeypatch: pytest.MonkeyPatch


def _layout_fails(*args: object, **kwargs: object) -> Any:
    raise LayoutFailed("an answer is too large to print on a page (table 2.1.1)")


def _library_bug(*args: object, **kwargs: object) -> Any:
    raise RuntimeError("the signature could not be assembled")


def _wrong_identity_passphrase(context: Context) -> object:
    create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    return sign(context.report, context.folder / "out", Identity(WRONG))


def _identity_folder_blocked(context: Context) -> object:
    blocker = context.folder / "a-file"
    blocker.write_text("not a folder")
    return create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec",
                           folder=blocker / "identities")


def _export_fails(context: Context) -> object:
    context.monkeypatch.setattr("nationalreport.export.api.render", _layout_fails)
    return sign(context.report, context.folder / "out", Pkcs12File(context.keys.good, SECRET))


def _output_fails(context: Context) -> object:
    blocker = context.folder / "a-file"
    blocker.write_text("not a folder")
    return sign(context.report, blocker / "out", Pkcs12File(context.keys.good, SECRET))


def _signing_crashes(context: Context) -> object:
    context.monkeypatch.setattr("nationalreport.signing.report_signing.sign_with_key",
                                _library_bug)
    return sign(context.report, context.folder / "out", Pkcs12File(context.keys.good, SECRET))


LIBRARY_FAILURES: list[tuple[str, type[BaseException], Callable[[Context], object]]] = [
    ("wrong passphrase of a .p12", WrongPassphrase,
     lambda c: sign(c.report, c.folder / "out", Pkcs12File(c.keys.good, WRONG))),
    ("damaged .p12", CorruptKeyFile,
     lambda c: sign(c.report, c.folder / "out", Pkcs12File(c.keys.corrupt, SECRET))),
    ("expired certificate", CertificateExpired,
     lambda c: sign(c.report, c.folder / "out", Pkcs12File(c.keys.expired, SECRET))),
    ("wrong passphrase of the identity", WrongPassphrase, _wrong_identity_passphrase),
    ("identity passphrase too short", IdentityError,
     lambda c: create_identity(NAME, ORGANIZATION, "KEN", SHORT)),
    ("identity for an unknown State", IdentityError,
     lambda c: create_identity(NAME, ORGANIZATION, "XYZ", SECRET)),
    ("identity folder cannot be made", IdentityError, _identity_folder_blocked),
    ("export fails while signing", ExportFailed, _export_fails),
    ("output folder cannot be made", OutputFailed, _output_fails),
    ("unexpected error while signing", RuntimeError, _signing_crashes),
]


@pytest.mark.parametrize(("error", "attempt"), [case[1:] for case in LIBRARY_FAILURES],
                         ids=[case[0] for case in LIBRARY_FAILURES])
def test_a_library_failure_shows_no_secret(keys: KeyFiles, report: Report, tmp_path: Path,
                                           user_data: Path, monkeypatch: pytest.MonkeyPatch,
                                           error: type[BaseException],
                                           attempt: Callable[[Context], object]) -> None:
    context = Context(keys, report, tmp_path, monkeypatch)
    with every_log_record() as logs, pytest.raises(error) as caught:
        attempt(context)
    assert "\n" not in str(caught.value)
    assert_nowhere({"exception": exception_texts(caught.value), "logs": "\n".join(logs)},
                   (tmp_path, user_data))
    assert not (tmp_path / "out").exists()


def test_a_signature_leaves_no_secret(keys: KeyFiles, report: Report, tmp_path: Path,
                                      user_data: Path) -> None:
    with every_log_record() as logs:
        done = sign(report, tmp_path / "out", Pkcs12File(keys.good, SECRET))
    assert done.pdf.is_file() and done.p7s.is_file()
    assert any(" DEBUG " in text for text in logs)  # the capture does see DEBUG records
    assert_nowhere({"result": f"{done!r} {done.to_text()}", "logs": "\n".join(logs)},
                   (tmp_path, user_data))


# ----------------------------------------------------------------------------- the command line


@dataclass
class Prompt:
    """getpass replaced: answers from a queue, in a terminal (the queue is kept out of repr)."""

    answers: list[str] = field(default_factory=list, repr=False)
    asked: list[str] = field(default_factory=list)

    def __call__(self, prompt: str = "Password: ", stream: object = None) -> str:
        self.asked.append(prompt)
        return self.answers.pop(0)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def prompt(monkeypatch: pytest.MonkeyPatch) -> Prompt:
    fake = Prompt()
    monkeypatch.setattr("getpass.getpass", fake)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    return fake


def _give(secrets: tuple[str, ...], how: str, prompt: Prompt,
          monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The arguments that make the command read ``secrets`` ``how``: env or prompt."""
    if how == "env":
        monkeypatch.setenv("NR_SECRET", secrets[0])
        return ["--passphrase-env", "NR_SECRET"]
    prompt.answers[:] = list(secrets)
    return []


#: (id, sign arguments ({good} etc. name key files), which secret, exit status, words)
CLI_FAILURES = [
    ("wrong passphrase of a .p12", ["--p12", "{good}"], "WRONG", 2, "passphrase does not open"),
    ("damaged .p12", ["--p12", "{corrupt}"], "SECRET", 2, "damaged"),
    ("expired certificate", ["--p12", "{expired}"], "SECRET", 2, "expired on"),
    ("wrong passphrase of the identity", ["--identity"], "WRONG", 2, "passphrase does not open"),
    ("export fails while signing", ["--p12", "{good}"], "SECRET", 1, "could not be exported"),
    ("output folder cannot be made", ["--p12", "{good}", "--out-dir", "{blocked}"], "SECRET", 2,
     "cannot be created"),
]
SECRETS = {"SECRET": SECRET, "WRONG": WRONG, "SHORT": SHORT}


@pytest.mark.parametrize("how", ["env", "prompt"])
@pytest.mark.parametrize(("case", "extra", "which", "code", "words"), CLI_FAILURES,
                         ids=[c[0] for c in CLI_FAILURES])
def test_a_sign_command_failure_shows_no_secret(
        draft: Path, keys: KeyFiles, tmp_path: Path, user_data: Path, prompt: Prompt,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], how: str,
        case: str, extra: list[str], which: str, code: int, words: str) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    if "identity" in case:
        create_identity(NAME, ORGANIZATION, "KEN", SECRET, key_type="ec")
    if "export" in case:
        monkeypatch.setattr("nationalreport.export.api.render", _layout_fails)
    names = {"good": keys.good, "corrupt": keys.corrupt, "expired": keys.expired,
             "blocked": tmp_path / "a-file" / "out"}
    arguments = [a.format(**names) for a in extra]
    if "--out-dir" not in arguments:
        arguments += ["--out-dir", str(tmp_path / "out")]
    arguments += _give((SECRETS[which],), how, prompt, monkeypatch)
    with every_log_record() as logs:
        status = main(["sign", str(draft), *arguments])
    said = capsys.readouterr()
    errors = [line for line in said.err.splitlines() if not line.startswith("advisory:")]
    assert status == code and len(errors) == 1 and words in errors[0], said.err
    assert len(prompt.asked) == (1 if how == "prompt" else 0)
    assert_nowhere({"stdout": said.out, "stderr": said.err, "logs": "\n".join(logs)},
                   (tmp_path, user_data))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("how", ["env", "prompt"])
def test_an_unexpected_crash_of_the_sign_command_shows_no_secret(
        draft: Path, keys: KeyFiles, tmp_path: Path, user_data: Path, prompt: Prompt,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], how: str) -> None:
    monkeypatch.setattr("nationalreport.signing.report_signing.sign_with_key", _library_bug)
    monkeypatch.delenv("NATIONALREPORT_DEBUG", raising=False)
    arguments = _give((SECRET,), how, prompt, monkeypatch)
    with every_log_record() as logs:
        status = main(["sign", str(draft), "--out-dir", str(tmp_path / "out"), "--p12",
                       str(keys.good), *arguments])
    said = capsys.readouterr()
    assert status == 2 and said.err.count("\n") == 1, said.err
    assert "unexpected problem (RuntimeError)" in said.err and "Traceback" not in said.err
    assert_nowhere({"stdout": said.out, "stderr": said.err, "logs": "\n".join(logs)},
                   (tmp_path, user_data))
    assert not (tmp_path / "out").exists()


def test_an_unexpected_crash_with_debugging_asked_for_keeps_the_secret_out_of_the_chain(
        draft: Path, keys: KeyFiles, tmp_path: Path, user_data: Path, prompt: Prompt,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """NATIONALREPORT_DEBUG lets the traceback through, for a bug report: still no secret."""
    monkeypatch.setattr("nationalreport.signing.report_signing.sign_with_key", _library_bug)
    monkeypatch.setenv("NATIONALREPORT_DEBUG", "1")
    arguments = _give((SECRET,), "env", prompt, monkeypatch)
    with every_log_record() as logs, pytest.raises(RuntimeError) as caught:
        main(["sign", str(draft), "--out-dir", str(tmp_path / "out"), "--p12", str(keys.good),
              *arguments])
    said = capsys.readouterr()
    assert_nowhere({"exception": exception_texts(caught.value), "stdout": said.out,
                    "stderr": said.err, "logs": "\n".join(logs)}, (tmp_path, user_data))


#: (id, how the passphrase is given, the answers, exit status, words)
IDENTITY_FAILURES = [
    ("too short, from a variable", "env", ("SHORT",), 2, "at least 8"),
    ("too short, at the prompt", "prompt", ("SHORT", "SHORT"), 2, "at least 8"),
    ("entries differ at the prompt", "prompt", ("SECRET", "WRONG"), 2, "the two entries differ"),
]


@pytest.mark.parametrize(("how", "which", "code", "words"), [c[1:] for c in IDENTITY_FAILURES],
                         ids=[c[0] for c in IDENTITY_FAILURES])
def test_an_identity_command_failure_shows_no_secret(
        tmp_path: Path, user_data: Path, prompt: Prompt, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], how: str, which: tuple[str, ...], code: int,
        words: str) -> None:
    arguments = _give(tuple(SECRETS[w] for w in which), how, prompt, monkeypatch)
    with every_log_record() as logs:
        status = main(["identity", "create", "--name", NAME, "--organization", ORGANIZATION,
                       "--state", "KEN", "--key", "ec", *arguments])
    said = capsys.readouterr()
    assert status == code and said.err.count("\n") == 1 and words in said.err, said.err
    assert prompt.answers == []
    assert_nowhere({"stdout": said.out, "stderr": said.err, "logs": "\n".join(logs)},
                   (tmp_path, user_data))
    assert not list(user_data.rglob("*.p12"))


def test_an_unexpected_crash_of_identity_creation_carries_no_passphrase(
        tmp_path: Path, user_data: Path, prompt: Prompt, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Even with the traceback let through, no frame up to the command holds the passphrase."""
    monkeypatch.setattr("nationalreport.signing.identity._create", _library_bug)
    monkeypatch.setenv("NATIONALREPORT_DEBUG", "1")
    arguments = _give((SECRET,), "env", prompt, monkeypatch)
    with pytest.raises(RuntimeError) as caught:
        main(["identity", "create", "--name", NAME, "--organization", ORGANIZATION,
              "--state", "KEN", "--key", "ec", *arguments])
    said = capsys.readouterr()
    assert_nowhere({"exception": exception_texts(caught.value), "stdout": said.out,
                    "stderr": said.err}, (tmp_path, user_data))
