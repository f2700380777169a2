"""Why an export failed, in one sentence a person understands.

The command line prints ``str(error)`` and exits with ``error.exit_code``; the window
shows the same sentence in a dialog. No traceback reaches the official.
"""

from __future__ import annotations


class ExportError(Exception):
    """Base of every export failure; the message is one plain line."""

    #: Exit status of the command line (design.md: 2 = a file cannot be read or written).
    exit_code = 2


class OutputNotWritable(ExportError):
    """An output file cannot be written; nothing was left under its name."""


class DocumentHasErrors(ExportError):
    """The report has validation errors and the caller did not allow exporting them."""

    exit_code = 1

    def __init__(self, message: str, errors: int) -> None:
        super().__init__(message)
        self.errors = errors


class LayoutFailed(ExportError):
    """reportlab could not lay an answer out on the page (an answer too large for a page)."""

    exit_code = 1


class InstallationDamaged(ExportError):
    """A bundled font, colour profile or message catalogue is missing or unreadable."""


class PdfaFailed(ExportError):
    """The PDF/A post-processing step failed."""
