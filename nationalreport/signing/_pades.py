"""The PDF signature: PAdES baseline B-B (ETSI.CAdES.detached), appended as an incremental update.

The PDF/A-3b file arrives with submission.json already embedded; the signature is
added after it, so it covers the JSON. The visible block on the last page (signer,
organisation, date, reason) is drawn in an embedded TrueType font, never pyHanko's
default Courier, so that the file stays PDF/A; Info /Producer and /Trapped are
removed first, because pyHanko would otherwise leave Info and XMP disagreeing.
The date is the signing computer's clock and the block says so. Imported lazily.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils import generic as _generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle

from nationalreport.signing.errors import NotASubmission, SigningFailed
from nationalreport.signing.fonts import stamp_font_bytes
from nationalreport.signing.keys import SigningKey
from nationalreport.signing.placement import find_spot

#: pyHanko's PDF object model is untyped; one alias keeps the type checker out of it.
pdfobj: Any = _generic

FIELD_NAME = "OfficialSignature"

STAMP_TEXT = (
    "Digitally signed by %(signer)s\n"
    "%(organisation)s\n"
    "Date: %(ts)s (signing computer's clock)\n"
    "%(reason)s"
)


@dataclass(frozen=True)
class _MemoryFont(GlyphAccumulatorFactory):
    """GlyphAccumulatorFactory reading the font from memory (the stock one leaks a file handle)."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(stamp_font_bytes()),
                                font_size=self.font_size, obj_stream=obj_stream)


def _style() -> TextStampStyle:
    return TextStampStyle(
        stamp_text=STAMP_TEXT,
        text_box_style=TextBoxStyle(font=_MemoryFont(font_file="NotoSans-Regular.ttf",
                                                     font_size=8), leading=10),
        border_width=1,
        background=None,
        timestamp_format="%Y-%m-%d %H:%M %Z",
    )


def _reason_lines(reason: str) -> str:
    lines = textwrap.wrap(f"Reason: {reason}", width=62, max_lines=2, placeholder=" …")
    return "\n".join(lines)


def _signature_page(writer: IncrementalPdfFileWriter, size: tuple[float, float]) -> None:
    """Append an empty page of the last page's size, to carry the block."""
    page = pdfobj.DictionaryObject({
        pdfobj.NameObject("/Type"): pdfobj.NameObject("/Page"),
        pdfobj.NameObject("/MediaBox"): pdfobj.ArrayObject(
            [pdfobj.FloatObject(0), pdfobj.FloatObject(0),
             pdfobj.FloatObject(size[0]), pdfobj.FloatObject(size[1])]),
        pdfobj.NameObject("/Resources"): pdfobj.DictionaryObject(),
    })
    writer.insert_page(page)  # type: ignore[no-untyped-call]


def _int_box(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    return (round(box[0]), round(box[1]), round(box[2]), round(box[3]))


def _clean_info(writer: IncrementalPdfFileWriter) -> None:
    """Drop Info /Producer and /Trapped, which would break Info/XMP agreement (PDF/A)."""
    try:
        info_ref = writer.trailer.raw_get("/Info")
    except KeyError:
        return
    if not isinstance(info_ref, pdfobj.IndirectObject):
        return
    info = info_ref.get_object()
    if not any(k in info for k in ("/Producer", "/Trapped")):
        return
    for key in ("/Producer", "/Trapped"):
        info.pop(key, None)
    writer.mark_update(info_ref)


def reserve_bytes(key: SigningKey) -> int:
    """Room for the CMS blob: certificates, signature and attributes, with a margin."""
    from cryptography.hazmat.primitives.serialization import Encoding

    certs = sum(len(c.public_bytes(Encoding.DER)) for c in [key.certificate, *key.chain])
    reserve = 8192 + 2 * certs
    return reserve + reserve % 2


def sign_pdf(pdf: bytes, key: SigningKey, reason: str, *, name: str | None = None) -> bytes:
    """``pdf`` with a PAdES B-B signature and its visible block on the last page."""
    try:
        spot = find_spot(pdf)
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except (PdfError, KeyError, ValueError, TypeError) as exc:
        raise NotASubmission(f"The PDF to sign cannot be read ({exc}).") from None
    _clean_info(writer)
    if spot.new_page:
        _signature_page(writer, spot.page_size)
    signer_name = name or key.info.common_name or "the signer"
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        name=signer_name,
    )
    pdf_signer = signers.PdfSigner(
        meta, key.signer, stamp_style=_style(),
        new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=-1,
                                           box=_int_box(spot.box)),
    )
    params = {
        "signer": signer_name,
        "organisation": key.info.organization or "",
        "reason": _reason_lines(reason),
    }
    try:
        out = pdf_signer.sign_pdf(writer, bytes_reserved=reserve_bytes(key),
                                  appearance_text_params=params)
    except Exception as exc:  # pyHanko and the token library raise many kinds
        raise SigningFailed(f"The PDF could not be signed ({_plain(exc)}).") from None
    data: bytes = out.getvalue()
    return data


def _plain(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
