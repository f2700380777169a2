"""Exports shared by the export tests: made once per session, under SOURCE_DATE_EPOCH."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from nationalreport.export import ExportResult, export
from nationalreport.report import Report
from nationalreport.report.sample import sample_report

EPOCH = "1780000000"  # 2026-05-28T20:26:40Z


@dataclass
class Exported:
    report: Report
    result: ExportResult
    pdf: Path
    json: Path


def _export(folder: Path, report: Report) -> Exported:
    pdf, json_path = folder / "report.pdf", folder / "submission.json"
    result = export(report, pdf_path=pdf, json_path=json_path)
    return Exported(report, result, pdf, json_path)


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    """The sample report, every question answered, tables of 5 rows."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield _export(tmp_path_factory.mktemp("exported"), sample_report(rows=5))


@pytest.fixture(scope="session")
def exported_200(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    """The sample report with 200-row tables."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield _export(tmp_path_factory.mktemp("exported200"), sample_report(rows=200))
