"""The whole journey offline: new, validate, export, sign, verify, with every socket refused.

Twice: through the installed ``nationalreport`` command in child processes whose
Python refuses every socket, connection and name lookup and notes each attempt
(tests/offline_site/sitecustomize.py), and through ``main`` in this process under the
suite's guard, which fails the test even when a refusal is caught (tests/conftest.py).
Between ``new`` and ``validate`` the answers are filled in through the storage layer,
as the window would; the command line has no command for that.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from nationalreport.cli.main import main
from nationalreport.report.sample import sample_report
from nationalreport.storage import load_draft, save_draft
from tests.conftest import NetworkGuard, OfflineProcesses
from tests.leaks import SECRET, assert_nowhere

IDENTITY = ["identity", "create", "--name", "Kwame Mensah", "--organization",
            "Ghana National Commission on Small Arms", "--state", "GHA", "--key", "ec",
            "--passphrase-env", "NR_TEST_PASS"]


def fill(draft: Path) -> None:
    """Answer every question of the draft (3-row tables), as an official would in the window."""
    filled = sample_report(rows=3, state="GHA")
    report = load_draft(draft)
    for number, value in filled.answers.items():
        report.set_answer(number, value)
    save_draft(report, draft)


def journey(folder: Path) -> dict[str, list[str]]:
    """The commands after ``new`` and the filling in, by step."""
    draft, out = folder / "gha.json", folder / "signed"
    return {
        "validate": ["validate", str(draft)],
        "export": ["export", str(draft), "--pdf", str(folder / "r.pdf"),
                   "--json", str(folder / "r.json")],
        "identity": IDENTITY,
        "sign": ["sign", str(draft), "--out-dir", str(out), "--identity",
                 "--passphrase-env", "NR_TEST_PASS"],
        "verify pdf": ["verify", str(out / "GHA-2026-poa-iti-report.pdf"), "--format", "json"],
        "verify json": ["verify", str(out / "GHA-2026-poa-iti-report.json")],
    }


def check_results(folder: Path, said: dict[str, str], user_data: Path) -> None:
    assert json.loads(said["verify pdf"])["ok"] is True
    assert "INTACT" in said["verify json"]
    assert (folder / "r.pdf").stat().st_size > 10_000 and (folder / "r.json").is_file()
    identities = list((user_data / "identities").glob("*.p12"))
    assert len(identities) == 1 and identities[0].stat().st_mode & 0o077 == 0
    for path in user_data.rglob("*"):
        assert not path.is_file() or b"PRIVATE KEY" not in path.read_bytes()
    assert_nowhere(said, (folder, user_data), secrets=(SECRET,))


def test_the_command_makes_the_whole_journey_without_a_network(
        offline: OfflineProcesses, tmp_path: Path, user_data: Path) -> None:
    env = {**offline.env, "NR_TEST_PASS": SECRET}

    def run(*args: str) -> str:
        done = subprocess.run([*offline.command, *args], env=env, capture_output=True,
                              text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, f"{args[0]}: {done.stderr}"
        return done.stdout + done.stderr

    said = {"new": run("new", "--state", "GHA", "--cycle", "2026",
                       "-o", str(tmp_path / "gha.json"))}
    fill(tmp_path / "gha.json")
    for step, args in journey(tmp_path).items():
        said[step] = run(*args)
    assert offline.guarded() == len(said)  # every process ran under the guard
    assert offline.refused() == []
    said["logs"] = offline.logged()
    assert " DEBUG " in said["logs"]
    check_results(tmp_path, said, user_data)


def test_main_makes_the_whole_journey_under_the_guard(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        user_data: Path, no_network: NetworkGuard) -> None:
    monkeypatch.setenv("NR_TEST_PASS", SECRET)
    assert main(["new", "--state", "GHA", "--cycle", "2026",
                 "-o", str(tmp_path / "gha.json")]) == 0
    fill(tmp_path / "gha.json")
    said = {"new": capsys.readouterr().out}
    for step, args in journey(tmp_path).items():
        assert main(args) == 0, step
        captured = capsys.readouterr()
        said[step] = captured.out + captured.err
    assert no_network.attempts == []
    check_results(tmp_path, said, user_data)
