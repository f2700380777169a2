"""The command line: the contract in design.md, with one clear line on every failure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nationalreport import __version__
from nationalreport.cli.main import main
from nationalreport.report.sample import sample_report
from nationalreport.storage import load_draft, save_draft


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nationalreport", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "error"})


def test_new_then_validate_as_in_the_readme(tmp_path: Path) -> None:
    created = run("new", "--state", "KEN", "--cycle", "2026", "--language", "en", "-o", "d.json",
                  cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "Kenya" in created.stdout
    report = load_draft(tmp_path / "d.json")
    assert (report.state, report.cycle, report.language) == ("KEN", 2026, "en")
    checked = run("validate", "d.json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "0 errors, 0 advisories" in checked.stdout


def test_validate_reports_errors_with_exit_1_and_json_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = sample_report(rows=2)
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    report.set_answer("2.3.2", {"years": 5})
    path = tmp_path / "d.json"
    save_draft(report, path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Enter an e-mail address like name@ministry.gov." in out
    assert "1 error, 1 advisory" in out
    assert main(["validate", str(path), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and (data["errors"], data["advisories"]) == (1, 1)
    problem = next(p for p in data["problems"] if p["severity"] == "error")
    assert problem == {"question": "1.2.1", "pointer": "/answers/1.2.1/email",
                       "severity": "error", "code": "email",
                       "message": "Enter an e-mail address like name@ministry.gov."}


def test_advisories_alone_do_not_fail(tmp_path: Path) -> None:
    report = sample_report(rows=2)
    report.set_answer("2.3.2", {"years": 5})
    path = tmp_path / "d.json"
    save_draft(report, path)
    assert main(["validate", str(path)]) == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["validate", "missing.json"], "does not exist"),
        (["validate", "."], "is a folder"),
        (["validate", "garbage.json"], "not valid JSON"),
        (["new", "--state", "ATL", "--cycle", "2026", "-o", "x.json"], "alpha-3"),
        (["new", "--state", "KEN", "--cycle", "twenty", "-o", "x.json"], "invalid int"),
        (["new", "--state", "KEN", "--cycle", "2026", "-o", "garbage.json"], "already exists"),
        (["new", "--state", "KEN", "--cycle", "2026", "--language", "de", "-o", "y.json"],
         "invalid choice"),
        (["validate"], "required"),
        (["frobnicate", "x"], "unknown command"),
    ],
)
def test_failures_are_one_line_with_exit_2(tmp_path: Path, args: list[str], words: str) -> None:
    (tmp_path / "garbage.json").write_bytes(b"\x00\x01\x02")
    (tmp_path / "garbage.json").write_text("{not json")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nationalreport: ")
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "garbage.json").read_text() == "{not json"
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "y.json").exists()


def test_templates_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("oda-poa-iti-2026  142 questions in 11 sections")
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"nationalreport {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for command in ("new", "validate", "templates"):
        assert command in text
