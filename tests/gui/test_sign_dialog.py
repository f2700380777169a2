"""The Sign dialog and the Verify view, driven with the keyboard and the mouse.

A test PKI (root CA, issuing CA, signer) is made once for the module; the dialog
signs with its .p12 and with an identity created through the dialog itself, and
the files it writes are checked by ``nationalreport.signing.verify``, the same
check a recipient makes.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.signing import Pkcs11Token, list_identities, verify
from nationalreport.ui.identity_dialog import IdentityDialog
from nationalreport.ui.main_window import MainWindow
from nationalreport.ui.review_page import ReviewPage
from nationalreport.ui.sign_dialog import SignDialog, Source
from nationalreport.ui.verify_dialog import BAD, DOUBT, GOOD, VerifyDialog
from tests.e2e import pki as pki_module
from tests.e2e.pki import PASSPHRASE, Pki
from tests.gui.helpers import focused, type_into

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
SLOW = 60_000  # ms: key generation and signing on a slow machine


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return pki_module.build(tmp_path_factory.mktemp("pki"))


def open_sign(qtbot: QtBot, window: MainWindow) -> SignDialog:
    """Ctrl+E, as the official would press it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sign_dialog = None
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E, CTRL)
    dialog = window.sign_dialog
    assert isinstance(dialog, SignDialog)
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_into(qtbot, edit, text)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def fill_p12(qtbot: QtBot, dialog: SignDialog, p12: Path, passphrase: str, out: Path) -> None:
    click(qtbot, dialog.source_radio[Source.FILE])
    assert dialog.source_stack.currentWidget() is dialog.source_pages[Source.FILE]
    retype(qtbot, dialog.p12_path, str(p12))
    type_into(qtbot, dialog.p12_passphrase, passphrase)
    retype(qtbot, dialog.folder, str(out))


def test_signing_with_a_certificate_file_writes_files_a_recipient_can_verify(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, pki: Pki,
    tmp_path: Path,
) -> None:
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    assert "Kenya" in dialog.summary.text() and "2026" in dialog.summary.text()
    assert "KEN" in dialog.files.text() and ".pdf" in dialog.files.text()
    assert dialog.validation.text() == "No errors and no advisory notes."
    assert "computer's clock" in dialog.clock_note.text()
    out = tmp_path / "signed"
    fill_p12(qtbot, dialog, pki.files["signer.p12"], PASSPHRASE, out)
    assert dialog.sign_button.isEnabled()

    with qtbot.waitSignal(dialog.signed, timeout=SLOW) as signal:
        click(qtbot, dialog.sign_button)
    signed = signal.args[0]

    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(p.name for p in (signed.pdf, signed.json, signed.p7s, signed.howto))
    for path in (signed.pdf, signed.json):
        result = verify(path, [pki.files["root.pem"]])
        assert result.ok and result.exit_code == 0, result.to_text()
        assert result.signatures[0].signer is not None
        assert result.signatures[0].signer.common_name == "Amina Wanjiru"
    assert dialog.done_box.isVisible()
    assert "Amina Wanjiru" in dialog.done_text.text()
    assert signed.signer.fingerprint in dialog.done_text.text()
    assert dialog.p12_passphrase.text() == "", "the passphrase is not kept once used"
    assert not dialog.sign_button.isVisible() and not dialog.key_box.isVisible()

    # The recipient's check, from the dialog: without a trusted root, then with it.
    click(qtbot, dialog.verify_button)
    verifier = dialog.verify_dialog
    qtbot.waitUntil(lambda: verifier.found is not None, timeout=SLOW)
    assert verifier.outcome == DOUBT
    assert "not yet confirmed" in verifier.verdict.text()
    assert "Amina Wanjiru" in verifier.facts.text()
    assert "not a trusted time" in verifier.facts.text()
    type_into(qtbot, verifier.trust, str(pki.files["root.pem"]))
    with qtbot.waitSignal(verifier.verified, timeout=SLOW):
        qtbot.keyClick(verifier.path, Qt.Key.Key_Return)
    assert verifier.outcome == GOOD, verifier.details.toPlainText()
    assert verifier.verdict.text().startswith("The signature is valid")
    click(qtbot, verifier.details_button)
    assert verifier.details.isVisible()
    assert "VALID, trusted signer" in verifier.details.toPlainText()


