"""Signing a small submission and verifying it: the files, the result, and failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nationalreport.signing import (
    NotASubmission,
    NotSigned,
    OutputFailed,
    Pkcs12File,
    SignedFiles,
    UnreadableFile,
    WrongPassphrase,
    sign_submission,
    verify,
)
from nationalreport.signing.placement import find_spot
from tests.e2e.pki import Pki
from tests.unit.signing.conftest import listing, make_pdf, submission_json

STEM = "KEN-2026-poa-iti-report"


@pytest.fixture(scope="module")
def signed(pki: Pki, mini: tuple[bytes, bytes], tmp_path_factory: pytest.TempPathFactory
           ) -> SignedFiles:
    from tests.e2e.pki import PASSPHRASE

    out = tmp_path_factory.mktemp("signed")
    return sign_submission(mini[0], mini[1], out, STEM,
                           Pkcs12File(pki.files["signer.p12"], PASSPHRASE), "Test reason")


def test_four_files_named_by_state_and_cycle(signed: SignedFiles, mini: tuple[bytes, bytes]
                                            ) -> None:
    assert listing(signed.pdf.parent) == sorted(
        ["HOW-TO-VERIFY.txt", f"{STEM}.json", f"{STEM}.json.p7s", f"{STEM}.pdf"])
    assert signed.json.read_bytes() == mini[1]
    assert signed.pdf.read_bytes().startswith(mini[0])  # an incremental update
    howto = signed.howto.read_text("utf-8")
    assert f"openssl cms -verify -binary -inform DER -in {STEM}.json.p7s" in howto
    assert signed.signer.fingerprint in howto and "pdfsig" in howto


def test_verify_pdf_and_json_with_and_without_trust(pki: Pki, signed: SignedFiles,
                                                    tmp_path: Path) -> None:
    unrelated = tmp_path / "unrelated.pem"
    unrelated.write_bytes(pki.tsa.cert_pem())
    for path in (signed.pdf, signed.json, signed.p7s):
        unknown = verify(path)
        assert unknown.ok and unknown.exit_code == 0
        assert unknown.signatures[0].trust == "unknown"
        trusted = verify(path, [pki.files["root.pem"]])
        assert trusted.ok and trusted.signatures[0].trust == "trusted"
        assert trusted.verdict == "VALID, trusted signer"
        other = verify(path, [unrelated])
        assert other.ok and other.signatures[0].trust == "untrusted" and other.exit_code == 1
        assert "does not chain to any root you trust" in other.signatures[0].trust_detail
    text = verify(signed.pdf).to_text()
    assert "signed by: Amina Wanjiru, Test Ministry of Interior (KE)" in text
    assert "by the signer's computer clock (not a trusted time)" in text
    assert "covers the whole file" in text and "byte-identical" in text
    data = json.loads(verify(signed.json, [pki.files["root.pem"]]).to_json())
    assert data["ok"] is True and data["kind"] == "json"
    assert data["signatures"][0]["signer"]["common_name"] == "Amina Wanjiru"
    assert data["signatures"][0]["claimed_time_source"] == "signer's computer clock"


def test_block_goes_on_a_new_page_only_when_the_last_page_is_full() -> None:
    data = submission_json()
    roomy = find_spot(make_pdf(data, lines=3))
    assert not roomy.new_page and roomy.box[1] == 60.0
    full = find_spot(make_pdf(data, lines=55))
    assert full.new_page and full.box[3] > 700


def test_full_last_page_gets_a_signature_page(pki: Pki, p12: Pkcs12File, tmp_path: Path
                                             ) -> None:
    import pikepdf

    data = submission_json()
    done = sign_submission(make_pdf(data, lines=55), data, tmp_path, STEM, p12, "r")
    with pikepdf.open(done.pdf) as pdf:
        assert len(pdf.pages) == 2
        assert "/Annots" in pdf.pages[1] and "/Annots" not in pdf.pages[0]
    assert verify(done.pdf, [pki.files["root.pem"]]).ok


def test_failures_leave_the_folder_as_it_was(pki: Pki, mini: tuple[bytes, bytes],
                                             p12: Pkcs12File, tmp_path: Path) -> None:
    out = tmp_path / "new-folder"
    with pytest.raises(WrongPassphrase):
        sign_submission(mini[0], mini[1], out, STEM,
                        Pkcs12File(pki.files["signer.p12"], "nope"), "r")
    assert not out.exists()
    with pytest.raises(NotASubmission, match=r"no submission\.json inside"):
        sign_submission(make_pdf(None), mini[1], out, STEM, p12, "r")
    with pytest.raises(NotASubmission, match="not the JSON to sign"):
        sign_submission(mini[0], submission_json(cycle=2027), out, STEM, p12, "r")
    with pytest.raises(NotASubmission, match="not JSON"):
        sign_submission(mini[0], b"%PDF-1.7", out, STEM, p12, "r")
    assert not out.exists()
    out.mkdir()
    (out / f"{STEM}.json").write_text("mine")
    with pytest.raises(OutputFailed, match="already exists"):
        sign_submission(mini[0], mini[1], out, STEM, p12, "r")
    assert listing(out) == [f"{STEM}.json"] and (out / f"{STEM}.json").read_text() == "mine"


def test_verify_refuses_what_it_cannot_read(signed: SignedFiles, tmp_path: Path) -> None:
    lonely = tmp_path / "lonely.json"
    lonely.write_bytes(signed.json.read_bytes())
    with pytest.raises(NotSigned, match=r"lonely.json.p7s is missing"):
        verify(lonely)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(make_pdf(None))
    with pytest.raises(NotASubmission, match=r"no submission\.json inside"):
        verify(plain)
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(make_pdf(submission_json()))
    result = verify(unsigned)
    assert not result.ok and result.problems == ["The file is not signed."]
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    (tmp_path / "notes.txt.p7s").write_bytes(b"\x30\x03\x02\x01\x01")
    with pytest.raises(UnreadableFile, match="not a CMS signature"):
        verify(other)
    with pytest.raises(UnreadableFile, match="does not exist"):
        verify(tmp_path / "missing.pdf")
    with pytest.raises(UnreadableFile, match="is not a certificate"):
        verify(signed.pdf, [other])


def test_a_report_with_errors_is_refused_before_the_key_is_touched(tmp_path: Path) -> None:
    from nationalreport.report.sample import sample_report
    from nationalreport.signing import ReportHasErrors, sign
    from nationalreport.validation import validate

    report = sample_report(rows=2)
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    never = Pkcs12File(tmp_path / "absent.p12", "unused")
    out = tmp_path / "out"
    with pytest.raises(ReportHasErrors, match="1 error"):
        sign(report, out, never)
    problems = validate(report)
    with pytest.raises(ReportHasErrors) as caught:
        sign(report, out, never, problems=problems)
    assert [p.question for p in caught.value.problems] == ["1.2.1"]
    assert caught.value.exit_code == 1 and not out.exists()


def test_a_second_report_in_the_same_folder_replaces_only_the_instructions(
        signed: SignedFiles, p12: Pkcs12File) -> None:
    data = submission_json(cycle=2027)
    again = sign_submission(make_pdf(data), data, signed.pdf.parent, "KEN-2027-poa-iti-report",
                            p12, "r")
    assert len(listing(signed.pdf.parent)) == 7
    assert "KEN-2027-poa-iti-report.pdf" in again.howto.read_text("utf-8")
    signed.howto.write_text("my own notes")
    with pytest.raises(OutputFailed, match="not written by this program"):
        sign_submission(make_pdf(data), data, signed.pdf.parent, "KEN-2028-poa-iti-report",
                        p12, "r")
    assert len(listing(signed.pdf.parent)) == 7
