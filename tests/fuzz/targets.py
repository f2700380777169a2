"""The loaders that read files from outside, run on hostile bytes, and what a clear refusal is.

Shared by the Hypothesis tests, the corpus regression test and the coverage-guided
harness ``tools/fuzz.py``. Each target takes the bytes of one file and either
accepts them or refuses them with the program's own error (``StorageError`` for
drafts and journal entries, ``SigningError`` for key files and verification, or a
``VerifyResult`` that is not ``ok``) whose message is one plain sentence. Anything
else, an exception of another type, a message with Python's internals in it, or
an input still running after ``TIME_LIMIT`` seconds, raises ``Unclear``.

The valid files every mutation starts from (``Seeds``) are made here: the sample
report's draft and an autosave entry holding it, a small submission PDF and its JSON
signed with the test PKI of ``tests/e2e/pki.py``, and that PKI's PKCS#12 key file
(modern, legacy, and with neither MAC nor encryption).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Seconds one input may take before it counts as a hang (a valid one takes < 0.2 s).
TIME_LIMIT = 10.0
#: Whether ``time_limit`` arms its timer (off under libFuzzer, whose ``-timeout`` uses it).
TIMER = True
#: A refusal longer than this is not one plain sentence (the work folder's path excluded).
MAX_MESSAGE = 400
PASSPHRASE = "correct horse battery staple"
STEM = "KEN-2026-poa-iti-report"

#: Words that show Python's own machinery instead of a reason a person understands.
INTERNALS = (
    "Traceback", "NoneType", "object has no attribute", "object is not", "<class ", " at 0x",
    "unsupported operand", "unhashable", "codec can't", "index out of range",
    "not subscriptable", "positional argument", "keyword argument", "maximum recursion",
    "set_int_max_str_digits", "Errno", "asn1crypto", "pyhanko", "pikepdf", "b'", 'b"',
)


class Unclear(AssertionError):
    """A loader crashed, hung, or refused with a message that is not one plain sentence."""


class Hang(BaseException):
    """Raised by the timer inside a loader that runs too long (not an ``Exception``, so
    that a loader's own ``except Exception`` cannot swallow it)."""


@contextlib.contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Raise ``Hang`` in the block after ``seconds`` (default ``TIME_LIMIT``; only in the
    main thread, and only when ``TIMER`` is on)."""
    seconds = TIME_LIMIT if seconds is None else seconds
    if not TIMER or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def unclear_reason(message: str, folder: Path | None = None) -> str | None:
    """Why ``message`` is not one plain sentence, or ``None`` when it is one."""
    text = message.replace(str(folder), "") if folder is not None else message
    if not text.strip():
        return "the message is empty"
    if "\n" in text or "\r" in text:
        return "the message has more than one line"
    if len(text) > MAX_MESSAGE:
        return f"the message is {len(text)} characters long"
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        return "the message holds control characters"
    for word in INTERNALS:
        if word in text:
            return f"the message shows Python's internals ({word!r})"
    return None


def check_plain(text: str, what: str, folder: Path | None = None) -> None:
    """Raise ``Unclear`` unless ``text`` (a refusal, a problem listed) is one plain sentence."""
    reason = unclear_reason(text, folder)
    if reason is not None:
        raise Unclear(f"{what}: {reason}: {text[:600]!r}")


def refused(error: BaseException, folder: Path | None = None) -> str:
    """The outcome of a refusal, after checking that its message is one plain sentence."""
    check_plain(str(error), type(error).__name__, folder)
    return f"refused: {type(error).__name__}"


# ----------------------------------------------------------------------------- seeds


@dataclass(frozen=True)
class Seeds:
    """Valid files of every kind the loaders read, and a folder to write inputs in."""

    folder: Path

    def path(self, name: str) -> Path:
        return self.folder / name

    def read(self, name: str) -> bytes:
        return self.path(name).read_bytes()

    @property
    def work(self) -> Path:
        """A folder of this process's own (two processes may fuzz with the same seeds)."""
        work = self.folder / f"work-{os.getpid()}"
        work.mkdir(exist_ok=True)
        return work


#: The seed files, by the target they feed (several targets share the signed set).
SEED_FILES = {
    "draft": ["draft.json"],
    "journal": ["journal.json"],
    "pdf": ["signed.pdf"],
    "p7s": ["signed.json.p7s"],
    "json": ["signed.json"],
    "p12": ["key.p12", "key-legacy.p12", "key-plain.p12"],
}


def make_seeds(folder: Path) -> Seeds:
    """Write the valid seed files into ``folder`` (reused when already there)."""
    seeds = Seeds(folder)
    if all(seeds.path(n).is_file() for names in SEED_FILES.values() for n in names):
        return seeds
    folder.mkdir(parents=True, exist_ok=True)
    from nationalreport.report import Report
    from nationalreport.report.sample import sample_report
    from nationalreport.report.serialize import dumps
    from nationalreport.signing import Pkcs12File, sign_submission
    from nationalreport.storage import draft_bytes

    # Imported by name: the test PKI is a test helper, outside what mypy checks here.
    pki_module: Any = importlib.import_module("tests.e2e.pki")
    report = sample_report(rows=2)
    seeds.path("draft.json").write_bytes(draft_bytes(report))
    seeds.path("journal.json").write_bytes(dumps({
        "format": "nationalreport/journal", "draft_path": None,
        "recorded": "2026-01-01T00:00:00Z", "pid": 999_999_999, "host": "elsewhere",
        "boot": None, "document": report.to_draft()}))
    pki = pki_module.build(folder / "pki")
    seeds.path("key.p12").write_bytes(pki.files["signer.p12"].read_bytes())
    seeds.path("key-legacy.p12").write_bytes(pki.files["signer-legacy.p12"].read_bytes())
    seeds.path("key-plain.p12").write_bytes(plain_p12(pki.signer.key_pkcs8_pem(),
                                                      pki.signer.cert_der()))
    data = dumps(Report.new("KEN", 2026, "en").to_submission())
    signed = sign_submission(small_pdf(data), data, folder / "signed", STEM,
                             Pkcs12File(pki.files["signer.p12"], PASSPHRASE), "Fuzzing seed")
    shutil.copyfile(signed.pdf, seeds.path("signed.pdf"))
    shutil.copyfile(signed.json, seeds.path("signed.json"))
    shutil.copyfile(signed.p7s, seeds.path("signed.json.p7s"))
    return seeds


def small_pdf(submission: bytes) -> bytes:
    """A one-page submission PDF with nothing but ``submission.json`` attached (1 kB, so
    that a blind edit lands on structure, not on font data, more often than not)."""
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    spec = pikepdf.AttachedFileSpec(pdf, submission, filename="submission.json",
                                    mime_type="application/json",
                                    relationship=pikepdf.Name.Data)
    pdf.attachments["submission.json"] = spec
    pdf.Root.AF = pikepdf.Array([spec.obj])
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    pdf.close()
    return out.getvalue()


def plain_p12(key_pem: bytes, cert_der: bytes) -> bytes:
    """A PKCS#12 with neither MAC nor encryption, so that damage reaches the key and the
    certificate themselves instead of stopping at the integrity check."""
    from asn1crypto import cms, keys, pem, pkcs12  # type: ignore[import-untyped,unused-ignore]
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped,unused-ignore]

    _, _, key_der = pem.unarmor(key_pem)
    bags = pkcs12.SafeContents([
        pkcs12.SafeBag({"bag_id": "key_bag", "bag_value": keys.PrivateKeyInfo.load(key_der)}),
        pkcs12.SafeBag({"bag_id": "cert_bag", "bag_value": pkcs12.CertBag({
            "cert_id": "x509", "cert_value": asn1_x509.Certificate.load(cert_der)})}),
    ])
    safe = pkcs12.AuthenticatedSafe([cms.ContentInfo({"content_type": "data",
                                                      "content": bags.dump()})])
    pfx = pkcs12.Pfx({"version": "v3", "auth_safe": cms.ContentInfo({
        "content_type": "data", "content": safe.dump()})})
    data: bytes = pfx.dump()
    return data