def test_a_wrong_passphrase_is_said_plainly_and_nothing_is_written(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, pki: Pki,
    tmp_path: Path,
) -> None:
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    out = tmp_path / "signed"
    fill_p12(qtbot, dialog, pki.files["signer.p12"], "not the passphrase", out)

    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as signal:
        qtbot.keyClick(dialog.p12_passphrase, Qt.Key.Key_Return)
    assert "passphrase" in signal.args[0].lower()
    assert "not the passphrase" not in signal.args[0]
    assert dialog.message.isVisible() and dialog.message.text() == signal.args[0]
    assert dialog.p12_passphrase.text() == "" and focused() is dialog.p12_passphrase
    assert not out.exists() or not any(out.iterdir())
    assert dialog.isVisible(), "the official can correct the passphrase and try again"

    type_into(qtbot, dialog.p12_passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.signed, timeout=SLOW):
        qtbot.keyClick(dialog.p12_passphrase, Qt.Key.Key_Return)
    assert len(list(out.iterdir())) == 4


@pytest.mark.parametrize(("name", "words"), [
    ("expired.p12", "expired"),
    ("no-usage.p12", "signing"),
    ("corrupt.p12", "PKCS#12"),
])
def test_an_unusable_key_file_gets_one_clear_message(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, pki: Pki,
    tmp_path: Path, name: str, words: str,
) -> None:
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    out = tmp_path / "signed"
    fill_p12(qtbot, dialog, pki.files[name], PASSPHRASE, out)
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as signal:
        click(qtbot, dialog.sign_button)
    assert words.lower() in signal.args[0].lower(), signal.args[0]
    assert "Traceback" not in signal.args[0]
    assert not out.exists() or not any(out.iterdir())


def test_errors_stop_signing_and_lead_to_the_review_page(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report,
) -> None:
    report.set_answer("1.2", "yes")
    report.set_answer("1.2.1", {"name": "Daniel Otieno", "email": "npc@police"})
    window = open_window(report)
    dialog = open_sign(qtbot, window)
    assert "1 error" in dialog.validation.text()
    click(qtbot, dialog.source_radio[Source.FILE])
    type_into(qtbot, dialog.p12_path, "/somewhere/key.p12")
    assert not dialog.sign_button.isEnabled(), "nothing is signed while an error remains"

    click(qtbot, dialog.review_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert isinstance(window.pages[window.current], ReviewPage)


def test_advisories_are_listed_and_do_not_stop_signing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, pki: Pki,
    tmp_path: Path,
) -> None:
    contact = dict(full_report.answer("1.2.1"))
    contact["telephone"] = "020 3343000"  # no country code: an advisory
    full_report.set_answer("1.2.1", contact)
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    assert "advisory" in dialog.validation.text()
    assert dialog.advisory_list.count() >= 1
    assert dialog.advisory_list.item(0).text().startswith("1.2.1")
    fill_p12(qtbot, dialog, pki.files["signer.p12"], PASSPHRASE, tmp_path / "out")
    with qtbot.waitSignal(dialog.signed, timeout=SLOW) as signal:
        click(qtbot, dialog.sign_button)
    assert signal.args[0].advisories
    assert "advisory" in dialog.done_text.text()


