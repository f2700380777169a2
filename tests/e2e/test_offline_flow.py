"""The whole journey offline: new, validate, export, sign, verify, with every socket refused.

The suite's autouse guard already fails any test that connects anywhere; here the
socket constructor itself is watched too, so that not even an internet socket is created.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from nationalreport.cli.main import main
from nationalreport.report.sample import sample_report
from nationalreport.storage import load_draft, save_draft

PASSPHRASE = "a long passphrase for the test identity"


def test_new_validate_export_sign_verify_without_a_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    user_data: Path,
) -> None:
    created: list[object] = []
    real_init = socket.socket.__init__

    def watch(self: socket.socket, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        # asyncio's event loop wakes itself through a local AF_UNIX pair: not a network.
        if self.family in (socket.AF_INET, socket.AF_INET6):
            created.append(args)

    monkeypatch.setattr(socket.socket, "__init__", watch)
    monkeypatch.setenv("NR_TEST_PASS", PASSPHRASE)
    draft = tmp_path / "gha.json"
    assert main(["new", "--state", "GHA", "--cycle", "2026", "-o", str(draft)]) == 0
    filled = sample_report(rows=3, state="GHA")
    report = load_draft(draft)
    for number, value in filled.answers.items():
        report.set_answer(number, value)
    save_draft(report, draft)
    assert main(["validate", str(draft)]) == 0
    assert main(["export", str(draft), "--pdf", str(tmp_path / "r.pdf"),
                 "--json", str(tmp_path / "r.json")]) == 0
    assert main(["identity", "create", "--name", "Kwame Mensah", "--organization",
                 "Ghana National Commission on Small Arms", "--state", "GHA",
                 "--passphrase-env", "NR_TEST_PASS"]) == 0
    out = tmp_path / "signed"
    assert main(["sign", str(draft), "--out-dir", str(out), "--identity",
                 "--passphrase-env", "NR_TEST_PASS"]) == 0
    pdf = next(out.glob("*.pdf"))
    signed_json = next(out.glob("*.json"))
    before = capsys.readouterr()
    assert main(["verify", str(pdf), "--format", "json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert main(["verify", str(signed_json)]) == 0
    after = capsys.readouterr()
    assert "INTACT" in after.out
    assert PASSPHRASE not in before.out + before.err + after.out + after.err
    assert created == []
    assert verdict["ok"] is True
    identities = list((user_data / "identities").glob("*.p12"))
    assert identities and all(p.stat().st_mode & 0o077 == 0 for p in identities)
    for path in user_data.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes()
            assert b"PRIVATE KEY" not in path.read_bytes()