# ----------------------------------------------------------------------------- targets


@contextlib.contextmanager
def terminal() -> Iterator[list[str]]:
    """What the block writes to standard error, Python's and the C libraries' alike.

    The list is filled when the block ends. The command line's only output on a
    refusal is its one line, so anything a library prints (qpdf's warnings, a log
    record with no handler) is output the user would see.
    """
    printed: list[str] = []
    with tempfile.TemporaryFile() as capture:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            with contextlib.redirect_stderr(io.StringIO()) as python:
                yield printed
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            text = capture.read().decode("utf-8", "replace") + python.getvalue()
            printed.extend(line for line in text.splitlines() if line.strip())


def guarded(run: Callable[[], str]) -> str:
    """``run()``'s outcome; an exception it lets out, a warning or a hang is ``Unclear``.

    A warning counts because the command line would print it, traceback-like, above
    its one clear line.
    """
    try:
        with (terminal() as printed, warnings.catch_warnings(record=True) as caught,
              time_limit()):
            warnings.simplefilter("always")
            outcome = run()
        if caught:
            first = caught[0]
            raise Unclear(f"a warning reached the user: {first.category.__name__}: "
                          f"{str(first.message)[:300]}")
        if printed:
            raise Unclear(f"a library printed to the terminal: {printed[0][:300]!r}")
        return outcome
    except Unclear:
        raise
    except Hang as exc:
        raise Unclear(f"hang: {exc}") from None
    except RecursionError as exc:
        raise Unclear(f"crash: RecursionError: {exc}") from exc
    except Exception as exc:
        raise Unclear(f"crash: {type(exc).__name__}: {str(exc)[:300]}") from exc


