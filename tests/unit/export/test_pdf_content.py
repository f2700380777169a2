"""What the PDF says: every answer, every question number, ticks, skips, pages, outline."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from nationalreport.export import export
from nationalreport.export.messages import PdfMessages
from nationalreport.report import Report
from nationalreport.report.sample import sample_report
from nationalreport.template import localized
from tests.unit.export.conftest import Exported
from tests.unit.export.helpers import TICK, expected_ticks, printed_values, squeeze


def page_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def texts(exported: Exported) -> list[str]:
    return page_texts(exported.pdf.read_bytes())


def test_every_answer_of_a_full_report_is_printed(exported: Exported, texts: list[str]) -> None:
    whole = squeeze("".join(texts))
    report = exported.report
    answers = report.exportable_answers()
    assert len(answers) > 100
    missing = []
    for question in report.template:
        if question.number in answers:
            for text in printed_values(question, answers[question.number]):
                if squeeze(text) not in whole:
                    missing.append((question.number, text))
    assert not missing
    assert "".join(texts).count(TICK) == expected_ticks(report)


def test_every_question_number_is_printed_with_its_question(
    exported: Exported, texts: list[str]
) -> None:
    whole = squeeze("".join(texts))
    for question in exported.report.template:
        start = squeeze(localized(question.text, "en"))[:25]
        assert squeeze(question.number) + start in whole, question.number


def test_cover_names_state_cycle_language_date_body_and_contact(texts: list[str]) -> None:
    cover = texts[0]
    for text in ("Kenya (KEN)", "2026", "English", "28 May 2026",
                 "Ministry of Interior and National Administration", "Ms. Wanjiku Kamau",
                 "info@nfp.go.ke", "submission.json"):
        assert text in cover, text


def test_every_page_says_page_x_of_y_and_body_pages_name_state_and_cycle(
    texts: list[str],
) -> None:
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert re.search(rf"Page\s*{number}\s*of\s*{total}\b", text), (number, text[-200:])
        if number > 1:
            assert "Kenya" in text and "2026" in text


def test_contents_and_outline_point_to_each_section(exported: Exported,
                                                    texts: list[str]) -> None:
    reader = pypdf.PdfReader(exported.pdf)
    outline = [item for item in reader.outline if not isinstance(item, list)]
    sections = exported.report.template.sections
    assert [item.title for item in outline] == [
        f"{s.id}. {localized(s.title, 'en')}" for s in sections
    ]
    assert "Contents" in texts[1]
    lines = ""
    for section, item in zip(sections, outline, strict=True):
        index = reader.get_destination_page_number(item)
        assert index is not None
        page = index + 1
        assert squeeze(f"Section {section.id}") in squeeze(texts[page - 1])
        lines += f"{section.id}{localized(section.title, 'en')}{page}"
    # Each line of the contents: number, title, and the page the outline entry opens.
    assert squeeze(lines) in squeeze(texts[1])


def _report_with_skips() -> Report:
    report = sample_report(rows=2)
    report.set_answer("1.1.a", "Secret Coordination Body XYZ")
    report.set_answer("1.1", "no")  # skips 1.1.a to 1.1.d
    report.set_answer("1.3.2", None)  # unanswered
    return report


def test_skipped_answers_never_appear_and_unanswered_say_no_response(tmp_path: Path) -> None:
    report = _report_with_skips()
    assert "1.1.a" in report.answers and "1.1.a" in report.skipped()
    export(report, pdf_path=tmp_path / "r.pdf", json_path=tmp_path / "r.json")
    text = "".join(page_texts((tmp_path / "r.pdf").read_bytes()))
    assert "Secret Coordination Body XYZ" not in text
    assert "Secret Coordination Body XYZ" not in (tmp_path / "r.json").read_text("utf-8")
    assert squeeze("Not applicable: the answer to question 1.1 leads past") in squeeze(text)
    assert "No response" in text
    cover = page_texts((tmp_path / "r.pdf").read_bytes())[0]
    # The coordination body is skipped: the cover must not quote it.
    assert "Secret" not in cover


def test_an_empty_report_exports_with_no_response_everywhere(tmp_path: Path) -> None:
    report = Report.new("FRA", 2026, "fr")
    result = export(report, pdf_path=tmp_path / "e.pdf")
    texts = page_texts((tmp_path / "e.pdf").read_bytes())
    assert result.pages == len(texts)
    assert "France (FRA)" in texts[0]
    # A French report prints in French: "0 sur 142", "Aucune réponse".
    say = PdfMessages("fr")
    assert say("answered_of", answered=0, total=len(report.template)) in texts[0]
    whole = "".join(texts)
    assert whole.count(say("no_response")) >= len(report.template)
    assert TICK not in whole


def test_metadata_title_author_subject_and_language(exported: Exported) -> None:
    reader = pypdf.PdfReader(exported.pdf)
    info = reader.metadata
    assert info is not None
    assert info.title and "Kenya" in info.title and "2026" in info.title
    assert info.author == "Kenya"
    assert info.subject and "oda-poa-iti-2026" in info.subject
    assert str(reader.root_object["/Lang"]) == "en"
