"""Export: the PDF (PDF/A-3b with the JSON inside) and the JSON submission.

Importing this package is cheap: reportlab and pikepdf load only when an export runs.
"""

from nationalreport.export.api import PDF_LANGUAGES, ExportResult, Progress, export, render
from nationalreport.export.errors import (
    DocumentHasErrors,
    ExportError,
    InstallationDamaged,
    LayoutFailed,
    OutputNotWritable,
    PdfaFailed,
)

__all__ = [
    "PDF_LANGUAGES",
    "DocumentHasErrors",
    "ExportError",
    "ExportResult",
    "InstallationDamaged",
    "LayoutFailed",
    "OutputNotWritable",
    "PdfaFailed",
    "Progress",
    "export",
    "render",
]