def draft(seeds: Seeds, data: bytes) -> str:
    """A draft's bytes opened; one that opens must also save and open again unchanged."""
    from nationalreport.storage import StorageError, draft_bytes, report_from_bytes

    def run() -> str:
        try:
            report = report_from_bytes(data, "draft.json")
        except StorageError as exc:
            return refused(exc)
        saved = draft_bytes(report)
        again = report_from_bytes(saved, "draft.json")
        if draft_bytes(again) != saved:
            raise Unclear("a draft that opens does not save and open again unchanged")
        return "loaded"

    return guarded(run)


def journal(seeds: Seeds, data: bytes) -> str:
    """A journal entry found at start-up, and recovered when it is offered."""
    from nationalreport.storage import Journal, StorageError

    folder = seeds.work / "journal"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "draft-0123456789abcdef.json").write_bytes(data)

    def run() -> str:
        entries = Journal(folder).entries(include_live=True)
        if not entries:
            return "ignored"
        try:
            Journal(folder).recover(entries[0])
        except StorageError as exc:
            return refused(exc, folder)
        return "recovered"

    return guarded(run)


def _verify(seeds: Seeds, target: Path, *, changed: bool = False) -> str:
    """``verify`` on ``target``: a plain refusal, or a result whose report is clean text
    (``changed``: the file is a JSON that is not the one signed, so it must not be ok)."""
    from nationalreport.signing import SigningError, verify

    try:
        result = verify(target)
    except SigningError as exc:
        return refused(exc, seeds.work)
    text = result.to_text()
    result.to_json()
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text.replace("\n", "")):
        raise Unclear(f"the report holds control characters: {text[:300]!r}")
    for problem in result.problems:
        check_plain(problem, "a problem listed", seeds.work)
    if result.ok and changed:
        raise Unclear("a JSON changed after signing was found intact")
    return "verified: " + ("ok" if result.ok else "not ok")


def pdf(seeds: Seeds, data: bytes) -> str:
    """A signed PDF checked by ``verify``."""
    target = seeds.work / f"{STEM}.pdf"
    target.write_bytes(data)
    return guarded(lambda: _verify(seeds, target))


def p7s(seeds: Seeds, data: bytes, beside: bytes | None = None) -> str:
    """A ``.p7s`` beside the JSON it signed (or ``beside``), checked by ``verify``."""
    target = seeds.work / f"{STEM}.json"
    target.write_bytes(seeds.read("signed.json") if beside is None else beside)
    target.with_name(target.name + ".p7s").write_bytes(data)
    return guarded(lambda: _verify(seeds, target))


def signed_json(seeds: Seeds, data: bytes, beside: bytes | None = None) -> str:
    """A JSON beside the ``.p7s`` made for the original (or ``beside``; ``b""``: none),
    checked by ``verify``."""
    target = seeds.work / f"{STEM}.json"
    target.write_bytes(data)
    signature = target.with_name(target.name + ".p7s")
    signature.unlink(missing_ok=True)
    if beside is None:
        signature.write_bytes(seeds.read("signed.json.p7s"))
    elif beside:
        signature.write_bytes(beside)
    changed = beside is None and data != seeds.read("signed.json")
    return guarded(lambda: _verify(seeds, target, changed=changed))


def p12(seeds: Seeds, data: bytes) -> str:
    """A PKCS#12 file opened as a key source with the right passphrase."""
    from nationalreport.signing import Pkcs12File, SigningError
    from nationalreport.signing.keys import open_key

    target = seeds.work / "key.p12"
    target.write_bytes(data)

    def run() -> str:
        try:
            with open_key(Pkcs12File(target, PASSPHRASE)) as key:
                key.info.as_dict()
        except SigningError as exc:
            return refused(exc, seeds.work)
        return "opened"

    return guarded(run)


def cli_verify(seeds: Seeds, data: bytes, *, name: str = f"{STEM}.pdf") -> str:
    """``nationalreport verify FILE``: an exit status of 0, 1 or 2 and one clear line."""
    from nationalreport.cli.main import main

    target = seeds.work / name
    target.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()

    def run() -> str:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["verify", str(target), "--format", "json"])
        return str(code)

    code = guarded(run)
    lines = err.getvalue().splitlines()
    if code not in ("0", "1", "2"):
        raise Unclear(f"exit status {code}")
    if code == "2":
        if len(lines) != 1 or not lines[0].startswith("nationalreport: "):
            raise Unclear(f"exit 2 without one line on stderr: {err.getvalue()[:400]!r}")
        check_plain(lines[0], "the line on stderr", seeds.work)
    else:
        try:
            report = json.loads(out.getvalue())
        except ValueError:
            raise Unclear(f"exit {code} without a JSON report: {out.getvalue()[:300]!r}") from None
        if report["ok"] != (code == "0"):  # no trust roots given: 1 means "not ok"
            raise Unclear(f"exit {code} for a result whose ok is {report['ok']}")
    return f"exit {code}"


TARGETS: dict[str, Callable[[Seeds, bytes], str]] = {
    "draft": draft,
    "journal": journal,
    "pdf": pdf,
    "p7s": p7s,
    "json": signed_json,
    "p12": p12,
    "cli": cli_verify,
}