def test_a_new_official_creates_an_identity_and_signs_with_it(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, tmp_path: Path,
) -> None:
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    click(qtbot, dialog.source_radio[Source.IDENTITY])
    assert "No signing identity" in dialog.fingerprint.text()
    assert not dialog.sign_button.isEnabled()

    click(qtbot, dialog.create_button)
    maker = dialog.identity_dialog
    assert isinstance(maker, IdentityDialog)
    qtbot.waitExposed(maker)
    maker.activateWindow()
    qtbot.waitUntil(maker.isActiveWindow)
    type_into(qtbot, maker.name, "Grace Akinyi")
    type_into(qtbot, maker.organization, "Kenya National Focal Point on SALW")
    type_into(qtbot, maker.passphrase, "a long passphrase")
    type_into(qtbot, maker.repeat, "a long passphrase, mistyped")
    click(qtbot, maker.create_button)
    assert "differ" in maker.message.text() and focused() is maker.repeat
    assert list_identities() == []

    type_into(qtbot, maker.repeat, "a long passphrase")
    with qtbot.waitSignal(maker.created, timeout=SLOW) as signal:
        qtbot.keyClick(maker.repeat, Qt.Key.Key_Return)
    created = signal.args[0]
    assert list_identities()[0].path == created.path
    assert created.fingerprint in maker.result_text.text()
    assert "telephone" in maker.result_text.text()
    assert created.path.stat().st_mode & 0o077 == 0
    click(qtbot, maker.close_button)
    qtbot.waitUntil(lambda: not maker.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    assert dialog.chosen_identity() is not None
    assert dialog.chosen_identity().path == created.path  # type: ignore[union-attr]
    assert created.fingerprint in dialog.fingerprint.text()
    assert focused() is dialog.identity_passphrase
    type_into(qtbot, dialog.identity_passphrase, "a long passphrase")
    retype(qtbot, dialog.folder, str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.signed, timeout=SLOW) as signed:
        click(qtbot, dialog.sign_button)
    assert signed.args[0].signer.fingerprint == created.fingerprint
    assert "self-signed" in dialog.done_text.text()
    result = verify(signed.args[0].pdf)
    assert result.ok and result.signatures[0].signer is not None
    assert result.signatures[0].signer.common_name == "Grace Akinyi"


def test_the_token_page_asks_library_label_and_pin(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, tmp_path: Path,
) -> None:
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    click(qtbot, dialog.source_radio[Source.TOKEN])
    assert dialog.source_stack.currentWidget() is dialog.source_pages[Source.TOKEN]
    missing = tmp_path / "no-such-pkcs11.so"
    type_into(qtbot, dialog.library, str(missing))
    assert not dialog.sign_button.isEnabled(), "a token needs its label too"
    type_into(qtbot, dialog.token_label, "OfficialToken")
    type_into(qtbot, dialog.pin, "246810")
    assert dialog.pin.echoMode() is QLineEdit.EchoMode.Password
    source = dialog.key_source()
    assert source == Pkcs11Token(str(missing), "OfficialToken", "246810")
    assert "246810" not in repr(source)
    retype(qtbot, dialog.folder, str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as signal:
        click(qtbot, dialog.sign_button)
    assert "does not exist" in signal.args[0] and "246810" not in signal.args[0]


def test_the_dialog_remembers_paths_but_never_secrets(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, pki: Pki,
    tmp_path: Path, qt_settings: Path,
) -> None:
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    fill_p12(qtbot, dialog, pki.files["signer.p12"], "remember-me-not", tmp_path / "out")
    with qtbot.waitSignal(dialog.failed, timeout=SLOW):
        click(qtbot, dialog.sign_button)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    again = open_sign(qtbot, window)
    assert again is not dialog
    assert again.source() is Source.FILE
    assert again.p12_path.text() == str(pki.files["signer.p12"])
    assert again.folder.text() == str(tmp_path / "out")
    assert again.p12_passphrase.text() == ""
    stored = b"".join(p.read_bytes() for p in qt_settings.rglob("*") if p.is_file())
    assert str(pki.files["signer.p12"]).encode() in stored
    assert b"remember-me-not" not in stored


def test_the_review_page_offers_signing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report,
) -> None:
    window = open_window(full_report)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R, CTRL)
    review = window.pages[window.current]
    assert isinstance(review, ReviewPage)
    click(qtbot, review.sign_button)
    assert isinstance(window.sign_dialog, SignDialog)
    qtbot.waitExposed(window.sign_dialog)


