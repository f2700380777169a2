"""The JSON submission: deterministic bytes, only answers that are given and not skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nationalreport.export import export
from nationalreport.export.submission import submission_bytes, submission_document
from nationalreport.report.sample import sample_report
from nationalreport.report.serialize import dumps, sha256_hex


def test_submission_is_the_reports_submission_in_deterministic_json(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    report = sample_report(rows=2)
    report.set_answer("1.1", "no")
    expected = dumps(report.to_submission())
    assert submission_bytes(submission_document(report)) == expected
    export(report, json_path=tmp_path / "s.json")
    data = (tmp_path / "s.json").read_bytes()
    assert data == expected
    document = json.loads(data)
    assert document["exported"] == "2026-05-28T20:26:40Z"
    assert document["answers_sha256"] == sha256_hex(document["answers"])
    assert not {"1.1.a", "1.1.b", "1.1.c", "1.1.d"} & set(document["answers"])
    assert list(tmp_path.iterdir()) == [tmp_path / "s.json"]
