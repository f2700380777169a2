"""Turn reportlab's PDF into PDF/A-3b with the JSON submission inside.

reportlab has no PDF/A mode (reference/signing-and-pdf.md, section 2). This step adds
what PDF/A-3b asks of a file that already embeds all its fonts: an sRGB output intent,
XMP metadata with the PDF/A identification that agrees with the document information
dictionary, and the submission as an associated file (``/AFRelationship /Data``,
``application/json``) listed in the catalogue's ``/AF``, so the one PDF carries the
human and the machine form of the report. It does not use pyHanko's ``embed_file``,
which makes the file PDF 2.0. Dates come from ``SOURCE_DATE_EPOCH`` when it is set
and the file identifier from the content, so one report always gives the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime

from nationalreport.export.errors import InstallationDamaged, PdfaFailed
from nationalreport.report.serialize import parse_timestamp
from nationalreport.resources import resource_file

ATTACHMENT_NAME = "submission.json"
ATTACHMENT_MIME = "application/json"
ICC_NAME = "sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class DocumentInfo:
    """What the information dictionary and the XMP packet both say."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    language: str
    moment: str  # the export time, "YYYY-MM-DDTHH:MM:SSZ"


def pdf_date(moment: datetime) -> str:
    """``D:20260504093000Z``: the PDF date format, UTC."""
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def srgb_profile() -> bytes:
    try:
        return resource_file("icc", ICC_NAME).read_bytes()
    except OSError:
        raise InstallationDamaged(
            f"the installation is damaged: the colour profile {ICC_NAME} is missing") from None


def make_pdfa(pdf_bytes: bytes, submission: bytes, info: DocumentInfo) -> bytes:
    """PDF/A-3b bytes: ``pdf_bytes`` with output intent, XMP and ``submission`` attached."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    moment = parse_timestamp(info.moment) or datetime.now(UTC)
    stamp = pdf_date(moment)
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            icc = pdf.make_stream(srgb_profile())
            icc.N = 3
            pdf.Root.OutputIntents = Array([pdf.make_indirect(Dictionary(
                Type=Name.OutputIntent,
                S=Name.GTS_PDFA1,
                OutputConditionIdentifier=String(OUTPUT_CONDITION),
                Info=String(OUTPUT_CONDITION),
                DestOutputProfile=icc,
            ))])

            spec = pikepdf.AttachedFileSpec(
                pdf, submission,
                description="Machine-readable national report (JSON submission)",
                filename=ATTACHMENT_NAME, mime_type=ATTACHMENT_MIME,
                creation_date=stamp, mod_date=stamp, relationship=Name.Data,
            )
            pdf.attachments[ATTACHMENT_NAME] = spec
            pdf.Root.AF = Array([spec.obj])

            pdf.Root.Lang = String(info.language)
            pdf.Root.PageMode = Name.UseOutlines
            for page in pdf.pages:
                if "/Trans" in page.obj and not page.obj.Trans.keys():
                    del page.obj["/Trans"]  # reportlab's empty page transition
                for annot in page.obj.get("/Annots", []):
                    annot.F = 4  # print, as PDF/A asks of every annotation

            docinfo = pdf.docinfo
            for key in list(docinfo.keys()):
                del docinfo[key]
            # No /Producer (pyHanko would append to it and break the Info/XMP match) and
            # no /Trapped (it has no XMP twin).
            docinfo.Title = String(info.title)
            docinfo.Author = String(info.author)
            docinfo.Subject = String(info.subject)
            docinfo.Keywords = String(info.keywords)
            docinfo.Creator = String(info.creator)
            docinfo.CreationDate = String(stamp)
            docinfo.ModDate = String(stamp)
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta.load_from_docinfo(pdf.docinfo)
                meta["dc:language"] = [info.language]
                meta["pdfaid:part"] = "3"
                meta["pdfaid:conformance"] = "B"
            out = io.BytesIO()
            pdf.save(out, min_version="1.7", deterministic_id=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.disable)
    except pikepdf.PdfError as exc:
        raise PdfaFailed(f"the PDF could not be made PDF/A ({exc})") from None
    return out.getvalue()
