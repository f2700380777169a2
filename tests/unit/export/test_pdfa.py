"""PDF/A-3b as far as it can be checked here: fonts, output intent, XMP, the JSON inside.

veraPDF cannot be installed on this machine; pikepdf's allowlist validator (built from
the veraPDF rules) is run when its optional dependencies are present.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pikepdf
import pytest
from jsonschema import Draft202012Validator

from nationalreport.export.pdfa import OUTPUT_CONDITION
from nationalreport.report.serialize import dumps
from nationalreport.storage import report_from_bytes
from nationalreport.validation.schema import load_schema
from tests.unit.export.conftest import Exported
from tests.unit.export.helpers import tool

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def test_pdffonts_every_font_embedded_and_no_standard_14(exported: Exported) -> None:
    out = subprocess.run([tool("pdffonts"), str(exported.pdf)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert not row.startswith(STANDARD_14) and "+" in row.split()[0], row
        fields = row.split()
        assert fields[1] == "TrueType", row
        emb, sub, uni = fields[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
    assert {row.split()[0].split("+")[1] for row in rows} >= {"NotoSans-Regular",
                                                                "NotoSans-Bold"}


def test_qpdf_check_is_clean(exported: Exported) -> None:
    done = subprocess.run([tool("qpdf"), "--check", str(exported.pdf)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors found" in done.stdout
    assert "WARNING" not in done.stdout + done.stderr


def test_embedded_json_is_the_json_output_byte_for_byte(exported: Exported,
                                                        tmp_path: Path) -> None:
    json_bytes = exported.json.read_bytes()
    with pikepdf.open(exported.pdf) as pdf:
        assert list(pdf.attachments) == ["submission.json"]
        spec = pdf.attachments["submission.json"]
        assert spec.get_file().read_bytes() == json_bytes
        af = pdf.Root.AF
        assert len(af) == 1 and af[0].AFRelationship == pikepdf.Name.Data
        assert af[0].F == "submission.json" and af[0].UF == "submission.json"
        stream = af[0].EF.F
        assert stream.Subtype == pikepdf.Name("/application/json")
        assert stream.Params.ModDate == "D:20260528202640Z"
        assert stream.Params.Size == len(json_bytes)
    out = tmp_path / "detached.json"
    subprocess.run([tool("pdfdetach"), "-save", "1", "-o", str(out), str(exported.pdf)],
                   check=True, timeout=60)
    assert out.read_bytes() == json_bytes


def test_embedded_json_validates_against_the_template(exported: Exported) -> None:
    document = json.loads(exported.json.read_bytes())
    assert dumps(document) == exported.json.read_bytes()
    assert document["format"] == "nationalreport/submission"
    assert document["template"] == "oda-poa-iti-2026"
    assert document["exported"] == "2026-05-28T20:26:40Z"
    validator = Draft202012Validator(load_schema(document["template"]))
    errors = [e.message for e in validator.iter_errors(document)]
    assert errors == []
    back = report_from_bytes(exported.json.read_bytes(), "submission.json")
    assert back.exportable_answers() == exported.report.exportable_answers()


def test_output_intent_xmp_and_info_agree(exported: Exported) -> None:
    with pikepdf.open(exported.pdf) as pdf:
        assert pdf.pdf_version == "1.7"
        assert pdf.trailer.ID[0] and pdf.trailer.ID[1]
        assert not pdf.is_encrypted
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == OUTPUT_CONDITION
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[12:20] == b"mntrRGB " and intent.DestOutputProfile.N == 3
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
        info = pdf.docinfo
        assert "/Producer" not in info and "/Trapped" not in info
        assert meta["dc:title"] == str(info.Title)
        assert meta["dc:creator"] == [str(info.Author)]
        assert meta["dc:description"] == str(info.Subject)
        assert meta["pdf:Keywords"] == str(info.Keywords)
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert str(info.CreationDate) == str(info.ModDate)
        assert str(info.CreationDate).startswith("D:20260528202640")
        assert meta["xmp:CreateDate"].startswith("2026-05-28T20:26:40")
        assert meta["xmp:ModifyDate"].startswith("2026-05-28T20:26:40")
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                assert int(annot.F) & 4, "every annotation must print"
        assert "/JavaScript" not in pdf.Root.get("/Names", {})


def test_pikepdf_pdfa_validator_approves_the_file(exported: Exported) -> None:
    try:
        import pikepdf.pdfa as pdfa
    except ImportError as exc:
        pytest.skip(f"pikepdf's PDF/A validator is not available here ({exc})")
    report = pdfa.validate_written(exported.pdf, "3b")
    assert report.passed, [str(f) for f in report.findings][:20]
