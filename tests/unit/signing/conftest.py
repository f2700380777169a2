"""Fixtures of the signing unit tests: the test PKI and a small submission PDF made here.

The PDF is built with reportlab (NotoSans embedded) and pikepdf (submission.json
attached), so these tests do not depend on the export layer; the end-to-end tests
sign real exports.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from tests.e2e import pki as pki_module
from tests.e2e.pki import Pki


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return pki_module.build(tmp_path_factory.mktemp("pki"))


def submission_json(state: str = "KEN", cycle: int = 2026) -> bytes:
    from nationalreport.report import Report
    from nationalreport.report.serialize import dumps

    return dumps(Report.new(state, cycle, "en").to_submission())


def make_pdf(json_bytes: bytes | None, *, lines: int = 3, attach_name: str = "submission.json"
             ) -> bytes:
    """A small A4 PDF in NotoSans with ``lines`` lines of text from the top, JSON attached."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from nationalreport.signing.fonts import stamp_font_bytes

    if "NotoSansTest" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NotoSansTest", io.BytesIO(stamp_font_bytes())))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, initialFontName="NotoSansTest", invariant=1)
    page.setFont("NotoSansTest", 11)
    y = A4[1] - 72
    for i in range(lines):
        page.drawString(46, y, f"Line {i + 1} of the national report of Kenya, 2026")
        y -= 14
    page.showPage()
    page.save()
    document = pikepdf.open(io.BytesIO(buffer.getvalue()))
    if json_bytes is not None:
        spec = pikepdf.AttachedFileSpec(document, json_bytes, filename=attach_name,
                                        mime_type="application/json",
                                        relationship=pikepdf.Name.Data)
        document.attachments[attach_name] = spec
        document.Root.AF = pikepdf.Array([spec.obj])
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


@pytest.fixture(scope="session")
def mini() -> tuple[bytes, bytes]:
    """(PDF, JSON) of a small submission."""
    data = submission_json()
    return make_pdf(data), data


@pytest.fixture
def p12(pki: Pki) -> Any:
    from nationalreport.signing import Pkcs12File

    return Pkcs12File(pki.files["signer.p12"], pki_module.PASSPHRASE)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []
