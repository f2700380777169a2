"""The export call: outputs written whole or not at all, errors in one plain line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nationalreport.export import (
    DocumentHasErrors,
    ExportError,
    OutputNotWritable,
    export,
    render,
)
from nationalreport.report import Report
from nationalreport.report.sample import sample_report


@pytest.fixture(scope="module")
def small() -> Report:
    return sample_report(rows=1)


def test_at_least_one_output_is_required(small: Report) -> None:
    with pytest.raises(ExportError, match="nothing to export"):
        export(small)


def test_pdf_and_json_cannot_share_a_name(small: Report, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot both be written"):
        export(small, pdf_path=tmp_path / "a", json_path=tmp_path / "a")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-folder", "folder", "under-a-file"])
def test_an_unwritable_path_fails_early_and_writes_nothing(
    small: Report, tmp_path: Path, where: str
) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir").mkdir()
    pdf = {"missing-folder": tmp_path / "no" / "r.pdf", "folder": tmp_path / "adir",
           "under-a-file": tmp_path / "afile" / "r.pdf"}[where]
    with pytest.raises(OutputNotWritable) as caught:
        export(small, pdf_path=pdf, json_path=tmp_path / "r.json")
    message = str(caught.value)
    assert "\n" not in message and str(pdf) in message
    assert caught.value.exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adir", "afile"]
    assert list((tmp_path / "adir").iterdir()) == []


def test_a_failed_write_leaves_neither_half_a_file_nor_a_temporary(
    small: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "r.pdf"
    old.write_bytes(b"previous version")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputNotWritable, match="the disk is full"):
        export(small, pdf_path=old)
    assert old.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_a_report_with_errors_is_refused_unless_allowed(tmp_path: Path) -> None:
    report = sample_report(rows=1)
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    with pytest.raises(DocumentHasErrors) as caught:
        export(report, pdf_path=tmp_path / "r.pdf", json_path=tmp_path / "r.json")
    assert caught.value.errors == 1 and caught.value.exit_code == 1
    assert "nothing was written" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    result = export(report, json_path=tmp_path / "r.json", allow_errors=True)
    assert result.json_path == tmp_path / "r.json" and result.pdf_path is None
    assert (tmp_path / "r.json").exists() and not (tmp_path / "r.pdf").exists()


def test_progress_runs_from_zero_to_one_through_each_section(
    small: Report, tmp_path: Path
) -> None:
    seen: list[tuple[float, str]] = []
    export(small, pdf_path=tmp_path / "r.pdf", progress=lambda f, s: seen.append((f, s)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and seen[-1] == (1.0, "done")
    assert sum(1 for _, stage in seen if stage == "layout") == 1 + len(small.template.sections)
    assert [s for _, s in seen][-3:] == ["pdfa", "write", "done"]


def test_same_report_same_bytes_under_source_date_epoch(
    small: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    first, second = render(small), render(small)
    assert first.pdf == second.pdf and first.submission == second.submission
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000001")
    third = render(small)
    assert third.pdf != first.pdf and third.submission != first.submission


def test_the_pdf_language_is_the_one_asked_and_missing_texts_fall_back_to_english(
    small: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    import pypdf

    from nationalreport.export import messages

    rendered = render(small, language="ru")
    reader = pypdf.PdfReader(io.BytesIO(rendered.pdf))
    cover = reader.pages[0].extract_text()
    assert "Кения" in cover  # the State's name in Russian (Cyrillic glyphs embedded)
    assert "Вопросы, на которые дан ответ" in cover and "Questions answered" not in cover
    assert str(reader.root_object["/Lang"]) == "ru"
    real = messages._catalogue

    def without_one(language: str) -> dict[str, str]:
        texts = dict(real(language))
        if language == "ru":
            del texts["cover_answered"]
        return texts

    monkeypatch.setattr(messages, "_catalogue", without_one)
    cover = pypdf.PdfReader(io.BytesIO(render(small, language="ru").pdf)).pages[0].extract_text()
    assert "Questions answered" in cover and "Кения" in cover


def test_a_pdf_language_that_is_not_a_un_language_is_refused(small: Report,
                                                             tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot be written in 'de'"):
        export(small, pdf_path=tmp_path / "r.pdf", language="de")
    assert list(tmp_path.iterdir()) == []


def test_importing_export_loads_neither_reportlab_nor_pikepdf() -> None:
    code = ("import sys, nationalreport.export, nationalreport.cli.export_cmd; "
            "print(sorted(m for m in ('reportlab', 'pikepdf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60, env={**os.environ, "PYTHONWARNINGS": "error"})
    assert out.stdout.strip() == "[]"
