"""Signed submissions, checked with the recipient's own tools, and every tampered copy refused.

A test PKI (root, issuing CA, signer; an expired signer; a signer whose key may not
sign) is made once per module. A real export of a full report is signed with a
modern and a legacy .p12, with a SoftHSM2 token and with a created identity; the
results are verified by this program, by poppler's ``pdfsig`` (an NSS database
trusting the test root with CT,C,C), by ``openssl cms -verify`` and by the
``pyhanko sign validate`` command line. pdfsig does no difference analysis: an
update appended after signing leaves it saying "Signature is Valid" with "Not
total document signed", which the tests record.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nationalreport.cli import sign_cmd
from nationalreport.signing import (
    CertificateExpired,
    CorruptKeyFile,
    Identity,
    NotASubmission,
    NotForSigning,
    Pkcs11Token,
    Pkcs12File,
    SignedFiles,
    SigningError,
    TokenNotFound,
    WrongPassphrase,
    WrongPin,
    create_identity,
    sign,
    sign_submission,
    timestamp,
    verify,
)
from tests.e2e import pki as pki_module
from tests.e2e.pki import PASSPHRASE, TOKEN_LABEL, TOKEN_PIN, Pki

STEM = "KEN-2026-poa-iti-report"
IDENTITY_SECRET = "identity passphrase 1"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def run(*args: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120,
                          env=env)
    return done.stdout + done.stderr


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return pki_module.build(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def report() -> Any:
    from nationalreport.report.sample import sample_report

    return sample_report(rows=5)


@pytest.fixture(scope="module")
def exported(report: Any) -> tuple[bytes, bytes]:
    from nationalreport.export.api import render

    rendered = render(report)
    return rendered.pdf, rendered.submission


@pytest.fixture(scope="module")
def signed(pki: Pki, report: Any, tmp_path_factory: pytest.TempPathFactory) -> SignedFiles:
    """The whole path: validate, export, sign with a modern .p12."""
    out = tmp_path_factory.mktemp("signed") / "out"
    return sign(report, out, Pkcs12File(pki.files["signer.p12"], PASSPHRASE),
                "Official submission of Kenya's national report")


@pytest.fixture(scope="module")
def nssdb(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    certutil = tool("certutil")
    folder = tmp_path_factory.mktemp("nssdb")
    run(certutil, "-N", "-d", f"sql:{folder}", "--empty-password")
    run(certutil, "-A", "-d", f"sql:{folder}", "-n", "Test Root", "-t", "CT,C,C",
        "-i", pki.files["root.pem"])
    return folder


@pytest.fixture(scope="module")
def token(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    library = pki_module.softhsm_library()
    if library is None:
        pytest.skip("SoftHSM2 (Debian softhsm2) and OpenSC's pkcs11-tool are needed for the "
                    "token tests")
    conf = pki_module.make_token(pki, tmp_path_factory.mktemp("softhsm"), library)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(conf))
        yield library


def pdfsig(path: Path, nssdb: Path | None = None) -> str:
    args: list[str | Path] = [tool("pdfsig")]
    if nssdb is not None:
        args += ["-nssdir", f"sql:{nssdb}"]
    return run(*args, path)


def openssl_cms(json_path: Path, root: Path) -> str:
    return run(tool("openssl"), "cms", "-verify", "-binary", "-inform", "DER",
               "-in", f"{json_path}.p7s", "-content", json_path, "-CAfile", root,
               "-purpose", "any", "-out", os.devnull)


def pyhanko_cli(*args: str | Path) -> str:
    pytest.importorskip("pyhanko.cli")
    return run(sys.executable, "-m", "pyhanko", "sign", "validate", "--no-revocation-check",
               *args)


# ----------------------------------------------------------------------------- valid files


def test_p12_signature_is_accepted_by_every_tool(pki: Pki, signed: SignedFiles,
                                                 nssdb: Path) -> None:
    root = pki.files["root.pem"]
    for path in (signed.pdf, signed.json):
        result = verify(path, [root])
        assert result.ok and result.signatures[0].trust == "trusted", result.to_text()
    said = pdfsig(signed.pdf, nssdb)
    assert "Signature Validation: Signature is Valid." in said
    assert "Certificate Validation: Certificate is Trusted." in said
    assert "Total document signed" in said and "ETSI.CAdES.detached" in said
    assert "CMS Verification successful" in openssl_cms(signed.json, root)
    pdf_said = pyhanko_cli("--pretty-print", "--trust", root, "--trust-replace", signed.pdf)
    assert "The signature is judged VALID." in pdf_said
    assert "The signature covers the entire file." in pdf_said
    json_said = pyhanko_cli("--executive-summary", "--trust", root, "--trust-replace",
                            "--detached", signed.p7s, signed.json)
    assert json_said.strip().endswith("VALID") and "INVALID" not in json_said


def test_signed_pdf_stays_pdfa_with_the_json_inside(signed: SignedFiles) -> None:
    import pikepdf

    with pikepdf.open(signed.pdf) as pdf:
        assert pdf.pdf_version == "1.7"
        attached = pdf.attachments["submission.json"].get_file().read_bytes()
        assert attached == signed.json.read_bytes()
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
        assert str(pdf.docinfo.get("/Producer")) == meta.get("pdf:Producer")
        widget = pdf.pages[-1].Annots[0]
        assert int(widget.F) & 4  # printable
        fonts = widget.AP.N.Resources.Font
        for name in fonts:
            descendant = fonts[name].DescendantFonts[0]
            assert "/FontFile2" in descendant.FontDescriptor
    if shutil.which("qpdf"):
        assert "No syntax or stream encoding errors" in run("qpdf", "--check", signed.pdf)
    if shutil.which("pdffonts"):
        rows = run("pdffonts", signed.pdf).splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), rows


def test_legacy_p12_and_identity_signatures(pki: Pki, exported: tuple[bytes, bytes],
                                            tmp_path: Path) -> None:
    pdf, data = exported
    legacy = sign_submission(pdf, data, tmp_path / "legacy", STEM,
                             Pkcs12File(pki.files["signer-legacy.p12"], PASSPHRASE), "r")
    assert verify(legacy.pdf, [pki.files["root.pem"]]).ok
    assert "CMS Verification successful" in openssl_cms(legacy.json, pki.files["root.pem"])

    made = create_identity("Wanjiku Kamau", "Ministry of Interior", "KEN", IDENTITY_SECRET,
                           key_type="ec", folder=tmp_path / "ids")
    own = sign_submission(pdf, data, tmp_path / "own", STEM,
                          Identity(IDENTITY_SECRET, made.path), "r")
    result = verify(own.pdf, [made.certificate_path])
    assert result.ok and result.signatures[0].trust == "trusted"
    assert result.signatures[0].signer.fingerprint == made.fingerprint  # type: ignore[union-attr]
    assert verify(own.json).signatures[0].trust == "unknown"
    assert "CMS Verification successful" in openssl_cms(own.json, made.certificate_path)
    nss = tmp_path / "nss-own"
    nss.mkdir()
    run(tool("certutil"), "-N", "-d", f"sql:{nss}", "--empty-password")
    run("certutil", "-A", "-d", f"sql:{nss}", "-n", "Own", "-t", "CT,C,C", "-i",
        made.certificate_path)
    said = pdfsig(own.pdf, nss)
    # NSS never takes a self-signed end-entity certificate (CA:FALSE) as an anchor, whatever
    # its trust flags (CT,C,C / P,P,P tried): the signature is valid, the issuer "unknown".
    assert "Signature is Valid." in said and "Certificate issuer is unknown." in said
    assert "self-signed" in own.howto.read_text("utf-8")


def test_softhsm_token_signature(pki: Pki, token: Path, exported: tuple[bytes, bytes],
                                 nssdb: Path, tmp_path: Path) -> None:
    pdf, data = exported
    done = sign_submission(pdf, data, tmp_path, STEM,
                           Pkcs11Token(str(token), TOKEN_LABEL, TOKEN_PIN), "r")
    assert done.source == f"the token '{TOKEN_LABEL}'"
    result = verify(done.pdf, [pki.files["root.pem"]])
    assert result.ok and result.signatures[0].trust == "trusted", result.to_text()
    said = pdfsig(done.pdf, nssdb)
    assert "Signature is Valid." in said and "Certificate is Trusted." in said
    assert "CMS Verification successful" in openssl_cms(done.json, pki.files["root.pem"])
    with pytest.raises(WrongPin, match="refused the PIN"):
        sign_submission(pdf, data, tmp_path / "a", STEM,
                        Pkcs11Token(str(token), TOKEN_LABEL, "000000"), "r")
    with pytest.raises(TokenNotFound, match="No token labelled 'Absent'"):
        sign_submission(pdf, data, tmp_path / "b", STEM,
                        Pkcs11Token(str(token), "Absent", TOKEN_PIN), "r")
    with pytest.raises(TokenNotFound, match="does not exist"):
        sign_submission(pdf, data, tmp_path / "c", STEM,
                        Pkcs11Token("/nonexistent/libpkcs11.so", TOKEN_LABEL, TOKEN_PIN), "r")
    assert not any((tmp_path / d).exists() for d in "abc")


# ----------------------------------------------------------------------------- tampering


def _flip(data: bytes) -> bytes:
    at = data.index(b"stream", len(data) // 3) + 40
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def _append_annotation(data: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    note = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Text"),
        generic.NameObject("/Rect"): generic.ArrayObject(
            [generic.FloatObject(v) for v in (100, 100, 120, 120)]),
        generic.NameObject("/Contents"): generic.TextStringObject("added later"),
    })
    page[generic.NameObject("/Annots")] = generic.ArrayObject([writer.add_object(note)])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _swap_json(data: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[names.index("submission.json") + 1].get_object()
    forged = writer.add_object(generic.StreamObject(
        stream_data=b'{"format": "nationalreport/submission", "cycle": 1999}\n'))
    spec["/EF"][generic.NameObject("/F")] = forged
    if "/UF" in spec["/EF"]:
        spec["/EF"][generic.NameObject("/UF")] = forged
    writer.update_container(spec)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("case", "ours", "pdfsig_says", "pyhanko_says"),
    [
        ("flipped-byte", "does not match the file", "Digest Mismatch", "INVALID"),
        ("annotation", "changed after signing", "Not total document signed", "INVALID"),
        ("json-swapped", "embedded submission.json was replaced", "Not total document signed",
         "INVALID"),
    ],
)
def test_tampered_pdf_is_rejected(pki: Pki, signed: SignedFiles, nssdb: Path, tmp_path: Path,
                                  case: str, ours: str, pdfsig_says: str,
                                  pyhanko_says: str) -> None:
    change = {"flipped-byte": _flip, "annotation": _append_annotation,
              "json-swapped": _swap_json}[case]
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(change(signed.pdf.read_bytes()))
    result = verify(path, [pki.files["root.pem"]])
    assert not result.ok and result.exit_code == 1
    assert any(ours in p for p in result.problems), result.problems
    said = pdfsig(path, nssdb)
    assert pdfsig_says in said
    if case != "flipped-byte":  # pdfsig does no difference analysis: it still says valid
        assert "Signature Validation: Signature is Valid." in said
    judged = pyhanko_cli("--executive-summary", "--trust", pki.files["root.pem"],
                         "--trust-replace", path)
    assert pyhanko_says in judged


def test_altered_json_is_rejected(pki: Pki, signed: SignedFiles, tmp_path: Path) -> None:
    altered = tmp_path / signed.json.name
    altered.write_bytes(signed.json.read_bytes().replace(b'"cycle": 2026', b'"cycle": 2027'))
    shutil.copy(signed.p7s, tmp_path / signed.p7s.name)
    result = verify(altered, [pki.files["root.pem"]])
    assert not result.ok and "was changed after signing" in result.problems[0]
    assert "CMS Verification failure" in openssl_cms(altered, pki.files["root.pem"])
    judged = pyhanko_cli("--executive-summary", "--trust", pki.files["root.pem"],
                         "--trust-replace", "--detached", tmp_path / signed.p7s.name, altered)
    assert "INVALID" in judged


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("key", "error"),
    [
        (lambda p: Pkcs12File(p.files["signer.p12"], "wrong"), WrongPassphrase),
        (lambda p: Pkcs12File(p.files["corrupt.p12"], PASSPHRASE), CorruptKeyFile),
        (lambda p: Pkcs12File(p.files["expired.p12"], PASSPHRASE), CertificateExpired),
        (lambda p: Pkcs12File(p.files["no-usage.p12"], PASSPHRASE), NotForSigning),
    ],
)
def test_bad_keys_leave_nothing_behind(pki: Pki, report: Any, tmp_path: Path, key: Any,
                                       error: type[SigningError]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(error) as caught:
        sign(report, out, key(pki), "r")
    message = str(caught.value)
    assert "\n" not in message and PASSPHRASE not in message
    assert list(out.iterdir()) == []


def test_a_pdf_that_is_not_a_submission(pki: Pki, exported: tuple[bytes, bytes],
                                        tmp_path: Path) -> None:
    plain = tmp_path / "minutes.pdf"
    plain.write_bytes(_plain_pdf())
    with pytest.raises(NotASubmission, match="not a submission of this program"):
        verify(plain)
    out = tmp_path / "out"
    with pytest.raises(NotASubmission, match="not a submission of this program"):
        sign_submission(plain.read_bytes(), exported[1], out, STEM,
                        Pkcs12File(pki.files["signer.p12"], PASSPHRASE), "r")
    assert not out.exists()


def _plain_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Minutes of a meeting")
    page.save()
    return out.getvalue()


# ----------------------------------------------------------------------------- timestamp


@pytest.mark.loopback
def test_timestamp_upgrade_against_a_loopback_tsa(pki: Pki, signed: SignedFiles,
                                                  nssdb: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    url, server = pki_module.serve_tsa(pki)
    try:
        target = tmp_path / "stamped.pdf"
        shutil.copy(signed.pdf, target)
        before = target.read_bytes()
        outcome = timestamp(target, url, trust_roots=[pki.files["root.pem"]])
        parser = argparse.ArgumentParser()
        sign_cmd.register(parser.add_subparsers())
        args = parser.parse_args(["timestamp", str(signed.pdf), "--tsa", url,
                                  "-o", str(tmp_path / "by-cli.pdf")])
        assert args.run(args) == 0
        assert verify(tmp_path / "by-cli.pdf").ok
    finally:
        server.shutdown()  # type: ignore[attr-defined]
        server.server_close()  # type: ignore[attr-defined]
    after = target.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    assert outcome.level == "B-LTA" and outcome.authority.startswith("nationalreport Test TSA")
    result = verify(target, [pki.files["root.pem"]])
    assert result.ok, result.to_text()
    check = result.signatures[0]
    assert "only validation data and timestamps were added" in check.changes
    assert check.timestamps and check.timestamps[0].trust == "trusted"
    assert "no later than" in result.to_text()
    judged = pyhanko_cli("--pretty-print", "--trust", pki.files["root.pem"], "--trust-replace",
                         target)
    assert "The signature is judged VALID." in judged
    said = pdfsig(target, nssdb)
    assert "Signature is Valid." in said
