"""``nationalreport export`` as a person runs it, checked with the tools a recipient has.

Each run is a new process: determinism is proved across processes, and the exit
status, stdout and stderr are the real ones. Debian tools (poppler-utils, qpdf) check
the files; a test is skipped with the reason only where one is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from nationalreport.report.sample import sample_report
from nationalreport.storage import report_from_bytes, save_draft
from nationalreport.validation import validate
from nationalreport.validation.schema import load_schema

EPOCH = "1780000000"


def run(*args: str, cwd: Path, epoch: str | None = EPOCH) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    env.pop("SOURCE_DATE_EPOCH", None)
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    return subprocess.run([sys.executable, "-m", "nationalreport", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120, env=env)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian poppler-utils / qpdf); CI installs it")
    return found


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a full draft, a draft with an error, and a file that is not a draft."""
    where = tmp_path_factory.mktemp("cli-export")
    report = sample_report(rows=3)
    save_draft(report, where / "draft.json", backup=False)
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    save_draft(report, where / "errors.json", backup=False)
    (where / "garbage.json").write_text("{ not json", "utf-8")
    return where


@pytest.fixture(scope="module")
def exported(folder: Path) -> subprocess.CompletedProcess[str]:
    return run("export", "draft.json", "--pdf", "out.pdf", "--json", "out.json", cwd=folder)


def test_export_writes_pdf_and_json_and_says_so(
    folder: Path, exported: subprocess.CompletedProcess[str]
) -> None:
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr == ""
    assert exported.stdout.startswith("wrote out.pdf (") and "out.json" in exported.stdout
    assert (folder / "out.pdf").read_bytes().startswith(b"%PDF-1.7")


def test_the_embedded_json_is_the_json_output_and_valid(
    folder: Path, exported: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert exported.returncode == 0, exported.stderr
    listed = subprocess.run([tool("pdfdetach"), "-list", str(folder / "out.pdf")],
                            capture_output=True, text=True, check=True, timeout=60).stdout
    assert "1 embedded files" in listed and "submission.json" in listed
    subprocess.run([tool("pdfdetach"), "-save", "1", "-o", str(tmp_path / "inside.json"),
                    str(folder / "out.pdf")], check=True, timeout=60)
    data = (folder / "out.json").read_bytes()
    assert (tmp_path / "inside.json").read_bytes() == data
    document = json.loads(data)
    assert list(Draft202012Validator(load_schema(document["template"])).iter_errors(document)) \
        == []
    assert [p for p in validate(report_from_bytes(data, "out.json")) if p.is_error] == []


def test_fonts_embedded_and_qpdf_clean(
    folder: Path, exported: subprocess.CompletedProcess[str]
) -> None:
    assert exported.returncode == 0, exported.stderr
    fonts = subprocess.run([tool("pdffonts"), str(folder / "out.pdf")], capture_output=True,
                           text=True, check=True, timeout=60).stdout.splitlines()[2:]
    assert fonts
    for row in fonts:
        assert " yes yes yes " in f" {' '.join(row.split()[-5:-2])} ", row
        assert not row.startswith(("Helvetica", "Times", "Courier", "Symbol", "Zapf")), row
    checked = subprocess.run([tool("qpdf"), "--check", str(folder / "out.pdf")],
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(("language", "font"), [("ar", "NotoNaskhArabic-Regular"),
                                              ("zh", "DroidSansFallback")])
def test_export_in_arabic_and_chinese_embeds_their_fonts_and_reads_in_that_language(
    folder: Path, language: str, font: str
) -> None:
    from nationalreport.export.messages import PdfMessages

    pdf = folder / f"{language}.pdf"
    done = run("export", "draft.json", "--pdf", pdf.name, "--language", language, cwd=folder)
    assert done.returncode == 0, done.stderr
    rows = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True,
                          check=True, timeout=60).stdout.splitlines()[2:]
    assert font in {row.split()[0].split("+")[1] for row in rows}
    assert all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows), rows
    text = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    say = PdfMessages(language)
    for key in ("contents", "yes", "cover_state"):
        assert say(key) in text, key


def test_two_exports_in_two_processes_are_byte_identical(
    folder: Path, exported: subprocess.CompletedProcess[str]
) -> None:
    again = run("export", "draft.json", "--pdf", "again.pdf", "--json", "again.json",
                cwd=folder)
    assert again.returncode == 0, again.stderr
    assert (folder / "again.pdf").read_bytes() == (folder / "out.pdf").read_bytes()
    assert (folder / "again.json").read_bytes() == (folder / "out.json").read_bytes()


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("nationalreport: ") and "Traceback" not in done.stderr
    return lines[0]


def test_an_unreadable_draft_exits_2_with_one_line_and_no_file(folder: Path) -> None:
    for draft in ("garbage.json", "missing.json"):
        done = run("export", draft, "--pdf", "bad.pdf", "--json", "bad.json", cwd=folder)
        assert done.returncode == 2
        assert draft in _one_line(done)
        assert not (folder / "bad.pdf").exists() and not (folder / "bad.json").exists()


def test_an_unwritable_output_exits_2_with_one_line_and_no_file(folder: Path) -> None:
    done = run("export", "draft.json", "--pdf", "no-such-folder/r.pdf", "--json", "w.json",
               cwd=folder)
    assert done.returncode == 2
    assert "no-such-folder" in _one_line(done)
    assert not (folder / "w.json").exists() and not (folder / "no-such-folder").exists()
    done = run("export", "draft.json", "--json", "draft.json", cwd=folder)
    assert done.returncode == 2 and "draft itself" in _one_line(done)


def test_a_draft_with_errors_exits_1_and_writes_nothing(folder: Path) -> None:
    done = run("export", "errors.json", "--pdf", "e.pdf", cwd=folder)
    assert done.returncode == 1
    assert "1 error" in _one_line(done) and "validate" in done.stderr
    assert not (folder / "e.pdf").exists()


def test_no_output_named_exits_2(folder: Path) -> None:
    done = run("export", "draft.json", cwd=folder)
    assert done.returncode == 2 and "--pdf" in _one_line(done)
