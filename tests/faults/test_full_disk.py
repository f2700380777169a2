"""A full disk or a read-only folder: one plain message, and the previous files intact.

Saving a draft, exporting the PDF and JSON, and signing, through the library and the
command line. The disk is made full by making one write, fsync or file creation raise
ENOSPC. A folder is made read-only with ``chmod`` where that stops writes (not for
root), and in every run by making each change inside it raise EACCES (as the system
answers an ordinary user) or EROFS (a medium that turned read-only). Each time: one
sentence naming the folder and the cause, no traceback, the files that were there
unchanged, and no half-written or temporary file left in the folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from nationalreport.cli.main import main
from nationalreport.export import ExportError, export
from nationalreport.report import Report
from nationalreport.signing import SigningError
from nationalreport.signing.howto import HEADER
from nationalreport.storage import StorageError, load_draft, save_draft
from tests.e2e.pki import PASSPHRASE, Pki
from tests.faults.conftest import snapshot
from tests.faults.inject import Fault, Injector, refuse_writes_in

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
STEM = "KEN-2026-poa-iti-report"

#: The disk fills up at the first (``0``) or second (``1``) call of a kind.
FULL = {"write": "write", "fsync": "fsync", "create": "create"}

#: What the message must give as the cause.
CAUSE = {
    "write": "the disk is full",
    "fsync": "the disk is full",
    "create": "the disk is full",
    "read-only": r"permission (to write in \S+ )?was refused",
    "read-only-medium": "the disk or folder is read-only",
    "chmod": r"permission (to write in \S+ )?was refused",
    "rename": r"the disk reported an error",
}

HOWS = ["write", "fsync", "create", "read-only", "read-only-medium",
        pytest.param("chmod", marks=pytest.mark.skipif(
            AS_ROOT, reason="root writes in a folder whatever its permissions; the "
            "read-only cases simulate it instead"))]


@contextlib.contextmanager
def broken(monkeypatch: pytest.MonkeyPatch, how: str, folder: Path,
           occurrence: int = 0) -> Iterator[None]:
    """The disk full, or ``folder`` read-only, the way ``how`` names, for the block."""
    with monkeypatch.context() as patch:
        injector = None
        if how in FULL:
            injector = Injector(Fault("raise", kind=FULL[how], occurrence=occurrence,
                                      code=errno.ENOSPC)).install(patch.setattr)
        elif how == "rename":
            injector = Injector(Fault("raise", kind="rename", occurrence=occurrence,
                                      code=errno.EIO)).install(patch.setattr)
        elif how == "read-only":
            refuse_writes_in(patch.setattr, folder, errno.EACCES)
        elif how == "read-only-medium":
            refuse_writes_in(patch.setattr, folder, errno.EROFS, access_too=False)
        elif how == "chmod":
            folder.chmod(0o500)
        try:
            yield
        finally:
            if how == "chmod":
                folder.chmod(0o755)
    if injector is not None:
        assert injector.fired, f"the {how} fault never happened: {injector.steps}"


def plain(message: str, folder: Path, how: str) -> None:
    """One sentence that names ``folder`` and the cause, with nothing of Python in it."""
    assert "\n" not in message.strip(), message
    for python in ("Traceback", "Errno", "OSError", "Error:", "None"):
        assert python not in message, message
    assert str(folder) in message, message
    assert re.search(CAUSE[how], message), message


def stderr_line(err: str) -> str:
    """The one line of a failure on stderr (advisory notes of ``sign`` aside)."""
    lines = [line for line in err.strip().splitlines() if not line.startswith("advisory:")]
    assert len(lines) == 1 and lines[0].startswith("nationalreport: "), err
    return lines[0]


# ------------------------------------------------------------------ saving a draft


@pytest.mark.parametrize("how", HOWS)
def test_saving_a_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    draft = folder / "kenya.json"
    report = Report.new("KEN", 2026, "en")
    report.set_answer("1.1.a", "first")
    save_draft(report, draft)
    report.set_answer("1.1.a", "second")
    save_draft(report, draft)
    before = snapshot(folder)
    report.set_answer("1.1.a", "third, not saved")

    with broken(monkeypatch, how, folder), pytest.raises(StorageError) as caught:
        save_draft(report, draft)
    plain(str(caught.value), folder, how)
    assert "the previous version on disk is unchanged" in str(caught.value)
    assert snapshot(folder) == before
    assert load_draft(draft).answer("1.1.a") == "second"


@pytest.mark.parametrize("how", ["write", "read-only"])
def test_a_new_draft_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str], how: str) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    with broken(monkeypatch, how, folder):
        code = main(["new", "--state", "KEN", "--cycle", "2026", "-o", str(folder / "k.json")])
    assert code == 2
    line = stderr_line(capsys.readouterr().err)
    plain(line, folder, how)
    assert "nothing was written" in line
    assert snapshot(folder) == {}


# ------------------------------------------------------------------ exporting


@pytest.fixture(scope="module")
def exportable(tmp_path_factory: pytest.TempPathFactory) -> Path:
    draft = tmp_path_factory.mktemp("source") / "kenya.json"
    save_draft(Report.new("KEN", 2026, "en"), draft, backup=False)
    return draft


def earlier_exports(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.pdf").write_bytes(b"%PDF-1.7 the earlier export\n%%EOF\n")
    (out / "r.json").write_bytes(b'{"earlier": true}\n')
    return out


@pytest.mark.parametrize("how", [*HOWS, "rename"])
def test_exporting_on_the_command_line(
    exportable: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], how: str,
) -> None:
    out = earlier_exports(tmp_path)
    before = snapshot(out)
    # The second file fails, once the first is written whole under its temporary name.
    with broken(monkeypatch, how, out, occurrence=1):
        code = main(["export", str(exportable), "--pdf", str(out / "r.pdf"),
                     "--json", str(out / "r.json")])
    said = capsys.readouterr()
    assert code == 2, said
    plain(stderr_line(said.err), out, how)
    assert said.out == ""
    assert snapshot(out) == before


@pytest.mark.parametrize("how", ["write", "read-only-medium"])
def test_exporting_through_the_library(exportable: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    out = earlier_exports(tmp_path)
    before = snapshot(out)
    report = load_draft(exportable)
    with broken(monkeypatch, how, out, occurrence=1), pytest.raises(ExportError) as caught:
        export(report, pdf_path=out / "r.pdf", json_path=out / "r.json")
    plain(str(caught.value), out, how)
    assert caught.value.exit_code == 2
    assert snapshot(out) == before


def test_exporting_into_a_new_file_on_a_full_disk_writes_nothing(
    exportable: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with broken(monkeypatch, "write", out, occurrence=1), pytest.raises(ExportError) as caught:
        export(load_draft(exportable), pdf_path=out / "r.pdf", json_path=out / "r.json")
    plain(str(caught.value), out, "write")
    assert str(caught.value).endswith("nothing was written")
    assert snapshot(out) == {}


# ------------------------------------------------------------------ signing


def signed_before(tmp_path: Path) -> Path:
    """An output folder holding the instructions of an earlier signing and a file of the user."""
    out = tmp_path / "signed"
    out.mkdir()
    (out / "HOW-TO-VERIFY.txt").write_text(f"{HEADER}\n\n(an earlier report)\n", "utf-8")
    (out / "notes.txt").write_text("the official's own notes", "utf-8")
    return out


@pytest.mark.parametrize("how", [*HOWS, "rename"])
def test_signing_on_the_command_line(
    fault_pki: Pki, exportable: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], how: str,
) -> None:
    out = signed_before(tmp_path)
    before = snapshot(out)
    monkeypatch.setenv("NR_PASS", PASSPHRASE)
    # The second file fails (the third for a rename: two are already in place then).
    with broken(monkeypatch, how, out, occurrence=2 if how == "rename" else 1):
        code = main(["sign", str(exportable), "--out-dir", str(out),
                     "--p12", str(fault_pki.files["signer.p12"]), "--passphrase-env", "NR_PASS"])
    said = capsys.readouterr()
    assert code == 2, said
    line = stderr_line(said.err)
    plain(line, out, how)
    assert PASSPHRASE not in said.err + said.out
    assert snapshot(out) == before


def test_signing_into_a_folder_that_cannot_be_made(
    fault_pki: Pki, exportable: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    parent = tmp_path / "usb"
    parent.mkdir()
    monkeypatch.setenv("NR_PASS", PASSPHRASE)
    with broken(monkeypatch, "read-only", parent):
        code = main(["sign", str(exportable), "--out-dir", str(parent / "signed"),
                     "--p12", str(fault_pki.files["signer.p12"]), "--passphrase-env", "NR_PASS"])
    assert code == 2
    line = stderr_line(capsys.readouterr().err)
    plain(line, parent, "read-only")
    assert "cannot be created" in line
    assert list(parent.iterdir()) == []


@pytest.mark.parametrize("how", ["write", "read-only"])
def test_signing_through_the_library(fault_pki: Pki, exportable: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    from nationalreport.signing import Pkcs12File, sign

    out = signed_before(tmp_path)
    before = snapshot(out)
    key = Pkcs12File(fault_pki.files["signer.p12"], PASSPHRASE)
    with broken(monkeypatch, how, out, occurrence=1), pytest.raises(SigningError) as caught:
        sign(load_draft(exportable), out, key)
    plain(str(caught.value), out, how)
    assert caught.value.exit_code == 2
    assert snapshot(out) == before
