"""The signing commands: exit status, one line on every failure, secrets never on the command line.

The tests run the real ``main``, in this process and in a child process.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nationalreport.cli import main as cli_main
from nationalreport.cli import sign_cmd
from nationalreport.report.sample import sample_report
from nationalreport.storage import save_draft
from tests.e2e.pki import PASSPHRASE, Pki
from tests.unit.signing.conftest import make_pdf

STEM = "KEN-2026-poa-iti-report"


@pytest.fixture
def main(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.setenv("NR_PASS", PASSPHRASE)
    yield cli_main.main


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("draft") / "kenya.json"
    save_draft(sample_report(rows=2), path, backup=False)
    return path


def one_line(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if not line.startswith("advisory:")]
    assert len(lines) == 1 and lines[0].startswith("nationalreport: "), err
    assert "Traceback" not in err and PASSPHRASE not in err
    return lines[0]


def test_sign_then_verify(main: object, pki: Pki, draft: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    run = main  # type: ignore[assignment]
    out = tmp_path / "out"
    code = run(["sign", str(draft), "--out-dir", str(out), "--p12", str(pki.files["signer.p12"]),
                "--passphrase-env", "NR_PASS", "--reason", "Submission to ODA"])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "signed by Amina Wanjiru" in said.out and PASSPHRASE not in said.out + said.err
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["HOW-TO-VERIFY.txt", f"{STEM}.json", f"{STEM}.json.p7s", f"{STEM}.pdf"])
    assert run(["verify", str(out / f"{STEM}.pdf"), "--trust", str(pki.files["root.pem"])]) == 0
    assert "VALID, trusted signer" in capsys.readouterr().out
    assert run(["verify", str(out / f"{STEM}.json"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["signatures"][0]["trust"] == "unknown"
    unrelated = tmp_path / "other.pem"
    unrelated.write_bytes(pki.tsa.cert_pem())
    assert run(["verify", str(out / f"{STEM}.pdf"), "--trust", str(unrelated)]) == 1
    assert "not trusted" in capsys.readouterr().out
    tampered = out / f"{STEM}.json"
    tampered.write_bytes(tampered.read_bytes().replace(b"2026", b"2027", 1))
    assert run(["verify", str(tampered)]) == 1
    assert "PROBLEM" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "code", "words"),
    [
        (["--p12", "{signer-legacy.p12}", "--passphrase-env", "WRONG"], 2, "passphrase does not"),
        (["--p12", "{corrupt.p12}", "--passphrase-env", "NR_PASS"], 2, "damaged"),
        (["--p12", "{expired.p12}", "--passphrase-env", "NR_PASS"], 2, "expired on"),
        (["--p12", "{no-usage.p12}", "--passphrase-env", "NR_PASS"], 2, "not meant for signing"),
        (["--p12", "{signer.p12}", "--passphrase-env", "UNSET_VAR"], 2, "is not set"),
        (["--pkcs11-lib", "/nonexistent/lib.so"], 2, "needs --token-label"),
        (["--pkcs11-lib", "/nonexistent/lib.so", "--token-label", "T", "--passphrase-env",
          "NR_PASS"], 2, "does not exist"),
        (["--identity", "--passphrase-env", "NR_PASS"], 2, "create one first"),
        (["--p12", "{signer.p12}", "--passphrase", "hunter2"], 2, "never given on the command"),
        (["--p12", "{signer.p12}", "--pin=hunter2"], 2, "never given on the command"),
        (["--p12", "{signer.p12}", "--identity"], 2, "not allowed with"),
    ],
)
def test_sign_failures_are_one_line(main: object, pki: Pki, draft: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch, extra: list[str],
                                    code: int, words: str) -> None:
    monkeypatch.setenv("WRONG", "not it")
    args = [str(pki.files[a[1:-1]]) if a.startswith("{") else a for a in extra]
    out = tmp_path / "out"
    assert main(["sign", str(draft), "--out-dir", str(out), *args]) == code  # type: ignore[operator]
    line = one_line(capsys.readouterr().err)
    assert words in line and "hunter2" not in line
    assert not out.exists()


def test_a_draft_with_errors_is_not_signed(main: object, pki: Pki, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    report = sample_report(rows=2)
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    draft = tmp_path / "bad.json"
    save_draft(report, draft, backup=False)
    out = tmp_path / "out"
    assert main(["sign", str(draft), "--out-dir", str(out), "--p12",  # type: ignore[operator]
                 str(pki.files["signer.p12"]), "--passphrase-env", "NR_PASS"]) == 1
    err = capsys.readouterr().err
    assert "error: 1.2.1: Enter an e-mail address" in err and "1 error;" in err
    assert not out.exists()


def test_secret_from_standard_input_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("from stdin\n"))
    assert sign_cmd.read_secret(None, "PIN: ") == "from stdin"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(sign_cmd.SecretUnavailable, match="--passphrase-env"):
        sign_cmd.read_secret(None, "PIN: ")


def test_identity_create_prints_the_fingerprint(user_data: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    sign_cmd.register(parser.add_subparsers())
    monkeypatch.setenv("ID_PASS", "long enough secret")
    args = parser.parse_args(["identity", "create", "--name", "Amina Wanjiru", "--organization",
                              "Ministry of Interior", "--state", "KEN", "--key", "ec",
                              "--passphrase-env", "ID_PASS"])
    assert args.run(args) == 0
    out = capsys.readouterr().out
    fingerprint = out.strip().splitlines()[-1].strip()
    assert len(fingerprint.split()) == 16
    assert list((user_data / "identities").glob("*.p12"))
    args = parser.parse_args(["identity", "list"])
    assert args.run(args) == 0 and fingerprint in capsys.readouterr().out


def test_a_real_process_fails_in_one_line(pki: Pki, draft: Path, tmp_path: Path) -> None:
    code = "import sys; from nationalreport.cli import main; sys.exit(main.main())"
    env = {**os.environ, "PYTHONWARNINGS": "error", "NR_PASS": "wrong"}
    done = subprocess.run(
        [sys.executable, "-c", code, "sign", str(draft), "--out-dir", str(tmp_path / "o"),
         "--p12", str(pki.files["signer.p12"]), "--passphrase-env", "NR_PASS"],
        capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2
    assert "passphrase does not open signer.p12" in one_line(done.stderr)
    for name, data, words in (("plain.pdf", make_pdf(None), "not a submission"),
                              ("broken.pdf", b"%PDF-1.4\n%%EOF\n", "damaged PDF")):
        (tmp_path / name).write_bytes(data)
        done = subprocess.run([sys.executable, "-c", code, "verify", str(tmp_path / name)],
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 2 and words in one_line(done.stderr)