# ----------------------------------------------------------------------------- Verify view


@pytest.fixture(scope="module")
def signed_pdf(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nationalreport.report.sample import sample_report
    from nationalreport.signing import Pkcs12File, sign

    out = tmp_path_factory.mktemp("verify") / "out"
    return sign(sample_report(rows=5), out, Pkcs12File(pki.files["signer.p12"], PASSPHRASE)).pdf


def open_verify(qtbot: QtBot, window: MainWindow) -> VerifyDialog:
    window.file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    window.verify_action.trigger()
    window.file_menu.hide()
    dialog = window.verify_dialog
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_verify_view_rejects_a_tampered_pdf_with_the_reason(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, signed_pdf: Path,
    tmp_path: Path,
) -> None:
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(signed_pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    window = open_window(report)
    dialog = open_verify(qtbot, window)
    assert not dialog.verify_button.isEnabled()
    type_into(qtbot, dialog.path, str(tampered))
    with qtbot.waitSignal(dialog.verified, timeout=SLOW):
        click(qtbot, dialog.verify_button)
    assert dialog.outcome == BAD
    assert "NOT valid" in dialog.verdict.text()
    assert "CHANGED" in dialog.facts.text() or "Problem:" in dialog.facts.text()


def test_verify_view_explains_a_file_that_is_not_signed(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, tmp_path: Path,
    prompts: object,
) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.7\n% not a submission\n")
    window = open_window(report)
    dialog = open_verify(qtbot, window)
    prompts.queue(str(letter))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.verified, timeout=SLOW) as signal:
        click(qtbot, dialog.choose_button)
    assert signal.args[0] is None
    assert dialog.outcome == BAD
    assert dialog.verdict.text() == "This file cannot be verified."
    assert dialog.facts.text().strip("• ")
    assert "Traceback" not in dialog.facts.text()


def test_verify_view_in_french(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, signed_pdf: Path,
    pki: Pki,
) -> None:
    from nationalreport.ui import language

    language.install("fr")
    window = open_window(report)
    dialog = open_verify(qtbot, window)
    type_into(qtbot, dialog.path, str(signed_pdf))
    type_into(qtbot, dialog.trust, str(pki.files["root.pem"]))
    with qtbot.waitSignal(dialog.verified, timeout=SLOW):
        click(qtbot, dialog.verify_button)
    assert dialog.outcome == GOOD
    assert dialog.windowTitle() == "Vérifier un fichier signé"
    assert dialog.verdict.text().startswith("La signature est valide")
    assert "Amina Wanjiru" in dialog.facts.text()


def test_copying_a_signed_pdf_keeps_it_valid(
    qtbot: QtBot, open_window: Callable[..., MainWindow], report: Report, signed_pdf: Path,
    tmp_path: Path,
) -> None:
    copy = tmp_path / "copy of the submission.pdf"
    shutil.copyfile(signed_pdf, copy)
    window = open_window(report)
    window.verify_file(str(copy))
    dialog = window.verify_dialog
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=SLOW)
    assert dialog.outcome in (GOOD, DOUBT)
    assert dialog.found is not None and dialog.found.ok


def test_the_dialog_stays_open_while_it_signs_and_closes_after(
    qtbot: QtBot, open_window: Callable[..., MainWindow], full_report: Report, pki: Pki,
    tmp_path: Path,
) -> None:
    """Escape and the close button wait for the signature: it cannot stop half-way."""
    window = open_window(full_report)
    dialog = open_sign(qtbot, window)
    fill_p12(qtbot, dialog, pki.files["signer.p12"], PASSPHRASE, tmp_path / "signed")
    with qtbot.waitSignal(dialog.signed, timeout=SLOW):
        click(qtbot, dialog.sign_button)
        assert dialog.job is not None
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible() and dialog.job is not None
    assert dialog.job is None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
